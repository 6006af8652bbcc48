package diversity

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// parallelMin is the number of nodes below which per-node kernels run on
// one goroutine: starting workers costs more than the work.
const parallelMin = 4096

// forBlocks calls work(lo, hi) for consecutive blocks of [0, n), on
// runtime.GOMAXPROCS(0) goroutines when n is large. newWorker is called
// once per goroutine and returns its work function, so each goroutine can
// own its scratch space. Each node is written by exactly one block, so the
// result does not depend on scheduling.
func forBlocks(n int, newWorker func() func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < parallelMin || workers == 1 {
		newWorker()(0, n)
		return
	}
	const block = 1024
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work := newWorker()
			for {
				lo := int(next.Add(block)) - block
				if lo >= n {
					return
				}
				work(lo, min(lo+block, n))
			}
		}()
	}
	wg.Wait()
}
