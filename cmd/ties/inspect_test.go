package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/tiesnet/ties/importers"
)

// inspectJSON is the contract of docs/inspect-json.md, decoded
// independently of the types that write it.
type inspectJSON struct {
	SchemaVersion int `json:"schema_version"`
	Files         []struct {
		Role            string         `json:"role"`
		Path            string         `json:"path"`
		Format          string         `json:"format"`
		Encoding        string         `json:"encoding"`
		Delimiter       string         `json:"delimiter"`
		RowsRead        int            `json:"rows_read"`
		Imported        int            `json:"imported"`
		Skipped         []any          `json:"skipped"`
		Notes           []any          `json:"notes"`
		SkippedByReason map[string]int `json:"skipped_by_reason"`
		NotesByReason   map[string]int `json:"notes_by_reason"`
	} `json:"files"`
	Totals struct {
		People       int `json:"people"`
		Ties         int `json:"ties"`
		Groups       int `json:"groups"`
		Memberships  int `json:"memberships"`
		DirectedTies int `json:"directed_ties"`
		MutualTies   int `json:"mutual_ties"`
	} `json:"totals"`
	Attributes map[string]struct {
		N       int            `json:"n"`
		Missing int            `json:"missing"`
		Counts  map[string]int `json:"counts"`
	} `json:"attributes"`
	Isolates  []string `json:"isolates"`
	Structure struct {
		Shape         string  `json:"shape"`
		Center        *string `json:"center"`
		Pairs         int     `json:"pairs"`
		AmongContacts int     `json:"among_contacts"`
		OrgAsGroup    bool    `json:"org_as_group"`
		MaxGroupSize  int     `json:"max_group_size"`
		AboveCap      []struct {
			Network      string `json:"network"`
			Members      int    `json:"members"`
			ImpliedPairs int64  `json:"implied_pairs"`
		} `json:"above_cap"`
		Message string `json:"message"`
	} `json:"structure"`
	Ego *string `json:"ego"`
}

func runInspectJSON(t *testing.T, in inputOptions) inspectJSON {
	t.Helper()
	ios, out, _ := testIO()
	if err := runInspect(&inspectOptions{IO: ios, Inputs: in, Format: "json"}); err != nil {
		t.Fatalf("runInspect: %v", err)
	}
	// The top level has exactly the documented keys; the file reports are
	// the importers' and may gain fields.
	var top map[string]json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &top); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	var keys []string
	for k := range top {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if want := []string{"attributes", "derived", "ego", "files", "isolates", "organizations_merged", "schema_version", "structure", "totals"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("top-level keys = %v, want %v", keys, want)
	}
	var got inspectJSON
	for _, part := range []struct {
		key string
		v   any
	}{{"totals", &got.Totals}, {"attributes", &got.Attributes}, {"structure", &got.Structure}} {
		dec := json.NewDecoder(bytes.NewReader(top[part.key]))
		dec.DisallowUnknownFields() // every field is in the contract above
		if err := dec.Decode(part.v); err != nil {
			t.Errorf("%s is not the documented JSON: %v\n%s", part.key, err, top[part.key])
		}
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output is not the documented JSON: %v\n%s", err, out)
	}
	return got
}

// The figures are those of testdata/demo/README.md, counted from the files.
func TestInspectDemoTable(t *testing.T) {
	ios, out, errOut := testIO()
	err := runInspect(&inspectOptions{IO: ios, Inputs: demoTestdataInputs(), Format: "table"})
	if err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if errOut.Len() > 0 {
		t.Errorf("unexpected stderr: %s", errOut)
	}
	for _, re := range []string{
		// per file: role, path, format, encoding, delimiter, read, imported, skipped, notes
		`(?m)^  people\s+\S*people\.csv\s+people\s+utf-8\s+comma\s+41\s+41\s+0\s+0$`,
		`(?m)^  networks\s+\S*networks\.csv\s+networks\s+utf-8\s+comma\s+7\s+7\s+0\s+0$`,
		`(?m)^  memberships\s+\S*memberships\.csv\s+memberships\s+utf-8\s+comma\s+57\s+57\s+0\s+0$`,
		`(?m)^  ties\s+\S*ties\.csv\s+ties\s+utf-8\s+comma\s+118\s+118\s+0\s+0$`,
		`(?m)^  people\s+41$`,
		`(?m)^  ties\s+118\s+118 directed .*, 0 mutual`,
		`(?m)^  groups\s+7$`,
		`(?m)^  memberships\s+57$`,
		`(?m)^  ego\s+me: Karin Lindqvist$`,
		`(?m)^  profession: 10 categories, 41 known, 0 missing$`,
		`(?m)^    engineer\s+13\n    product manager\s+7\n    physician\s+5\n    researcher\s+5\n`,
		`(?m)^  gender: 3 categories, 39 known, 2 missing$`,
		// organization has 26 categories: 12 shown, 14 more
		`(?m)^    … 14 more \(14 people\)$`,
		`(?m)^People in no tie .*: 1\n  sven\.e\n`,
		`(?m)^  shape\s+network$`,
		`(?m)^  tied pairs\s+192$`,
		`(?m)^  among contacts\s+158$`,
	} {
		if !regexp.MustCompile(re).MatchString(s) {
			t.Errorf("table does not match %s\n%s", re, s)
		}
	}
	if strings.Contains(s, "star") {
		t.Errorf("the demo is not a star, but the table says star:\n%s", s)
	}
}

func TestInspectDemoJSON(t *testing.T) {
	got := runInspectJSON(t, demoTestdataInputs())
	if got.SchemaVersion != 2 {
		t.Errorf("schema_version = %d, want 2", got.SchemaVersion)
	}
	tot := got.Totals
	if tot.People != 41 || tot.Ties != 118 || tot.Groups != 7 || tot.Memberships != 57 || tot.DirectedTies != 118 || tot.MutualTies != 0 {
		t.Errorf("totals = %+v, want 41 people, 118 ties (118 directed), 7 groups, 57 memberships", tot)
	}
	var roles []string
	for _, f := range got.Files {
		roles = append(roles, f.Role)
		if f.RowsRead != f.Imported+len(f.Skipped) {
			t.Errorf("%s: rows_read %d != imported %d + skipped %d", f.Path, f.RowsRead, f.Imported, len(f.Skipped))
		}
		if f.Encoding != "utf-8" || f.Delimiter != "," || f.Skipped == nil || f.Notes == nil {
			t.Errorf("%s: encoding %q, delimiter %q, skipped %v, notes %v", f.Path, f.Encoding, f.Delimiter, f.Skipped, f.Notes)
		}
	}
	if want := []string{"people", "networks", "memberships", "ties"}; !reflect.DeepEqual(roles, want) {
		t.Errorf("file roles = %v, want %v", roles, want)
	}
	prof := got.Attributes["profession"]
	if prof.N != 41 || prof.Missing != 0 || prof.Counts["engineer"] != 13 || prof.Counts["product manager"] != 7 ||
		prof.Counts["physician"] != 5 || prof.Counts["HR"] != 1 || len(prof.Counts) != 10 {
		t.Errorf("profession = %+v", prof)
	}
	if g := got.Attributes["gender"]; g.N != 39 || g.Missing != 2 {
		t.Errorf("gender = %+v, want 39 known and 2 missing", g)
	}
	if org := got.Attributes["organization"]; len(org.Counts) != 26 || org.Counts["Nordvik Medical AB"] != 4 {
		t.Errorf("organization has %d categories, Nordvik Medical AB %d; want 26 and 4", len(org.Counts), org.Counts["Nordvik Medical AB"])
	}
	if _, ok := got.Attributes["name"]; ok {
		t.Error("name is not an attribute")
	}
	if !reflect.DeepEqual(got.Isolates, []string{"sven.e"}) {
		t.Errorf("isolates = %v, want [sven.e]", got.Isolates)
	}
	st := got.Structure
	if st.Shape != "network" || st.Center != nil || st.Pairs != 192 || st.AmongContacts != 158 || st.OrgAsGroup || st.Message == "" {
		t.Errorf("structure = %+v", st)
	}
	if got.Ego == nil || *got.Ego != "me" {
		t.Errorf("ego = %v, want me", got.Ego)
	}
}

func TestInspectOrgAsGroup(t *testing.T) {
	in := demoTestdataInputs()
	in.OrgAsGroup = "true"
	got := runInspectJSON(t, in)
	// Nordvik Medical AB and the others add one pair not already tied.
	if st := got.Structure; !st.OrgAsGroup || st.Pairs != 193 || st.AmongContacts != 159 {
		t.Errorf("structure with --org-as-group = %+v, want 193 pairs, 159 among contacts", st)
	}
	// sven.e is alone at his organisation: still an isolate.
	if !reflect.DeepEqual(got.Isolates, []string{"sven.e"}) {
		t.Errorf("isolates = %v", got.Isolates)
	}
}

func TestInspectNoEgo(t *testing.T) {
	in := demoTestdataInputs()
	in.Ego = ""
	got := runInspectJSON(t, in)
	if got.Ego != nil {
		t.Errorf("ego = %q, want null", *got.Ego)
	}
}

// starTies is a ties file where "me" is tied to four people and nobody else
// is tied: what a contact export alone gives.
const starTies = "source,target\nme,ana\nme,bo\ncarl,me\nme,dana\n"

func TestInspectStar(t *testing.T) {
	path := writeFile(t, "ties.csv", starTies)
	got := runInspectJSON(t, inputOptions{Ties: path, Ego: "me"})
	st := got.Structure
	if st.Shape != "star" || st.Center == nil || *st.Center != "me" || st.Pairs != 4 || st.AmongContacts != 0 {
		t.Errorf("structure = %+v, want a star centred on me with 4 pairs", st)
	}
	if got.Totals.People != 5 || got.Totals.Ties != 4 {
		t.Errorf("totals = %+v", got.Totals)
	}
	// The people the ties name are not in a people file: added and noted.
	if n := got.Files[0].NotesByReason["unknown person added"]; n != 5 {
		t.Errorf("notes = %v, want 5 unknown people added", got.Files[0].NotesByReason)
	}

	ios, out, _ := testIO()
	if err := runInspect(&inspectOptions{IO: ios, Inputs: inputOptions{Ties: path}, Format: "table"}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	flat := strings.Join(strings.Fields(s), " ")
	for _, want := range []string{
		"shape star, centred on me",
		"Warning: This is a star",
		"none of them is tied to another",
		"Bridging measures (betweenness, constraint, effective size, brokerage) mean nothing on a star",
		"--memberships", "--org-as-group", "--ties",
		"5 unknown person added",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("table lacks %q:\n%s", want, s)
		}
	}
}

func TestInspectMutualTiesSayNoDirection(t *testing.T) {
	path := writeFile(t, "ties.csv", "source,target\na,b\nb,c\nc,a\n")
	ios, out, _ := testIO()
	in := inputOptions{Ties: path, Undirected: true}
	if err := runInspect(&inspectOptions{IO: ios, Inputs: in, Format: "table"}); err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(out.String()), " ")
	for _, want := range []string{"0 directed", "3 mutual", "No tie has a direction", "shape network"} {
		if !strings.Contains(flat, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

// A file with many problems lists the reasons with counts, then 10
// problems, then says how many more.
func TestInspectListsProblems(t *testing.T) {
	var b strings.Builder
	b.WriteString("source,target,weight\n")
	for i := 0; i < 15; i++ {
		b.WriteString("x,x,1\n") // self-tie: skipped
	}
	b.WriteString("a,b,1\n")
	path := writeFile(t, "ties.csv", b.String())
	ios, out, _ := testIO()
	if err := runInspect(&inspectOptions{IO: ios, Inputs: inputOptions{Ties: path}, Format: "table"}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if !regexp.MustCompile(`(?m)^  ties\s+\S+\s+ties\s+utf-8\s+comma\s+16\s+1\s+15\s+\d+$`).MatchString(s) {
		t.Errorf("file row wrong:\n%s", s)
	}
	if !strings.Contains(s, ": 15 rows skipped, not imported\n") {
		t.Errorf("no skipped heading:\n%s", s)
	}
	skipped := s[strings.Index(s, "15 rows skipped"):strings.Index(s, "notes, imported with a decision")]
	if !strings.Contains(skipped, "\n    15  self-tie\n") {
		t.Errorf("reasons not counted:\n%s", skipped)
	}
	if n := strings.Count(skipped, "\n    line "); n != 10 {
		t.Errorf("%d skipped rows listed, want 10:\n%s", n, skipped)
	}
	if !strings.Contains(s, "    line 2, ") {
		t.Errorf("first problem not listed with its line:\n%s", s)
	}
	if strings.Contains(s, "    line 12, ") {
		t.Errorf("more than 10 problems listed:\n%s", s)
	}
	if !strings.Contains(s, "    … 5 more") {
		t.Errorf("does not say how many more:\n%s", s)
	}
}

func TestInspectErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.csv")
	tests := []struct {
		name string
		in   inputOptions
		want []string // in the message
	}{
		{"missing file", inputOptions{People: missing}, []string{missing, "cannot read", "Check the path"}},
		{"ties file as people", inputOptions{People: filepath.Join(demoDir, "ties.csv")},
			[]string{"ties.csv:1", "not a people file", "pass it with --ties"}},
		{"strict", inputOptions{Ties: writeFile(t, "ties.csv", starTies), Strict: true, People: filepath.Join(demoDir, "people.csv")},
			[]string{"ties.csv:2:2", `"ana" is not in the people file`, "leave out --strict"}},
		{"unknown ego", inputOptions{People: filepath.Join(demoDir, "people.csv"), Ego: "nobody"},
			[]string{"people.csv", `"nobody"`, "--ego"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ios, out, _ := testIO()
			err := runInspect(&inspectOptions{IO: ios, Inputs: tc.in, Format: "table"})
			if err == nil {
				t.Fatalf("no error; output:\n%s", out)
			}
			var ie *importers.Error
			if !errors.As(err, &ie) {
				t.Errorf("error is %T, want *importers.Error", err)
			}
			var ue *usageError
			if errors.As(err, &ue) {
				t.Errorf("an import error is not a usage error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if out.Len() != 0 {
				t.Errorf("output on error:\n%s", out)
			}
		})
	}
}

func TestInspectUsageErrors(t *testing.T) {
	people := filepath.Join(demoDir, "people.csv")
	tests := []struct {
		name string
		opts inspectOptions
		want string
	}{
		{"no input", inspectOptions{Format: "table"}, "no input"},
		{"bad format", inspectOptions{Format: "xml", Inputs: inputOptions{People: people}}, `--format "xml"`},
		{"bad people format", inspectOptions{Format: "table", Inputs: inputOptions{People: people, PeopleFormat: "excel"}}, "must be one of people, linkedin"},
		{"people format without people", inspectOptions{Format: "table", Inputs: inputOptions{Ties: people, PeopleFormat: "vcard"}}, "needs a people file"},
		{"no-ego with ego", inspectOptions{Format: "table", Inputs: inputOptions{People: people, NoEgo: true, Ego: "me"}}, "--no-ego"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ios, _, _ := testIO()
			tc.opts.IO = ios
			err := runInspect(&tc.opts)
			var ue *usageError
			if !errors.As(err, &ue) {
				t.Fatalf("error = %v (%T), want a usage error", err, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

func TestInspectOut(t *testing.T) {
	ios, out, _ := testIO()
	path := filepath.Join(t.TempDir(), "inspect.json")
	if err := runInspect(&inspectOptions{IO: ios, Inputs: demoTestdataInputs(), Format: "json", Out: path}); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 {
		t.Errorf("wrote to stdout with --out: %s", out)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil || v["schema_version"] != 2.0 {
		t.Errorf("--out file is not the JSON: %v\n%s", err, b)
	}
}

// The output is the same on every run.
func TestInspectDeterministic(t *testing.T) {
	for _, format := range []string{"table", "json"} {
		var first string
		for i := 0; i < 5; i++ {
			ios, out, _ := testIO()
			in := demoTestdataInputs()
			in.OrgAsGroup = "true"
			if err := runInspect(&inspectOptions{IO: ios, Inputs: in, Format: format}); err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				first = out.String()
			} else if out.String() != first {
				t.Fatalf("%s output differs between runs", format)
			}
		}
	}
}

// The flags reach the options: parsed by the command, not run.
func TestInspectFlags(t *testing.T) {
	ios, _, _ := testIO()
	var got *inspectOptions
	cmd := newCmdInspect(ios, func(o *inspectOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--contacts", "c.vcf", "--people-format", "vcard", "--memberships", "m.csv",
		"--networks", "n.csv", "--ties", "t.csv", "--undirected", "--strict", "--ego", "karin",
		"--ego-name", "Karin L", "--org-as-group", "--format", "json", "-o", "x.json",
		"--include-column", "Notes", "--include-column", "Bio, short"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	want := inputOptions{People: "c.vcf", PeopleFormat: "vcard", Memberships: "m.csv", Networks: "n.csv",
		Ties: "t.csv", Undirected: true, Strict: true, Ego: "karin", EgoName: "Karin L", OrgAsGroup: "true",
		IncludeColumns: []string{"Notes", "Bio, short"}}
	if !reflect.DeepEqual(got.Inputs, want) || got.Format != "json" || got.Out != "x.json" {
		t.Errorf("options = %+v", got)
	}
	lopt := got.Inputs.importOptions(nil)
	if !reflect.DeepEqual(lopt.IncludeColumns, want.IncludeColumns) {
		t.Errorf("include columns = %q", lopt.IncludeColumns)
	}
	if lopt.People != "c.vcf" || lopt.PeopleFormat != "vcard" || lopt.Ego != "karin" || lopt.EgoName != "Karin L" || !lopt.Strict || !lopt.Undirected {
		t.Errorf("importOptions = %+v", lopt)
	}
	if p := got.Inputs.projection(); p.OrganizationAttribute != "organization" {
		t.Errorf("projection = %+v", p)
	}
	if p := (&inputOptions{}).projection(); p.OrganizationAttribute != "" {
		t.Errorf("projection without --org-as-group = %+v", p)
	}
}

// Cells are shown as text on one line, cut short, without terminal escapes.
func TestInspectTableHostileCells(t *testing.T) {
	long := strings.Repeat("x", 10000)
	path := writeFile(t, "people.csv", "id,name,org\na,Ann,\"=HYPERLINK(\"\"x\"\")\"\nb,Bob,\"multi\nline\x1b[31mred\"\nc,,"+long+"\n")
	ios, out, _ := testIO()
	if err := runInspect(&inspectOptions{IO: ios, Inputs: inputOptions{People: path}, Format: "table"}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if strings.ContainsRune(s, '\x1b') {
		t.Errorf("an escape sequence reached the table:\n%q", s)
	}
	for _, want := range []string{`=HYPERLINK("x")`, "multi line [31mred", strings.Repeat("x", maxCellWidth-1) + "…"} {
		if !strings.Contains(s, want) {
			t.Errorf("table lacks %q:\n%s", want, s)
		}
	}
	for _, line := range strings.Split(s, "\n") {
		if len([]rune(line)) > 200 {
			t.Errorf("line of %d characters", len([]rune(line)))
		}
	}
	// JSON keeps the values whole.
	got := runInspectJSON(t, inputOptions{People: path})
	if got.Attributes["org"].Counts[long] != 1 {
		t.Errorf("the long value is not kept whole in JSON")
	}
}

// A network of 16 000 members (a national association's member list)
// implies 128 million pairs: inspect names it, counts its members, and
// counts as tied pairs only the ties and the networks within the cap,
// without building the pairs.
func TestInspectNetworkAboveCap(t *testing.T) {
	var m strings.Builder
	m.WriteString("person_id,network\n")
	for i := range 16_000 {
		fmt.Fprintf(&m, "p%d,Association\n", i)
	}
	for i := range 600 {
		fmt.Fprintf(&m, "p%d,Mailing list\n", i)
	}
	m.WriteString("p1,Club\np2,Club\np3,Club\np20000,Club\n") // 6 pairs
	memberships := writeFile(t, "memberships.csv", m.String())
	ties := writeFile(t, "ties.csv", "source,target\np1,p2\np5,p6\n") // p1–p2 also in Club
	got := runInspectJSON(t, inputOptions{Memberships: memberships, Ties: ties})
	st := got.Structure
	if st.Pairs != 6+1 || st.Shape != "network" || st.MaxGroupSize != 500 {
		t.Errorf("structure = %+v, want 7 pairs (the club's 6 and p5–p6) under a cap of 500", st)
	}
	if len(st.AboveCap) != 2 || st.AboveCap[0].Network != "Association" || st.AboveCap[0].Members != 16_000 ||
		st.AboveCap[0].ImpliedPairs != 16_000*15_999/2 || st.AboveCap[1].Network != "Mailing list" || st.AboveCap[1].ImpliedPairs != 600*599/2 {
		t.Errorf("above_cap = %+v, want Association (16000) then Mailing list (600)", st.AboveCap)
	}
	if got.Totals.People != 16_001 || got.Totals.Memberships != 16_604 {
		t.Errorf("totals = %+v", got.Totals)
	}
	// Everyone in the association shares no capped network with most:
	// those in no tie and no club are in no tied pair.
	if len(got.Isolates) != 16_001-6 {
		t.Errorf("%d isolates, want %d", len(got.Isolates), 16_001-6)
	}

	ios, out, _ := testIO()
	if err := runInspect(&inspectOptions{IO: ios, Inputs: inputOptions{Memberships: memberships, Ties: ties}, Format: "table"}); err != nil {
		t.Fatal(err)
	}
	s := strings.Join(strings.Fields(out.String()), " ")
	for _, want := range []string{"ties and shared groups of at most 500 members", "2 networks with more than 500 members imply no tied pairs",
		"Association (16000), Mailing list (600)", fmt.Sprintf("Their %d pairs are not counted", 16_000*15_999/2+600*599/2)} {
		if !strings.Contains(s, want) {
			t.Errorf("table does not say %q:\n%s", want, out)
		}
	}
}
