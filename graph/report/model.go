// Package report writes the consultant's report of `ties report`: one
// self-contained HTML file (no external requests; inline CSS, inline SVG
// diagrams and charts; print styles for a clean PDF) or Markdown, answering
// "does this network bring new perspectives?" from an analysis and an
// evaluation. Names are escaped by html/template (HTML) or by mdText
// (Markdown); with Data.Anonymize every person's name and id is replaced by
// the pseudonym the diagrams use (render.Pseudonyms). Network names stay:
// they name the organisations the report is about.
package report

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/bridges"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/words"
	"github.com/tiesnet/ties/graph/render"
	"github.com/tiesnet/ties/importers"
)

// Diagram is one picture from render, drawn by the caller.
type Diagram struct {
	View    render.View
	Title   string
	Caption string
	SVG     []byte // the SVG as render wrote it; checked before it is embedded
	File    string // for Markdown: the file the diagram was written to, if any
}

// Data is everything a report shows.
type Data struct {
	Title      string
	Date       time.Time // the date printed on the report; required
	Analysis   *analysis.Result
	Evaluation *evaluate.Result // nil when there are no memberships
	Goals      *graph.Goals     // nil without a goals file
	Diagrams   []Diagram
	// Anonymize replaces every person's name and id with a pseudonym, in
	// the tables and in the findings and reasons alike.
	Anonymize bool
	// AnonymizeKey is the key of render.Pseudonyms (empty: none).
	AnonymizeKey string
	// Import is the import's accounting (for the coverage of derived
	// attributes); nil leaves it out.
	Import *importers.Report
	// PeopleFile is the people file as the user named it, for the
	// commands the report suggests.
	PeopleFile string
}

// verdict order, best first, and the colour-blind-safe colour (Okabe–Ito)
// and plain advice of each.
var verdictInfo = map[evaluate.Verdict]struct {
	rank   int
	color  string
	advice string
}{
	evaluate.KeepAndInvest:        {0, "#009E73", "Keep and invest: take a more active part (volunteer, speak, organise); these networks bring people you reach no other way, and more beyond them."},
	evaluate.Keep:                 {1, "#56B4E9", "Keep: they bring people or perspectives you meet nowhere else; review them again in a year."},
	evaluate.ChangeHowYouTakePart: {2, "#CC79A7", "Change how you take part: they bring something, but you only give, only take, or meet none of the members. Ask for something back, give something back, or meet the people."},
	evaluate.ConsiderJoining:      {3, "#0072B2", "Consider joining: they would bring you people or perspectives you meet nowhere else."},
	evaluate.Reconsider:           {4, "#E69F00", "Reconsider: they bring nobody and no perspective you do not meet elsewhere, or your budget is better spent on others. Talk to the organiser about what you want from them, set yourself a goal for the next months, or give the time to a network that brings more."},
	evaluate.Leave:                {5, "#D55E00", "Leave: they repeat another of your networks that brings more. Keep in touch with the people you value directly instead."},
	evaluate.NotWorthJoining:      {6, "#999999", "Not worth joining for now: they would bring nothing you do not already have."},
	"":                            {7, "#BBBBBB", "No verdict: no members are listed besides you, or who else is in them is unknown."},
}

// model is what the templates read: plain values, every person's name
// already through the anonymiser.
type model struct {
	Title, Date    string
	Anonymized     bool
	Summary        []string
	Headline       string
	NextSteps      []step
	Checklist      checklist
	Networks       []netRow
	HasEvaluation  bool
	Charts         []chart
	Diagrams       []diagram
	ShowBrokers    bool
	Brokers        []brokerRow
	BrokersFinding string
	Bridges        []string
	BridgesFinding string
	Contacts       *contactsSection
	GiveTake       *giveTakeSection
	AddNext        []addStep
	printer        *words.Printer
	EgoFinding     string
	Structure      string
	Diversity      []kv
	Reciprocity    string
	TwoMode        string
	Facts          []kv
	Notes          []string
}

type kv struct{ Key, Value string }

type step struct {
	Verdict, Color, Advice string
	Networks               []string
}

type checklist struct {
	Needs        []string
	NeedsMissing bool
	Purposes     []purposeRow
	Goals        []goalRow
	Cost         []costRow
	TotalHours   string
	TotalFee     string
	CostNote     string
}

type purposeRow struct{ Network, Purpose, Organiser, Scope, Formal string }
type goalRow struct {
	Network, Fit string
	Reasons      []string
}
type costRow struct{ Network, Hours, Fee, Score, ScorePerHour, Verdict string }

type netRow struct {
	Name, Member, Members, Held, New, TheirContacts, Known, Overlap, OverlapWith, Diversity, Balance, Hours, Fee, ScorePerHour, Score, Verdict, Color string
	Reasons                                                                                                                                           []string
}

type brokerRow struct{ Person, Betweenness, Constraint, Degree string }

type diagram struct {
	Title, Caption, File string
	SVG                  any // template.HTML once checked
	Problem              string
}

type chart struct {
	Title, Desc string
	SVG         any // template.HTML we generate, text escaped
}

// anonymizer rewrites free text (findings, reasons) and labels.
type anonymizer struct {
	on      bool
	names   *strings.Replacer
	ids     map[string]string // ids replaced in free text (those with a letter)
	pseudos []string
	all     []string // every id, parallel to pseudos
}

var idToken = regexp.MustCompile(`[\p{L}\p{N}_.@+\-]+`)

func newAnonymizer(r *analysis.Result, on bool, key string) *anonymizer {
	a := &anonymizer{on: on}
	if !on || r == nil {
		return a
	}
	nw := r.Network
	ids := r.IDs()
	a.pseudos = render.Pseudonyms(ids, key)
	a.all = ids
	a.ids = make(map[string]string, len(ids))
	var pairs []string
	type pair struct{ old, new string }
	var ps []pair
	for i, id := range ids {
		// Ids made of digits only are opaque numbers, not names; replacing
		// them in free text would also replace every figure ("costs 2 h").
		if strings.IndexFunc(id, unicode.IsLetter) >= 0 {
			a.ids[id] = a.pseudos[i]
		}
		if name := nw.People[i].Name; name != "" && name != id {
			ps = append(ps, pair{name + " (" + id + ")", a.pseudos[i]}, pair{name, a.pseudos[i]})
		}
	}
	// Longer first: "Name (id)" before "Name", a long name before a short
	// one it contains.
	sort.SliceStable(ps, func(x, y int) bool { return len(ps[x].old) > len(ps[y].old) })
	for _, p := range ps {
		pairs = append(pairs, p.old, p.new)
	}
	a.names = strings.NewReplacer(pairs...)
	return a
}

// text anonymizes free text: names, then ids standing as words.
func (a *anonymizer) text(s string) string {
	if !a.on || a.names == nil {
		return s
	}
	s = a.names.Replace(s)
	return idToken.ReplaceAllStringFunc(s, func(tok string) string {
		core := strings.TrimRight(tok, ".-")
		if p, ok := a.ids[core]; ok {
			return p + tok[len(core):]
		}
		if p, ok := a.ids[tok]; ok {
			return p
		}
		return tok
	})
}

// namer names people in the findings: "Name (id)", or the pseudonym.
type namer struct {
	r  *analysis.Result
	an *anonymizer
}

// Label is the person's name (an id only to tell apart two people of one
// name), or the pseudonym.
func (n namer) Label(i int) string { return n.an.name(n.r, i) }
func (n namer) ID(i int) string {
	if n.an.on {
		return n.an.pseudos[i]
	}
	return n.r.Network.People[i].ID
}

// evalNamer names people in the evaluation's reasons by name (the spec:
// names, never ids), or by pseudonym.
type evalNamer struct {
	namer
	r *analysis.Result
}

func (n evalNamer) Label(i int) string {
	if n.an.on {
		return n.an.pseudos[i]
	}
	return words.NewByName(n.r.Network).Label(i)
}

// name is a person's name as a reader knows it (words.ByName), or the
// pseudonym.
func (a *anonymizer) name(r *analysis.Result, i int) string {
	if a.on {
		return a.pseudos[i]
	}
	return words.NewByName(r.Network).Label(i)
}

// buildContactsSummary writes the summary when no network can be judged
// (a contact export alone): what the contacts show, and what to add.
func buildContactsSummary(m *model, r *analysis.Result) {
	c := m.Contacts
	switch {
	case c != nil && r.Ego() >= 0:
		m.Headline = fmt.Sprintf("Who you know: %s, and what they bring", c.Population)
	case c != nil:
		m.Headline = fmt.Sprintf("Who is here: %s", c.Population)
	default:
		m.Headline = "Nothing to describe yet"
	}
	if c != nil {
		if c.Concentration != "" {
			m.Summary = append(m.Summary, c.Concentration)
		}
		for _, a := range c.Attributes {
			if a.IQV != "–" && (a.Name == importers.AttrFunction || a.Name == "country" || a.Name == importers.AttrSeniority) {
				m.Summary = append(m.Summary, fmt.Sprintf("By %s, %s are spread with an IQV of %s (0: all alike, 1: as even as the values allow): %s.",
					a.Name, c.Population, a.IQV, a.Values))
			}
		}
	}
	if m.GiveTake != nil {
		m.Summary = append(m.Summary, m.GiveTake.Finding)
	}
	m.Summary = append(m.Summary, "No network can be judged yet: the data names no networks (memberships). The section \"What to add next\" says how.")
}

// person is a person's label: "Name (id)", or the pseudonym.
func (a *anonymizer) person(r *analysis.Result, i int) string {
	if a.on {
		return a.pseudos[i]
	}
	return r.Label(i)
}

func (a *anonymizer) id(id string) string {
	if a.on {
		if p, ok := a.ids[id]; ok {
			return p
		}
		for i, x := range a.all {
			if x == id {
				return a.pseudos[i]
			}
		}
	}
	return id
}

func num(x float64, prec int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return fmt.Sprintf("%.*f", prec, x)
}

func signed(x float64, prec int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return fmt.Sprintf("%+.*f", prec, x)
}

// bestGain is a network's largest diversity gain and its attribute.
func bestGain(ev *evaluate.Result, n *evaluate.Network) (string, float64) {
	attr, best := "", math.NaN()
	for k, g := range n.DiversityGain {
		if math.IsNaN(g) {
			continue
		}
		if math.IsNaN(best) || g > best {
			attr, best = ev.Attributes[k], g
		}
	}
	return attr, best
}

func build(d Data) (*model, error) {
	r := d.Analysis
	if r == nil {
		return nil, fmt.Errorf("report: no analysis")
	}
	an := newAnonymizer(r, d.Anonymize, d.AnonymizeKey)
	m := &model{Title: an.text(d.Title), Anonymized: d.Anonymize}
	if m.Title == "" {
		m.Title = "Your professional networks"
	}
	if d.Date.IsZero() {
		return nil, fmt.Errorf("report: no date")
	}
	m.Date = d.Date.Format("2 January 2006")
	f := r.Findings
	p := words.New(namer{r, an})
	m.printer = p
	m.Structure = p.Section(f.Structure)
	m.BrokersFinding = p.Section(f.Brokers)
	m.BridgesFinding = p.Section(f.Bridges)
	m.EgoFinding = p.Section(f.Ego)
	m.Reciprocity = p.Section(f.Reciprocity)
	m.TwoMode = p.Section(f.TwoMode)
	for k, a := range r.Attributes {
		m.Diversity = append(m.Diversity, kv{a.Name(), p.Section(f.Diversity[k])})
	}
	u := r.Undirected
	m.Facts = []kv{
		{"People", fmt.Sprint(u.N)},
		{"Tied pairs", fmt.Sprint(u.M)},
		{"Communities", fmt.Sprint(u.Communities)},
		{"Density", num(u.Density, 3)},
	}
	if r.Directed != nil {
		m.Facts = append(m.Facts, kv{"Ties returned (reciprocity)", num(r.Directed.Reciprocity, 3)})
	}
	bc, cc, dc := r.Metric(analysis.Betweenness), r.Metric(analysis.Constraint), r.Metric(analysis.Degree)
	// Brokers and bridges only mean something when there are ties among
	// the contacts (not a star), and are shown only when someone stands
	// between others.
	m.ShowBrokers = r.Structure.Shape == graph.Web && len(r.Top(analysis.Betweenness, 1)) > 0
	for _, i := range r.Top(analysis.Betweenness, 10) {
		m.Brokers = append(m.Brokers, brokerRow{
			Person:      an.person(r, i),
			Betweenness: colNum(bc, i, 3),
			Constraint:  colNum(cc, i, 3),
			Degree:      colNum(dc, i, 0),
		})
	}
	ids := r.IDs()
	byIDs := func(a, b int) (int, int) {
		if ids[b] < ids[a] {
			return b, a
		}
		return a, b
	}
	less := func(a1, b1, a2, b2 int) bool {
		if ids[a1] != ids[a2] {
			return ids[a1] < ids[a2]
		}
		return ids[b1] < ids[b2]
	}
	// A bridge to someone with no other tie is a bridge by arithmetic, not
	// news: only bridges between two parts of several people are listed.
	deg := r.Views.Structure
	brs := slices.DeleteFunc(slices.Clone(r.Bridges), func(b bridges.Edge) bool {
		return deg.Degree(b.U) == 1 || deg.Degree(b.V) == 1
	})
	if !m.ShowBrokers {
		brs = nil
	}
	sort.Slice(brs, func(x, y int) bool {
		a1, b1 := byIDs(brs[x].U, brs[x].V)
		a2, b2 := byIDs(brs[y].U, brs[y].V)
		return less(a1, b1, a2, b2)
	})
	for k, b := range brs {
		if k == 10 {
			m.Bridges = append(m.Bridges, fmt.Sprintf("… and %d more", len(brs)-10))
			break
		}
		x, y := byIDs(b.U, b.V)
		m.Bridges = append(m.Bridges, an.id(ids[x])+" — "+an.id(ids[y])+" (a bridge: the only path between the two sides)")
	}
	lbs := slices.Clone(r.LocalBridges)
	if !m.ShowBrokers {
		lbs = nil
	}
	sort.Slice(lbs, func(x, y int) bool {
		a1, b1 := byIDs(lbs[x].U, lbs[x].V)
		a2, b2 := byIDs(lbs[y].U, lbs[y].V)
		return less(a1, b1, a2, b2)
	})
	for k, b := range lbs {
		if k == 10 {
			m.Bridges = append(m.Bridges, fmt.Sprintf("… and %d more local bridges", len(lbs)-10))
			break
		}
		if b.Span < 0 {
			continue
		}
		x, y := byIDs(b.U, b.V)
		m.Bridges = append(m.Bridges, fmt.Sprintf("%s — %s (a local bridge: without it the two are %d steps apart)", an.id(ids[x]), an.id(ids[y]), b.Span))
	}
	buildChecklistNeeds(m, d.Goals)
	buildContacts(m, d, an)
	buildGiveTake(m, r)
	buildAddNext(m, d)
	if ev := d.Evaluation; ev != nil && len(ev.Networks) > 0 {
		m.HasEvaluation = true
		buildEvaluation(m, ev, an, words.New(evalNamer{namer{r, an}, r}), d.Goals)
		m.Charts = charts(ev, r)
	} else {
		buildContactsSummary(m, r)
		if c := diversityChart(r); c != nil {
			m.Charts = append(m.Charts, *c)
		}
	}
	if m.EgoFinding != "" {
		m.Summary = append(m.Summary, m.EgoFinding)
	}
	for _, dg := range d.Diagrams {
		svg, err := safeSVG(dg.SVG)
		x := diagram{Title: dg.Title, Caption: an.text(dg.Caption), File: dg.File}
		if err != nil {
			x.Problem = "This diagram was left out: " + err.Error()
		} else {
			x.SVG = svg
		}
		m.Diagrams = append(m.Diagrams, x)
	}
	if d.Anonymize {
		m.Notes = append(m.Notes, "Every person is shown under a stable pseudonym (the same as in the diagrams); the names of the networks are kept.")
	}
	return m, nil
}

func colNum(c []float64, i, prec int) string {
	if i >= len(c) {
		return "–"
	}
	return num(c[i], prec)
}

func buildChecklistNeeds(m *model, g *graph.Goals) {
	if g == nil {
		m.Checklist.NeedsMissing = true
		return
	}
	for _, a := range g.MoreDiversity {
		m.Checklist.Needs = append(m.Checklist.Needs, "More diversity in "+a+" among your contacts")
	}
	for _, c := range g.Contacts {
		m.Checklist.Needs = append(m.Checklist.Needs, fmt.Sprintf("At least %d contacts whose %s is %s", c.N, c.Attribute, c.Value))
	}
	if g.MaxHoursPerMonth != nil {
		m.Checklist.Needs = append(m.Checklist.Needs, fmt.Sprintf("At most %s hours a month on networks", num(*g.MaxHoursPerMonth, 1)))
	}
	if g.MaxFeePerYear != nil {
		m.Checklist.Needs = append(m.Checklist.Needs, fmt.Sprintf("At most %s a year in fees", num(*g.MaxFeePerYear, 0)))
	}
	if len(m.Checklist.Needs) == 0 {
		m.Checklist.NeedsMissing = true
	}
}

func buildEvaluation(m *model, ev *evaluate.Result, an *anonymizer, p *words.Printer, goals *graph.Goals) {
	byVerdict := map[evaluate.Verdict][]string{}
	var hours, fee float64
	var member, reach int
	unknownCost := 0
	for _, n := range ev.Networks {
		byVerdict[n.Verdict] = append(byVerdict[n.Verdict], n.Name)
		verdict := string(n.Verdict)
		if verdict == "" {
			verdict = "no verdict"
		}
		if n.Borderline {
			verdict += " (close call)"
		}
		row := netRow{
			Name: n.Name, Member: map[bool]string{true: "yes", false: "no"}[n.Member],
			Members: fmt.Sprint(n.NMembers), Held: fmt.Sprint(len(n.HeldOnlyHere)), New: fmt.Sprint(len(n.NewToEgo)),
			TheirContacts: fmt.Sprint(n.TheirContacts), Known: num(n.AlreadyKnown, 2), Overlap: num(n.Overlap, 2),
			Balance: signed(n.EgoBalance, 2), Hours: "–", Fee: "–", ScorePerHour: num(n.ScorePerHour, 2),
			Score: num(n.Score, 0), Verdict: verdict, Color: verdictInfo[n.Verdict].color,
		}
		if n.RedundantWith >= 0 {
			row.OverlapWith = ev.Networks[0].Name // replaced below
			for _, x := range ev.Networks {
				if x.Group == n.RedundantWith {
					row.OverlapWith = x.Name
				}
			}
		}
		if in := n.Info; in != nil {
			if in.HoursPerMonth != nil {
				row.Hours = num(*in.HoursPerMonth, 1)
			}
			if in.Fee != nil {
				row.Fee = num(*in.Fee, 0)
			}
		}
		if attr, g := bestGain(ev, n); attr != "" {
			row.Diversity = signed(g, 2) + " " + attr
		} else {
			row.Diversity = "–"
		}
		for _, r := range n.Reasons {
			row.Reasons = append(row.Reasons, p.Sentence(r))
		}
		m.Networks = append(m.Networks, row)

		pr := purposeRow{Network: n.Name, Purpose: "unknown: ask the organiser", Organiser: "unknown", Scope: "–", Formal: "–"}
		if in := n.Info; in != nil {
			if in.Purpose != "" {
				pr.Purpose = in.Purpose
			}
			if in.Organiser != "" {
				pr.Organiser = in.Organiser
			}
			if in.Scope != "" {
				pr.Scope = in.Scope
			}
			if in.Formal != nil {
				pr.Formal = map[bool]string{true: "formal", false: "informal"}[*in.Formal]
			}
		}
		m.Checklist.Purposes = append(m.Checklist.Purposes, pr)
		if goals != nil && n.GoalsSet > 0 {
			m.Checklist.Goals = append(m.Checklist.Goals, goalRow{Network: n.Name, Fit: num(n.GoalFit, 2),
				Reasons: []string{fmt.Sprintf("advances %d of your %d goals", n.GoalsAdvanced, n.GoalsSet)}})
		}
		m.Checklist.Cost = append(m.Checklist.Cost, costRow{Network: n.Name, Hours: row.Hours, Fee: row.Fee, Score: row.Score,
			ScorePerHour: row.ScorePerHour, Verdict: verdict})
		if n.Member {
			member++
			reach += int(n.Score)
			in := n.Info
			if in == nil || in.HoursPerMonth == nil || in.Fee == nil {
				unknownCost++
			}
			if in != nil && in.HoursPerMonth != nil {
				hours += *in.HoursPerMonth
			}
			if in != nil && in.Fee != nil {
				fee += *in.Fee
			}
		}
	}
	m.Checklist.TotalHours = num(hours, 1)
	m.Checklist.TotalFee = num(fee, 0)
	if unknownCost > 0 {
		m.Checklist.CostNote = fmt.Sprintf("The cost of %d of your networks is not known (networks.csv: fee, hours_per_month); the totals leave them out.", unknownCost)
	}
	good := append(append([]string{}, byVerdict[evaluate.KeepAndInvest]...), byVerdict[evaluate.Keep]...)
	change := byVerdict[evaluate.ChangeHowYouTakePart]
	weak := append(append([]string{}, byVerdict[evaluate.Reconsider]...), byVerdict[evaluate.Leave]...)
	switch {
	case len(good)+len(change) > 0 && len(weak) == 0:
		m.Headline = "Yes: your networks bring you new perspectives."
	case len(good)+len(change) > 0:
		m.Headline = fmt.Sprintf("Partly: %d of your %d networks bring new perspectives; %d do not.", len(good)+len(change), member, len(weak))
	case member > 0:
		m.Headline = "Not much: your networks bring no one and no perspective you do not meet elsewhere."
	default:
		m.Headline = "You belong to none of these networks yet."
	}
	if member > 0 {
		m.Summary = append(m.Summary, fmt.Sprintf("You belong to %d networks, for %s hours a month and %s a year in fees.", member, m.Checklist.TotalHours, m.Checklist.TotalFee))
	}
	if len(good) > 0 {
		m.Summary = append(m.Summary, "Worth your time: "+words.JoinAnd(good)+".")
	}
	if len(change) > 0 {
		m.Summary = append(m.Summary, "Worth a change in how you take part: "+words.JoinAnd(change)+".")
	}
	if len(weak) > 0 {
		m.Summary = append(m.Summary, "Worth a second look: "+words.JoinAnd(weak)+".")
	}
	if j := byVerdict[evaluate.ConsiderJoining]; len(j) > 0 {
		m.Summary = append(m.Summary, "Worth joining: "+words.JoinAnd(j)+".")
	}
	verdicts := make([]evaluate.Verdict, 0, len(byVerdict))
	for v := range byVerdict {
		verdicts = append(verdicts, v)
	}
	sort.Slice(verdicts, func(a, b int) bool { return verdictInfo[verdicts[a]].rank < verdictInfo[verdicts[b]].rank })
	for _, v := range verdicts {
		info := verdictInfo[v]
		name := string(v)
		if name == "" {
			name = "no verdict"
		}
		m.NextSteps = append(m.NextSteps, step{Verdict: name, Color: info.color, Advice: info.advice, Networks: byVerdict[v]})
	}
}
