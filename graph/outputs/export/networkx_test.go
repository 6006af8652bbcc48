package export

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// python is Debian's interpreter, the one python3-networkx installs into.
const python = "/usr/bin/python3"

// TestNetworkX writes the demo (and a mixed network) in every XML and JSON
// format and has testdata/check_networkx.py read them back with NetworkX:
// counts, attributes, direction. It needs /usr/bin/python3 with networkx;
// without them it is skipped, and the structure tests above still run.
func TestNetworkX(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Python")
	}
	if _, err := os.Stat(python); err != nil {
		t.Skipf("no %s: cannot check the exports with NetworkX", python)
	}
	if out, err := exec.Command(python, "-c", "import networkx").CombinedOutput(); err != nil {
		t.Skipf("%s has no networkx (apt-get install python3-networkx): %s", python, out)
	}
	dir := t.TempDir()
	r := demo(t)
	nw := r.Network
	for _, f := range []Format{FormatGraphML, FormatGEXF, FormatJSON} {
		os.WriteFile(filepath.Join(dir, "demo."+string(f)), write(t, f, r, Options{}), 0o644)
		os.WriteFile(filepath.Join(dir, "groups."+string(f)), write(t, f, r, Options{Groups: true}), 0o644)
	}
	m := mixed(t, false)
	for _, f := range []Format{FormatGEXF, FormatJSON} {
		os.WriteFile(filepath.Join(dir, "mixed."+string(f)), write(t, f, m, Options{}), 0o644)
	}

	// What the script expects, taken from the analysis.
	idx := map[string]int{}
	for i, id := range r.IDs() {
		idx[id] = i
	}
	people := map[string]map[string]any{}
	undefined := map[string][]string{}
	for _, id := range []string{"me", "katrin.m", "sven.e"} {
		i := idx[id]
		p := map[string]any{"label": nw.People[i].Name, "kind": "person", "ego": id == "me",
			"profession": nw.Attr(i, mustAttr(t, nw.AttributeIndex, "profession"))}
		for _, col := range []string{"betweenness", "constraint", "effective_size", "clustering"} {
			if x := column(r, col)[i]; math.IsNaN(x) {
				undefined[id] = append(undefined[id], col)
			} else {
				p[col] = x
			}
		}
		for _, col := range []string{"degree", "community", "in_degree"} {
			p[col] = int(column(r, col)[i])
		}
		people[id] = p
	}
	if len(undefined["sven.e"]) == 0 {
		t.Fatal("expected undefined figures for the isolate sven.e")
	}
	tie := nw.Ties[0]
	ties := []any{[]any{nw.People[tie.From].ID, nw.People[tie.To].ID,
		map[string]any{"weight": tie.Weight, "tie_type": nw.TieTypeName(tie.Type), "mutual": false, "kind": "tie"}}}
	groups := map[string]any{"group:West Sweden Business Forum": map[string]any{
		"kind": "group", "group_scope": "local", "group_formal": true, "label": "West Sweden Business Forum"}}
	want := map[string]any{
		"demo": map[string]any{"nodes": len(nw.People), "edges": len(nw.Ties), "people": people,
			"undefined": undefined, "ties": ties},
		"groups": map[string]any{"nodes": len(nw.People) + len(nw.Groups), "edges": len(nw.Ties) + nw.Memberships(),
			"people": people, "undefined": undefined, "ties": ties, "groups": groups},
		"mixed": map[string]any{"nodes": 4, "arcs": 6, "mutual": [][2]string{{"b", "c"}, {"c", "d"}},
			"oneway": [][2]string{{"a", "b"}, {"a", "d"}}, "names": [][2]string{{"a", "A"}}},
	}
	b, _ := json.Marshal(want)
	os.WriteFile(filepath.Join(dir, "expected.json"), b, 0o644)

	out, err := exec.Command(python, "testdata/check_networkx.py", dir).CombinedOutput()
	if err != nil {
		t.Fatalf("check_networkx.py: %v\n%s", err, out)
	}
	t.Logf("check_networkx.py: %s", out)
}

func mustAttr(t *testing.T, index func(string) (int, bool), name string) int {
	t.Helper()
	a, ok := index(name)
	if !ok {
		t.Fatalf("no attribute %q", name)
	}
	return a
}
