package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/diversity"
	"github.com/tiesnet/ties/importers"
)

// contactsSection is what the report says about the people themselves: how
// varied they are, how concentrated in a few organisations, the clusters of
// colleagues, and when the ties began. For an ego it is about the ego's
// contacts (the tie view); without one, about everybody.
type contactsSection struct {
	Population    string // "your 512 contacts", "the 300 people"
	Attributes    []attrRow
	DerivedNote   string
	Concentration string
	Clusters      []clusterRow
	ClustersNote  string
	Timeline      *chart
	TimelineNote  string
}

type attrRow struct {
	Name, Known, Values, IQV string
	Derived                  bool
}

type clusterRow struct {
	Organization, People, Functions string
	Count                           int
}

// valuesShown is how many of an attribute's values a row names.
const valuesShown = 3

// clustersShown bounds the clusters of colleagues listed.
const clustersShown = 10

// buildContacts fills the contacts section, or leaves it out when there is
// nobody to describe.
func buildContacts(m *model, d Data, an *anonymizer) {
	r := d.Analysis
	nw := r.Network
	var people []int
	pop := ""
	if e := r.Ego(); e >= 0 {
		for _, j := range r.Views.Tie.Neighbors(e) {
			people = append(people, int(j))
		}
		pop = fmt.Sprintf("your %s", plural(len(people), "contact", "contacts"))
	} else {
		for i := range nw.People {
			people = append(people, i)
		}
		pop = fmt.Sprintf("the %s", plural(len(people), "person", "people"))
	}
	if len(people) == 0 {
		return
	}
	s := &contactsSection{Population: pop}
	coverage := map[string]importers.DerivedAttribute{}
	if d.Import != nil {
		for _, x := range d.Import.Derived {
			coverage[x.Attribute] = x
		}
	}
	for _, enc := range r.Encodings {
		if enc.Name == importers.AttrPosition || isFreeText(enc, people) {
			continue // raw titles: nearly all distinct, they say nothing counted
		}
		st := diversity.Of(enc, people)
		if st.N == 0 {
			continue
		}
		row := attrRow{Name: enc.Name, IQV: num(st.IQV, 2)}
		row.Known = fmt.Sprintf("%d of %d", st.N, len(people))
		if _, ok := nw.DerivedFrom(enc.Name); ok {
			row.Derived = true
			if c, ok := coverage[enc.Name]; ok && c.Total > 0 {
				row.Known += fmt.Sprintf(" (%.0f%% of the titles classified)", 100*float64(c.Classified)/float64(c.Total))
			}
		}
		type vc struct {
			v string
			n int
		}
		var vs []vc
		for c, n := range st.Counts {
			if n > 0 {
				vs = append(vs, vc{enc.Categories[c], n})
			}
		}
		slices.SortStableFunc(vs, func(a, b vc) int { return cmp.Compare(b.n, a.n) })
		var parts []string
		for k, x := range vs {
			if k == valuesShown {
				parts = append(parts, fmt.Sprintf("%d more", len(vs)-k))
				break
			}
			parts = append(parts, fmt.Sprintf("%s %.0f%%", x.v, 100*float64(x.n)/float64(st.N)))
		}
		row.Values = strings.Join(parts, ", ")
		s.Attributes = append(s.Attributes, row)
	}
	for _, row := range s.Attributes {
		if row.Derived {
			s.DerivedNote = "Marked *: derived by ties from the job titles by documented rules (function: what people work with; " +
				"seniority: the level of the role); a title no rule fits is left unknown, never guessed."
			break
		}
	}
	if c := r.Concentration; c != nil {
		s.Concentration = m.printer.Section(r.Findings.Concentration)
	}
	buildClusters(s, r, people, an)
	if r.LikelyColleagues {
		s.ClustersNote = "Your data has no ties among your contacts, so colleagues at one organisation are assumed to know each other: " +
			"these likely ties count in the structure figures and pictures only, never as contacts."
	}
	buildTimeline(s, nw, r.Ego())
	m.Contacts = s
}

// isFreeText reports whether an attribute is free text rather than a
// category: nearly every person has another value.
func isFreeText(enc diversity.Attribute, people []int) bool {
	n, distinct := 0, map[int]bool{}
	for _, p := range people {
		if v := enc.Values[p]; v >= 0 {
			n++
			distinct[v] = true
		}
	}
	return n >= 20 && float64(len(distinct)) >= 0.9*float64(n)
}

// buildClusters lists the organisations where several of the people work.
func buildClusters(s *contactsSection, r *analysis.Result, people []int, an *anonymizer) {
	nw := r.Network
	org, ok := nw.AttributeIndex(analysis.OrganizationAttribute)
	if !ok {
		return
	}
	fn, hasFn := nw.AttributeIndex(importers.AttrFunction)
	by := map[string][]int{}
	var order []string
	for _, p := range people {
		v := nw.Attr(p, org)
		if v == "" {
			continue
		}
		if _, ok := by[v]; !ok {
			order = append(order, v)
		}
		by[v] = append(by[v], p)
	}
	slices.SortStableFunc(order, func(a, b string) int { return cmp.Compare(len(by[b]), len(by[a])) })
	for _, o := range order {
		ps := by[o]
		if len(ps) < 2 || len(s.Clusters) == clustersShown {
			break
		}
		row := clusterRow{Organization: o, Count: len(ps)}
		var names []string
		for k, p := range ps {
			if k == 4 {
				names = append(names, fmt.Sprintf("%d more", len(ps)-k))
				break
			}
			names = append(names, an.name(r, p))
		}
		row.People = strings.Join(names, ", ")
		if hasFn {
			count := map[string]int{}
			for _, p := range ps {
				if v := nw.Attr(p, fn); v != "" {
					count[v]++
				}
			}
			var fs []string
			for v := range count {
				fs = append(fs, v)
			}
			slices.SortFunc(fs, func(a, b string) int {
				if c := cmp.Compare(count[b], count[a]); c != 0 {
					return c
				}
				return strings.Compare(a, b)
			})
			row.Functions = strings.Join(fs[:min(len(fs), 3)], ", ")
		}
		s.Clusters = append(s.Clusters, row)
	}
}

// buildTimeline charts how many of the ego's ties began each year (a
// LinkedIn export dates every connection).
func buildTimeline(s *contactsSection, nw *graph.Network, ego int) {
	if ego < 0 {
		return
	}
	perYear := map[int]int{}
	dated, total := 0, 0
	// The connections themselves (a contact export's mutual ties), not the
	// messages and endorsements that came later.
	for _, t := range nw.Ties {
		if !t.Mutual || (t.From != ego && t.To != ego) {
			continue
		}
		total++
		if !t.Since.IsZero() {
			perYear[t.Since.Year]++
			dated++
		}
	}
	if dated == 0 {
		return
	}
	var years []int
	for y := range perYear {
		years = append(years, y)
	}
	slices.Sort(years)
	first, last := years[0], years[len(years)-1]
	labels := []string{}
	values := []float64{}
	colors := []string{}
	best, bestYear := 0, 0
	for y := first; y <= last; y++ {
		labels = append(labels, fmt.Sprint(y))
		values = append(values, float64(perYear[y]))
		colors = append(colors, "#0072B2")
		if perYear[y] > best {
			best, bestYear = perYear[y], y
		}
	}
	c := barChart("c-timeline", "When your ties began", "Contacts you connected with each year (LinkedIn's Connected On).",
		labels, values, colors, func(v float64) string { return fmt.Sprintf("%.0f", v) })
	s.Timeline = &c
	s.TimelineNote = fmt.Sprintf("%d of your %d connections have a date, from %d to %d; most began in %d (%d).",
		dated, total, first, last, bestYear, best)
}

// giveTakeSection is who gives and who takes between the ego and the
// contacts, by kind of tie (messages, endorsements, recommendations…).
type giveTakeSection struct {
	Finding string
	ByType  []typeRow
}

type typeRow struct{ Type, Given, Received, Balance string }

// buildGiveTake fills give and take from the directed ties, or leaves it
// out when no tie has a direction (the finding says why in the summary).
func buildGiveTake(m *model, r *analysis.Result) {
	if r.Directed == nil {
		return
	}
	s := &giveTakeSection{Finding: m.printer.Section(r.Findings.Reciprocity)}
	if e := r.Ego(); e >= 0 {
		given, received := map[string]float64{}, map[string]float64{}
		var kinds []string
		for _, t := range r.Network.Ties {
			if t.Mutual || (t.From != e && t.To != e) {
				continue
			}
			k := t.Type
			if k == "" {
				k = "ties"
			}
			if _, ok := given[k]; !ok {
				kinds = append(kinds, k)
				given[k], received[k] = 0, 0
			}
			if t.From == e {
				given[k] += t.Weight
			} else {
				received[k] += t.Weight
			}
		}
		slices.Sort(kinds)
		for _, k := range kinds {
			g, rc := given[k], received[k]
			bal := math.NaN()
			if g+rc > 0 {
				bal = (g - rc) / (g + rc)
			}
			s.ByType = append(s.ByType, typeRow{Type: k, Given: num(g, 0), Received: num(rc, 0), Balance: signed(bal, 2)})
		}
	}
	m.GiveTake = s
}

// addStep is one thing to add to the data, with the command that does it.
type addStep struct {
	Text    string
	Command string
}

// buildAddNext says what to add to the data to answer more: the networks
// people belong to, who gives to whom, the user's goals.
func buildAddNext(m *model, d Data) {
	r := d.Analysis
	people := d.PeopleFile
	if people == "" {
		people = "people.csv"
	}
	if len(r.Network.Groups) == 0 {
		m.AddNext = append(m.AddNext, addStep{
			Text: "List the networks (associations, clubs, groups) you and your contacts belong to: ties writes a sheet with one " +
				"row per contact and one column per network; mark who belongs where and give it back with --memberships. " +
				"Then each network is judged for what it brings you.",
			Command: fmt.Sprintf("ties template memberships --people %s --network \"…\" --out memberships.csv", shellQuote(people)),
		})
	}
	if r.Directed == nil {
		m.AddNext = append(m.AddNext, addStep{
			Text: "Add who gives and who takes: LinkedIn's full archive (Settings → Data privacy → Get a copy of your data: the larger " +
				"archive) holds your messages, invitations, endorsements and recommendations; give the .zip as --people. Or write " +
				"a ties file of who gave advice, information or introductions to whom.",
			Command: "ties report --people Basic_LinkedInDataExport.zip --out report.html",
		})
	}
	if r.Structure.Shape != graph.Web || r.LikelyColleagues {
		m.AddNext = append(m.AddNext, addStep{
			Text:    "Add who knows whom among your contacts (a ties file: source,target), so that bridging can be measured on real ties, not assumed ones.",
			Command: "",
		})
	}
	if d.Goals == nil {
		m.AddNext = append(m.AddNext, addStep{
			Text:    "Write down what you need from your networks (a goals file: more diversity in an attribute, contacts in a field, a budget of hours and fees).",
			Command: "ties evaluate … --goals goals.csv",
		})
	}
}

// shellQuote quotes a path for a command line when it needs it.
func shellQuote(s string) string {
	if strings.ContainsAny(s, " '\"$`\\*?&;|<>()") {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
