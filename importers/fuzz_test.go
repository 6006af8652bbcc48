package importers

import (
	"os"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// Seeds shared by the CSV fuzzers: hostile and broken inputs that a real
// user's files contain.
var hostileSeeds = []string{
	"",
	"\ufeff",
	"id\n",
	"\ufeff\"id\",\"name\"\n\"a\",\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\n",
	"id,name\na,<script>alert(1)</script>\nb,\"multi\nline\"\n",
	"id,name\na,\"unclosed\n",
	"id;name\r\na;Åsa Öberg\r\n",
	"source,target,weight\na,b,1e308\nb,a,1e309\na,b,-0\n",
	"source,target\na,a\n,\n\n,,,,,,\n",
	"person_id,network\na,\"Club\"\"\"\n",
	"network,fee,hours_per_month\nClub,∞,NaN\n",
	"\xff\xfe\x00\x00",
	"\xfe\xff\x00i\x00d",
	"\ufeff\"id\"\n\"\xfe\"",  // invalid UTF-8 after a BOM (found by FuzzPeople)
	"source,target\n\x00,b\n", // a NUL byte as an id: once the ties reader's "no source yet" sentinel, a tie from -1 (found by FuzzTies)
}

func fuzzLoad(t *testing.T, data []byte, opt Options, path string) {
	opt.FS = fstest.MapFS{path: &fstest.MapFile{Data: data}}
	nw, rep, err := Load(opt)
	if err != nil {
		if _, ok := err.(*Error); !ok {
			t.Fatalf("error of type %T: %v", err, err)
		}
		return
	}
	checkAccounting(t, rep)
	for _, p := range nw.People {
		if !utf8.ValidString(p.ID) || !utf8.ValidString(p.Name) {
			t.Fatalf("invalid UTF-8 reached the model: %q %q", p.ID, p.Name)
		}
	}
	for _, tie := range nw.Ties {
		if tie.From < 0 || tie.To < 0 || tie.From >= len(nw.People) || tie.To >= len(nw.People) || tie.From == tie.To || !(tie.Weight > 0) {
			t.Fatalf("bad tie in the model: %+v", tie)
		}
	}
}

func addSeeds(f *testing.F, files ...string) {
	for _, s := range hostileSeeds {
		f.Add([]byte(s))
	}
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
}

func FuzzPeople(f *testing.F) {
	addSeeds(f, "../testdata/demo/people.csv")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzLoad(t, data, Options{People: "p.csv", PeopleFormat: FormatPeople}, "p.csv")
	})
}

func FuzzTies(f *testing.F) {
	addSeeds(f, "../testdata/demo/ties.csv")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzLoad(t, data, Options{Ties: "t.csv"}, "t.csv")
		fuzzLoad(t, data, Options{Ties: "t.csv", Undirected: true}, "t.csv")
	})
}

func FuzzMemberships(f *testing.F) {
	addSeeds(f, "../testdata/demo/memberships.csv")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzLoad(t, data, Options{Memberships: "m.csv"}, "m.csv")
	})
}

func FuzzNetworks(f *testing.F) {
	addSeeds(f, "../testdata/demo/networks.csv")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzLoad(t, data, Options{Networks: "n.csv"}, "n.csv")
	})
}

// FuzzDetect lets the content decide the people format, as the command does.
func FuzzDetect(f *testing.F) {
	addSeeds(f, "../testdata/demo/people.csv")
	f.Add([]byte("BEGIN:VCARD\nFN:x\nEND:VCARD\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzLoad(t, data, Options{People: "p"}, "p")
	})
}

func FuzzGoals(f *testing.F) {
	addSeeds(f)
	f.Add([]byte("goal,attribute,value,target\ndiversity,country,,\ncontacts,profession,designer,3\nhours,,,10\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, rep, err := ReadGoals("g.csv", Options{FS: fstest.MapFS{"g.csv": &fstest.MapFile{Data: data}}})
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		if rep.RowsRead != rep.Imported+rep.SkippedCount() {
			t.Fatalf("rows read %d != imported %d + skipped %d", rep.RowsRead, rep.Imported, rep.SkippedCount())
		}
	})
}
