package importers

import (
	"bytes"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/export"
)

// roundTripSets are the sets exported and read back.
var roundTripSets = []struct {
	name string
	opt  Options
}{
	{"demo", Options{People: "../testdata/demo/people.csv", Memberships: "../testdata/demo/memberships.csv",
		Networks: "../testdata/demo/networks.csv", Ties: "../testdata/demo/ties.csv", Ego: "me"}},
	{"gen300", Options{People: "../testdata/sets/gen300/people.csv", Memberships: "../testdata/sets/gen300/memberships.csv",
		Ties: "../testdata/sets/gen300/ties.csv", Ego: "p000136"}},
	{"contacts", Options{People: "../testdata/contacts/linkedin_connections.csv"}},
}

func exportNetwork(t *testing.T, nw *graph.Network, f export.Format) []byte {
	t.Helper()
	res, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := export.Write(&b, f, res, export.Options{Groups: true}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// What ties export writes (GraphML, GEXF, with the networks as nodes)
// reads back into the same network, and exports again to the same bytes.
func TestExportReadsBack(t *testing.T) {
	for _, set := range roundTripSets {
		orig, _, err := Load(set.opt)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []export.Format{export.FormatGraphML, export.FormatGEXF} {
			t.Run(set.name+"/"+string(f), func(t *testing.T) {
				first := exportNetwork(t, orig, f)
				name := "g." + string(f)
				back, rep := mustLoad(t, map[string]string{name: string(first)}, Options{Graph: name})
				fr := rep.Files[0]
				if fr.Format != string(f) || fr.SkippedCount() != 0 {
					t.Errorf("format %s, skipped %v", fr.Format, fr.Skipped)
				}
				sameNetwork(t, orig, back)
				if second := exportNetwork(t, back, f); !bytes.Equal(first, second) {
					t.Errorf("export → import → export differs:\n%s", firstDiff(first, second))
				}
				// The other format from the network read back is the
				// original's too.
				other := export.FormatGEXF
				if f == other {
					other = export.FormatGraphML
				}
				if a, b := exportNetwork(t, orig, other), exportNetwork(t, back, other); !bytes.Equal(a, b) {
					t.Errorf("%s of the network read back differs:\n%s", other, firstDiff(a, b))
				}
			})
		}
	}
}

// sameNetwork compares two networks: people in order with their names and
// attributes, ties, groups with their members and descriptions, the ego.
func sameNetwork(t *testing.T, a, b *graph.Network) {
	t.Helper()
	if len(a.People) != len(b.People) {
		t.Fatalf("%d people, want %d", len(b.People), len(a.People))
	}
	if !slices.Equal(a.Attributes, b.Attributes) {
		t.Errorf("attributes %v, want %v", b.Attributes, a.Attributes)
	}
	for i, p := range a.People {
		q := b.People[i]
		if p.ID != q.ID || p.Name != q.Name {
			t.Errorf("person %d: %q %q, want %q %q", i, q.ID, q.Name, p.ID, p.Name)
		}
		for k := range a.Attributes {
			if a.Attr(i, k) != b.Attr(i, k) {
				t.Errorf("person %q %s: %q, want %q", p.ID, a.Attributes[k], b.Attr(i, k), a.Attr(i, k))
			}
		}
	}
	for _, name := range a.Attributes {
		fa, oka := a.DerivedFrom(name)
		fb, okb := b.DerivedFrom(name)
		if fa != fb || oka != okb {
			t.Errorf("attribute %s derived from %q %v, want %q %v", name, fb, okb, fa, oka)
		}
	}
	if !reflect.DeepEqual(a.Ties, b.Ties) {
		t.Errorf("ties differ: %d and %d", len(b.Ties), len(a.Ties))
	}
	if a.Ego != b.Ego {
		t.Errorf("ego %d, want %d", b.Ego, a.Ego)
	}
	if len(a.Groups) != len(b.Groups) {
		t.Fatalf("%d groups, want %d", len(b.Groups), len(a.Groups))
	}
	for g, x := range a.Groups {
		y := b.Groups[g]
		if x.Name != y.Name || !slices.Equal(x.Members, y.Members) || !slices.Equal(x.Roles, y.Roles) {
			t.Errorf("group %q: %q %v, want %v", x.Name, y.Name, y.Members, x.Members)
		}
		ix, iy := x.Info, y.Info
		if ix != nil && ix.MembersTotal != nil {
			c := *ix
			c.MembersTotal = nil // not exported
			ix = &c
		}
		if (ix == nil) != (iy == nil) || ix != nil && !reflect.DeepEqual(*ix, *iy) {
			t.Errorf("group %q: info %+v, want %+v", x.Name, iy, ix)
		}
	}
}

func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "line " + itoa(i+1) + ":\n want " + la[i] + "\n got  " + lb[i]
		}
	}
	return "lengths " + itoa(len(la)) + " and " + itoa(len(lb))
}

func itoa(n int) string { return strconv.Itoa(n) }
