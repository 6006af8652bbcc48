package importers

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
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
		if err != nil || roleReport(rep, "ties").RowsRead != 2_000_000 {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(nw.Ties)), "ties")
	}
}

// BenchmarkLoadFiles200kTies2M is BenchmarkLoadPeople200kTies2M from
// files on disk, as the command reads them (issue 15: the 200 000-person
// files load at 50 MB/s or more).
func BenchmarkLoadFiles200kTies2M(b *testing.B) {
	fsys := bigFiles()
	dir := b.TempDir()
	for _, name := range []string{"people.csv", "ties.csv"} {
		if err := os.WriteFile(filepath.Join(dir, name), fsys[name].Data, 0o600); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(fsys["people.csv"].Data) + len(fsys["ties.csv"].Data)))
	b.ReportAllocs()
	for b.Loop() {
		_, rep, err := Load(Options{People: filepath.Join(dir, "people.csv"), Ties: filepath.Join(dir, "ties.csv")})
		if err != nil || roleReport(rep, "ties").RowsRead != 2_000_000 {
			b.Fatal(err)
		}
	}
}

var (
	peerOnce sync.Once
	peerFS   fstest.MapFS
)

// peerFiles makes files shaped like testdata/peer's at 20 000 people:
// people.csv (id,profession,country,gender), ties.csv (source,target,weight,
// 200 000 rows in no order) and memberships.csv (person_id,network, 20 000
// rows), once per test binary.
func peerFiles() fstest.MapFS {
	peerOnce.Do(func() {
		const n, m = 20_000, 200_000
		r := rand.New(rand.NewPCG(3, 4))
		var p bytes.Buffer
		p.WriteString("id,profession,country,gender\n")
		for i := range n {
			fmt.Fprintf(&p, "p%06d,profession %d,country %d,%c\n", i, r.IntN(15), r.IntN(40), "FMX"[r.IntN(3)])
		}
		var t bytes.Buffer
		t.WriteString("source,target,weight\n")
		for range m {
			s, d := r.IntN(n), r.IntN(n-1)
			if d >= s {
				d++
			}
			fmt.Fprintf(&t, "p%06d,p%06d,%d\n", s, d, 1+r.IntN(5))
		}
		var g bytes.Buffer
		g.WriteString("person_id,network\n")
		for k := range n {
			fmt.Fprintf(&g, "p%06d,g%05d\n", r.IntN(n), k%1300)
		}
		peerFS = fstest.MapFS{"people.csv": {Data: p.Bytes()}, "ties.csv": {Data: t.Bytes()}, "memberships.csv": {Data: g.Bytes()}}
	})
	return peerFS
}

// BenchmarkLoadPeer20k is the load half of `ties inspect` on the peer
// benchmark's 20 000 people and 200 000 ties (issue 15: at least twice as
// fast as python-igraph's csv module and Graph constructor).
func BenchmarkLoadPeer20k(b *testing.B) {
	fsys := peerFiles()
	b.SetBytes(int64(len(fsys["people.csv"].Data) + len(fsys["ties.csv"].Data)))
	b.ReportAllocs()
	for b.Loop() {
		nw, rep, err := Load(Options{FS: fsys, People: "people.csv", Ties: "ties.csv"})
		if err != nil || roleReport(rep, "ties").Imported != 200_000 || len(nw.People) != 20_000 {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadPeer20kMemberships adds 20 000 memberships.
func BenchmarkLoadPeer20kMemberships(b *testing.B) {
	fsys := peerFiles()
	b.SetBytes(int64(len(fsys["people.csv"].Data) + len(fsys["ties.csv"].Data) + len(fsys["memberships.csv"].Data)))
	b.ReportAllocs()
	for b.Loop() {
		_, rep, err := Load(Options{FS: fsys, People: "people.csv", Ties: "ties.csv", Memberships: "memberships.csv"})
		if err != nil || roleReport(rep, "memberships").RowsRead != 20_000 {
			b.Fatal(err)
		}
	}
}

// roleReport is the report of the file read in role; the benchmarks check
// it so that a load that silently read nothing does not pass as fast.
func roleReport(rep *Report, role string) *FileReport {
	for _, f := range rep.Files {
		if f.Role == role {
			return f
		}
	}
	return &FileReport{}
}
