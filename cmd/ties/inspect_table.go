package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/outputs/words"
	"github.com/tiesnet/ties/importers"
)

// How much the table lists before it says "… N more". The JSON lists all
// (up to the importers' own limit).
const (
	maxProblemsShown   = 10
	maxCategoriesShown = 12
	maxIsolatesShown   = 20
	textWidth          = 78
)

// writeInspectTable writes the inspection for people to read.
func writeInspectTable(w io.Writer, in *inspection, nw *graph.Network, inputs *inputOptions, title string) {
	if title != "" {
		fmt.Fprintln(w, wrap(title, textWidth, ""))
		fmt.Fprintln(w)
	}
	writeFiles(w, in, inputs)
	writeTotals(w, in, nw)
	writeAttributes(w, in)
	writeDerived(w, in)
	writeIsolates(w, in)
	writeStructure(w, in)
}

func writeFiles(w io.Writer, in *inspection, inputs *inputOptions) {
	fmt.Fprintln(w, "Files")
	if len(in.Files) == 0 {
		fmt.Fprintln(w, "  none")
		fmt.Fprintln(w)
		return
	}
	tw := newTable(w)
	fmt.Fprintln(tw, "  ROLE\tFILE\tFORMAT\tENCODING\tDELIMITER\tROWS READ\tIMPORTED\tSKIPPED\tNOTES")
	for _, f := range in.Files {
		format := f.Format
		if f.Role == "people" && inputs.PeopleFormat != "" {
			format += " (forced)"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\n", f.Role, f.Path, format, f.Encoding,
			delimiterName(f.Delimiter), f.RowsRead, f.Imported, f.SkippedCount(), len(f.Notes)+f.NotesNotListed)
	}
	tw.Flush()
	fmt.Fprintln(w)
	for _, f := range in.Files {
		if n := f.SkippedCount(); n > 0 {
			fmt.Fprintf(w, "  %s: %s skipped, not imported\n", f.Path, plural(n, "row", "rows"))
			writeProblems(w, f.SkippedByReason, f.Skipped, n)
			fmt.Fprintln(w)
		}
		if n := len(f.Notes) + f.NotesNotListed; n > 0 {
			fmt.Fprintf(w, "  %s: %s, imported with a decision\n", f.Path, plural(n, "note", "notes"))
			writeProblems(w, f.NotesByReason, f.Notes, n)
			fmt.Fprintln(w)
		}
		writeNotAnalysed(w, f)
	}
}

// writeNotAnalysed lists the columns of a file that ties read but left out
// of the attributes, with why, and how to include one.
func writeNotAnalysed(w io.Writer, f *importers.FileReport) {
	if len(f.ColumnsNotAnalysed) == 0 {
		return
	}
	fmt.Fprintf(w, "  %s: %s not analysed as categories\n", f.Path, plural(len(f.ColumnsNotAnalysed), "column", "columns"))
	tw := newTable(w)
	for _, c := range f.ColumnsNotAnalysed {
		fmt.Fprintf(tw, "    %s\t%s\t%s, %s, %s long at the median\n", cell(c.Name), c.Reason,
			plural(c.Values, "value", "values"), plural(c.Distinct, "distinct", "distinct"), plural(c.MedianLength, "character", "characters"))
	}
	tw.Flush()
	fmt.Fprintln(w, wrap("--include-column NAME analyses one all the same.", textWidth, "    "))
	fmt.Fprintln(w)
}

// writeProblems lists problem counts by reason, then the first few problems
// with their lines.
func writeProblems(w io.Writer, byReason map[string]int, listed []importers.Problem, total int) {
	tw := newTable(w)
	for _, c := range sortedCounts(byReason) {
		fmt.Fprintf(tw, "    %d\t%s\n", c.N, c.Value)
	}
	tw.Flush()
	shown := min(len(listed), maxProblemsShown)
	for _, p := range listed[:shown] {
		fmt.Fprintln(w, words.Wrap(words.OneLine(p.String()), textWidth, "    ", "      "))
	}
	if more := total - shown; more > 0 {
		fmt.Fprintf(w, "    … %d more (--format json lists up to 1000 per file)\n", more)
	}
}

func writeTotals(w io.Writer, in *inspection, nw *graph.Network) {
	t := in.Totals
	fmt.Fprintln(w, "Totals")
	tw := newTable(w)
	fmt.Fprintf(tw, "  people\t%d\n", t.People)
	if t.Ties > 0 {
		fmt.Fprintf(tw, "  ties\t%d\t%d directed (who gave to whom), %d mutual (no direction)\n", t.Ties, t.DirectedTies, t.MutualTies)
	} else {
		fmt.Fprintf(tw, "  ties\t0\n")
	}
	fmt.Fprintf(tw, "  groups\t%d\n", t.Groups)
	fmt.Fprintf(tw, "  memberships\t%d\n", t.Memberships)
	ego := "none (name yours with --ego ID)"
	if nw.Ego >= 0 {
		p := nw.People[nw.Ego]
		ego = p.ID
		if p.Name != "" && p.Name != p.ID {
			ego += ": " + p.Name
		}
	}
	fmt.Fprintf(tw, "  ego\t%s\n", cell(ego))
	tw.Flush()
	if t.Ties > 0 && t.DirectedTies == 0 {
		fmt.Fprintln(w, wrap("No tie has a direction, so who gives and who takes (reciprocity) cannot be told. "+
			"A ties file (--ties, source,target) says who gave to whom.", textWidth, "  "))
	}
	fmt.Fprintln(w)
}

func writeAttributes(w io.Writer, in *inspection) {
	if len(in.attrOrder) == 0 {
		fmt.Fprintln(w, "Attributes: none (a people file's columns other than id and name are attributes)")
		fmt.Fprintln(w)
		return
	}
	fmt.Fprintf(w, "Attributes (people per category, of %s)\n", plural(in.Totals.People, "person", "people"))
	for _, name := range in.attrOrder {
		s := in.Attributes[name]
		cats := sortedCounts(s.Counts)
		derived := ""
		if s.DerivedFrom != "" {
			derived = " (derived from " + s.DerivedFrom + ")"
		}
		fmt.Fprintf(w, "  %s%s: %s, %d known, %d missing\n", cell(name), derived, plural(len(cats), "category", "categories"), s.N, s.Missing)
		tw := newTable(w)
		shown := min(len(cats), maxCategoriesShown)
		for _, c := range cats[:shown] {
			fmt.Fprintf(tw, "    %s\t%d\n", valueCell(c.Value), c.N)
		}
		tw.Flush()
		if more := len(cats) - shown; more > 0 {
			people := 0
			for _, c := range cats[shown:] {
				people += c.N
			}
			fmt.Fprintf(w, "    … %d more (%s)\n", more, plural(people, "person", "people"))
		}
	}
	fmt.Fprintln(w)
}

// writeDerived says how many titles the rules classified, which frequent
// titles they could not, and which spellings of organisations were merged.
func writeDerived(w io.Writer, in *inspection) {
	for _, d := range in.Derived {
		share := 0.0
		if d.Total > 0 {
			share = 100 * float64(d.Classified) / float64(d.Total)
		}
		fmt.Fprintf(w, "Derived: %s from %s for %d of %d people with a %s (%.0f%%; docs/titles.md)\n",
			cell(d.Attribute), cell(d.From), d.Classified, d.Total, cell(d.From), share)
		if len(d.Unclassified) > 0 {
			var parts []string
			for _, u := range d.Unclassified[:min(len(d.Unclassified), 8)] {
				parts = append(parts, fmt.Sprintf("%s (%d)", cell(u.Value), u.Count))
			}
			fmt.Fprintln(w, wrap("most frequent unclassified: "+strings.Join(parts, ", "), textWidth, "  "))
		}
	}
	if len(in.Derived) > 0 {
		fmt.Fprintln(w, "  --no-derive leaves these attributes out; the raw titles stay as position.")
		fmt.Fprintln(w)
	}
	if m := in.OrganizationsMerged; len(m) > 0 {
		fmt.Fprintf(w, "Organizations: %s counted as one each (case, spacing, legal form; --org-alias FILE merges more)\n",
			plural(len(m), "group of spellings", "groups of spellings"))
		tw := newTable(w)
		for k, x := range m {
			if k == maxCategoriesShown {
				fmt.Fprintf(tw, "  … %d more\n", len(m)-k)
				break
			}
			fmt.Fprintf(tw, "  %s\t← %s\n", cell(x.As), cell(strings.Join(x.Variants, "; ")))
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
}

func writeIsolates(w io.Writer, in *inspection) {
	n := len(in.Isolates)
	if n == 0 {
		fmt.Fprintln(w, "People in no tie: none")
		fmt.Fprintln(w)
		return
	}
	fmt.Fprintf(w, "People in no tie (no tie and no group shared with anyone): %d\n", n)
	shown := min(n, maxIsolatesShown)
	ids := make([]string, shown)
	for k, id := range in.Isolates[:shown] {
		ids[k] = cell(id)
	}
	fmt.Fprintln(w, wrap(strings.Join(ids, ", "), textWidth, "  "))
	if more := n - shown; more > 0 {
		fmt.Fprintf(w, "  … %d more (--format json lists all)\n", more)
	}
	fmt.Fprintln(w)
}

func writeStructure(w io.Writer, in *inspection) {
	s := in.Structure
	how := fmt.Sprintf("ties and shared groups of at most %d members", s.MaxGroupSize)
	if s.OrgAsGroup {
		how += ", a shared organization counted as a group"
	}
	fmt.Fprintf(w, "Structure (%s)\n", how)
	tw := newTable(w)
	shape := string(s.Shape)
	switch s.Shape {
	case graph.Star:
		shape = "star, centred on " + *s.Center
	case graph.NoTies:
		shape = "no ties"
	}
	fmt.Fprintf(tw, "  shape\t%s\n", shape)
	fmt.Fprintf(tw, "  tied pairs\t%d\n", s.Pairs)
	fmt.Fprintf(tw, "  among contacts\t%d\n", s.AmongContacts)
	tw.Flush()
	msg := s.Message
	if s.Shape == graph.Star || s.Shape == graph.NoTies {
		msg = "Warning: " + msg
	}
	fmt.Fprintln(w, wrap(msg, textWidth, "  "))
	if n := len(s.AboveCap); n > 0 {
		// Named, as analyze names them: they count in every figure of the
		// memberships but imply no tied pairs here.
		const shown = 5
		var names []string
		var pairs int64
		for k, a := range s.AboveCap {
			if k < shown {
				names = append(names, fmt.Sprintf("%s (%d)", a.Network, a.Members))
			}
			pairs += a.ImpliedPairs
		}
		if n > shown {
			names = append(names, fmt.Sprintf("… %d more (--format json lists all)", n-shown))
		}
		fmt.Fprintln(w, wrap(fmt.Sprintf("%s with more than %d members imply no tied pairs here, as in analyze (--max-group-size): "+
			"a network that large is not a place where members meet one another. Their %d pairs are not counted: %s.",
			plural(n, "network", "networks"), s.MaxGroupSize, pairs, strings.Join(names, ", ")), textWidth, "  "))
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// valueCell shows a category for the table: quoted when spaces at its ends
// (or a run of them inside, which the table would collapse) make it another
// category than the one it looks like ("eng " beside "eng": values are compared as
// written).
func valueCell(v string) string {
	if v != strings.TrimSpace(v) || strings.Contains(v, "  ") {
		return cell(strconv.Quote(v))
	}
	return cell(v)
}
