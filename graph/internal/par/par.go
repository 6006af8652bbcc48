// Package par runs the per-node loops of the graph kernels in parallel.
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
package par

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Workers returns how many goroutines to use for n items handed out in
// chunks of the given size: runtime.GOMAXPROCS(0), at most one per chunk,
// at least one.
func Workers(n, chunk int) int {
	w := runtime.GOMAXPROCS(0)
	if c := (n + chunk - 1) / chunk; c < w {
		w = c
	}
	return max(w, 1)
}

// For calls fn(w, lo, hi) for the consecutive chunks [lo, hi) of [0, n),
// lo a multiple of chunk (> 0) and hi = min(lo+chunk, n), on workers
// goroutines numbered w = 0 … workers-1. Chunks are handed out dynamically,
// so the worker that runs a chunk varies, but every index is passed exactly
// once and the calls of one worker never overlap: fn may use scratch space
// indexed by w without locking.
//
// With workers <= 1, or n <= chunk, For makes a single call fn(0, 0, n) on
// the calling goroutine (none when n is 0), so hi-lo may exceed chunk.
func For(n, chunk, workers int, fn func(w, lo, hi int)) {
	if n <= 0 {
		return
	}
	if workers <= 1 || n <= chunk {
		fn(0, 0, n)
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n {
					return
				}
				fn(w, lo, min(lo+chunk, n))
			}
		})
	}
	wg.Wait()
}
