// Package par runs per-node loops in parallel: the graph kernels', and the
// model's sort of ties (graph.Network.Normalize).
//
// A kernel's work over nodes 0 … n-1 is split into fixed chunks
// [0, chunk), [chunk, 2·chunk), … that goroutines — by default
// runtime.GOMAXPROCS(0) of them, see Workers — take one at a time as they
// become free. Which goroutine runs which chunk changes from run to run, but
// the chunks themselves depend only on n and chunk, never on the number of
// goroutines or on the schedule. That is what keeps the kernels'
// results deterministic, bit for bit, whatever the number of workers: a
// kernel writes each node's result from the one call that owns the node,
// keys per-chunk results by lo/chunk and merges them in chunk order, and
// uses per-worker state only as scratch space or for exact (integer)
// partial sums.
//
// The kernels choose their own chunk sizes (small chunks balance skewed
// per-node costs, large ones cost less to hand out) and pass them in.
//
// It owns the parallel loops of the model and the kernels. It must not
// know what a loop computes.
package par
