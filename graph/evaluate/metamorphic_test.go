package evaluate_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/evaluatejson"
	"github.com/tiesnet/ties/graph/outputs/words"
	"github.com/tiesnet/ties/importers"
)

// files are the CSV files of a scenario, by name.
type files struct {
	people, ties, memberships []string // rows, without the header
}

func (f files) fs() fstest.MapFS {
	join := func(head string, rows []string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(head + "\n" + strings.Join(rows, "\n") + "\n")}
	}
	m := fstest.MapFS{
		"people.csv":      join("id,name,profession,country", f.people),
		"memberships.csv": join("person_id,network", f.memberships),
	}
	if len(f.ties) > 0 {
		m["ties.csv"] = join("source,target,weight", f.ties)
	}
	return m
}

// evaluateFiles reads, analyses and evaluates the files with ego "me",
// and returns the JSON's networks by name.
func evaluateFiles(t *testing.T, f files) map[string]map[string]any {
	t.Helper()
	opt := importers.Options{People: "people.csv", Memberships: "memberships.csv", Ego: "me", FS: f.fs()}
	if len(f.ties) > 0 {
		opt.Ties = "ties.csv"
	}
	nw, _, err := importers.Load(opt)
	if err != nil {
		t.Fatal(err)
	}
	r, err := analysis.Run(nw, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := evaluate.Evaluate(r, evaluate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	names := evaluatejson.NewNames(nw)
	var buf bytes.Buffer
	if err := evaluatejson.New(ev, names, words.New(names)).Write(&buf); err != nil {
		t.Fatal(err)
	}
	var doc struct{ Networks []map[string]any }
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, n := range doc.Networks {
		out[n["network"].(string)] = n
	}
	return out
}

// generated is a random but fixed scenario: 40 people with two attributes,
// ties (some one way, some both ways), six networks of which the ego is in
// four.
func generated(seed uint64) files {
	rng := rand.New(rand.NewPCG(seed, seed))
	var f files
	ids := []string{"me"}
	for i := 1; i < 40; i++ {
		ids = append(ids, fmt.Sprintf("p%02d", i))
	}
	profs := []string{"engineer", "designer", "nurse", "lawyer", "teacher", ""}
	countries := []string{"Sweden", "Norway", "Finland", "Germany", "Kenya"}
	for k, id := range ids {
		f.people = append(f.people, fmt.Sprintf("%s,Person %d,%s,%s", id, k, profs[rng.IntN(len(profs))], countries[rng.IntN(len(countries))]))
	}
	seen := map[[2]int]bool{}
	for len(f.ties) < 90 {
		a, b := rng.IntN(40), rng.IntN(40)
		if a == b || seen[[2]int{a, b}] {
			continue
		}
		if a != 0 && b != 0 && rng.IntN(3) == 0 {
			continue // fewer ties away from the ego keep clusters apart
		}
		seen[[2]int{a, b}] = true
		f.ties = append(f.ties, fmt.Sprintf("%s,%s,%d", ids[a], ids[b], 1+rng.IntN(3)))
	}
	for g := range 6 {
		size := 4 + rng.IntN(8)
		members := map[int]bool{}
		if g < 4 {
			members[0] = true
		}
		for len(members) < size {
			members[1+rng.IntN(39)] = true
		}
		for m := range members {
			f.memberships = append(f.memberships, fmt.Sprintf("%s,Network %c", ids[m], 'A'+g))
		}
	}
	slices.Sort(f.memberships)
	return f
}

// figures drops what may differ when names change: reasons (worded with
// names) and the lists of people's names.
func figures(n map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range n {
		switch k {
		case "reasons", "held_only_here_people", "new_to_ego_people":
			continue
		}
		out[k] = v
	}
	return out
}

func sameFigures(t *testing.T, what string, a, b map[string]map[string]any, rename func(string) string) {
	t.Helper()
	if len(a) != len(b) {
		t.Fatalf("%s: %d networks, then %d", what, len(a), len(b))
	}
	for name, n := range a {
		m, ok := b[rename(name)]
		if !ok {
			t.Fatalf("%s: network %q missing", what, rename(name))
		}
		x, y := figures(n), figures(m)
		x["network"] = rename(x["network"].(string))
		if w, ok := x["redundant_with"].(string); ok {
			x["redundant_with"] = rename(w)
		}
		if !close(x, y) {
			xj, _ := json.Marshal(x)
			yj, _ := json.Marshal(y)
			t.Errorf("%s: %s changed:\n%s\n%s", what, name, xj, yj)
		}
	}
}

// Renaming people (ids and names) and networks changes no figure; shuffling
// the rows of every file changes nothing at all but the order of nothing.
func TestRenameAndShuffleChangeNothing(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		f := generated(seed)
		base := evaluateFiles(t, f)

		// People renamed: every id and name replaced.
		ren := strings.NewReplacer("me,", "ego1,", "p", "q", "Person", "Someone")
		rename := func(rows []string) []string {
			out := make([]string, len(rows))
			for k, r := range rows {
				out[k] = strings.TrimSuffix(ren.Replace(r+","), ",")
			}
			return out
		}
		g := files{people: rename(f.people), ties: rename(f.ties), memberships: rename(f.memberships)}
		got := evaluateFilesEgo(t, g, "ego1")
		sameFigures(t, fmt.Sprintf("seed %d, people renamed", seed), base, got, func(s string) string { return s })

		// Networks renamed, keeping their byte order.
		h := f
		h.memberships = nil
		for _, r := range f.memberships {
			h.memberships = append(h.memberships, strings.Replace(r, "Network ", "Nätverk ", 1))
		}
		got = evaluateFiles(t, h)
		sameFigures(t, fmt.Sprintf("seed %d, networks renamed", seed), base, got, func(s string) string { return strings.Replace(s, "Network ", "Nätverk ", 1) })

		// Every file's rows shuffled.
		rng := rand.New(rand.NewPCG(seed, 99))
		s := files{people: slices.Clone(f.people), ties: slices.Clone(f.ties), memberships: slices.Clone(f.memberships)}
		for _, rows := range [][]string{s.people, s.ties, s.memberships} {
			rng.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
		}
		got = evaluateFiles(t, s)
		for name, n := range base {
			if !close(n, got[name]) {
				a, _ := json.Marshal(n)
				b, _ := json.Marshal(got[name])
				t.Errorf("seed %d, rows shuffled: %s changed:\n%s\n%s", seed, name, a, b)
			}
		}
	}
}

// evaluateFilesEgo is evaluateFiles with another ego id.
func evaluateFilesEgo(t *testing.T, f files, ego string) map[string]map[string]any {
	t.Helper()
	opt := importers.Options{People: "people.csv", Memberships: "memberships.csv", Ties: "ties.csv", Ego: ego, FS: f.fs()}
	nw, _, err := importers.Load(opt)
	if err != nil {
		t.Fatal(err)
	}
	r, err := analysis.Run(nw, analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := evaluate.Evaluate(r, evaluate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	names := evaluatejson.NewNames(nw)
	var buf bytes.Buffer
	if err := evaluatejson.New(ev, names, words.New(names)).Write(&buf); err != nil {
		t.Fatal(err)
	}
	var doc struct{ Networks []map[string]any }
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]any{}
	for _, n := range doc.Networks {
		out[n["network"].(string)] = n
	}
	return out
}

// close compares two decoded JSON values: numbers to 1e-9 (a sum taken in
// another order differs in the last bits), everything else exactly.
func close(a, b any) bool {
	switch x := a.(type) {
	case float64:
		y, ok := b.(float64)
		return ok && math.Abs(x-y) <= 1e-9*math.Max(1, math.Abs(x))
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, v := range x {
			if !close(v, y[k]) {
				return false
			}
		}
		return true
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k := range x {
			if !close(x[k], y[k]) {
				return false
			}
		}
		return true
	}
	return a == b
}

// A copy of a network under another name: the two are each other's
// redundant_with, with overlap 1.
func TestDuplicateNetworkIsRedundant(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		f := generated(seed)
		for _, r := range slices.Clone(f.memberships) {
			if strings.HasSuffix(r, ",Network A") {
				f.memberships = append(f.memberships, strings.TrimSuffix(r, "Network A")+"Network A copy")
			}
		}
		got := evaluateFiles(t, f)
		a, b := got["Network A"], got["Network A copy"]
		if a["redundant_with"] != "Network A copy" || b["redundant_with"] != "Network A" || a["overlap"] != 1.0 || b["overlap"] != 1.0 {
			t.Errorf("seed %d: %v/%v, %v/%v", seed, a["redundant_with"], a["overlap"], b["redundant_with"], b["overlap"])
		}
	}
}

// Adding to g a contact j who is in another network of e: new_to_ego(g)
// does not change and j is not held only by g. And when j was the only
// mutual contact of a member k outside g, k becomes held only by g.
func TestAddingAContactFromAnotherNetwork(t *testing.T) {
	// me knows j and k; j and k know each other; j is in Other, k in G.
	f := files{
		people:      []string{"me,Me,a,X", "j,J,b,Y", "k,K,c,Z", "m,M,d,X", "n,N,e,Y"},
		ties:        []string{"me,j,1", "j,me,1", "me,k,1", "j,k,1", "k,j,1", "m,n,1"},
		memberships: []string{"me,G", "k,G", "m,G", "me,Other", "j,Other", "n,Other"},
	}
	before := evaluateFiles(t, f)
	g := before["G"]
	if g["held_only_here"] != 0.0 || g["new_to_ego"] != 1.0 {
		t.Fatalf("before: held %v new %v; want 0 (k has j outside G) and 1 (m)", g["held_only_here"], g["new_to_ego"])
	}
	f.memberships = append(f.memberships, "j,G")
	after := evaluateFiles(t, f)["G"]
	if after["new_to_ego"] != g["new_to_ego"] {
		t.Errorf("new_to_ego changed: %v → %v", g["new_to_ego"], after["new_to_ego"])
	}
	held := after["held_only_here_people"].([]any)
	if slices.Contains(held, any("J")) {
		t.Errorf("j, who is in Other too, is held only by G: %v", held)
	}
	if !slices.Equal(held, []any{"K"}) {
		t.Errorf("k's only outside mutual contact joined G: k should be held only by G, got %v", held)
	}
}

// Removing the only tie into a far cluster lowers the network's
// reach_only_here.their_contacts.
func TestRemovingTheOnlyTieIntoAFarCluster(t *testing.T) {
	f := files{
		people:      []string{"me,Me,a,X", "b,B,b,X", "x1,X1,c,Y", "x2,X2,c,Y", "x3,X3,c,Y", "c,C,d,X"},
		ties:        []string{"me,c,1", "b,x1,1", "x1,x2,1", "x2,x3,1", "x3,x1,1"},
		memberships: []string{"me,Bridge", "b,Bridge"},
	}
	before := evaluateFiles(t, f)["Bridge"]["reach_only_here"].(map[string]any)["their_contacts"]
	f.ties = slices.DeleteFunc(f.ties, func(s string) bool { return s == "b,x1,1" })
	after := evaluateFiles(t, f)["Bridge"]["reach_only_here"].(map[string]any)["their_contacts"]
	if before != 1.0 || after != 0.0 {
		t.Errorf("their_contacts %v → %v, want 1 (x1) → 0", before, after)
	}
}
