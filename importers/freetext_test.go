package importers

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// freeTextPeople is a people file of n rows with a categorical column, a
// notes column under a known header (short values), a free-text column
// under an unknown header (long, distinct), and long, distinct
// organisations and positions, which are never left out.
func freeTextPeople(n int) string {
	var b strings.Builder
	b.WriteString("id,name,country,Anteckningar,Context,organization,position,Short\n")
	for i := range n {
		fmt.Fprintf(&b, "p%d,Person %d,%s,met at fika,We met at the conference number %d and talked,Organisation number %d of the region,Senior principal specialist number %d,%d\n",
			i, i, []string{"SE", "NO", "DK"}[i%3], i, i, i, i)
	}
	return b.String()
}

// Issue 14, item 6: free-text columns were analysed as categories. A column
// with at least 50 values, at least 90 % distinct and a median length of at
// least 30 characters, or a known notes header, is reported as not
// analysed and kept out of the model; --include-column brings it back.
func TestFreeTextColumnsNotAnalysed(t *testing.T) {
	nw, rep := mustLoad(t, map[string]string{"p.csv": freeTextPeople(60)}, Options{People: "p.csv"})
	if got := strings.Join(nw.Attributes, ","); !strings.HasPrefix(got+",", "country,organization,position,Short,") {
		t.Errorf("attributes %s, want country,organization,position,Short (and derived)", got)
	}
	f := rep.Files[0]
	if f.Imported != 60 {
		t.Errorf("imported %d", f.Imported)
	}
	want := []ColumnNotAnalysed{
		{Column: 4, Name: "Anteckningar", Reason: ReasonNotesHeader, Values: 60, Distinct: 1, MedianLength: 11},
		{Column: 5, Name: "Context", Reason: ReasonFreeText, Values: 60, Distinct: 60, MedianLength: 45},
	}
	if !slices.Equal(f.ColumnsNotAnalysed, want) {
		t.Errorf("columns not analysed\n got %+v\nwant %+v", f.ColumnsNotAnalysed, want)
	}
	if f.NotesByReason["column not analysed"] != 2 {
		t.Errorf("notes %v", f.NotesByReason)
	}
	for _, p := range f.Notes {
		if strings.Contains(p.Reason, "not analysed") {
			if p.Line != 1 || p.Column == 0 || !strings.Contains(p.Reason, "--include-column "+p.Field) {
				t.Errorf("note %+v does not say where and how to include it", p)
			}
		}
	}

	// Forty-nine values are too few to tell.
	nw, _ = mustLoad(t, map[string]string{"p.csv": freeTextPeople(49)}, Options{People: "p.csv"})
	if !slices.Contains(nw.Attributes, "Context") || slices.Contains(nw.Attributes, "Anteckningar") {
		t.Errorf("49 rows: attributes %v", nw.Attributes)
	}

	// --include-column analyses them (the name matched as headers are).
	nw, rep = mustLoad(t, map[string]string{"p.csv": freeTextPeople(60)}, Options{People: "p.csv", IncludeColumns: []string{"anteckningar", "Context"}})
	if !slices.Contains(nw.Attributes, "Context") || !slices.Contains(nw.Attributes, "Anteckningar") || len(rep.Files[0].ColumnsNotAnalysed) != 0 {
		t.Errorf("included: attributes %v, not analysed %v", nw.Attributes, rep.Files[0].ColumnsNotAnalysed)
	}
	if got := attr(t, nw, "p7", "Context"); got != "We met at the conference number 7 and talked" {
		t.Errorf("included value %q", got)
	}

	// A name that is no column left out is an error that lists them.
	_, _, err := loadFS(t, map[string]string{"p.csv": freeTextPeople(60)}, Options{People: "p.csv", IncludeColumns: []string{"Notes"}})
	e := asError(t, err)
	if !strings.Contains(e.Error(), "--include-column") || !strings.Contains(e.Error(), `"Context"`) {
		t.Errorf("error %v", e)
	}
}

func TestKnownNotesHeaders(t *testing.T) {
	for _, h := range []string{"Notes", "notes", "Comments", "Anteckningar", "Kommentarer", "Description", "Beskrivning", "About", "Bio", "Summary"} {
		if !isNotesHeader(h) {
			t.Errorf("%q is not a known notes header", h)
		}
	}
	for _, h := range []string{"organization", "position", "country", "Notes taker"} {
		if isNotesHeader(h) {
			t.Errorf("%q is a notes header", h)
		}
	}
}

// The duplicate check compares values of columns left out too, and the
// values of a merged duplicate fill gaps.
func TestFreeTextDuplicates(t *testing.T) {
	p := freeTextPeople(60) + "p1,,,,,,,\np2,Person 2,FI,,,,,\n"
	nw, rep := mustLoad(t, map[string]string{"p.csv": p}, Options{People: "p.csv"})
	f := rep.Files[0]
	if f.NotesByReason["duplicate merged"] != 1 || f.SkippedByReason["conflicting duplicate"] != 1 {
		t.Errorf("notes %v skipped %v", f.NotesByReason, f.SkippedByReason)
	}
	if attr(t, nw, "p2", "country") != "DK" {
		t.Errorf("a conflicting duplicate changed a value")
	}
}

// TestColumnStatsMedian compares stats with the median taken from every
// value's length in order, on columns of repeated values of mixed
// lengths (multi-byte letters count once).
func TestColumnStatsMedian(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 5))
	words := []string{"a", "bb", "ccc", "åäö", "dddd", "Göteborg", "x y z", "a longer value of text here"}
	for trial := range 50 {
		c := newColumn(0, "c")
		var lens []int
		slots := 1 + r.IntN(40)
		for slot := range slots {
			if r.IntN(4) == 0 {
				continue // missing
			}
			w := words[r.IntN(1+trial%len(words))]
			c.set(slot, w)
			lens = append(lens, utf8.RuneCountInString(w))
		}
		values, _, median := c.stats()
		want := 0
		if len(lens) > 0 {
			slices.Sort(lens)
			want = lens[len(lens)/2]
		}
		if values != len(lens) || median != want {
			t.Fatalf("trial %d: %d values, median %d; want %d, %d", trial, values, median, len(lens), want)
		}
	}
}
