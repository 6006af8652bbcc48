package main

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/tiesnet/ties/importers"
)

// Every field of the JSON that inspect prints is documented in
// docs/inspect-json.md, including fields the importers add to their reports.
func TestInspectJSONDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/inspect-json.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{inspection{}, inspectTotals{}, attrSummary{}, structureSummary{}, importers.FileReport{}, importers.Problem{}} {
		typ := reflect.TypeOf(v)
		for i := 0; i < typ.NumField(); i++ {
			tag := typ.Field(i).Tag.Get("json")
			name, _, _ := strings.Cut(tag, ",")
			if name == "" || name == "-" {
				continue
			}
			if !strings.Contains(string(doc), "| `"+name+"` |") {
				t.Errorf("docs/inspect-json.md does not document the field %q of %s", name, typ)
			}
		}
	}
}

// Every key that analyze writes (on the demo, which has every section) is
// named in docs/analyze-json.md, down to the node metrics and the keys of
// each attribute, brokerage and two-mode object.
func TestAnalyzeJSONDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/analyze-json.md")
	if err != nil {
		t.Fatal(err)
	}
	s, _ := analyzeDemo(t, func(o *analyzeOptions) { o.Format = "json" })
	var got map[string]any
	if err := json.Unmarshal([]byte(s), &got); err != nil {
		t.Fatal(err)
	}
	// Objects keyed by data (attribute, group names: walk on; ids,
	// categories: stop) rather than by documented keys.
	named := []string{"attributes", "brokerage", "two_mode.groups", "two_mode.groups.*.attributes", "findings.diversity"}
	byData := []string{"nodes.*", "attributes.*.counts", "attributes.*.ego.*", "brokerage.*.nodes",
		"two_mode.groups.*.attributes.*.counts", "two_mode.person_group_count", "two_mode.projection.degree",
		"two_mode.projection.strength"}
	match := func(pattern, path string) bool {
		p, q := strings.Split(pattern, "."), strings.Split(path, ".")
		if len(p) != len(q) {
			return false
		}
		for k := range p {
			if p[k] != "*" && p[k] != q[k] {
				return false
			}
		}
		return true
	}
	matchAny := func(patterns []string, path string) bool {
		for _, pat := range patterns {
			if match(pat, path) {
				return true
			}
		}
		return false
	}
	var keys []string
	var walk func(path string, v any)
	walk = func(path string, v any) {
		m, ok := v.(map[string]any)
		if !ok || matchAny(byData, path) {
			return
		}
		for k, c := range m {
			if matchAny(named, path) {
				walk(path+".*", c)
				continue
			}
			keys = append(keys, k)
			p := k
			if path != "" {
				p = path + "." + k
			}
			walk(p, c)
		}
	}
	walk("", got)
	// The words inside the document's code spans (`a.b {c, d}` names a, b,
	// c and d).
	words := map[string]bool{}
	spans := strings.Split(string(doc), "`")
	for k := 1; k < len(spans); k += 2 {
		for _, w := range strings.FieldsFunc(spans[k], func(r rune) bool {
			return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
		}) {
			words[w] = true
		}
	}
	seen := map[string]bool{}
	for _, k := range keys {
		if !words[k] && !seen[k] {
			t.Errorf("docs/analyze-json.md does not name the key %q", k)
		}
		seen[k] = true
	}
	if len(seen) < 80 {
		t.Errorf("only %d keys checked", len(seen))
	}
}

// Every key that evaluate writes (ego mode with a budget cut and a what-if,
// and population mode) is named in docs/evaluate.md.
func TestEvaluateJSONDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/evaluate.md")
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{}
	spans := strings.Split(string(doc), "`")
	for k := 1; k < len(spans); k += 2 {
		for _, w := range strings.FieldsFunc(spans[k], func(r rune) bool {
			return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
		}) {
			words[w] = true
		}
	}
	goals := writeFile(t, "goals.csv", "goal,attribute,value,target\ndiversity,country,,\nhours,,,5\n")
	in := demoTestdataInputs()
	base := []string{"evaluate", "--format", "json", "--people", in.People, "--memberships", in.Memberships,
		"--networks", in.Networks, "--ties", in.Ties}
	seen := map[string]bool{}
	byData := map[string]bool{"unseen_values": true, "diversity_gain": true, "iqv_with": true, "iqv_without": true, "iqv": true}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				seen[k] = true
				if byData[k] {
					continue // keyed by attribute
				}
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	for _, args := range [][]string{
		append(slices.Clone(base), "--ego", "me", "--goals", goals, "--without", "Product Circle Slack"),
		base, // no ego: population mode
	} {
		_, out, errOut := testIO()
		if code := execute(args, out, errOut); code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		var got map[string]any
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if got["budget"] == nil && len(args) > len(base) {
			t.Error("the budget of 5 hours should cut")
		}
		walk(got)
	}
	for k := range seen {
		if !words[k] {
			t.Errorf("docs/evaluate.md does not name the key %q", k)
		}
	}
	if len(seen) < 40 {
		t.Errorf("only %d keys checked", len(seen))
	}
}
