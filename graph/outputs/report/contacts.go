package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/measures/diversity"
	"github.com/tiesnet/ties/importers"
)

// contactsSection is what the report says about the people themselves: how
// varied they are, how concentrated in a few organisations, the clusters of
// colleagues, and when the ties began. For an ego it is about the ego's
// contacts (the tie view); without one, about everybody.
type contactsSection struct {
	Heading       string
	Population    string // "your 512 contacts", "the 300 people"
	Attributes    []attrRow
	DerivedNote   string
	Concentration string
	Clusters      []clusterRow
	HasFunctions  bool // some cluster names functions
	ClustersNote  string
	Timeline      *chart
	TimelineNote  string
	// TimelineRows and TimelineLabels are the chart's figures, for
	// Markdown's table; TimelineByNetwork says whether its rows split by
	// network (the ego shares networks with contacts), else a year is its
	// total alone.
	TimelineRows      []timelineRow
	TimelineLabels    []string
	TimelineByNetwork bool
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
func buildContacts(m *model, d Data) {
	r := d.Analysis
	nw := r.Network
	var people []int
	pop := ""
	if e := r.Ego(); e >= 0 {
		for _, j := range r.Views.Tie.Neighbors(e) {
			people = append(people, int(j))
		}
		pop = m.t("report.population.ego", finding.Count{N: len(people), Noun: analysis.NounContact})
		if len(people) == 1 {
			pop = m.t("report.population.ego.one")
		}
	} else {
		for i := range nw.People {
			people = append(people, i)
		}
		pop = m.t("report.population.all", finding.Count{N: len(people), Noun: analysis.NounPerson})
		if len(people) == 1 {
			pop = m.t("report.population.all.one")
		}
	}
	if len(people) == 0 {
		return
	}
	s := &contactsSection{Population: pop, Heading: m.t("report.h.contacts")}
	if r.Ego() < 0 {
		s.Heading = m.t("report.h.contacts_all")
	}
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
		// One IQV: the people are the ego's contacts in the tie view, as
		// in the analysis' findings (analysis.Attribute.Contacts), so the
		// figure is the one they print.
		row := attrRow{Name: enc.Name, IQV: m.fig.fmt2(st.IQV)}
		m.terms.use(tIQV)
		row.Known = m.t("report.contacts.known", st.N, len(people))
		if _, ok := nw.DerivedFrom(enc.Name); ok {
			row.Derived = true
			m.terms.use(tDerived)
			if c, ok := coverage[enc.Name]; ok && c.Total > 0 {
				row.Known = m.t("report.contacts.classified", row.Known, 100*float64(c.Classified)/float64(c.Total))
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
				parts = append(parts, m.t("report.more", len(vs)-k))
				break
			}
			parts = append(parts, m.t("report.contacts.value", x.v, 100*float64(x.n)/float64(st.N)))
		}
		row.Values = strings.Join(parts, ", ")
		s.Attributes = append(s.Attributes, row)
	}
	for _, row := range s.Attributes {
		if row.Derived {
			s.DerivedNote = m.t("report.contacts.derived")
			break
		}
	}
	if c := r.Concentration; c != nil {
		s.Concentration = m.section(r.Findings.Concentration)
	}
	buildClusters(m, s, r, people)
	if r.LikelyColleagues {
		s.ClustersNote = m.t("report.contacts.likely")
		m.terms.use(tLikely)
	}
	buildTimeline(m, s, d)
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
func buildClusters(m *model, s *contactsSection, r *analysis.Result, people []int) {
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
				names = append(names, m.t("report.more", len(ps)-k))
				break
			}
			names = append(names, m.names.Label(p))
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
			s.HasFunctions = s.HasFunctions || row.Functions != ""
		}
		s.Clusters = append(s.Clusters, row)
	}
}

// giveTakeSection is who gives and who takes between the ego and the
// contacts, by kind of tie (messages, endorsements, recommendations…).
type giveTakeSection struct {
	Finding string
	ByType  []typeRow
	Total   *typeRow
}

type typeRow struct{ Type, Given, Received, Balance string }

// buildGiveTake fills give and take from the directed ties, or leaves it
// out when no tie has a direction (the finding says why in the summary).
func buildGiveTake(m *model, r *analysis.Result) {
	if r.Directed == nil {
		return
	}
	s := &giveTakeSection{Finding: m.section(r.Findings.Reciprocity)}
	if e := r.Ego(); e >= 0 {
		given, received := map[string]float64{}, map[string]float64{}
		var kinds []string
		for _, t := range r.Network.Ties {
			if t.Mutual || (t.From != e && t.To != e) {
				continue
			}
			k := r.Network.TieTypeName(t.Type)
			if k == "" {
				k = m.t("report.give_take.ties")
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
		var allG, allR float64
		row := func(k string, g, rc float64) typeRow {
			bal := math.NaN()
			if g+rc > 0 {
				bal = (g - rc) / (g + rc)
			}
			return typeRow{Type: k, Given: m.fig.fmtAmount(g), Received: m.fig.fmtAmount(rc), Balance: m.fig.fmtBalance(bal)}
		}
		for _, k := range kinds {
			s.ByType = append(s.ByType, row(k, given[k], received[k]))
			allG += given[k]
			allR += received[k]
		}
		// The total is the balance the finding above prints.
		if len(kinds) > 1 {
			t := row(m.t("report.give_take.all"), allG, allR)
			s.Total = &t
		}
		m.terms.use(tBalance)
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
			Text:    m.t("report.add.memberships"),
			Command: fmt.Sprintf("ties template memberships --people %s --network \"…\" --out memberships.csv", shellQuote(people)),
		})
	}
	if r.Directed == nil {
		m.AddNext = append(m.AddNext, addStep{
			Text:    m.t("report.add.archive"),
			Command: "ties report --people Basic_LinkedInDataExport.zip --out report.html",
		})
	}
	if r.Structure.Shape != graph.Web || r.LikelyColleagues {
		m.AddNext = append(m.AddNext, addStep{Text: m.t("report.add.ties")})
	}
	if d.Goals == nil {
		m.AddNext = append(m.AddNext, addStep{
			Text:    m.t("report.add.goals"),
			Command: "ties report … --goals goals.csv",
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
