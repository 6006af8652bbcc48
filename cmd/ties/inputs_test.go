package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// withStdin runs f with the inputs named "-" reading body.
func withStdin(t *testing.T, body []byte, f func()) {
	t.Helper()
	saved := stdin
	stdin = bytes.NewReader(body)
	defer func() { stdin = saved }()
	f()
}

// --people - reads standard input, whatever the format; one input at most
// reads it.
func TestPeopleFromStdin(t *testing.T) {
	vcf, err := os.ReadFile("../../testdata/contacts/contacts_30.vcf")
	if err != nil {
		t.Fatal(err)
	}
	withStdin(t, vcf, func() {
		_, out, errOut := testIO()
		if code := execute([]string{"inspect", "--people", "-", "--format", "json"}, out, errOut); code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var got struct {
			Files []struct{ Path, Format string }
		}
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Files) != 1 || got.Files[0].Path != "standard input" || got.Files[0].Format != "vcard" {
			t.Errorf("files %+v", got.Files)
		}
	})
	for _, args := range [][]string{
		{"inspect", "--people", "-", "--ties", "-"},
		{"analyze", "--memberships", "-", "--networks", "-"},
		{"inspect", "--graph", "g.graphml", "--people", "p.csv"},
	} {
		_, out, errOut := testIO()
		if code := execute(args, out, errOut); code != exitUsage {
			t.Errorf("%v: exit %d, want %d: %s", args, code, exitUsage, errOut)
		}
	}
	_, out, errOut := testIO()
	execute([]string{"inspect", "--people", "-", "--ties", "-"}, out, errOut)
	if !strings.Contains(errOut.String(), "--people and --ties both read standard input") {
		t.Errorf("two inputs from standard input: %s", errOut)
	}
}

// What ties export writes reads back (--graph) into the same network:
// exporting it again gives the golden export byte for byte, in either
// format, from either format.
func TestExportReadsBackThroughTheCommand(t *testing.T) {
	for _, set := range []string{"demo", "gen300"} {
		for _, from := range []string{"graphml", "gexf"} {
			for _, to := range []string{"graphml", "gexf"} {
				in := filepath.Join("../../testdata/outputs", set, "export."+from)
				want, err := os.ReadFile(filepath.Join("../../testdata/outputs", set, "export."+to))
				if err != nil {
					t.Fatal(err)
				}
				_, out, errOut := testIO()
				if code := execute([]string{"export", "--graph", in, "--groups", "--format", to}, out, errOut); code != exitOK {
					t.Fatalf("%s: exit %d: %s", in, code, errOut)
				}
				if !bytes.Equal(out.Bytes(), want) {
					t.Errorf("%s read back and exported as %s differs from the golden export", in, to)
				}
			}
		}
	}
}

// Columns of free text are listed as not analysed, completely, in the JSON
// of inspect, and --include-column analyses one; the columns a contact
// export has but ties does not read are listed completely too.
func TestInspectListsColumnsCompletely(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,name,country,Notes,Context\n")
	for i := range 60 {
		b.WriteString("p" + strings.Repeat("x", i) + ",Name,SE,met at lunch,A long and distinct comment about this person number " + strings.Repeat("i", i) + "\n")
	}
	people := writeFile(t, "people.csv", b.String())
	type report struct {
		Files []struct {
			UnusedColumns      []string `json:"unused_columns"`
			ColumnsNotAnalysed []struct {
				Name, Reason string
			} `json:"columns_not_analysed"`
		}
		Attributes map[string]any
	}
	run := func(args ...string) report {
		t.Helper()
		_, out, errOut := testIO()
		if code := execute(append([]string{"inspect", "--format", "json"}, args...), out, errOut); code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var r report
		if err := json.Unmarshal(out.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	r := run("--people", people)
	if n := r.Files[0].ColumnsNotAnalysed; len(n) != 2 || n[0].Name != "Notes" || n[0].Reason != "notes header" || n[1].Name != "Context" || n[1].Reason != "free text" {
		t.Errorf("columns not analysed %+v", n)
	}
	if _, ok := r.Attributes["Context"]; ok {
		t.Error("the free-text column is analysed")
	}
	r = run("--people", people, "--include-column", "Context")
	if _, ok := r.Attributes["Context"]; !ok || len(r.Files[0].ColumnsNotAnalysed) != 1 {
		t.Errorf("--include-column Context: attributes %v", r.Attributes)
	}
	_, out, errOut := testIO()
	if code := execute([]string{"inspect", "--people", people, "--include-column", "Contxt"}, out, errOut); code != exitError ||
		!strings.Contains(errOut.String(), `"Context"`) {
		t.Errorf("a misspelt column: exit %d: %s", code, errOut)
	}

	// Google's export has 34 columns; ties reads 10 of them. The note says
	// the first few; the JSON lists all.
	r = run("--people", "../../testdata/contacts/google_contacts.csv")
	if got := r.Files[0].UnusedColumns; len(got) != 24 || got[0] != "Phonetic First Name" || got[len(got)-1] != "Website 1 - Value" {
		t.Errorf("%d unused columns: %q", len(got), got)
	}
}
