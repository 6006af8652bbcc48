package analysis_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/internal/golden"
	"github.com/tiesnet/ties/graph/measures/holes"
	"github.com/tiesnet/ties/graph/outputs/analyzejson"
)

// Golden keys that `ties analyze` does not write under the same name: the
// kernels' own tests compare them (ego-model holes, participation by an
// attribute's partition, modularity of an attribute's partition), or they
// are compared below under another option (betweenness_weighted_inverse).
var notInAnalyze = []string{
	"nodes.constraint_ego", "nodes.effective_size_ego", "nodes.efficiency_ego", "nodes.hierarchy_ego",
	"nodes.betweenness_weighted_inverse", "nodes.participation_",
	"attributes.*.modularity", "generated_by", "network.directed.r_sna_grecip.edgewise_lrr",
}

func skipped(path string) bool {
	for _, p := range notInAnalyze {
		if strings.Contains(p, "*") {
			parts := strings.SplitN(p, "*", 2)
			if strings.HasPrefix(path, parts[0]) && strings.Contains(path[len(parts[0]):], parts[1]) {
				return true
			}
			continue
		}
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// run analyses a golden set as the command would with --group-ties off and
// exact betweenness, and returns the JSON (the contract `ties analyze`
// writes) as generic values.
func runSet(t *testing.T, s *golden.Set, opt analysis.Options) map[string]any {
	t.Helper()
	opt.GroupTies = analysis.GroupTiesOff
	opt.BetweennessSamples = analysis.ExactBetweenness
	r, err := analysis.Run(s.Network, opt)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	// With the projection's pairs, which the reference tools list.
	if err := analyzejson.WriteWith(&b, r, analyzejson.Options{ProjectionEdges: true}); err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// compare walks want (golden) and checks every leaf against got at the same
// path. It returns the number of values compared.
func compare(t *testing.T, set, path string, got, want any) int {
	t.Helper()
	if skipped(path) {
		return 0
	}
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			t.Errorf("%s: %s is %T in ties' output, want an object", set, path, got)
			return 0
		}
		n := 0
		for k, wv := range w {
			p := k
			if path != "" {
				p = path + "." + k
			}
			if skipped(p) {
				continue
			}
			gv, ok := g[k]
			if !ok {
				t.Errorf("%s: %s missing from ties' output", set, p)
				continue
			}
			n += compare(t, set, p, gv, wv)
		}
		return n
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			t.Errorf("%s: %s = %v, want %v", set, path, got, want)
			return 0
		}
		gs, ws := canonicalList(g), canonicalList(w)
		for k := range ws {
			if gs[k] != ws[k] {
				t.Errorf("%s: %s differs at %d: %s, want %s", set, path, k, gs[k], ws[k])
				return 0
			}
		}
		return len(w)
	case float64:
		g, ok := got.(float64)
		if !ok || !golden.Close(g, w) {
			t.Errorf("%s: %s = %v, want %v", set, path, got, w)
		}
		return 1
	case nil:
		if got != nil {
			t.Errorf("%s: %s = %v, want null", set, path, got)
		}
		return 1
	default:
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: %s = %v, want %v", set, path, got, want)
		}
		return 1
	}
}

// canonicalList writes list items as comparable strings: a pair's two ids
// in string order (the golden files write node order, ties string order),
// numbers rounded to 12 significant digits; the list sorted.
func canonicalList(xs []any) []string {
	out := make([]string, len(xs))
	for k, x := range xs {
		switch v := x.(type) {
		case []any:
			parts := make([]string, len(v))
			for i, e := range v {
				if f, ok := e.(float64); ok {
					parts[i] = fmt.Sprintf("%.12g", f)
				} else {
					parts[i] = fmt.Sprint(e)
				}
			}
			if len(parts) >= 2 && parts[1] < parts[0] {
				parts[0], parts[1] = parts[1], parts[0]
			}
			out[k] = strings.Join(parts, "|")
		default:
			out[k] = fmt.Sprint(v)
		}
	}
	sort.Strings(out)
	return out
}

// TestGolden runs the whole analysis on every reference set and compares
// every value the reference tools computed with what `ties analyze` writes.
func TestGolden(t *testing.T) {
	for _, name := range golden.Names(t) {
		t.Run(name, func(t *testing.T) {
			s := golden.Load(t, name)
			got := runSet(t, s, analysis.DefaultOptions())
			n := 0
			for _, part := range []string{"network", "nodes", "attributes", "brokerage", "two_mode"} {
				if want, ok := s.Get(part); ok {
					n += compare(t, name, part, got[part], want)
				}
			}
			if n < 20 {
				t.Errorf("only %d values compared", n)
			}
			t.Logf("%s: %d values compared", name, n)
		})
	}
}

// TestGoldenOptions checks the options that change a figure's definition
// against the reference values for that definition.
func TestGoldenOptions(t *testing.T) {
	for _, name := range []string{"karate_weighted", "lesmis", "directed"} {
		s := golden.Load(t, name)
		opt := analysis.DefaultOptions()
		opt.WeightAs = analysis.WeightAsStrength
		got := runSet(t, s, opt)
		nodes := got["nodes"].(map[string]any)
		for _, k := range []string{"", "_raw"} {
			want, _ := s.Get("nodes", "betweenness_weighted_inverse"+k)
			compare(t, name, "nodes.betweenness_weighted"+k, nodes["betweenness_weighted"+k], want)
		}
	}
	for _, name := range []string{"borgatti", "karate", "karate_weighted"} {
		s := golden.Load(t, name)
		opt := analysis.DefaultOptions()
		opt.HolesModel = holes.EgoNetwork
		got := runSet(t, s, opt)
		nodes := got["nodes"].(map[string]any)
		for _, m := range []string{"constraint", "effective_size", "efficiency", "hierarchy"} {
			want, ok := s.Get("nodes", m+"_ego")
			if !ok {
				t.Fatalf("%s: no golden %s_ego", name, m)
			}
			compare(t, name, "nodes."+m, nodes[m], want)
			if w, ok := s.Get("nodes", m+"_ego_weighted"); ok {
				compare(t, name, "nodes."+m+"_weighted", nodes[m+"_weighted"], w)
			}
		}
	}
}
