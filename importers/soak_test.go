//go:build soak && unix

package importers

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// The soak test imports a generated people file and ties file of 1 GB
// together and checks that the peak live heap stays under 3× the files'
// size: files are streamed, not read whole, and the model keeps one copy of
// each repeated value. Not part of go test ./...; run it with
//
//	go test -tags soak -run Soak -timeout 60m -v ./importers
//
// TIES_SOAK_BYTES sets the size (default 1 GiB, e.g. 100000000 for a quick
// run) and TIES_SOAK_TIES the share of it that is ties (default 0.2). The
// files are written to a temporary folder and removed after; the test is
// skipped when the disk lacks the room.
//
// The bound holds for people files and for a mix with up to about a third
// of the bytes in ties; a file mostly of ties needs more (5.5× for ties
// alone): a tie row of 30 bytes becomes a graph.Tie of 72 bytes, and
// graph.Network.Normalize sorts into a second slice of them
// (docs/importing.md, "Speed and memory").

func soakSetting(name string, def float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(name), 64); err == nil && v >= 0 {
		return v
	}
	return def
}

var (
	soakProfessions = []string{"engineer", "designer", "lawyer", "physician", "product manager", "teacher", "researcher", "nurse", "economist", "architect"}
	soakCountries   = []string{"Sweden", "Norway", "Denmark", "Finland", "Germany", "Brazil", "Chile", "India", "Japan", "Kenya", "Ireland", "Croatia"}
	soakCities      = []string{"Göteborg", "Stockholm", "Malmö", "Oslo", "Bergen", "Aarhus", "Helsinki", "Berlin", "São Paulo", "Santiago", "Pune", "Osaka", "Nairobi", "Galway", "Split"}
	soakFirst       = []string{"Åsa", "Erik", "Karin", "Lars", "Maria", "Johan", "Anna", "Per", "Sofia", "Nils", "Željko", "Siobhán", "Priya", "Kenji", "Wanjiru"}
	soakDepartments = []string{"Research and Development", "Sales", "Marketing", "Human Resources", "Finance", "Operations", "Legal", "Clinical Research"}
	soakLast        = []string{"Öberg", "Lindqvist", "Nilsson", "Andersson", "Šimić", "O'Neil", "Patel", "Tanaka", "Mwangi", "Larsen", "Virtanen", "Müller", "Silva", "Rojas"}
)

// writeSoakFiles writes a people file of about peopleBytes and a ties file
// of about tiesBytes among those people.
func writeSoakFiles(t *testing.T, dir string, peopleBytes, tiesBytes int64) (people, ties string, n int) {
	t.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	people, ties = filepath.Join(dir, "people.csv"), filepath.Join(dir, "ties.csv")
	write := func(path string, body func(w *bufio.Writer, size func() int64)) {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriterSize(f, 1<<20)
		var written int64
		cw := &countWriter{w: w, n: &written}
		bw := bufio.NewWriterSize(cw, 1<<16)
		body(bw, func() int64 { return written + int64(bw.Buffered()) })
		if err := bw.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	// A member list as an organisation's register exports it: an id, a
	// name, an e-mail address, an employer, a department, a profession, a
	// country, a city and a gender (about 130 bytes a row).
	write(people, func(w *bufio.Writer, size func() int64) {
		w.WriteString("id,name,email,organization,department,profession,country,city,gender\n")
		for size() < peopleBytes {
			first, last := soakFirst[r.IntN(len(soakFirst))], soakLast[r.IntN(len(soakLast))]
			org := r.IntN(5000)
			fmt.Fprintf(w, "p%08d,%s %s,%s.%s.%d@org%04d.example,Organisation %04d AB,%s,%s,%s,%s,%s\n", n, first, last,
				slug(first), slug(last), n, org, org, soakDepartments[r.IntN(len(soakDepartments))],
				soakProfessions[r.IntN(len(soakProfessions))], soakCountries[r.IntN(len(soakCountries))],
				soakCities[r.IntN(len(soakCities))], []string{"F", "M", "X"}[r.IntN(3)])
			n++
		}
	})
	write(ties, func(w *bufio.Writer, size func() int64) {
		w.WriteString("source,target,weight,type\n")
		for size() < tiesBytes {
			a, b := r.IntN(n), r.IntN(n)
			if a == b {
				continue
			}
			fmt.Fprintf(w, "p%08d,p%08d,%d,%s\n", a, b, 1+r.IntN(9), []string{"advice", "introduction", "help"}[r.IntN(3)])
		}
	})
	return people, ties, n
}

type countWriter struct {
	w *bufio.Writer
	n *int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	k, err := c.w.Write(p)
	*c.n += int64(k)
	return k, err
}

func TestSoakImport(t *testing.T) {
	total := int64(soakSetting("TIES_SOAK_BYTES", 1<<30))
	share := soakSetting("TIES_SOAK_TIES", 0.2)
	dir := t.TempDir()
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err == nil && int64(st.Bavail)*int64(st.Bsize) < total+total/4 {
		t.Skipf("the disk has %d MB free; the soak test writes %d MB", int64(st.Bavail)*int64(st.Bsize)>>20, total>>20)
	}
	start := time.Now()
	people, ties, n := writeSoakFiles(t, dir, int64(float64(total)*(1-share)), int64(float64(total)*share))
	var size int64
	for _, p := range []string{people, ties} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		size += fi.Size()
	}
	t.Logf("generated %d MB (%d people, ties %.0f %%) in %v", size>>20, n, 100*share, time.Since(start).Round(time.Second))

	// The live heap is measured at the end of each collection: collecting
	// often (GOGC=10) measures the peak of what the import holds, rather
	// than when the collector happened to run.
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
	var peakObjects, peakLive atomic.Uint64
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(samples)
			if v := samples[0].Value.Uint64(); v > peakObjects.Load() {
				peakObjects.Store(v)
			}
			if v := samples[1].Value.Uint64(); v > peakLive.Load() {
				peakLive.Store(v)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	start = time.Now()
	nw, rep, err := Load(Options{People: people, Ties: ties})
	close(done)
	<-sampled
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	for _, f := range rep.Files {
		if f.RowsRead != f.Imported+f.SkippedCount() || f.SkippedCount() != 0 {
			t.Errorf("%s: read %d, imported %d, skipped %d", f.Path, f.RowsRead, f.Imported, f.SkippedCount())
		}
	}
	if len(nw.People) != n {
		t.Errorf("%d people, want %d", len(nw.People), n)
	}
	live, objects := peakLive.Load(), peakObjects.Load()
	t.Logf("imported %d people and %d ties in %v; peak live heap %d MB (%.2f× the files), peak heap objects %d MB (%.2f×)",
		len(nw.People), len(nw.Ties), elapsed.Round(time.Second), live>>20, float64(live)/float64(size), objects>>20, float64(objects)/float64(size))
	if float64(live) >= 3*float64(size) {
		t.Errorf("peak live heap %d MB is not under 3× the files' %d MB", live>>20, size>>20)
	}
	runtime.KeepAlive(nw)
}
