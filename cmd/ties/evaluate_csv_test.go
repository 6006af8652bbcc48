package main

import (
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// The CSV has the JSON's values, in ego mode and in population mode (no
// ego), where it has the population's columns, not the ego's.
func TestEvaluateCSVIsTheJSON(t *testing.T) {
	people := writeFile(t, "people.csv", "id,name,c\na,A,x\nb,B,y\nc,C,x\nd,D,y\n")
	members := writeFile(t, "memberships.csv", "person_id,network\na,G\nb,G\nc,H\nd,H\na,H\n")
	networks := writeFile(t, "networks.csv", "network,purpose,hours_per_month,fee,members_total\nG,p,2,100,10\nGhost,q,,,\n")
	ties := writeFile(t, "ties.csv", "source,target\na,b\nb,c\nc,d\n")
	run := func(format string, extra ...string) string {
		ios, out, errOut := testIO()
		args := append([]string{"evaluate", "--people", people, "--memberships", members, "--networks", networks, "--ties", ties, "--format", format, "-q"}, extra...)
		if code := executeWith(args, ios); code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		return out.String()
	}
	for _, mode := range [][]string{nil, {"--ego", "a"}} {
		var doc struct {
			Mode     string           `json:"mode"`
			Networks []map[string]any `json:"networks"`
		}
		if err := json.Unmarshal([]byte(run("json", mode...)), &doc); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(strings.NewReader(run("csv", mode...))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		head := rows[0]
		if len(rows)-1 != len(doc.Networks) {
			t.Fatalf("%s: %d rows, %d networks", doc.Mode, len(rows)-1, len(doc.Networks))
		}
		compared := 0
		for r, n := range doc.Networks {
			for k, col := range head {
				want, ok := jsonCell(n, col)
				if !ok {
					t.Errorf("%s: column %q is no key of the JSON", doc.Mode, col)
					continue
				}
				if got := rows[r+1][k]; got != want {
					t.Errorf("%s %v: %s = %q, JSON %q", doc.Mode, n["network"], col, got, want)
				}
				compared++
			}
		}
		if doc.Mode == "population" && (!strings.Contains(strings.Join(head, ","), "iqv_members.c") || strings.Contains(strings.Join(head, ","), "ego_balance")) {
			t.Errorf("population columns: %v", head)
		}
		if compared < 30 {
			t.Errorf("%s: only %d cells compared", doc.Mode, compared)
		}
	}
}

// jsonCell is the CSV cell a column holds, from a network's JSON: the
// column is a key, a key with "_" for "." (reach_only_here_members), or
// key.attribute ("unseen_values.c", "iqv_members.c" for iqv.c.members).
func jsonCell(n map[string]any, col string) (string, bool) {
	var v any
	var ok bool
	switch {
	case strings.HasPrefix(col, "iqv_members.") || strings.HasPrefix(col, "iqv_everyone."):
		kind, attr, _ := strings.Cut(strings.TrimPrefix(col, "iqv_"), ".")
		a, _ := n["iqv"].(map[string]any)[attr].(map[string]any)
		v, ok = a[kind]
	case strings.Contains(col, "."):
		key, attr, _ := strings.Cut(col, ".")
		m, isMap := n[key].(map[string]any)
		if !isMap {
			return "", false
		}
		v, ok = m[attr]
	default:
		v, ok = n[col]
		if !ok {
			if i := strings.LastIndex(col, "_"); i > 0 {
				if m, isMap := n[col[:i]].(map[string]any); isMap {
					v, ok = m[col[i+1:]]
				}
				if m, isMap := n["reach_only_here"].(map[string]any); !ok && isMap && strings.HasPrefix(col, "reach_only_here_") {
					v, ok = m[strings.TrimPrefix(col, "reach_only_here_")]
				}
			}
		}
		if !ok && !strings.HasPrefix(col, "n_members_") && col != "members_partial" {
			return "", false
		}
		ok = true // partial-list keys are left out of the JSON when not partial
	}
	if !ok {
		return "", false
	}
	switch x := v.(type) {
	case nil:
		return "", true
	case string:
		return x, true
	case bool:
		return strconv.FormatBool(x), true
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64), true
	case []any:
		var s []string
		for _, e := range x {
			s = append(s, e.(string))
		}
		return strings.Join(s, "; "), true
	}
	return "", false
}
