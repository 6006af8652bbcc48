package importers

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"testing/fstest"
)

var (
	bigOnce sync.Once
	bigFS   fstest.MapFS
)

// bigFiles makes a 200 000-row people file and a 2 000 000-row ties file
// (about 10 ties a person, weights 1-5), once per test binary.
func bigFiles() fstest.MapFS {
	bigOnce.Do(func() {
		const n, m = 200_000, 2_000_000
		r := rand.New(rand.NewPCG(1, 2))
		var p bytes.Buffer
		p.WriteString("id,name,profession,country,gender\n")
		for i := range n {
			fmt.Fprintf(&p, "p%d,Person %d,prof%d,c%d,%c\n", i, i, r.IntN(12), r.IntN(30), "fm"[r.IntN(2)])
		}
		var t bytes.Buffer
		t.WriteString("source,target,weight\n")
		for range m {
			fmt.Fprintf(&t, "p%d,p%d,%d\n", r.IntN(n), r.IntN(n), 1+r.IntN(5))
		}
		bigFS = fstest.MapFS{"people.csv": {Data: p.Bytes()}, "ties.csv": {Data: t.Bytes()}}
	})
	return bigFS
}

func BenchmarkLoadPeople200k(b *testing.B) {
	fsys := bigFiles()
	b.SetBytes(int64(len(fsys["people.csv"].Data)))
	b.ReportAllocs()
	for b.Loop() {
		nw, _, err := Load(Options{FS: fsys, People: "people.csv"})
		if err != nil || len(nw.People) != 200_000 {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadPeople200kTies2M(b *testing.B) {
	fsys := bigFiles()
	b.SetBytes(int64(len(fsys["people.csv"].Data) + len(fsys["ties.csv"].Data)))
	b.ReportAllocs()
	for b.Loop() {
		nw, rep, err := Load(Options{FS: fsys, People: "people.csv", Ties: "ties.csv"})
		if err != nil || rep.Files[1].RowsRead != 2_000_000 {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(nw.Ties)), "ties")
	}
}
