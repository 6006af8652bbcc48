package importers

import (
	"strings"
	"testing"
)

func TestPeopleFile(t *testing.T) {
	const people = "ID;Name;Profession;Country;\n" + // Swedish Excel: ';', trailing empty header
		"a;Åsa Öberg;engineer;Sweden;\n" +
		"b;;designer;;\n" + // missing name and country
		";No Id;lawyer;Norway;\n" + // no id: skipped
		"a;Åsa Öberg;;Sweden;\n" + // consistent duplicate: merged
		"a;Åsa Öberg;lawyer;Sweden;\n" + // conflicting duplicate: skipped
		";;;;\n" + // empty row: skipped
		"c;Carl;physician\n" + // short row: padded
		"d;Dana;HR;Denmark;x;extra\n" // long row: cut, noted
	nw, rep := mustLoad(t, map[string]string{"p.csv": people}, Options{People: "p.csv"})
	f := rep.Files[0]
	if f.Format != FormatPeople || f.Delimiter != ";" || f.Encoding != EncUTF8 || f.HeaderLine != 1 {
		t.Errorf("detected %s %q %s line %d", f.Format, f.Delimiter, f.Encoding, f.HeaderLine)
	}
	if f.RowsRead != 8 || f.Imported != 5 || f.SkippedCount() != 3 {
		t.Errorf("read %d imported %d skipped %d; want 8, 5, 3", f.RowsRead, f.Imported, f.SkippedCount())
	}
	wantSkips := map[string]int{"no id": 1, "conflicting duplicate": 1, "empty row": 1}
	for k, v := range wantSkips {
		if f.SkippedByReason[k] != v {
			t.Errorf("skipped %q = %d, want %d (%v)", k, f.SkippedByReason[k], v, f.SkippedByReason)
		}
	}
	conflict := f.Skipped[1]
	if conflict.Line != 6 || conflict.Column != 3 || conflict.Field != "Profession" || !strings.Contains(conflict.Reason, `"engineer", then "lawyer"`) {
		t.Errorf("conflict problem = %+v", conflict)
	}
	if noID := f.Skipped[0]; noID.Line != 4 || noID.Column != 1 {
		t.Errorf("no-id problem = %+v", noID)
	}
	for _, k := range []string{"duplicate merged", "short row", "long row", "unnamed column"} {
		if f.NotesByReason[k] != 1 {
			t.Errorf("notes %q = %d, want 1 (%v)", k, f.NotesByReason[k], f.NotesByReason)
		}
	}
	if got := strings.Join(nw.Attributes, ","); got != "Profession,Country,column 5" {
		t.Errorf("attributes = %s", got)
	}
	ids := []string{}
	for _, p := range nw.People {
		ids = append(ids, p.ID)
	}
	if strings.Join(ids, ",") != "a,b,c,d" {
		t.Errorf("people in file order = %v", ids)
	}
	if attr(t, nw, "a", "Profession") != "engineer" || attr(t, nw, "b", "Country") != "" || attr(t, nw, "c", "Country") != "" || attr(t, nw, "d", "column 5") != "x" {
		t.Error("attribute values wrong")
	}
}

func TestPeopleRepeatedHeaderIsAnError(t *testing.T) {
	_, _, err := loadFS(t, map[string]string{"p.csv": "id,country,country\na,SE,NO\n"}, Options{People: "p.csv"})
	e := asError(t, err)
	if e.Path != "p.csv" || e.Line != 1 || e.Column != 3 || !strings.Contains(e.Error(), "Give every column its own name") {
		t.Errorf("error = %v", e)
	}
}

func TestEmptyAndHeaderOnly(t *testing.T) {
	for _, body := range []string{"", "\n\n", "\ufeff"} {
		_, _, err := loadFS(t, map[string]string{"p.csv": body}, Options{People: "p.csv"})
		if e := asError(t, err); !strings.Contains(e.Msg, "empty") {
			t.Errorf("%q: %v", body, e)
		}
	}
	// A header without rows is an error too: nothing would be analysed.
	_, _, err := loadFS(t, map[string]string{"p.csv": "id,name,country\n"}, Options{People: "p.csv"})
	if e := asError(t, err); e.Path != "p.csv" || e.Line != 1 || e.Msg != "the file has a header but no rows" {
		t.Errorf("header only: %v", err)
	}
}

// A file whose rows are all skipped is an error that says why.
func TestNothingImportedIsAnError(t *testing.T) {
	files := map[string]string{"p.csv": "id,name\na,A\nb,B\n", "t.csv": "source,target\na,a\nb,b\n"}
	_, _, err := loadFS(t, files, Options{People: "p.csv", Ties: "t.csv"})
	e := asError(t, err)
	if e.Path != "t.csv" || e.Line != 2 || !strings.Contains(e.Msg, "none of the 2 rows could be imported (2 self-tie)") {
		t.Errorf("all rows skipped: %v", err)
	}
	for _, role := range []string{"memberships", "networks", "ties"} {
		head := map[string]string{"memberships": "person_id,network\n", "networks": "network,fee\n", "ties": "source,target\n"}[role]
		files := map[string]string{"p.csv": "id\na\n", "f.csv": head}
		opt := Options{People: "p.csv"}
		switch role {
		case "memberships":
			opt.Memberships = "f.csv"
		case "networks":
			opt.Networks = "f.csv"
		case "ties":
			opt.Ties = "f.csv"
		}
		_, _, err := loadFS(t, files, opt)
		if e := asError(t, err); e.Path != "f.csv" || e.Msg != "the file has a header but no rows" || !strings.Contains(e.Hint, role) {
			t.Errorf("%s header only: %v", role, err)
		}
	}
}

func TestWrongFileForRole(t *testing.T) {
	cases := []struct {
		opt  Options
		body string
		hint string
	}{
		{Options{People: "f.csv"}, "source,target\na,b\n", "pass it with --ties"},
		{Options{Ties: "f.csv"}, "person_id,network\na,Club\n", "pass it with --memberships"},
		{Options{Memberships: "f.csv"}, "network,purpose,fee\nClub,fun,0\n", "pass it with --networks"},
		{Options{Ties: "f.csv"}, "id,name\na,A\n", "pass it with --people"},
		{Options{People: "f.csv"}, "hello world\n", `The first line is "hello world"`},
		{Options{People: "f.csv"}, "person_id,network,role\na,Club,chair\nb,Club,\n", "pass it with --memberships"},
		{Options{People: "f.csv"}, "Source,Target,Type,Id,Label,Weight\na,b,Directed,0,advice,1\n", "pass it with --ties"},
		{Options{Memberships: "f.csv"}, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nEND:VCARD\r\n", "vCard file of contacts: pass it with --people"},
		{Options{Ties: "f.csv"}, "Notes:\n\"When exporting your connection data, you may notice…\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnna,Berg,,,Volvo,Engineer,01 Mar 2024\n",
			"LinkedIn's Connections.csv: pass it with --people"},
	}
	for _, c := range cases {
		_, _, err := loadFS(t, map[string]string{"f.csv": c.body}, c.opt)
		e := asError(t, err)
		if e.Path != "f.csv" || e.Line != 1 || !strings.Contains(e.Error(), c.hint) {
			t.Errorf("%q: %v; want hint %q", c.body, e, c.hint)
		}
	}
}

// Line numbers stay exact after a quoted cell that spans lines (gocsv's own
// would be off).
func TestLineNumbersAfterMultiLineCells(t *testing.T) {
	const people = "id,name,motto\n" + // not a notes header: analysed
		"a,Ann,\"first line\nsecond line\nthird\"\n" +
		"b,Bo,x\n"
	const ties = "source,target,weight,type\n" +
		"a,b,1,\"advice\nover two lines\"\n" +
		"a,b,heavy,advice\n" + // line 4: bad weight
		"b,\"a\",\"2\"\n"
	nw, rep := mustLoad(t, map[string]string{"p.csv": people, "t.csv": ties}, Options{People: "p.csv", Ties: "t.csv"})
	if got := attr(t, nw, "a", "motto"); got != "first line\nsecond line\nthird" {
		t.Errorf("multi-line cell = %q", got)
	}
	f := fileReport(t, rep, "ties")
	if len(f.Skipped) != 1 || f.Skipped[0].Line != 4 || f.Skipped[0].Column != 3 || f.Skipped[0].Field != "weight" {
		t.Errorf("bad weight reported as %+v", f.Skipped)
	}
}

func TestMalformedQuotesAreReported(t *testing.T) {
	const people = "id,name\n" +
		"a,Ann\n" +
		"b,=HYPERLINK(\"http://evil\",\"x\")\n" + // bare quote: row skipped, reported
		"c,\"<script>alert(1)</script>\"\n" + // kept as text
		"d,\"O'Neil, \"\"the\"\" boss\"\n" +
		"e,\"never closed\n" +
		"f,Fay\n"
	nw, rep := mustLoad(t, map[string]string{"p.csv": people}, Options{People: "p.csv"})
	f := rep.Files[0]
	if f.SkippedByReason["malformed CSV"] != 2 {
		t.Fatalf("skipped = %+v", f.Skipped)
	}
	if p := f.Skipped[0]; p.Line != 3 || p.Column != 2 || !strings.Contains(p.Reason, "quote") {
		t.Errorf("bare quote problem = %+v", p)
	}
	if p := f.Skipped[1]; p.Line != 6 || !strings.Contains(p.Reason, "not closed") {
		t.Errorf("unclosed quote problem = %+v", p)
	}
	if i, _ := nw.Index("c"); nw.People[i].Name != "<script>alert(1)</script>" {
		t.Errorf("script cell = %q", nw.People[i].Name)
	}
	if i, _ := nw.Index("d"); nw.People[i].Name != `O'Neil, "the" boss` {
		t.Errorf("quoted cell = %q", nw.People[i].Name)
	}
}

func TestLongField(t *testing.T) {
	long := strings.Repeat("Å", 10000)
	nw, _ := mustLoad(t, map[string]string{"p.csv": "id,motto\na," + long + "\n"}, Options{People: "p.csv"})
	if attr(t, nw, "a", "motto") != long {
		t.Error("10 000-character field not kept")
	}
}

func TestEgoOption(t *testing.T) {
	files := map[string]string{"p.csv": "id\nx\ny\n"}
	nw, _ := mustLoad(t, files, Options{People: "p.csv", Ego: "y"})
	if nw.Ego != 1 {
		t.Errorf("Ego = %d, want 1", nw.Ego)
	}
	_, _, err := loadFS(t, files, Options{People: "p.csv", Ego: "nobody"})
	if e := asError(t, err); !strings.Contains(e.Error(), `"nobody"`) || !strings.Contains(e.Error(), "--ego") {
		t.Errorf("unknown ego: %v", e)
	}
}

func TestMissingFile(t *testing.T) {
	_, _, err := Load(Options{People: "/nonexistent/people.csv"})
	if e := asError(t, err); e.Path != "/nonexistent/people.csv" || !strings.Contains(e.Error(), "Check the path") {
		t.Errorf("missing file: %v", e)
	}
}
