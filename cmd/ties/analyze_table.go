package main

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/importers"
)

// How many rows each section of the analysis table shows; the JSON and CSV
// have everything.
const (
	topBrokersShown = 10
	bridgesShown    = 10
	groupsShown     = 15
)

// num formats a figure for the table: "–" when undefined.
func num(x float64, decimals int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return fmt.Sprintf("%.*f", decimals, x)
}

func numv(x analysis.Num, decimals int) string { return num(float64(x), decimals) }

// section writes a heading and, at the end, the plain-language finding.
func section(w io.Writer, title string) { fmt.Fprintf(w, "\n%s\n", title) }

func finding(w io.Writer, s string) {
	if s != "" {
		fmt.Fprintln(w, wrap(s, textWidth, "  "))
	}
}

// writeAnalyzeTable writes the analysis for people to read.
func writeAnalyzeTable(w io.Writer, r *analysis.Result, rep *importers.Report, title string) {
	if title != "" {
		fmt.Fprintln(w, wrap(title, textWidth, ""))
		fmt.Fprintln(w)
	}
	writeRead(w, rep)
	writeHeadline(w, r, rep)
	writeBrokers(w, r)
	writeBridges(w, r)
	writeDiversity(w, r)
	writeReciprocity(w, r)
	writeGroups(w, r)
}

// writeRead says in one line what was read, and whether anything was
// skipped (ties inspect shows the rows).
func writeRead(w io.Writer, rep *importers.Report) {
	skipped, notes := 0, 0
	for _, f := range rep.Files {
		skipped += f.SkippedCount()
		notes += f.NotesNotListed + len(f.Notes)
	}
	tot := rep.Totals
	s := fmt.Sprintf("Read %s: %s, %s, %s, %s.", plural(len(rep.Files), "file", "files"), plural(tot.People, "person", "people"),
		plural(tot.Ties, "tie", "ties"), plural(tot.Groups, "network", "networks"), plural(tot.Memberships, "membership", "memberships"))
	switch {
	case skipped > 0:
		s += fmt.Sprintf(" %s not imported; run ties inspect with the same files to see which and why.", plural(skipped, "row was", "rows were"))
	case notes > 0:
		s += fmt.Sprintf(" Every row was imported; %s (ties inspect lists them).", plural(notes, "row needed a decision", "rows needed a decision"))
	default:
		s += " Every row was imported."
	}
	fmt.Fprintln(w, wrap(s, textWidth, ""))
}

func writeHeadline(w io.Writer, r *analysis.Result, rep *importers.Report) {
	u := r.Network.Undirected
	section(w, "Network")
	t := newTable(w)
	fmt.Fprintf(t, "  people\t%d\n", u.NNodes)
	ties := fmt.Sprintf("%d tied pairs", u.NEdges)
	if d := r.Network.Directed; d != nil {
		ties += fmt.Sprintf(" (%d directed ties)", d.NArcs)
	}
	if r.Options.GroupTies {
		ties += ", counting people who share a network as tied"
	}
	fmt.Fprintf(t, "  ties\t%s\n", ties)
	fmt.Fprintf(t, "  density\t%s\tshare of all possible pairs that are tied\n", numv(u.Density, 3))
	fmt.Fprintf(t, "  components\t%d\tseparate parts (a person alone counts as one)\n", u.Components)
	fmt.Fprintf(t, "  clustering\t%s\taverage share of a person's contacts who know each other\n", numv(u.AverageClustering, 3))
	fmt.Fprintf(t, "  transitivity\t%s\tshare of two-step paths that are closed\n", numv(u.Transitivity, 3))
	fmt.Fprintf(t, "  communities\t%d\tLouvain; modularity %s\n", u.Communities, numv(u.Modularity, 3))
	if d := r.Network.Directed; d != nil {
		fmt.Fprintf(t, "  reciprocity\t%s\tshare of directed ties that are returned\n", numv(d.Reciprocity, 3))
	}
	if !r.Betweenness.Exact {
		fmt.Fprintf(t, "  betweenness\tsampled\tfrom %d sources (largest standard error %s)\n", r.Betweenness.Sources, numv(r.Betweenness.MaxStdErr, 1))
	}
	t.Flush()
	if r.Structure.Shape != "network" {
		fmt.Fprintln(w)
		finding(w, "Warning: "+r.Findings.Structure)
	}
	if r.Options.GroupTies {
		fmt.Fprintln(w)
		finding(w, "The ties alone do not reach among your contacts, so people who share a network (from --memberships"+
			orgNote(r)+") count as tied here. Use --group-ties off to analyse the ties alone.")
	}
	if r.Findings.Ego != "" {
		section(w, "You ("+*r.Ego+")")
		finding(w, r.Findings.Ego)
	}
}

func orgNote(r *analysis.Result) string {
	if r.Options.OrgAsGroup {
		return " and shared organisations"
	}
	return ""
}

func writeBrokers(w io.Writer, r *analysis.Result) {
	section(w, "Top brokers (who lies between others)")
	topIdx := r.Top("betweenness", topBrokersShown)
	if len(topIdx) == 0 {
		finding(w, r.Findings.Brokers)
		return
	}
	t := newTable(w)
	fmt.Fprintln(t, "  PERSON\tBETWEENNESS\tCONSTRAINT\tEFFECTIVE SIZE\tDEGREE\tCOMMUNITY")
	b, c, es, deg, comm := r.Column("betweenness"), r.Column("constraint"), r.Column("effective_size"), r.Column("degree"), r.Column("community")
	for _, i := range topIdx {
		fmt.Fprintf(t, "  %s\t%s\t%s\t%s\t%s\t%s\n", cell(r.Label(i)), num(b[i], 3), num(c[i], 3), num(es[i], 1), num(deg[i], 0), num(comm[i], 0))
	}
	t.Flush()
	finding(w, "Betweenness: share of shortest paths between others that pass through the person. Constraint: "+
		"how much the person's contacts are tied to each other (low = spread over separate groups). Effective size: "+
		"contacts minus redundancy.")
	finding(w, r.Findings.Brokers)
}

func writeBridges(w io.Writer, r *analysis.Result) {
	u := r.Network.Undirected
	section(w, "Bridges")
	if r.Structure.Shape != "network" {
		finding(w, r.Findings.Bridges)
		return
	}
	byID := map[string]int{}
	for i, id := range r.IDs() {
		byID[id] = i
	}
	label := func(id string) string { return cell(r.Label(byID[id])) }
	if len(u.Bridges) > 0 || len(u.LocalBridges) > 0 {
		t := newTable(w)
		fmt.Fprintln(t, "  TIE\t\tKIND\tSPAN")
		shown := 0
		for _, lb := range u.LocalBridges {
			if shown == bridgesShown {
				break
			}
			kind, span := "local bridge", "–"
			if lb.Span != nil {
				span = fmt.Sprint(*lb.Span)
			} else {
				kind = "bridge"
			}
			fmt.Fprintf(t, "  %s\t– %s\t%s\t%s\n", label(lb.A), label(lb.B), kind, span)
			shown++
		}
		t.Flush()
		if more := len(u.LocalBridges) - shown; more > 0 {
			fmt.Fprintf(w, "  … %d more\n", more)
		}
		finding(w, "Span: how many steps the two would be apart without this tie.")
	}
	finding(w, r.Findings.Bridges)
	if len(u.ArticulationPoints) > 0 {
		names := make([]string, 0, len(u.ArticulationPoints))
		for k, id := range u.ArticulationPoints {
			if k == bridgesShown {
				names = append(names, fmt.Sprintf("… %d more", len(u.ArticulationPoints)-k))
				break
			}
			names = append(names, label(id))
		}
		finding(w, "Holding parts together: "+strings.Join(names, ", ")+".")
	}
}

func writeDiversity(w io.Writer, r *analysis.Result) {
	if len(r.AttributeOrder()) == 0 {
		return
	}
	section(w, "Diversity of backgrounds")
	t := newTable(w)
	fmt.Fprintln(t, "  ATTRIBUTE\tVALUES\tKNOWN\tBLAU\tIQV\tEVENNESS\tE-I\tASSORTATIVITY")
	for _, name := range r.AttributeOrder() {
		a := r.Attributes[name]
		fmt.Fprintf(t, "  %s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", cell(name), a.K, a.N, numv(a.Blau, 2), numv(a.IQV, 2),
			numv(a.Evenness, 2), numv(a.EI.Index, 2), numv(a.Assortativity, 2))
	}
	t.Flush()
	finding(w, "Blau: chance that two people differ. IQV: Blau as a share of its largest possible value. E-I: "+
		"-1 all ties within a category, +1 all across. Assortativity: above 0, like ties to like.")
	for _, name := range r.AttributeOrder() {
		fmt.Fprintln(w)
		finding(w, cell(name)+": "+r.Findings.Diversity[name])
	}
}

func writeReciprocity(w io.Writer, r *analysis.Result) {
	section(w, "Reciprocity (who gives, who takes)")
	d := r.Network.Directed
	if d == nil {
		finding(w, r.Findings.Reciprocity)
		return
	}
	t := newTable(w)
	fmt.Fprintf(t, "  reciprocity\t%s\tshare of ties returned\n", numv(d.Reciprocity, 3))
	fmt.Fprintf(t, "  rho\t%s\treciprocity beyond what density alone gives (Garlaschelli–Loffredo)\n", numv(d.Rho, 3))
	fmt.Fprintf(t, "  pairs\t%d mutual, %d one way, %d not tied\n", d.DyadCensus.Mutual, d.DyadCensus.Asymmetric, d.DyadCensus.Null)
	t.Flush()
	bal, in, out := r.Column("balance"), r.Column("in_degree"), r.Column("out_degree")
	idx := make([]int, 0, len(bal))
	for i, b := range bal {
		if !math.IsNaN(b) {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return bal[idx[a]] > bal[idx[b]] })
	show := func(head string, list []int) {
		if len(list) == 0 {
			return
		}
		fmt.Fprintln(w)
		t := newTable(w)
		fmt.Fprintf(t, "  %s\tGIVES TO\tRECEIVES FROM\tBALANCE\n", head)
		for _, i := range list {
			fmt.Fprintf(t, "  %s\t%s\t%s\t%s\n", cell(r.Label(i)), num(out[i], 0), num(in[i], 0), num(bal[i], 2))
		}
		t.Flush()
	}
	n := min(5, len(idx)/2)
	show("MOST GIVING", idx[:n])
	tail := slicesReverse(idx[len(idx)-n:])
	show("MOST TAKING", tail)
	fmt.Fprintln(w)
	finding(w, "Balance: (given − received) / (given + received), by tie weight; +1 only gives, −1 only takes.")
	finding(w, r.Findings.Reciprocity)
}

func slicesReverse(xs []int) []int {
	out := make([]int, len(xs))
	for k, x := range xs {
		out[len(xs)-1-k] = x
	}
	return out
}

func writeGroups(w io.Writer, r *analysis.Result) {
	tm := r.TwoMode
	if tm == nil || tm.NGroups == 0 {
		return
	}
	section(w, "Networks (memberships)")
	names := make([]string, 0, len(tm.Groups))
	for name := range tm.Groups {
		names = append(names, name)
	}
	sort.Slice(names, func(a, b int) bool {
		x, y := tm.Groups[names[a]], tm.Groups[names[b]]
		if x.Size != y.Size {
			return x.Size > y.Size
		}
		return names[a] < names[b]
	})
	attrs := r.AttributeOrder()
	t := newTable(w)
	head := "  NETWORK\tMEMBERS"
	for _, a := range attrs {
		head += "\t" + strings.ToUpper(cell(a)) + " IQV"
	}
	fmt.Fprintln(t, head)
	for k, name := range names {
		if k == groupsShown {
			break
		}
		g := tm.Groups[name]
		line := fmt.Sprintf("  %s\t%d", cell(name), g.Size)
		for _, a := range attrs {
			line += "\t" + numv(g.Attributes[a].IQV, 2)
		}
		fmt.Fprintln(t, line)
	}
	t.Flush()
	if more := len(names) - groupsShown; more > 0 {
		fmt.Fprintf(w, "  … %d more\n", more)
	}
	finding(w, r.Findings.TwoMode)
}
