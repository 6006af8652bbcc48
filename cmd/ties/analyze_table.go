package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/measures/bridges"
	"github.com/tiesnet/ties/graph/measures/diversity"
	"github.com/tiesnet/ties/graph/outputs/cells"
	"github.com/tiesnet/ties/graph/outputs/words"
	"github.com/tiesnet/ties/importers"
)

// How many rows each section of the analysis table shows; the JSON and CSV
// have everything.
const (
	topBrokersShown = 10
	bridgesShown    = 10
	groupsShown     = 15
)

// tableNamer names people in the table's sentences: "Name (id)".
type tableNamer struct{ r *analysis.Result }

func (n tableNamer) Label(i int) string { return n.r.Label(i) }
func (n tableNamer) ID(i int) string    { return n.r.Network.People[i].ID }

// IsReader says whether person i is the ego shown as "you" (a contact
// export's exporter), so that sentences about them read "you lie", not
// "you lies".
func (n tableNamer) IsReader(i int) bool {
	return i >= 0 && i == n.r.Network.Ego && strings.EqualFold(n.Label(i), "you")
}

// say words a section's findings for the table.
func say(r *analysis.Result, fs []finding.Finding) string {
	return words.New(tableNamer{r}).Section(fs)
}

// section writes a heading and, at the end, the plain-language finding.
func section(w io.Writer, title string) { fmt.Fprintf(w, "\n%s\n", title) }

func paragraph(w io.Writer, s string) {
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
	writeConcentration(w, r)
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
	u := r.Undirected
	section(w, "Network (everyone)")
	t := newTable(w)
	fmt.Fprintf(t, "  people\t%s\n", count(u.N))
	ties := countOf(u.M, "tied pair", "tied pairs")
	if d := r.Directed; d != nil {
		ties += " (" + countOf(d.Arcs, "directed tie", "directed ties") + ")"
	}
	if r.GroupTies {
		ties += ", counting people who share " + sharedGroups(r) + " as tied"
	}
	fmt.Fprintf(t, "  ties\t%s\n", ties)
	fmt.Fprintf(t, "  density\t%s\tshare of all possible pairs that are tied\n", cells.Fixed(u.Density, 3))
	fmt.Fprintf(t, "  components\t%s\tseparate parts (a person alone counts as one)\n", count(u.Components))
	fmt.Fprintf(t, "  clustering\t%s\taverage share of a person's contacts who know each other\n", cells.Fixed(u.AverageClustering, 3))
	fmt.Fprintf(t, "  transitivity\t%s\tshare of two-step paths that are closed\n", cells.Fixed(u.Transitivity, 3))
	fmt.Fprintf(t, "  communities\t%s\tLouvain; modularity %s\n", count(u.Communities), cells.Fixed(u.Modularity, 3))
	if d := r.Directed; d != nil {
		fmt.Fprintf(t, "  reciprocity\t%s\tshare of directed ties that are returned\n", cells.Fixed(d.Reciprocity, 3))
	}
	if !r.Betweenness.Exact {
		sm := r.Betweenness.Sampled
		fmt.Fprintf(t, "  betweenness\tsampled\tfrom %s pairs of people; with %s %% confidence every value lies within ±%s (normalised)\n",
			count(sm.Samples), cells.Fixed(100*sm.Confidence, 0), cells.Fixed(sm.Epsilon, 4))
	}
	t.Flush()
	if t := r.TieStructure; r.Structure.Shape != graph.Web || (r.GroupTies && t.Shape == graph.Star && t.Center == r.Ego()) {
		// A star, or the ego's star completed by shared groups: said
		// plainly (the findings word both).
		fmt.Fprintln(w)
		fs := r.Findings.Structure
		if r.Structure.Shape == graph.Web {
			fs = fs[:1] // the likely colleagues are said below
		}
		paragraph(w, "Warning: "+say(r, fs))
	}
	if r.GroupTies {
		fmt.Fprintln(w)
		paragraph(w, "The ties alone do not reach among your contacts, so people who share "+sharedGroups(r)+
			" count as tied here. Use --group-ties off to analyse the ties alone.")
	}
	if len(r.Findings.Ego) > 0 {
		section(w, "You ("+r.Network.People[r.Ego()].ID+")")
		paragraph(w, say(r, r.Findings.Ego))
	}
}

// sharedGroups says what the groups that join the structure view are: the
// networks of --memberships, organisations (--org-as-group), or both.
func sharedGroups(r *analysis.Result) string {
	orgs, nets := r.SharedGroups()
	switch {
	case orgs && nets:
		return "a network (--memberships) or an organisation"
	case orgs:
		return "an organisation"
	}
	return "a network (--memberships)"
}

func writeBrokers(w io.Writer, r *analysis.Result) {
	section(w, "Top brokers (everyone: who lies between others)")
	topIdx := r.Top(analysis.Betweenness, topBrokersShown)
	if len(topIdx) == 0 {
		paragraph(w, say(r, r.Findings.Brokers))
		return
	}
	t := newTable(w)
	fmt.Fprintln(t, "  PERSON\tBETWEENNESS\tCONSTRAINT\tEFFECTIVE SIZE\tDEGREE\tCOMMUNITY")
	b, c, es, deg, comm := r.Metric(analysis.Betweenness), r.Metric(analysis.Constraint), r.Metric(analysis.EffectiveSize),
		r.Metric(analysis.Degree), r.Metric(analysis.Community)
	for _, i := range topIdx {
		fmt.Fprintf(t, "  %s\t%s\t%s\t%s\t%s\t%s\n", cell(r.Label(i)), cells.Betweenness(r, b, i, cells.Fixed), cells.Fixed(c[i], 3), cells.Fixed(es[i], 1), cells.Fixed(deg[i], 0), cells.Fixed(comm[i], 0))
	}
	t.Flush()
	paragraph(w, "Betweenness: share of shortest paths between others that pass through the person. Constraint: "+
		"how much the person's contacts are tied to each other (low = spread over separate groups). Effective size: "+
		"contacts minus redundancy.")
	if sm := r.Betweenness.Sampled; sm != nil {
		paragraph(w, "Betweenness is estimated from "+count(sm.Samples)+" sampled pairs of people: with "+cells.Fixed(100*sm.Confidence, 0)+
			" % confidence every person's value lies within the range in brackets, everyone's at once. "+
			"Brokers whose ranges overlap may stand in either order.")
	}
	paragraph(w, say(r, r.Findings.Brokers))
}

func writeBridges(w io.Writer, r *analysis.Result) {
	section(w, "Bridges (everyone's ties)")
	if r.Structure.Shape != graph.Web {
		paragraph(w, say(r, r.Findings.Bridges))
		return
	}
	label := func(i int) string { return cell(r.Label(i)) }
	ids := r.IDs()
	if len(r.Bridges) > 0 || len(r.LocalBridges) > 0 {
		// By the ids of their ends, as the JSON lists them.
		lbs := slices.Clone(r.LocalBridges)
		ends := func(lb bridges.LocalBridge) (int, int) {
			if ids[lb.V] < ids[lb.U] {
				return lb.V, lb.U
			}
			return lb.U, lb.V
		}
		sort.Slice(lbs, func(a, b int) bool {
			xa, xb := ends(lbs[a])
			ya, yb := ends(lbs[b])
			if ids[xa] != ids[ya] {
				return ids[xa] < ids[ya]
			}
			return ids[xb] < ids[yb]
		})
		t := newTable(w)
		fmt.Fprintln(t, "  TIE\t\tKIND\tSPAN")
		shown := 0
		for _, lb := range lbs {
			if shown == bridgesShown {
				break
			}
			kind, span := "local bridge", "–"
			if lb.Span >= 0 {
				span = fmt.Sprint(lb.Span)
			} else {
				kind = "bridge"
			}
			a, b := ends(lb)
			fmt.Fprintf(t, "  %s\t– %s\t%s\t%s\n", label(a), label(b), kind, span)
			shown++
		}
		t.Flush()
		if more := len(lbs) - shown; more > 0 {
			fmt.Fprintf(w, "  … %s more\n", count(more))
		}
		paragraph(w, "Span: how many steps the two would be apart without this tie.")
	}
	paragraph(w, say(r, r.Findings.Bridges))
	if aps := r.ArticulationPoints; len(aps) > 0 {
		byID := slices.Clone(aps)
		sort.Slice(byID, func(a, b int) bool { return ids[byID[a]] < ids[byID[b]] })
		names := make([]string, 0, len(byID))
		for k, i := range byID {
			if k == bridgesShown {
				names = append(names, "… "+count(len(byID)-k)+" more")
				break
			}
			names = append(names, label(i))
		}
		paragraph(w, "Holding parts together: "+strings.Join(names, ", ")+".")
	}
}

func writeDiversity(w io.Writer, r *analysis.Result) {
	if len(r.Attributes) == 0 {
		return
	}
	// The table counts everyone; the sentences under it, with an ego,
	// the ego's contacts (analysis.Attribute.Contacts): each says whom.
	section(w, "Diversity of backgrounds (everyone: "+count(len(r.Network.People))+" people)")
	t := newTable(w)
	fmt.Fprintln(t, "  ATTRIBUTE\tVALUES\tKNOWN\tBLAU\tIQV\tEVENNESS\tE-I\tASSORTATIVITY")
	derived := false
	for _, a := range r.Attributes {
		s := a.Stats
		name := cell(a.Name())
		if _, ok := r.Network.DerivedFrom(a.Name()); ok {
			name += "*"
			derived = true
		}
		fmt.Fprintf(t, "  %s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", name, count(s.K), count(s.N), cells.Fixed(s.Blau, 2), cells.Fixed(s.IQV, 2),
			cells.Fixed(s.Evenness, 2), cells.Fixed(a.EI.Index, 2), cells.Fixed(a.Assortativity, 2))
	}
	t.Flush()
	if derived {
		paragraph(w, "* derived by ties from the job titles (docs/titles.md); the titles themselves are position.")
	}
	paragraph(w, "Blau: chance that two people differ. IQV: Blau as a share of its largest possible value. E-I: "+
		"-1 all ties within a category, +1 all across. Assortativity: above 0, like ties to like.")
	for k, a := range r.Attributes {
		fmt.Fprintln(w)
		paragraph(w, cell(a.Name())+": "+say(r, r.Findings.Diversity[k]))
	}
}

// writeConcentration says how concentrated the contacts are in a few
// organisations.
func writeConcentration(w io.Writer, r *analysis.Result) {
	c := r.Concentration
	if c == nil {
		return
	}
	if c.Contacts {
		section(w, "Organisations (your contacts: "+count(c.N)+" with a known organisation)")
	} else {
		section(w, "Organisations (everyone: "+count(c.N)+" people with a known organisation)")
	}
	t := newTable(w)
	for _, l := range c.Largest {
		fmt.Fprintf(t, "  %s\t%s\t%s%%\n", cell(l.Value), count(l.Count), cells.Fixed(100*l.Share, 0))
	}
	t.Flush()
	paragraph(w, say(r, r.Findings.Concentration))
}

func writeReciprocity(w io.Writer, r *analysis.Result) {
	section(w, "Reciprocity (everyone: who gives, who takes)")
	d := r.Directed
	if d == nil {
		paragraph(w, say(r, r.Findings.Reciprocity))
		return
	}
	t := newTable(w)
	fmt.Fprintf(t, "  reciprocity\t%s\tshare of ties returned\n", cells.Fixed(d.Reciprocity, 3))
	fmt.Fprintf(t, "  rho\t%s\treciprocity beyond what density alone gives (Garlaschelli–Loffredo)\n", cells.Fixed(d.Rho, 3))
	fmt.Fprintf(t, "  pairs\t%s mutual, %s one way, %s not tied\n", count(d.Census.Mutual), count(d.Census.Asymmetric), count(d.Census.Null))
	t.Flush()
	bal, in, out := r.Metric(analysis.Balance), r.Metric(analysis.InDegree), r.Metric(analysis.OutDegree)
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
			fmt.Fprintf(t, "  %s\t%s\t%s\t%s\n", cell(r.Label(i)), cells.Fixed(out[i], 0), cells.Fixed(in[i], 0), cells.Fixed(bal[i], 2))
		}
		t.Flush()
	}
	n := min(5, len(idx)/2)
	show("MOST GIVING", idx[:n])
	tail := slicesReverse(idx[len(idx)-n:])
	show("MOST TAKING", tail)
	fmt.Fprintln(w)
	paragraph(w, "Balance: (given − received) / (given + received), by tie weight; +1 only gives, −1 only takes.")
	paragraph(w, say(r, r.Findings.Reciprocity))
}

func slicesReverse(xs []int) []int {
	out := make([]int, len(xs))
	for k, x := range xs {
		out[len(xs)-1-k] = x
	}
	return out
}

func writeGroups(w io.Writer, r *analysis.Result) {
	// The networks, and the organisations counted as groups beside them
	// (likely colleagues), each listed; two_mode's figures count the
	// networks alone.
	b := r.Views.Memberships
	if b == nil || len(b.Groups) == 0 {
		return
	}
	groups := b.Groups
	orgs := 0
	for _, g := range groups {
		if g.Organization {
			orgs++
		}
	}
	switch {
	case orgs == len(groups):
		// No memberships: the groups are the organisations colleagues
		// share (--org-as-group), not networks.
		section(w, "Organisations as groups (colleagues counted as likely tied: the people of each)")
	case orgs > 0:
		section(w, "Networks and organisations (memberships, and colleagues counted as likely tied)")
	default:
		section(w, "Networks (memberships: each network's members)")
	}
	// Beside real networks, an organisation of one person says nothing
	// about groups: counted, not listed.
	lone := 0
	order := make([]int, 0, len(groups))
	for g, grp := range groups {
		if grp.Organization && grp.Size < 2 && orgs < len(groups) {
			lone++
			continue
		}
		order = append(order, g)
	}
	sort.Slice(order, func(a, b int) bool {
		x, y := groups[order[a]], groups[order[b]]
		if x.Size != y.Size {
			return x.Size > y.Size
		}
		return x.Name < y.Name
	})
	t := newTable(w)
	head := "  NETWORK\tMEMBERS"
	if orgs == len(groups) {
		head = "  ORGANISATION\tPEOPLE"
	}
	for _, a := range r.Attributes {
		head += "\t" + strings.ToUpper(cell(a.Name())) + " IQV"
	}
	fmt.Fprintln(t, head)
	for k, g := range order {
		if k == groupsShown {
			break
		}
		grp := groups[g]
		name := cell(grp.Name)
		if grp.Organization && orgs < len(groups) {
			name += " (organisation)"
		}
		line := fmt.Sprintf("  %s\t%s", name, count(grp.Size))
		for _, a := range r.Attributes {
			if grp.Size < 2 {
				line += "\t–" // one person has no diversity to measure
				continue
			}
			line += "\t" + cells.Fixed(diversity.Of(a.Encoding, grp.Members).IQV, 2)
		}
		fmt.Fprintln(t, line)
	}
	t.Flush()
	if more := len(order) - groupsShown; more > 0 {
		fmt.Fprintf(w, "  … %s more\n", count(more))
	}
	if lone > 0 {
		fmt.Fprintf(w, "  (%s with one person not listed)\n", plural(lone, "organisation", "organisations"))
	}
	paragraph(w, say(r, r.Findings.TwoMode))
}
