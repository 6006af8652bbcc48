package diversity

import "github.com/tiesnet/ties/graph/internal/par"

// parallelMin is the number of nodes below which per-node kernels run on
// one goroutine: starting workers costs more than the work.
const parallelMin = 4096

// forBlocks calls work(lo, hi) for consecutive blocks of [0, n), on
// runtime.GOMAXPROCS(0) goroutines when n is large (see par.For). newWorker
// is called at most once per goroutine and returns its work function, so
// each goroutine can own its scratch space. Each node is written by exactly
// one block, so the result does not depend on scheduling.
func forBlocks(n int, newWorker func() func(lo, hi int)) {
	const block = 1024
	nw := 1
	if n >= parallelMin {
		nw = par.Workers(n, block)
	}
	work := make([]func(lo, hi int), nw)
	par.For(n, block, nw, func(w, lo, hi int) {
		if work[w] == nil {
			work[w] = newWorker()
		}
		work[w](lo, hi)
	})
}
