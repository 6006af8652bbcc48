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
