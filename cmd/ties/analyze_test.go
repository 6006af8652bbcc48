package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func analyzeDemo(t *testing.T, mod func(*analyzeOptions)) (string, string) {
	t.Helper()
	ios, out, errOut := testIO()
	o := defaultAnalyzeOptions(ios)
	o.Inputs = demoTestdataInputs()
	if mod != nil {
		mod(o)
	}
	if err := runAnalyze(o); err != nil {
		t.Fatal(err)
	}
	return out.String(), errOut.String()
}

func TestAnalyzeTable(t *testing.T) {
	s, errOut := analyzeDemo(t, nil)
	flat := strings.Join(strings.Fields(s), " ") // the table wraps long lines
	for _, want := range []string{
		"Read 4 files: 41 people, 118 ties, 7 networks, 57 memberships. Every row was imported.",
		"Network", "Top brokers", "Bridges", "Diversity of backgrounds (everyone: 41 people)", "Reciprocity", "Networks (memberships",
		"You (me)", "Karin Lindqvist (me)", "reciprocity 0.356",
		"4 people only take", "Tove Axelsson (tove.a)",
		"European MedTech Association", "Sweden",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("table lacks %q", want)
		}
	}
	if strings.Contains(s, "NaN") || strings.Contains(s, "Warning: This is a star") {
		t.Errorf("table has NaN or a false star warning:\n%s", s)
	}
	if errOut != "" {
		t.Errorf("stderr for 41 people: %q", errOut)
	}
}

func TestAnalyzeJSONEqualsDemo(t *testing.T) {
	s, _ := analyzeDemo(t, func(o *analyzeOptions) { o.Format = "json" })
	var got map[string]any
	if err := json.Unmarshal([]byte(s), &got); err != nil {
		t.Fatal(err)
	}
	if got["schema_version"] != 4.0 || got["ego"] != "me" {
		t.Errorf("schema_version %v, ego %v", got["schema_version"], got["ego"])
	}
	// One count of tied pairs: the shape describes the measured view.
	pairs := got["structure"].(map[string]any)["pairs"]
	edges := got["network"].(map[string]any)["undirected"].(map[string]any)["n_edges"]
	if pairs != edges || pairs != 97.0 {
		t.Errorf("structure.pairs %v, network.undirected.n_edges %v: want both 97", pairs, edges)
	}
	nodes := got["nodes"].(map[string]any)
	for _, m := range []string{"degree", "betweenness", "constraint", "effective_size", "hierarchy", "community",
		"participation", "in_degree", "out_degree", "reciprocity", "balance", "betweenness_weighted", "constraint_weighted"} {
		if _, ok := nodes[m].(map[string]any)["me"]; !ok {
			t.Errorf("nodes.%s.me missing", m)
		}
	}
	if b := nodes["balance"].(map[string]any)["sven.e"]; b != nil {
		t.Errorf("balance of the isolate = %v, want null", b)
	}
	ios, out, _ := testIO()
	if err := runDemo(&demoOptions{IO: ios, Format: "json"}); err != nil {
		t.Fatal(err)
	}
	if out.String() != s {
		t.Error("ties demo --format json differs from ties analyze on testdata/demo")
	}
	if s2, _ := analyzeDemo(t, func(o *analyzeOptions) { o.Format = "json" }); s2 != s {
		t.Error("two runs give different JSON")
	}
}

func TestAnalyzeCSV(t *testing.T) {
	people := writeFile(t, "people.csv", "id,name,job\n"+
		"a,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-2+3\n"+
		"b,Bo,@SUM(A1)\n"+
		"c,Cy,engineer\n")
	rows := analyzeCSVRows(t, people)
	if len(rows) != 4 {
		t.Fatalf("%d rows, want header + 3", len(rows))
	}
	head := strings.Join(rows[0], ",")
	for _, want := range []string{"id,name,job,", "betweenness", "constraint", "job_ego_blau", "job_brokerage_total", "balance"} {
		if !strings.Contains(head, want) {
			t.Errorf("header lacks %q: %s", want, head)
		}
	}
	if rows[1][1] != `'=HYPERLINK("http://evil","x")` || rows[1][2] != "'-2+3" || rows[2][2] != "'@SUM(A1)" {
		t.Errorf("formulas not escaped: %q", rows[1:3])
	}
	col := map[string]int{}
	for k, h := range rows[0] {
		col[h] = k
	}
	if got := rows[2][col["betweenness"]]; got != "1" {
		t.Errorf("betweenness of b (the middle of a path) = %q, want 1", got)
	}
	if got := rows[1][col["constraint"]]; got != "1" {
		t.Errorf("constraint of a = %q, want 1", got)
	}
	if got := rows[1][col["balance"]]; got != "1" {
		t.Errorf("balance of a (only gives) = %q", got)
	}
	if got := rows[1][col["hierarchy"]]; got != "1" {
		t.Errorf("hierarchy of a (one contact) = %q", got)
	}
	// QA: the directed ego E-I figures of the JSON were missing here. b has
	// two arcs (a→b, b→c), both to other jobs.
	if got := rows[2][col["job_ego_ei_directed_external"]] + " " + rows[2][col["job_ego_ei_directed_internal"]] + " " +
		rows[2][col["job_ego_ei_directed_index"]]; got != "2 0 1" {
		t.Errorf("directed E-I of b = %q, want 2 0 1", got)
	}
}

func TestAnalyzeStar(t *testing.T) {
	ios, out, _ := testIO()
	o := defaultAnalyzeOptions(ios)
	o.Inputs = inputOptions{People: filepath.Join("..", "..", "testdata", "contacts", "linkedin_connections.csv")}
	if err := runAnalyze(o); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"Warning: This is a star", "LinkedIn connection (or an address-book entry) is mutual", "No brokers can be told apart"} {
		if !strings.Contains(s, want) {
			t.Errorf("star output lacks %q:\n%s", want, s)
		}
	}
}

func TestAnalyzeUsageErrors(t *testing.T) {
	cases := []struct {
		mod  func(*analyzeOptions)
		want string
	}{
		{func(o *analyzeOptions) { o.HolesModel = "local" }, "--holes-model"},
		{func(o *analyzeOptions) { o.WeightAs = "cost" }, "--weight-as"},
		{func(o *analyzeOptions) { o.Format = "xml" }, "--format"},
		{func(o *analyzeOptions) { o.BetweennessSamples = -5 }, "--betweenness-samples"},
		{func(o *analyzeOptions) { o.Attributes = []string{"shoe size"} }, `"shoe size"`},
	}
	for _, c := range cases {
		ios, _, _ := testIO()
		o := defaultAnalyzeOptions(ios)
		o.Inputs = demoTestdataInputs()
		c.mod(o)
		err := runAnalyze(o)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want one naming %s", err, c.want)
		}
	}
}

// Large networks report progress on stderr; --quiet silences it.
func TestAnalyzeProgress(t *testing.T) {
	var p, tt bytes.Buffer
	p.WriteString("id\n")
	tt.WriteString("source,target\n")
	for i := range progressFrom {
		fmt.Fprintf(&p, "p%d\n", i)
		fmt.Fprintf(&tt, "p%d,p%d\n", i, (i*7+1)%progressFrom)
	}
	people, ties := writeFile(t, "p.csv", p.String()), writeFile(t, "t.csv", tt.String())
	for _, quiet := range []bool{false, true} {
		ios, _, errOut := testIO()
		o := defaultAnalyzeOptions(ios)
		o.Inputs = inputOptions{People: people, Ties: ties}
		o.Out = filepath.Join(t.TempDir(), "out.json")
		o.Format = "json"
		o.IO.Quiet = quiet
		if err := runAnalyze(o); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(errOut.String(), "ties: betweenness"); got == quiet {
			t.Errorf("quiet %v: stderr %q", quiet, errOut)
		}
		if b, err := os.ReadFile(o.Out); err != nil || !json.Valid(b) {
			t.Errorf("--out: %v", err)
		}
	}
}

// Header cells are escaped as other cells are: an attribute named like a
// formula gives columns that start like one ("=x_ego_blau").
func TestAnalyzeCSVHeaderEscaped(t *testing.T) {
	people := writeFile(t, "people.csv", "id,name,=x,@y\na,A,1,p\nb,B,2,q\nc,C,1,p\n")
	rows := analyzeCSVRows(t, people)
	derived := 0
	for _, h := range rows[0] {
		if strings.ContainsAny(h[:1], "=+-@") {
			t.Errorf("header cell %q starts like a formula", h)
		}
		if strings.HasPrefix(h, "'=x_") || strings.HasPrefix(h, "'@y_") {
			derived++
		}
	}
	if derived < 4 {
		t.Errorf("%d escaped columns derived from the attributes, want several: %q", derived, rows[0])
	}
}

// A contact export alone is a star even when shared organisations tie the
// contacts for the structure measures: every output says so plainly, and
// where the ties among contacts come from, rather than that bridging
// measures can be computed.
func TestStarCompletedByOrganisationsSaidPlainly(t *testing.T) {
	in := inputOptions{People: "../../testdata/linkedin/archive/Connections.csv"}
	ios, out, _ := testIO()
	o := defaultAnalyzeOptions(ios)
	o.Inputs = in
	if err := runAnalyze(o); err != nil {
		t.Fatal(err)
	}
	md := reportOf(t, &reportOptions{Inputs: in, Format: "md"})
	for name, s := range map[string]string{"analyze": out.String(), "report": md} {
		s = strings.Join(strings.Fields(s), " ")
		if !strings.Contains(s, "Your own data is a star: you are tied to all 520 others") ||
			!strings.Contains(s, "are assumed from the organisations they share") {
			t.Errorf("%s does not say the data is a star", name)
		}
		if strings.Contains(s, "bridging measures can be computed") {
			t.Errorf("%s says bridging measures can be computed on a star", name)
		}
	}
}

// Sentences about the exporter of a contact export, named "you", read
// "You lie", in the JSON as in the table; without ties the reciprocity
// finding says there are none, not that they lack a direction.
func TestFindingsAddressYouAndNoTies(t *testing.T) {
	ios, out, _ := testIO()
	o := defaultAnalyzeOptions(ios)
	o.Inputs, o.Format = inputOptions{People: "../../testdata/contacts/google_contacts.csv"}, "json"
	if err := runAnalyze(o); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); strings.Contains(s, "you lies") || !strings.Contains(s, "You lie on the most shortest paths") {
		t.Errorf("brokers finding not addressed to you")
	}
	ios, out, _ = testIO()
	o = defaultAnalyzeOptions(ios)
	o.Inputs, o.Format = inputOptions{People: writeFile(t, "p.csv", "id,name\na,A\nb,B\n")}, "json"
	if err := runAnalyze(o); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); strings.Contains(s, "No tie has a direction") || !strings.Contains(s, "There are no ties, so who gives") {
		t.Errorf("reciprocity without ties: %s", s)
	}
}

// Everyone at one organisation is said so, not "a third … work at 1
// organisation; the largest employs 100%".
func TestConcentrationAllAtOne(t *testing.T) {
	ios, out, _ := testIO()
	o := defaultAnalyzeOptions(ios)
	o.Inputs = inputOptions{People: writeFile(t, "p.csv", "id,name,organization\nme,Me,Acme\na,A,Acme\nb,B,Acme\nc,C,Acme\n"),
		Ties: writeFile(t, "t.csv", "source,target\nme,a\nme,b\nme,c\na,b\n"), Ego: "me"}
	if err := runAnalyze(o); err != nil {
		t.Fatal(err)
	}
	s := strings.Join(strings.Fields(out.String()), " ")
	if !strings.Contains(s, "All 3 of your contacts with a known organisation work at Acme") || strings.Contains(s, "A third of") {
		t.Errorf("concentration: %s", s)
	}
}

// An ego with no tie of their own, reached only through shared networks,
// is not told "You have 0 contacts; … 2 people in all".
func TestEgoWithoutOwnTies(t *testing.T) {
	ios, out, _ := testIO()
	o := defaultAnalyzeOptions(ios)
	o.Inputs = inputOptions{People: writeFile(t, "p.csv", "id,name\nme,Me\na,A\nb,B\nc,C\n"),
		Ties: writeFile(t, "t.csv", "source,target\na,b\n"), Memberships: writeFile(t, "m.csv", "person_id,network\nme,G\na,G\nc,G\n"), Ego: "me"}
	if err := runAnalyze(o); err != nil {
		t.Fatal(err)
	}
	s := strings.Join(strings.Fields(out.String()), " ")
	if strings.Contains(s, "You have 0 contacts") || !strings.Contains(s, "You have no tie of your own in the data") {
		t.Errorf("ego without ties: %s", s)
	}
}

// analyzeCSVRows runs analyze --format csv on people tied a–b–c and
// returns its rows.
func analyzeCSVRows(t *testing.T, people string) [][]string {
	t.Helper()
	ties := writeFile(t, "ties.csv", "source,target\na,b\nb,c\n")
	ios, out, _ := testIO()
	o := defaultAnalyzeOptions(ios)
	o.Inputs = inputOptions{People: people, Ties: ties}
	o.Format = "csv"
	if err := runAnalyze(o); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}
