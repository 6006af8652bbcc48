//go:build soak

package importers

import (
	"bufio"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/tiesnet/ties/graph/analysis"
)

// TestLinearMemory checks that memory grows linearly with people,
// ties and memberships (issue 15): the peak live heap of an import and a
// default analysis (analysis.Run with Options{}), per person + tie +
// membership, differs by under 30 % between n and 10n people. The files
// are seeded and proportional: 10 ties a person in random order, 1.5
// memberships a person in Zipf-sized networks whose largest has 8 % of
// the people (1 600 members at 20 000 people, 16 000 at 200 000: above
// the group size cap, so it implies no pairs but counts in the two-mode
// figures). Run it with
//
//	go test -tags soak -run LinearMemory -timeout 60m -v ./importers
//
// (TIES_SOAK_N sets n, default 20 000; about 5 minutes, most of it the
// analysis of 200 000 people with the collector at GOGC=10). On 2
// December 2026 (2-core machine, shared) it measured: 20 000 people,
// 199 952 ties and 30 000 memberships, peak live heap 48 MB, 205 bytes
// each; 200 000 people, 1 999 941 ties and 300 000 memberships, 474 MB,
// 199 bytes each: 3 % apart.
func TestLinearMemory(t *testing.T) {
	n := int(soakSetting("TIES_SOAK_N", 20_000))
	small := soakLinearRun(t, n)
	large := soakLinearRun(t, 10*n)
	diff := math.Abs(large-small) / math.Min(small, large)
	t.Logf("bytes per person + tie + membership: %.0f at %d people, %.0f at %d: %.0f %% apart", small, n, large, 10*n, 100*diff)
	if diff >= 0.30 {
		t.Errorf("bytes per person + tie + membership differ by %.0f %% between %d and %d people, want under 30 %%", 100*diff, n, 10*n)
	}
}

// soakLinearRun writes the files for n people, imports and analyses
// them, and returns the peak live heap per person + tie + membership.
func soakLinearRun(t *testing.T, n int) float64 {
	dir := t.TempDir()
	people, ties, members := writeLinearFiles(t, dir, n)
	// The live heap is measured at the end of each collection: collecting
	// often (GOGC=10) measures the peak of what is held, not when the
	// collector happened to run.
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	peak, stop := sampleLiveHeap()
	start := time.Now()
	nw, rep, err := Load(Options{People: people, Ties: ties, Memberships: members})
	if err != nil {
		stop()
		t.Fatal(err)
	}
	loaded := time.Since(start)
	for _, f := range rep.Files {
		if f.RowsRead != f.Imported+f.SkippedCount() {
			t.Errorf("%s: read %d, imported %d, skipped %d", f.Path, f.RowsRead, f.Imported, f.SkippedCount())
		}
	}
	res, err := analysis.Run(nw, analysis.Options{})
	stop()
	if err != nil {
		t.Fatal(err)
	}
	units := len(nw.People) + len(nw.Ties) + nw.Memberships()
	if len(nw.People) != n || len(nw.Ties) < 9*n || nw.Memberships() < n {
		t.Fatalf("%d people, %d ties, %d memberships: not the files written", len(nw.People), len(nw.Ties), nw.Memberships())
	}
	live := peak()
	t.Logf("%d people, %d ties, %d memberships in %d networks: loaded in %v, analysed in %v; peak live heap %d MB, %.0f bytes each",
		len(nw.People), len(nw.Ties), nw.Memberships(), len(nw.Groups), loaded.Round(time.Millisecond),
		(time.Since(start) - loaded).Round(time.Millisecond), live>>20, float64(live)/float64(units))
	runtime.KeepAlive(res)
	runtime.KeepAlive(nw)
	return float64(live) / float64(units)
}

// sampleLiveHeap samples the live heap (/gc/heap/live:bytes) every 5 ms
// until stop is called; peak returns the largest value seen.
func sampleLiveHeap() (peak func() uint64, stop func()) {
	samples := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var max atomic.Uint64
	done, sampled := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(samples)
			if v := samples[0].Value.Uint64(); v > max.Load() {
				max.Store(v)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	var stopped bool
	return max.Load, func() {
		if !stopped {
			stopped = true
			close(done)
			<-sampled
		}
	}
}

// writeLinearFiles writes people (id,profession,country,gender), 10 ties
// a person among them (source,target,weight, in random order) and
// memberships (person_id,network): networks of Zipf-like sizes
// (exponent 0.8, the largest 8 % of the people, at least 3 members) until
// there are 1.5 a person.
func writeLinearFiles(t *testing.T, dir string, n int) (people, ties, members string) {
	t.Helper()
	r := rand.New(rand.NewPCG(uint64(n), 15))
	write := func(name string, body func(w *bufio.Writer)) string {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriterSize(f, 1<<20)
		body(w)
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		return path
	}
	people = write("people.csv", func(w *bufio.Writer) {
		w.WriteString("id,profession,country,gender\n")
		for i := range n {
			fmt.Fprintf(w, "p%07d,%s,%s,%c\n", i, soakProfessions[r.IntN(len(soakProfessions))],
				soakCountries[r.IntN(len(soakCountries))], "FMX"[r.IntN(3)])
		}
	})
	ties = write("ties.csv", func(w *bufio.Writer) {
		w.WriteString("source,target,weight\n")
		for range 10 * n {
			a, b := r.IntN(n), r.IntN(n-1)
			if b >= a {
				b++
			}
			fmt.Fprintf(w, "p%07d,p%07d,%d\n", a, b, 1+r.IntN(5))
		}
	})
	members = write("memberships.csv", func(w *bufio.Writer) {
		w.WriteString("person_id,network\n")
		largest := 0.08 * float64(n)
		total := 0
		for k := 1; total < 3*n/2; k++ {
			size := min(max(3, int(largest/math.Pow(float64(k), 0.8))), 3*n/2-total)
			seen := make(map[int]bool, size)
			for len(seen) < size {
				p := r.IntN(n)
				if seen[p] {
					continue
				}
				seen[p] = true
				fmt.Fprintf(w, "p%07d,g%05d\n", p, k)
			}
			total += size
		}
	})
	return people, ties, members
}
