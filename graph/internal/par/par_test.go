package par

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

func TestWorkers(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for _, c := range []struct{ n, chunk, want int }{
		{0, 64, 1},    // nothing to do: still one
		{1, 64, 1},    // one chunk
		{64, 64, 1},   // one full chunk
		{65, 64, 2},   // two chunks
		{200, 64, 4},  // four chunks
		{1000, 64, 4}, // GOMAXPROCS
	} {
		if got := Workers(c.n, c.chunk); got != c.want {
			t.Errorf("Workers(%d, %d) = %d, want %d", c.n, c.chunk, got, c.want)
		}
	}
}

// Every index is passed exactly once, in chunks that start at multiples of
// chunk and are chunk long (but the last), and no worker runs two calls at
// once.
func TestFor(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 65, 1000, 4097} {
		for _, chunk := range []int{1, 64, 1024} {
			for _, workers := range []int{0, 1, 2, 3, 8, 100} {
				seen := make([]int32, n)
				busy := make([]atomic.Bool, max(workers, 1))
				var mu sync.Mutex
				var calls [][2]int
				For(n, chunk, workers, func(w, lo, hi int) {
					if w < 0 || w >= len(busy) {
						t.Errorf("worker %d of %d", w, workers)
						return
					}
					if busy[w].Swap(true) {
						t.Errorf("worker %d runs two calls at once", w)
					}
					defer busy[w].Store(false)
					for i := lo; i < hi; i++ {
						atomic.AddInt32(&seen[i], 1)
					}
					mu.Lock()
					calls = append(calls, [2]int{lo, hi})
					mu.Unlock()
				})
				for i, s := range seen {
					if s != 1 {
						t.Fatalf("n=%d chunk=%d workers=%d: index %d passed %d times", n, chunk, workers, i, s)
					}
				}
				serial := workers <= 1 || n <= chunk
				switch {
				case n == 0 && len(calls) != 0:
					t.Errorf("n=0: %d calls", len(calls))
				case n > 0 && serial && (len(calls) != 1 || calls[0] != [2]int{0, n}):
					t.Errorf("n=%d chunk=%d workers=%d: calls %v, want one [0, n)", n, chunk, workers, calls)
				case !serial:
					for _, c := range calls {
						if c[0]%chunk != 0 || c[1] != min(c[0]+chunk, n) {
							t.Errorf("n=%d chunk=%d workers=%d: chunk %v", n, chunk, workers, c)
						}
					}
				}
			}
		}
	}
}
