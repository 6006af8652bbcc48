package golden

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/importers"
)

// Meta describes a set.
type Meta struct {
	Name        string   `json:"name"`
	Directed    bool     `json:"directed"`
	Weighted    bool     `json:"weighted"`
	People      string   `json:"people"`
	Ties        string   `json:"ties"`
	Memberships string   `json:"memberships"`
	Attributes  []string `json:"attributes"`
	Source      string   `json:"source"`
}

// Set is one loaded reference set.
type Set struct {
	Meta
	Dir     string
	Network *graph.Network
	U, D    *csr.Graph // undirected and directed views
	Golden  map[string]any
}

// Root returns the module's testdata/golden folder, found by walking up from
// the working directory to go.mod.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata", "golden")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// Names lists the sets under testdata/golden, sorted.
func Names(t testing.TB) []string {
	t.Helper()
	entries, err := os.ReadDir(Root(t))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if _, err := os.Stat(filepath.Join(Root(t), e.Name(), "golden.json")); err == nil && e.IsDir() {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out
}

// ForEach runs fn on every set under testdata/golden, each in a subtest
// named after the set, with the set loaded. It skips t if there is no set.
func ForEach(t *testing.T, fn func(t *testing.T, s *Set)) {
	t.Helper()
	names := Names(t)
	if len(names) == 0 {
		t.Skip("no golden sets under testdata/golden")
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			fn(t, Load(t, name))
		})
	}
}

// HasTies reports whether the set has a ties file. A set without one
// (davis) is two-mode only, memberships: its golden file has no
// network.undirected, network.directed or nodes, only two_mode.
func (s *Set) HasTies() bool { return s.Ties != "" }

// Load reads a set: its files through importers.Load (so the tests go
// through the same import as the command) and its golden values.
func Load(t testing.TB, name string) *Set {
	t.Helper()
	s := &Set{Dir: filepath.Join(Root(t), name)}
	readJSON(t, filepath.Join(s.Dir, "meta.json"), &s.Meta)
	readJSON(t, filepath.Join(s.Dir, "golden.json"), &s.Golden)
	path := func(f string) string {
		if f == "" {
			return ""
		}
		return filepath.Join(s.Dir, f)
	}
	nw, _, err := importers.Load(importers.Options{
		People: path(s.People), Ties: path(s.Ties), Memberships: path(s.Memberships),
		Undirected: !s.Directed, Strict: true,
	})
	if err != nil {
		t.Fatalf("set %s: %v", name, err)
	}
	s.Network = nw
	s.U, s.D = csr.Undirected(nw), csr.Directed(nw)
	return s
}

func readJSON(t testing.TB, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// Get walks the golden JSON by keys; ok is false if a key is missing.
func (s *Set) Get(keys ...string) (any, bool) {
	var cur any = s.Golden
	for _, k := range keys {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[k]; !ok {
			return nil, false
		}
	}
	return cur, true
}

// Float returns a golden number; NaN for null. ok is false if missing.
func (s *Set) Float(keys ...string) (float64, bool) {
	v, ok := s.Get(keys...)
	if !ok {
		return 0, false
	}
	if v == nil {
		return math.NaN(), true
	}
	f, ok := v.(float64)
	return f, ok
}

// NodeValues returns nodes.<metric> as a slice in the network's node order
// (NaN for null or missing ids); ok is false if the metric is not in the
// golden file.
func (s *Set) NodeValues(metric string) ([]float64, bool) {
	v, ok := s.Get("nodes", metric)
	if !ok {
		return nil, false
	}
	return s.ByID(v.(map[string]any)), true
}

// ByID turns a map keyed by person id into a slice in node order, NaN for
// null or missing.
func (s *Set) ByID(m map[string]any) []float64 {
	out := make([]float64, len(s.Network.People))
	for i, p := range s.Network.People {
		out[i] = math.NaN()
		if f, ok := m[p.ID].(float64); ok {
			out[i] = f
		}
	}
	return out
}

// Close reports whether got equals want to a relative tolerance of 1e-9
// (absolute 1e-12 near zero); two NaNs are equal.
func Close(got, want float64) bool {
	if math.IsNaN(got) || math.IsNaN(want) {
		return math.IsNaN(got) && math.IsNaN(want)
	}
	d := math.Abs(got - want)
	return d <= 1e-12 || d <= 1e-9*math.Max(math.Abs(got), math.Abs(want))
}

// CompareNodes fails t for every node whose value differs from the golden
// nodes.<metric>; it fails if the metric is missing from the golden file.
func (s *Set) CompareNodes(t testing.TB, metric string, got []float64) {
	t.Helper()
	want, ok := s.NodeValues(metric)
	if !ok {
		t.Fatalf("set %s: no golden nodes.%s", s.Name, metric)
	}
	if len(got) != len(want) {
		t.Fatalf("set %s: %s has %d values, want %d", s.Name, metric, len(got), len(want))
	}
	bad := 0
	for i := range want {
		if !Close(got[i], want[i]) {
			if bad < 5 {
				t.Errorf("set %s: %s of %q = %v, want %v", s.Name, metric, s.Network.People[i].ID, got[i], want[i])
			}
			bad++
		}
	}
	if bad > 5 {
		t.Errorf("set %s: %s: %d more differ", s.Name, metric, bad-5)
	}
}

// Index returns the node index of a person id, failing t if unknown.
func (s *Set) Index(t testing.TB, id string) int {
	t.Helper()
	i, ok := s.Network.Index(id)
	if !ok {
		t.Fatalf("set %s: no person %q", s.Name, id)
	}
	return i
}
