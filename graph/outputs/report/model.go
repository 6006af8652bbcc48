package report

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/change"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/measures/bridges"
	"github.com/tiesnet/ties/graph/measures/holes"
	"github.com/tiesnet/ties/graph/outputs/render"
	"github.com/tiesnet/ties/graph/outputs/words"
	"github.com/tiesnet/ties/importers"
)

// Diagram is one picture from render, drawn by the caller (Pictures).
type Diagram struct {
	View    render.View
	Title   string
	Caption string
	// Network is the network a brings picture shows; such pictures stand
	// beside that network's verdict, the others under Diagrams.
	Network string
	SVG     []byte // the SVG as render wrote it; checked before it is embedded
	File    string // for Markdown: the file the diagram was written to, if any
}

// Data is everything a report shows.
type Data struct {
	// Title replaces the report's title (the demo's).
	Title string
	// Client is the client's name for the title; "" takes the ego's name
	// when the data gives one.
	Client     string
	Date       time.Time // the date printed on the report; required
	Analysis   *analysis.Result
	Evaluation *evaluate.Result // nil when there are no memberships
	Goals      *graph.Goals     // nil without a goals file
	Diagrams   []Diagram
	// Anonymize shows every person but the client under a pseudonym, in
	// the tables and in the findings and reasons alike.
	Anonymize bool
	// AnonymizeKey is the key of anonymize.Pseudonyms (empty: none).
	AnonymizeKey string
	// Import is the import's accounting (for the coverage of derived
	// attributes); nil leaves it out.
	Import *importers.Report
	// PeopleFile is the people file as the user named it, for the
	// commands the report suggests.
	PeopleFile string
	// Change is the comparison with an earlier export (ties report
	// --before): the "What changed" section; nil leaves it out.
	Change *change.Result
	// Lang is the report's language: "en" (or "") or "sv" (words.Languages).
	// Every word comes from that language's catalog and every figure and
	// date is written its way; names, attribute names and values and
	// network names are the data's, never translated.
	Lang string
}

// Caps: how much of a long list the report shows, the rest counted ("and
// 12 more"), so that the report of a 20 000-member organisation stays
// readable and small.
const (
	// NetworksShown is how many networks the report judges one by one: all
	// of the client's own networks, and the networks they could join that
	// would bring the most, up to this many in all.
	NetworksShown = 20
	// stepNetworks is how many networks a step of "What to do next" names.
	stepNetworks = 8
	// brokersShown is the rows of the brokers table.
	brokersShown = 10
	// bridgesShown is how many bridges and local bridges are listed.
	bridgesShown = 10
	// notWorthShown is how many networks not worth joining are judged one
	// by one (their reason is one line: they would bring nothing).
	notWorthShown = 5
	// valuesShown is how many values a reason names ("whose country is
	// A, B or C") before "and N more".
	reasonValues = 8
)

// verdictColors are the colour-blind-safe colours (Okabe–Ito) of the
// verdicts, best first; rank orders them.
var verdictColors = map[evaluate.Verdict]struct {
	rank  int
	color string
}{
	evaluate.KeepAndInvest:        {0, "#009E73"},
	evaluate.Keep:                 {1, "#56B4E9"},
	evaluate.ChangeHowYouTakePart: {2, "#CC79A7"},
	evaluate.ConsiderJoining:      {3, "#7FB8E0"},
	evaluate.Reconsider:           {4, "#E69F00"},
	evaluate.Leave:                {5, "#D55E00"},
	evaluate.NotWorthJoining:      {6, "#BBBBBB"},
	"":                            {7, "#DDDDDD"},
}

// model is what the templates read: plain values, every person already
// named, every figure already written.
type model struct {
	// noEgo: no person is the report's "you" (no --ego on a people file).
	noEgo bool
	// Population: the networks are described for everyone (no ego), and
	// Cols names the verdict table's columns after the network's.
	Population        bool
	Cols              []string
	Title, Meta, Date string
	Headline          string
	Summary           []string
	Facts             []kv
	NextSteps         []step
	HasEvaluation     bool
	Networks          []netRow
	NetworksNote      string
	BringsShown       bool
	Checklist         checklist
	Charts            []chart
	Contacts          *contactsSection
	Changed           *changedSection
	GiveTake          *giveTakeSection
	ShowBrokers       bool
	Brokers           []brokerRow
	BrokersFinding    string
	BridgesFinding    string
	Bridges           []string
	Structure         string
	Diversity         []kv
	Reciprocity       string
	TwoMode           string
	Diagrams          []diagram
	AddNext           []addStep
	Glossary          []glossaryEntry
	Methods           []string
	Notes             []string

	p     *words.Printer
	fig   figures // the figures, written in p's language
	names *people
	terms glossary
	// exp gathers the data the interactive diagrams read (interactive.go).
	exp *explorer
}

type kv struct{ Key, Value string }

type step struct {
	Verdict, Color, Advice string
	Networks               []string
	More                   string
}

type checklist struct {
	Needs        []string
	NeedsMissing bool
	Purposes     []purposeRow
	Goals        []goalRow
	Cost         []costRow
	Total        string
	CostNote     string
	HasInfo      bool // some network has a purpose, organiser, scope or form
	HasCost      bool // some network of the client's has known hours or a fee
}

type purposeRow struct{ Network, Purpose, Organiser, Scope, Formal string }
type goalRow struct{ Network, Fit, Why string }
type costRow struct{ Network, Hours, Fee, Score, ScorePerHour, Verdict, Color string }

type netRow struct {
	ID, Name                                           string
	NotMember                                          bool
	Members, Held, New, Their, Score, Overlap, Balance string
	Verdict, Color                                     string
	// Cells are the figures the verdict table shows after the name, under
	// model.Cols; Bold is the one set in bold (-1: none).
	Cells   []string
	Bold    int
	Reasons []string
	Brings  *diagram
}

type brokerRow struct{ Person, Betweenness, Constraint, Degree string }

type diagram struct {
	ID, Title, Caption, File string
	SVG                      any // template.HTML once checked
	Problem                  string
}

type chart struct {
	Title, Desc string
	SVG         any // template.HTML we generate, text escaped
	// Repeats says the chart draws a column of the verdict table: print
	// leaves it out (the page count).
	Repeats bool
	// Figures are a bar chart's bars in words, for Markdown.
	Figures string
}

var idToken = regexp.MustCompile(`[\p{L}\p{N}_.@+\-]+`)

// t words a report code.
func (m *model) t(code string, args ...any) string {
	return m.names.capital(m.p.Text(finding.Code(code), args...))
}

// findingTerms are the glossary terms the analysis' findings name.
var findingTerms = map[finding.Code][]term{
	analysis.DiversityLevelIQV:        {tIQV},
	analysis.DiversityHomophily:       {tEI},
	analysis.DiversityHeterophily:     {tEI},
	analysis.DiversityMixed:           {tEI},
	analysis.DiversityEgoHomophily:    {tEI},
	analysis.DiversityEgoHeterophily:  {tEI},
	analysis.DiversityEgoMixed:        {tEI},
	analysis.ConcentrationThird:       {tHerfindahl},
	analysis.ConcentrationThirdTied:   {tHerfindahl},
	analysis.ConcentrationThirdAll:    {tHerfindahl},
	analysis.ConcentrationThirdAllTie: {tHerfindahl},
	analysis.ConcentrationSpread:      {tHerfindahl},
	analysis.ConcentrationSpreadAll:   {tHerfindahl},
	analysis.ReciprocityReturned:      {tReciprocity},
	analysis.ReciprocityEgoGives:      {tBalance},
	analysis.ReciprocityEgoTakes:      {tBalance},
	analysis.ReciprocityEgoBalanced:   {tBalance},
	analysis.BrokersTop:               {tBetweenness},
	analysis.BrokersTopOne:            {tBetweenness},
	analysis.EgoContacts:              {tEffective},
	analysis.EgoConstraintLow:         {tConstraint},
	analysis.EgoConstraintModerate:    {tConstraint},
	analysis.EgoConstraintHigh:        {tConstraint},
	analysis.BridgesOne:               {tBridge},
	analysis.BridgesMany:              {tBridge},
	analysis.LocalBridgesOne:          {tLocalBridge},
	analysis.LocalBridgesMany:         {tLocalBridge},
	analysis.LikelyColleagues:         {tLikely},
}

// sentence words one finding and marks the terms it names.
func (m *model) sentence(f finding.Finding) string {
	m.terms.use(findingTerms[f.Code]...)
	m.terms.use(reasonTerms[f.Code]...)
	return m.names.capital(m.p.Sentence(f))
}

// section words findings as one paragraph.
func (m *model) section(fs []finding.Finding) string {
	parts := make([]string, len(fs))
	for k, f := range fs {
		parts[k] = m.sentence(f)
	}
	return strings.Join(parts, " ")
}

// verdictName is a verdict as the report writes it.
func (m *model) verdictName(v evaluate.Verdict, borderline bool) string {
	name := m.t("report.verdict." + string(verdictTerm(v))[len(verdictPrefix):])
	if borderline {
		name = m.t("report.verdict.close_call", name)
	}
	return name
}

func build(d Data) (*model, error) {
	r := d.Analysis
	if r == nil {
		return nil, fmt.Errorf("report: no analysis")
	}
	if d.Date.IsZero() {
		return nil, fmt.Errorf("report: no date")
	}
	p0, err := words.NewIn(d.Lang, nil)
	if err != nil {
		return nil, fmt.Errorf("report: %v", err)
	}
	you := p0.Text("report.you")
	names := newPeople(r, d.Anonymize, d.AnonymizeKey, you)
	p, _ := words.NewIn(d.Lang, names)
	m := &model{p: p, fig: figures{p}, names: names, terms: glossary{}}
	m.Date = p.Date(d.Date)
	client := d.Client
	if client == "" && !d.Anonymize {
		client = realName(r.Network)
	}
	switch {
	case d.Title != "":
		m.Title = names.text(d.Title)
	case client != "":
		m.Title = m.t("report.title.client", client)
	default:
		m.Title = m.t("report.title")
	}
	if client != "" {
		m.Meta = m.t("report.meta.for", client, m.Date)
	} else {
		m.Meta = m.t("report.meta", m.Date)
	}
	if d.Anonymize {
		m.Meta += " · " + m.t("report.meta.anonymized")
	}
	f := r.Findings
	m.Structure = m.section(f.Structure)
	m.Reciprocity = m.section(f.Reciprocity)
	m.TwoMode = m.section(f.TwoMode)
	for k, a := range r.Attributes {
		m.Diversity = append(m.Diversity, kv{a.Name(), m.section(f.Diversity[k])})
	}
	buildFacts(m, r)
	buildBrokers(m, r)
	buildChecklistNeeds(m, d.Goals)
	buildContacts(m, d)
	buildChanged(m, d.Change)
	buildGiveTake(m, r)
	buildAddNext(m, d)
	if ev := d.Evaluation; ev != nil && len(ev.Networks) > 0 {
		m.HasEvaluation = true
		shown := buildEvaluation(m, ev, d)
		m.Charts = charts(m, ev, shown, r)
	} else {
		buildContactsSummary(m, r)
		if c := diversityChart(m, r); c != nil {
			m.Charts = append(m.Charts, *c)
		}
	}
	if f.Ego != nil {
		m.Summary = append(m.Summary, m.section(f.Ego))
	}
	k := 0
	for _, dg := range d.Diagrams {
		if dg.Network != "" {
			continue
		}
		k++
		m.Diagrams = append(m.Diagrams, m.diagram(dg, fmt.Sprintf("d%d-", k)))
	}
	if len(m.Diagrams) > 0 {
		m.terms.use(tBridge, tLocalBridge, tCommunities)
	}
	if d.Anonymize {
		m.Notes = append(m.Notes, m.t("report.note.anonymized"))
	}
	buildMethods(m, d)
	m.Glossary = m.terms.entries(m.p)
	return m, nil
}

// diagram checks a picture and gives its ids the prefix.
func (m *model) diagram(dg Diagram, prefix string) diagram {
	x := diagram{ID: strings.TrimSuffix(prefix, "-"), Title: m.names.text(dg.Title), Caption: m.names.text(dg.Caption), File: dg.File}
	svg, err := safeSVG(dg.SVG)
	if err != nil {
		x.Problem = m.t("report.diagram.omitted", err.Error())
	} else {
		x.SVG = htmlOf(diagramSVG(m.explorer().annotate(string(svg)), prefix))
	}
	return x
}

func buildFacts(m *model, r *analysis.Result) {
	u := r.Undirected
	m.Facts = []kv{
		{m.t("report.fact.people"), m.fig.fmtInt(u.N)},
		{m.t("report.fact.pairs"), m.fig.fmtInt(u.M)},
		{m.t("report.fact.communities"), m.fig.fmtInt(u.Communities)},
		{m.t("report.fact.modularity"), m.fig.fmt2(u.Modularity)},
		{m.t("report.fact.density"), m.fig.fmt3(u.Density)},
	}
	m.terms.use(tCommunities, tDensity)
	if r.Directed != nil {
		m.Facts = append(m.Facts, kv{m.t("report.fact.reciprocity"), m.fig.fmt2(r.Directed.Reciprocity)})
		m.terms.use(tReciprocity)
	}
}

// buildBrokers fills the brokers table and the list of bridges. Brokers
// and bridges only mean something when there are ties among the contacts
// (not a star), and are shown only when someone stands between others.
func buildBrokers(m *model, r *analysis.Result) {
	m.BrokersFinding = m.section(r.Findings.Brokers)
	m.BridgesFinding = m.section(r.Findings.Bridges)
	m.ShowBrokers = r.Structure.Shape == graph.Web && len(r.Top(analysis.Betweenness, 1)) > 0
	if !m.ShowBrokers {
		return
	}
	m.terms.use(tBetweenness, tConstraint)
	cc, dc := r.Metric(analysis.Constraint), r.Metric(analysis.Degree)
	for _, i := range r.Top(analysis.Betweenness, brokersShown) {
		person := m.names.Label(i)
		if i == r.Ego() {
			person = m.t("report.you.table")
		}
		m.Brokers = append(m.Brokers, brokerRow{
			Person:      person,
			Betweenness: m.fig.fmtBetweenness(r, i),
			Constraint:  m.fig.fmt2(at(cc, i)),
			Degree:      m.fig.fmtAmount(at(dc, i)),
		})
	}
	// Pairs in a stable order: by the two names as shown.
	label := m.names.Label
	type pair struct {
		a, b string
		span int
	}
	order := func(u, v int, span int) pair {
		a, b := label(u), label(v)
		if v == r.Ego() || (u != r.Ego() && b < a) {
			a, b = b, a
		}
		return pair{a, b, span}
	}
	sortPairs := func(ps []pair) {
		sort.SliceStable(ps, func(x, y int) bool {
			if ps[x].a != ps[y].a {
				return ps[x].a < ps[y].a
			}
			return ps[x].b < ps[y].b
		})
	}
	// A bridge to someone with no other tie is a bridge by arithmetic, not
	// news: only bridges between two parts of several people are listed.
	deg := r.Views.Structure
	brs := slices.DeleteFunc(slices.Clone(r.Bridges), func(b bridges.Edge) bool {
		return deg.Degree(b.U) == 1 || deg.Degree(b.V) == 1
	})
	var ps []pair
	for _, b := range brs {
		ps = append(ps, order(b.U, b.V, 0))
	}
	sortPairs(ps)
	for k, x := range ps {
		if k == bridgesShown {
			m.Bridges = append(m.Bridges, m.t("report.bridges.more", len(ps)-k))
			break
		}
		m.Bridges = append(m.Bridges, m.names.capital(m.t("report.bridge.item", x.a, x.b)))
	}
	if len(ps) > 0 {
		m.terms.use(tBridge)
	}
	ps = ps[:0]
	for _, b := range r.LocalBridges {
		if b.Span >= 0 {
			ps = append(ps, order(b.U, b.V, b.Span))
		}
	}
	sortPairs(ps)
	for k, x := range ps {
		if k == bridgesShown {
			m.Bridges = append(m.Bridges, m.t("report.local_bridges.more", len(ps)-k))
			break
		}
		m.Bridges = append(m.Bridges, m.names.capital(m.t("report.local_bridge.item", x.a, x.b, x.span)))
	}
	if len(ps) > 0 {
		m.terms.use(tLocalBridge)
	}
}

func at(c []float64, i int) float64 {
	if i >= len(c) {
		return math.NaN()
	}
	return c[i]
}

// buildContactsSummary writes the summary when no network can be judged
// (a contact export alone): what the contacts show, and what to add.
func buildContactsSummary(m *model, r *analysis.Result) {
	c := m.Contacts
	switch {
	case c != nil && r.Ego() >= 0:
		m.Headline = m.t("report.headline.contacts_ego", c.Population)
	case c != nil:
		m.Headline = m.t("report.headline.contacts_all", c.Population)
	default:
		m.Headline = m.t("report.headline.nothing")
	}
	if c != nil {
		if c.Concentration != "" {
			m.Summary = append(m.Summary, c.Concentration)
		}
		for _, a := range c.Attributes {
			if a.IQV != dash && (a.Name == importers.AttrFunction || a.Name == "country" || a.Name == importers.AttrSeniority) {
				m.Summary = append(m.Summary, m.t("report.summary.iqv", a.Name, c.Population, a.IQV, a.Values))
			}
		}
	}
	if m.GiveTake != nil {
		m.Summary = append(m.Summary, m.GiveTake.Finding)
	}
	m.Summary = append(m.Summary, m.t("report.summary.no_networks"))
}

func buildChecklistNeeds(m *model, g *graph.Goals) {
	if g == nil {
		m.Checklist.NeedsMissing = true
		return
	}
	for _, a := range g.MoreDiversity {
		m.Checklist.Needs = append(m.Checklist.Needs, m.t("report.needs.diversity", a))
	}
	for _, c := range g.Contacts {
		m.Checklist.Needs = append(m.Checklist.Needs, m.t("report.needs.contacts", c.N, c.Attribute, c.Value))
	}
	if g.MaxHoursPerMonth != nil {
		m.Checklist.Needs = append(m.Checklist.Needs, m.t("report.needs.hours", m.fig.fmtAmount(*g.MaxHoursPerMonth)))
	}
	if g.MaxFeePerYear != nil {
		m.Checklist.Needs = append(m.Checklist.Needs, m.t("report.needs.fee", m.fig.fmtAmount(*g.MaxFeePerYear)))
	}
	if len(m.Checklist.Needs) == 0 {
		m.Checklist.NeedsMissing = true
	}
}

// shownNetworks picks the networks judged one by one: every network of the
// client's, and the others in the evaluation's order (what they would
// bring first) up to NetworksShown in all.
func shownNetworks(ev *evaluate.Result) (shown []*evaluate.Network, left int) {
	members := 0
	for _, n := range ev.Networks {
		if n.Member {
			members++
		}
	}
	others := max(NetworksShown-members, 0)
	nothing := notWorthShown
	for _, n := range ev.Networks {
		switch {
		case n.Member:
			shown = append(shown, n)
		case others > 0 && (n.Verdict != evaluate.NotWorthJoining || nothing > 0):
			shown = append(shown, n)
			others--
			if n.Verdict == evaluate.NotWorthJoining {
				nothing--
			}
		default:
			left++
		}
	}
	return shown, left
}

func buildEvaluation(m *model, ev *evaluate.Result, d Data) []*evaluate.Network {
	shown, left := shownNetworks(ev)
	brings := map[string]Diagram{}
	for _, dg := range d.Diagrams {
		if dg.Network != "" {
			brings[dg.Network] = dg
		}
	}
	m.Population = ev.Population
	m.Cols = []string{m.t("report.col.members"), m.t("report.col.held"), m.t("report.col.new"), m.t("report.col.their"),
		m.t("report.col.score"), m.t("report.col.overlap"), m.t("report.col.balance")}
	if ev.Population {
		// Without an ego nobody is "you": the population's own figures
		// (evaluate's population mode), not an ego's zeros.
		m.Cols = []string{m.t("report.col.members"), m.t("report.col.no_ties"), m.t("report.col.bridging"), m.t("report.col.ei"),
			m.t("report.col.overlap"), m.t("report.col.redundant")}
	} else {
		m.terms.use(tScore, tHeld, tNew, tTheir, tOverlap, tBalance)
	}
	byVerdict, c := tallyNetworks(ev)
	for k, n := range shown {
		verdict := m.verdictName(n.Verdict, n.Borderline)
		if !ev.Population {
			m.terms.use(verdictTerm(n.Verdict))
		}
		color := verdictColors[n.Verdict].color
		row := netRow{
			ID: fmt.Sprintf("n%d", k+1), Name: n.Name, NotMember: !n.Member && !ev.Population,
			Members: m.fig.fmtInt(n.NMembers), Held: m.fig.fmtInt(len(n.HeldOnlyHere)), New: m.fig.fmtInt(len(n.NewToEgo)),
			Their: m.fig.fmtInt(n.TheirContacts), Score: m.fig.fmtAmount(n.Score), Overlap: m.fig.fmt2(n.Overlap),
			Balance: m.fig.fmtBalance(n.EgoBalance), Verdict: verdict, Color: color,
		}
		row.Cells, row.Bold = []string{row.Members, row.Held, row.New, row.Their, row.Score, row.Overlap, row.Balance}, 4
		if ev.Population {
			redundant := "–"
			if n.RedundantWith >= 0 {
				redundant = d.Analysis.Network.Groups[n.RedundantWith].Name
			}
			row.Cells = []string{row.Members, m.fig.fmtInt(n.MembersWithoutTies), m.fig.fmtInt(n.BridgingMembers),
				m.fig.fmt2(n.EI.Index), m.fig.fmt2(n.Overlap), redundant}
			row.Bold, row.Verdict = -1, m.t("report.verdict.population")
		}
		row.Reasons = m.reasons(n.Reasons)
		if dg, ok := brings[n.Name]; ok {
			x := m.diagram(dg, fmt.Sprintf("b%d-", k+1))
			row.Brings = &x
			m.BringsShown = true
		}
		m.Networks = append(m.Networks, row)
		m.checklistRow(n, row, d)
	}
	if m.Checklist.HasCost {
		m.terms.use(tPerHour)
	}
	if left > 0 {
		m.NetworksNote = m.t("report.networks.left_out", left, len(shown))
	}
	m.costTotals(c)
	m.noEgo = d.Analysis != nil && d.Analysis.Ego() < 0
	m.headlineAndSummary(byVerdict, c)
	m.nextSteps(byVerdict)
	return shown
}

// networkTally counts the ego's memberships and what they cost, as far
// as the networks' descriptions say.
type networkTally struct {
	member      int     // networks the ego is a member of
	unknownCost int     // of them, those whose hours or fee are unknown
	knownCost   int     // of them, those with hours or a fee known
	hours, fee  float64 // the known hours a month and fees a year
	// overBudget: of them, those the budget rule (rule 6) sets to
	// reconsider: they bring people, at more than the budget allows.
	overBudget int
}

// tallyNetworks lists the networks' names by verdict and counts the ego's
// memberships and their cost.
func tallyNetworks(ev *evaluate.Result) (byVerdict map[evaluate.Verdict][]string, c networkTally) {
	byVerdict = map[evaluate.Verdict][]string{}
	for _, n := range ev.Networks {
		byVerdict[n.Verdict] = append(byVerdict[n.Verdict], n.Name)
		if !n.Member {
			continue
		}
		c.member++
		if n.Rule == 6 {
			c.overBudget++
		}
		in := n.Info
		if in == nil || in.HoursPerMonth == nil || in.Fee == nil {
			c.unknownCost++
		}
		if in != nil && (in.HoursPerMonth != nil || in.Fee != nil) {
			c.knownCost++
		}
		if in != nil && in.HoursPerMonth != nil {
			c.hours += *in.HoursPerMonth
		}
		if in != nil && in.Fee != nil {
			c.fee += *in.Fee
		}
	}
	return byVerdict, c
}

// checklistRow adds network n's rows to the checklist: its purpose and
// description, its goal fit with goals, and its cost beside its score.
func (m *model) checklistRow(n *evaluate.Network, row netRow, d Data) {
	pr := purposeRow{Network: n.Name, Purpose: m.t("report.unknown.purpose"), Organiser: m.t("report.unknown"), Scope: dash, Formal: dash}
	hoursCell, feeCell := dash, dash
	if in := n.Info; in != nil {
		m.Checklist.HasInfo = m.Checklist.HasInfo || in.Purpose != "" || in.Organiser != "" || in.Scope != "" || in.Formal != nil
		m.Checklist.HasCost = m.Checklist.HasCost || in.HoursPerMonth != nil || in.Fee != nil
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
			pr.Formal = map[bool]string{true: m.t("report.formal"), false: m.t("report.informal")}[*in.Formal]
		}
		if in.HoursPerMonth != nil {
			hoursCell = m.fig.fmtAmount(*in.HoursPerMonth)
		}
		if in.Fee != nil {
			feeCell = m.fig.fmtAmount(*in.Fee)
		}
	}
	m.Checklist.Purposes = append(m.Checklist.Purposes, pr)
	if d.Goals != nil && n.GoalsSet > 0 {
		m.terms.use(tGoalFit)
		m.Checklist.Goals = append(m.Checklist.Goals, goalRow{Network: n.Name, Fit: m.fig.fmt2(n.GoalFit),
			Why: m.t("report.goals.why", n.GoalsAdvanced, n.GoalsSet)})
	}
	m.Checklist.Cost = append(m.Checklist.Cost, costRow{Network: n.Name, Hours: hoursCell, Fee: feeCell, Score: row.Score,
		ScorePerHour: m.fig.fmt2(n.ScorePerHour), Verdict: row.Verdict, Color: row.Color})
}

// costTotals says what the ego's networks cost in all: only what is known,
// and said so.
func (m *model) costTotals(c networkTally) {
	switch {
	case c.member == 0:
	case c.knownCost == 0:
		m.Checklist.CostNote = m.t("report.cost.none")
	case c.unknownCost > 0:
		m.Checklist.Total = m.t("report.cost.total_known", m.fig.fmtAmount(c.hours), m.fig.fmtAmount(c.fee))
		m.Checklist.CostNote = m.t("report.cost.unknown", finding.Count{N: c.unknownCost, Noun: analysis.NounNetwork})
	default:
		m.Checklist.Total = m.t("report.cost.total", m.fig.fmtAmount(c.hours), m.fig.fmtAmount(c.fee))
	}
	m.Checklist.HasCost = m.Checklist.HasCost || c.knownCost > 0
}

// headlineAndSummary writes the report's answer and its summary lines
// from the verdicts and the memberships' cost.
func (m *model) headlineAndSummary(byVerdict map[evaluate.Verdict][]string, c networkTally) {
	networks := finding.Count{N: c.member, Noun: analysis.NounNetwork}
	good := append(slices.Clone(byVerdict[evaluate.KeepAndInvest]), byVerdict[evaluate.Keep]...)
	change := byVerdict[evaluate.ChangeHowYouTakePart]
	weak := append(slices.Clone(byVerdict[evaluate.Reconsider]), byVerdict[evaluate.Leave]...)
	// A network reconsidered for the budget brings people all the same.
	bring, notBring := len(good)+len(change)+c.overBudget, len(weak)-c.overBudget
	switch {
	case bring > 0 && notBring == 0 && c.overBudget > 0:
		m.Headline = m.t("report.headline.yes_budget", c.overBudget)
	case bring > 0 && notBring == 0:
		m.Headline = m.t("report.headline.yes")
	case bring > 0:
		m.Headline = m.t("report.headline.partly", bring, c.member, notBring)
	case c.member > 0:
		m.Headline = m.t("report.headline.little")
	case m.noEgo:
		// Nobody is "you": the networks are described, not judged for a
		// person (ties report --ego names them).
		m.Headline = m.t("report.headline.no_ego")
	default:
		m.Headline = m.t("report.headline.none")
	}
	switch {
	case c.member == 0:
	case c.knownCost == 0:
		m.Summary = append(m.Summary, m.t("report.summary.member_no_cost", networks))
	case c.unknownCost > 0:
		m.Summary = append(m.Summary, m.t("report.summary.member_some_cost", networks, m.fig.fmtAmount(c.hours), m.fig.fmtAmount(c.fee),
			finding.Count{N: c.unknownCost, Noun: analysis.NounNetwork}))
	default:
		m.Summary = append(m.Summary, m.t("report.summary.member", networks, m.fig.fmtAmount(c.hours), m.fig.fmtAmount(c.fee)))
	}
	if len(good) > 0 {
		m.Summary = append(m.Summary, m.t("report.summary.good", finding.Networks(good)))
	}
	if len(change) > 0 {
		m.Summary = append(m.Summary, m.t("report.summary.change", finding.Networks(change)))
	}
	if len(weak) > 0 {
		m.Summary = append(m.Summary, m.t("report.summary.weak", finding.Networks(weak)))
	}
	if j := byVerdict[evaluate.ConsiderJoining]; len(j) > 0 {
		m.Summary = append(m.Summary, m.t("report.summary.join", finding.Networks(j)))
	}
}

// nextSteps lists, verdict by verdict in the verdicts' order, the advice
// and the networks it concerns.
func (m *model) nextSteps(byVerdict map[evaluate.Verdict][]string) {
	verdicts := make([]evaluate.Verdict, 0, len(byVerdict))
	for v := range byVerdict {
		verdicts = append(verdicts, v)
	}
	sort.Slice(verdicts, func(a, b int) bool { return verdictColors[verdicts[a]].rank < verdictColors[verdicts[b]].rank })
	for _, v := range verdicts {
		names := byVerdict[v]
		s := step{Verdict: m.verdictName(v, false), Color: verdictColors[v].color,
			Advice: m.t("report.advice." + string(verdictTerm(v))[len(verdictPrefix):])}
		if m.Population {
			s.Verdict, s.Advice = m.t("report.verdict.population"), m.t("report.advice.population")
		}
		s.Networks = names[:min(len(names), stepNetworks)]
		if more := len(names) - len(s.Networks); more > 0 {
			s.More = m.t("report.more", more)
		}
		m.NextSteps = append(m.NextSteps, s)
	}
}

// reasons words a network's reasons; the reasons that say how it changes
// the diversity of the people you reach (one per attribute) are worded as
// one sentence where they stand, with the same figures.
func (m *model) reasons(rs []finding.Finding) []string {
	var out []string
	var up, down []string
	at := -1
	for _, f := range rs {
		switch f.Code {
		case evaluate.ReasonDiversityUp, evaluate.ReasonDiversityDown:
			if len(f.Args) == 3 {
				if at < 0 {
					at = len(out)
					out = append(out, "")
				}
				m.terms.use(tGain, tIQV)
				item := m.t("report.reason.diversity_item", f.Args[0], f.Args[1], f.Args[2])
				if f.Code == evaluate.ReasonDiversityUp {
					up = append(up, item)
				} else {
					down = append(down, item)
				}
				continue
			}
		}
		if f.Code == evaluate.ReasonUnseen && len(f.Args) == 2 {
			if vs, ok := f.Args[1].(finding.Values); ok && len(vs) > reasonValues {
				m.terms.use(tUnseen)
				out = append(out, m.t("report.reason.unseen_more", f.Args[0], strings.Join(vs[:reasonValues], ", "), len(vs)-reasonValues))
				continue
			}
		}
		out = append(out, m.sentence(f))
	}
	if at >= 0 {
		var parts []string
		if len(up) > 0 {
			parts = append(parts, m.t("report.reason.diversity_up", m.p.JoinAnd(up)))
		}
		if len(down) > 0 {
			parts = append(parts, m.t("report.reason.diversity_down", m.p.JoinAnd(down)))
		}
		out[at] = m.t("report.reason.diversity", strings.Join(parts, m.t("report.reason.diversity_sep")))
	}
	return out
}

// buildMethods writes the methods note: what data, which definitions,
// which defaults, what is assumed.
func buildMethods(m *model, d Data) {
	r := d.Analysis
	nw := r.Network
	add := func(code string, args ...any) { m.Methods = append(m.Methods, m.t(code, args...)) }
	groups := len(nw.Groups)
	add("report.methods.data", finding.Count{N: len(nw.People), Noun: analysis.NounPerson},
		finding.Count{N: r.Undirected.M, Noun: words.NounTiedPair},
		finding.Count{N: nw.Memberships(), Noun: analysis.NounMembership},
		finding.Count{N: groups, Noun: analysis.NounNetwork})
	if r.Directed != nil {
		add("report.methods.directed")
	} else {
		add("report.methods.undirected")
	}
	if r.Ego() >= 0 {
		add("report.methods.ego")
	} else {
		add("report.methods.population")
	}
	if r.Betweenness.Exact {
		add("report.methods.exact")
	} else {
		sm := r.Betweenness.Sampled
		add("report.methods.sampled", finding.Count{N: sm.Samples, Noun: words.NounSampledPair}, 100*sm.Confidence, sm.Epsilon)
	}
	over := m.t("report.methods.holes_whole")
	if r.Options.HolesModel == holes.EgoNetwork {
		over = m.t("report.methods.holes_ego")
	}
	seed := fmt.Sprint(r.Options.Seed) // an identifier, not a quantity: never grouped
	if limit := r.Options.GroupSizeCap(); limit > 0 {
		add("report.methods.defaults", r.Options.Resolution, seed, over, limit)
	} else {
		add("report.methods.defaults_nocap", r.Options.Resolution, seed, over)
	}
	ev := d.Evaluation
	if ev != nil && ev.Star || r.Structure.Shape == graph.Star {
		add("report.methods.star")
	}
	if r.LikelyColleagues {
		add("report.methods.likely")
		m.terms.use(tLikely)
	}
	if r.GroupTies {
		add("report.methods.group_ties")
	}
	if ev != nil {
		var partial []string
		for _, n := range ev.Networks {
			if n.Partial {
				partial = append(partial, n.Name)
			}
		}
		if len(partial) > 0 {
			add("report.methods.partial", finding.Networks(partial))
		}
		if len(ev.Networks) > 0 && !ev.Population {
			add("report.methods.verdicts")
			if d.Goals != nil && (d.Goals.MaxHoursPerMonth != nil || d.Goals.MaxFeePerYear != nil) {
				add("report.methods.budget")
			} else {
				add("report.methods.no_budget")
			}
		}
	}
}
