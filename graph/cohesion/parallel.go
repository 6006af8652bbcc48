package cohesion

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// workers returns how many goroutines to use for n items handed out in
// chunks of the given size: runtime.GOMAXPROCS(0), at most one per chunk.
func workers(n, chunk int) int {
	w := runtime.GOMAXPROCS(0)
	if c := (n + chunk - 1) / chunk; c < w {
		w = c
	}
	return max(w, 1)
}

// forChunks calls fn(worker, lo, hi) for consecutive chunks [lo, hi) of
// [0, n) on nw goroutines; chunks are handed out dynamically, so the
// assignment of chunks to workers varies but every index is visited once.
func forChunks(n, chunk, nw int, fn func(worker, lo, hi int)) {
	if nw <= 1 {
		if n > 0 {
			fn(0, 0, n)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range nw {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := int(next.Add(int64(chunk))) - chunk
				if lo >= n {
					return
				}
				fn(w, lo, min(lo+chunk, n))
			}
		}()
	}
	wg.Wait()
}
