package analysis

import (
	"math"
	"slices"
	"sort"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/measures/diversity"
	"github.com/tiesnet/ties/graph/measures/twomode"
)

// Thresholds behind the words. IQV is the share of the largest possible
// diversity for the number of categories; E-I runs from -1 (all ties inside
// a category) to +1 (all across).
const (
	iqvDiverse      = 0.8
	iqvConcentrated = 0.5
	eiHomophily     = -0.3
	eiHeterophily   = 0.3
	coverShare      = 0.75 // "concentrated in m of K": the fewest categories that hold this share
	dominantShare   = 0.5  // a group that alone makes this share of projected pairs dominates
	balanceEven     = 0.2  // |balance| below this is "in balance"
	constraintLow   = 0.2  // below: a broker's position
	constraintHigh  = 0.4  // at or above: few structural holes
	takersShown     = 5
)

// Finding codes of the analysis. Each is one sentence; the outputs word it
// from its code and arguments (graph/outputs/words), and a section is its
// sentences in order.
const (
	StructureNoTies  finding.Code = "structure.no_ties"
	StructureStar    finding.Code = "structure.star"     // centre (PersonID), tied pairs
	StructureStarEgo finding.Code = "structure.star_ego" // tied pairs: the star is the ego's
	StructureNetwork finding.Code = "structure.network"  // Count tied pairs, pairs among contacts
	// The ego's ties alone are a star, and shared organisations, networks
	// or both tie the contacts: star pairs, Count tied pairs among contacts.
	StructureStarByOrgs     finding.Code = "structure.star_by_orgs"
	StructureStarByNetworks finding.Code = "structure.star_by_networks"
	StructureStarByBoth     finding.Code = "structure.star_by_both"
	// Concentration: Count organisations holding a third, Count people
	// (the population), the largest, its share (%), Herfindahl.
	ConcentrationThird       finding.Code = "concentration.third"
	ConcentrationThirdTied   finding.Code = "concentration.third_tied" // no single largest
	ConcentrationThirdAll    finding.Code = "concentration.third_all"  // everyone: the same figures
	ConcentrationThirdAllTie finding.Code = "concentration.third_all_tied"
	// Nobody shares an organisation with another: no concentration to
	// speak of (people, Herfindahl); one person alone has an organisation
	// (the organisation).
	ConcentrationSpread    finding.Code = "concentration.spread"
	ConcentrationSpreadAll finding.Code = "concentration.spread_all"
	ConcentrationOne       finding.Code = "concentration.one"
	ConcentrationOneAll    finding.Code = "concentration.one_all"
	// Everyone with a known organisation at one: N, the organisation.
	ConcentrationAllAtOne    finding.Code = "concentration.all_at_one"
	ConcentrationAllAtOneAll finding.Code = "concentration.all_at_one_all"
	// LikelyColleagues: colleagues counted as likely ties (an assumption):
	// Count organisations, Count pairs of colleagues.
	LikelyColleagues finding.Code = "structure.likely_colleagues"

	NoBrokersStar   finding.Code = "brokers.none_star"
	NoBrokersNoTies finding.Code = "brokers.none_no_ties"
	BrokersNobody   finding.Code = "brokers.nobody"
	BrokersTop      finding.Code = "brokers.top"     // People (2 or more)
	BrokersTopOne   finding.Code = "brokers.top_one" // People (1)
	BrokersCutOne   finding.Code = "brokers.cut_one" // one articulation point
	BrokersCut      finding.Code = "brokers.cut"     // number of articulation points

	BridgesNone       finding.Code = "bridges.none"
	BridgesOne        finding.Code = "bridges.bridge_one"
	BridgesMany       finding.Code = "bridges.bridges"   // number of bridges
	LocalBridgesOne   finding.Code = "bridges.local_one" //
	LocalBridgesMany  finding.Code = "bridges.local"     // number of local bridges
	BridgesComponents finding.Code = "bridges.components"
	// No bridge to tell apart: on a star every tie is a bridge to someone
	// with no other tie (the centre the ego or another), or there are no
	// ties.
	NoBridgesStar    finding.Code = "bridges.none_star"
	NoBridgesStarEgo finding.Code = "bridges.none_star_ego"
	NoBridgesNoTies  finding.Code = "bridges.none_no_ties"

	EgoNoTies   finding.Code = "ego.no_ties"
	EgoContacts finding.Code = "ego.contacts" // Count contacts, effective size, % redundant
	// EgoContactsWithGroups: when shared networks count as ties, the
	// contacts (tie view) and everyone the measures saw: Count contacts,
	// Count people, effective size, % redundant.
	EgoContactsWithGroups     finding.Code = "ego.contacts_with_groups"
	EgoContactsWithColleagues finding.Code = "ego.contacts_with_colleagues"
	// EgoNoContactsWithGroups: no tie of the ego's own, people reached
	// through shared groups (Count people, effective size, % redundant).
	EgoNoContactsWithGroups finding.Code = "ego.no_contacts_with_groups"
	EgoConstraintLow        finding.Code = "ego.constraint_low"
	EgoConstraintModerate   finding.Code = "ego.constraint_moderate"
	EgoConstraintHigh       finding.Code = "ego.constraint_high"

	DiversityNobody  finding.Code = "diversity.nobody"   // attribute
	DiversityEgoNone finding.Code = "diversity.ego_none" // attribute
	// The diversity of the ego's contacts (with an ego) or of everyone (no
	// ego): each sentence names its population, and the figures are the
	// ones of the table beside it.
	// The cover sentence names the fewest values that hold three quarters
	// of the population, in words that match the share they hold: exactly
	// three quarters (Cover) or more (CoverMore): Count contacts or people
	// with a value, attribute, m, values among them.
	DiversityEgoCover     finding.Code = "diversity.ego_cover"
	DiversityAllCover     finding.Code = "diversity.all_cover"
	DiversityEgoCoverMore finding.Code = "diversity.ego_cover_more"
	DiversityAllCoverMore finding.Code = "diversity.all_cover_more"
	// Spread: it takes every value to hold three quarters (Count, attribute,
	// values); Same: everyone with a value has the same one (Count,
	// attribute, the value); One: one contact or person has a value
	// (Count, attribute, the value).
	DiversityEgoSpread finding.Code = "diversity.ego_spread"
	DiversityAllSpread finding.Code = "diversity.all_spread"
	DiversityEgoSame   finding.Code = "diversity.ego_same"
	DiversityAllSame   finding.Code = "diversity.all_same"
	DiversityEgoOne    finding.Code = "diversity.ego_one"
	DiversityAllOne    finding.Code = "diversity.all_one"
	// The largest value, only when one holds more than any other:
	// value, % of the population with a value.
	DiversityLargest finding.Code = "diversity.largest"
	// No one value is the largest: how many share the top, % each.
	DiversityNoLargest   finding.Code = "diversity.no_largest"
	DiversityLevelIQV    finding.Code = "diversity.level_iqv"      // level, IQV
	DiversityLevel       finding.Code = "diversity.level"          // level (IQV undefined)
	DiversityHomophily   finding.Code = "diversity.ei_homophily"   // attribute, E-I (everyone's ties)
	DiversityHeterophily finding.Code = "diversity.ei_heterophily" // attribute, E-I
	DiversityMixed       finding.Code = "diversity.ei_mixed"       // attribute, E-I
	// The ego's own ties to their contacts: attribute, E-I.
	DiversityEgoHomophily   finding.Code = "diversity.ego_ei_homophily"
	DiversityEgoHeterophily finding.Code = "diversity.ego_ei_heterophily"
	DiversityEgoMixed       finding.Code = "diversity.ego_ei_mixed"
	DiversityMissing        finding.Code = "diversity.missing"     // Count people without a value, attribute
	DiversityEgoMissing     finding.Code = "diversity.ego_missing" // contacts without a value, attribute
	ReciprocityUndirected   finding.Code = "reciprocity.undirected"
	ReciprocityWhyFlag      finding.Code = "reciprocity.why_undirected"
	ReciprocityWhyExport    finding.Code = "reciprocity.why_contact_export"
	ReciprocityWhyNoTies    finding.Code = "reciprocity.why_no_ties"
	ReciprocityHowToAnswer  finding.Code = "reciprocity.how_to_answer"
	ReciprocityReturned     finding.Code = "reciprocity.returned"    // %, reciprocity, Count mutual pairs, Count one-way pairs
	ReciprocityTakers       finding.Code = "reciprocity.takers"      // Count people, People shown
	ReciprocityTakersOne    finding.Code = "reciprocity.takers_one"  // Count people (1), People (1)
	ReciprocityTakersMore   finding.Code = "reciprocity.takers_more" // Count people, PeopleAndMore
	ReciprocityEgoGives     finding.Code = "reciprocity.ego_gives_more"
	ReciprocityEgoTakes     finding.Code = "reciprocity.ego_takes_more"
	ReciprocityEgoBalanced  finding.Code = "reciprocity.ego_balanced"
	TwoModeSummary          finding.Code = "two_mode.summary"  // Count networks, Count memberships, Count pairs
	TwoModeDominant         finding.Code = "two_mode.dominant" // network, %
	// TwoModeDominantCapped: the same when networks above the size cap
	// make no ties: the share is of the pairs the networks within it make.
	TwoModeDominantCapped finding.Code = "two_mode.dominant_capped" // network, %
	// TwoModeAboveCap: networks larger than the cap are left out of the
	// pairs (Values: their names, the largest first; the cap).
	TwoModeAboveCap      finding.Code = "two_mode.above_cap"
	LevelHigh            finding.Term = "high"
	LevelModerate        finding.Term = "moderate"
	LevelLow             finding.Term = "low"
	LevelUndefined       finding.Term = "undefined (one category)"
	NounPerson           finding.Term = "person"
	NounContact          finding.Term = "contact"
	NounPair             finding.Term = "pair"
	NounNetwork          finding.Term = "network"
	NounMembership       finding.Term = "membership"
	NounPairOfPeople     finding.Term = "pair of people"
	NounOrganization     finding.Term = "organisation"
	NounPairOfColleagues finding.Term = "pair of colleagues"
	NounTiedPair         finding.Term = "tied pair"
)

func findings(r *Result) Findings {
	var f Findings
	f.Structure = StructureFindings(r.Structure, r.Ego())
	if t := r.TieStructure; r.GroupTies && t.Shape == graph.Star && t.Center == r.Ego() && r.Structure.Shape == graph.Web {
		// The data itself is a star: say so plainly, and where the ties
		// among contacts come from.
		f.Structure = []finding.Finding{finding.New(starBy(r), t.Pairs, finding.Count{N: r.Structure.AmongOthers, Noun: NounTiedPair})}
	}
	if r.LikelyColleagues {
		orgs, pairs := 0, 0
		if b := r.Views.Memberships; b != nil {
			for _, g := range b.Groups {
				if g.Organization && g.Size >= 2 {
					orgs++
					pairs += g.Size * (g.Size - 1) / 2
				}
			}
		}
		if orgs > 0 {
			f.Structure = append(f.Structure, finding.New(LikelyColleagues,
				finding.Count{N: orgs, Noun: NounOrganization}, finding.Count{N: pairs, Noun: NounPairOfColleagues}))
		}
	}
	switch r.Structure.Shape {
	case graph.Web:
		f.Brokers = brokersFinding(r)
		f.Bridges = bridgesFinding(r)
		if r.Ego() >= 0 {
			f.Ego = egoFinding(r)
		}
	case graph.Star:
		// On a star every tie is a bridge, to someone with no other tie:
		// none of them is news.
		f.Brokers = []finding.Finding{finding.New(NoBrokersStar)}
		f.Bridges = []finding.Finding{finding.New(NoBridgesStar)}
		if r.Structure.Center == r.Ego() {
			f.Bridges[0] = finding.New(NoBridgesStarEgo)
		}
	default:
		f.Brokers = []finding.Finding{finding.New(NoBrokersNoTies)}
		f.Bridges = []finding.Finding{finding.New(NoBridgesNoTies)}
	}
	for _, a := range r.Attributes {
		f.Diversity = append(f.Diversity, diversityFinding(r, a))
	}
	f.Reciprocity = reciprocityFinding(r)
	if c := r.Concentration; c != nil {
		f.Concentration = concentrationFinding(c)
	}
	if r.TwoMode != nil {
		f.TwoMode = twoModeFinding(r)
	}
	return f
}

// SharedGroups says what kinds of groups of two or more the memberships
// view holds: organisations (--org-as-group) and networks (--memberships),
// the groups that tie people when shared groups join the structure view.
func (r *Result) SharedGroups() (orgs, nets bool) {
	if b := r.Views.Memberships; b != nil {
		for _, g := range b.Groups {
			if g.Size >= 2 {
				orgs = orgs || g.Organization
				nets = nets || !g.Organization
			}
		}
	}
	return orgs, nets
}

// starBy says what joined a star's contacts: shared organisations,
// shared networks, or both.
func starBy(r *Result) finding.Code {
	orgs, nets := r.SharedGroups()
	switch {
	case orgs && nets:
		return StructureStarByBoth
	case orgs:
		return StructureStarByOrgs
	}
	return StructureStarByNetworks
}

// StructureFindings say what a structure means for the analysis: no ties,
// a star (bridging measures mean nothing), or a network.
func StructureFindings(s graph.Structure, ego int) []finding.Finding {
	switch s.Shape {
	case graph.NoTies:
		return []finding.Finding{finding.New(StructureNoTies)}
	case graph.Star:
		if s.Center == ego {
			return []finding.Finding{finding.New(StructureStarEgo, s.Pairs)}
		}
		return []finding.Finding{finding.New(StructureStar, finding.PersonID(s.Center), s.Pairs)}
	}
	return []finding.Finding{finding.New(StructureNetwork, finding.Count{N: s.Pairs, Noun: NounTiedPair}, s.AmongOthers)}
}

// top returns up to k nodes with the largest positive values, largest first
// (ties broken by node order).
func top(values []float64, k int) []int {
	idx := make([]int, 0, len(values))
	for i, v := range values {
		if v > 0 && !math.IsNaN(v) {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return values[idx[a]] > values[idx[b]] })
	if len(idx) > k {
		idx = idx[:k]
	}
	return idx
}

func brokersFinding(r *Result) []finding.Finding {
	t := top(r.Metric(Betweenness), 3)
	if len(t) == 0 {
		return []finding.Finding{finding.New(BrokersNobody)}
	}
	code := BrokersTop
	if len(t) == 1 {
		code = BrokersTopOne
	}
	out := []finding.Finding{finding.New(code, finding.People(t))}
	switch ap := len(r.ArticulationPoints); {
	case ap == 1:
		out = append(out, finding.New(BrokersCutOne))
	case ap > 1:
		out = append(out, finding.New(BrokersCut, ap))
	}
	return out
}

func bridgesFinding(r *Result) []finding.Finding {
	// Local bridges that are bridges too are said once, as bridges (the
	// lists under the findings name each tie once as well).
	nb, nl := len(r.Bridges), 0
	for _, b := range r.LocalBridges {
		if b.Span >= 0 {
			nl++
		}
	}
	if nb == 0 && nl == 0 {
		return []finding.Finding{finding.New(BridgesNone)}
	}
	var out []finding.Finding
	switch nb {
	case 0:
	case 1:
		out = append(out, finding.New(BridgesOne))
	default:
		out = append(out, finding.New(BridgesMany, nb))
	}
	switch nl {
	case 0:
	case 1:
		out = append(out, finding.New(LocalBridgesOne))
	default:
		out = append(out, finding.New(LocalBridgesMany, nl))
	}
	if c := r.Undirected.Components; c > 1 {
		out = append(out, finding.New(BridgesComponents, c))
	}
	return out
}

func egoFinding(r *Result) []finding.Finding {
	i := r.Ego()
	k := int(r.Metric(Degree)[i])
	if k == 0 {
		return []finding.Finding{finding.New(EgoNoTies)}
	}
	c, es := r.Metric(Constraint)[i], r.Metric(EffectiveSize)[i]
	redundant := 1 - es/float64(k)
	out := []finding.Finding{finding.New(EgoContacts, finding.Count{N: k, Noun: NounContact}, es, 100*redundant)}
	if contacts := r.Views.Tie.Degree(i); r.GroupTies && contacts != k {
		// Co-members are not contacts: name both counts.
		code := EgoContactsWithGroups
		if r.LikelyColleagues {
			code = EgoContactsWithColleagues // the organisations count too
		}
		if contacts == 0 {
			// No tie of the ego's own: "you have 0 contacts; …" would read
			// as a contradiction of the people counted next.
			out[0] = finding.New(EgoNoContactsWithGroups, finding.Count{N: k, Noun: NounPerson}, es, 100*redundant)
			code = ""
		}
		if code != "" {
			out[0] = finding.New(code, finding.Count{N: contacts, Noun: NounContact},
				finding.Count{N: k, Noun: NounPerson}, es, 100*redundant)
		}
	}
	switch {
	case c < constraintLow:
		out = append(out, finding.New(EgoConstraintLow, c))
	case c < constraintHigh:
		out = append(out, finding.New(EgoConstraintModerate, c))
	default:
		out = append(out, finding.New(EgoConstraintHigh, c))
	}
	return out
}

func diversityFinding(r *Result, a *Attribute) []finding.Finding {
	name, s := a.Name(), a.Stats
	if s.N == 0 {
		return []finding.Finding{finding.New(DiversityNobody, name)}
	}
	// With an ego, the ego's contacts: every figure over them, E-I of the
	// ego's own ties. Without, everyone.
	pop, codes, missing, ei := s, allCover, finding.New(DiversityMissing, finding.Count{N: s.Missing, Noun: NounPerson}, name), a.EI.Index
	homophily, heterophily, mixed := DiversityHomophily, DiversityHeterophily, DiversityMixed
	noun := NounPerson
	if c := a.Contacts; c != nil {
		if c.N == 0 {
			return []finding.Finding{finding.New(DiversityEgoNone, name)}
		}
		pop, codes, missing, ei = *c, egoCover, finding.New(DiversityEgoMissing, c.Missing, name), a.ContactsEI.Index
		homophily, heterophily, mixed = DiversityEgoHomophily, DiversityEgoHeterophily, DiversityEgoMixed
		noun = NounContact
	}
	out := coverFindings(codes, pop, finding.Count{N: pop.N, Noun: noun}, name, a.Encoding.Categories)
	if math.IsNaN(pop.IQV) {
		out = append(out, finding.New(DiversityLevel, diversityLevel(pop.IQV)))
	} else {
		out = append(out, finding.New(DiversityLevelIQV, diversityLevel(pop.IQV), pop.IQV))
	}
	if !math.IsNaN(ei) {
		switch {
		case ei <= eiHomophily:
			out = append(out, finding.New(homophily, name, ei))
		case ei >= eiHeterophily:
			out = append(out, finding.New(heterophily, name, ei))
		default:
			out = append(out, finding.New(mixed, name, ei))
		}
	}
	if pop.Missing > 0 {
		out = append(out, missing)
	}
	return out
}

// coverCodes are the cover sentences of one population (coverFindings).
type coverCodes struct{ cover, more, spread, same, one finding.Code }

var (
	egoCover = coverCodes{DiversityEgoCover, DiversityEgoCoverMore, DiversityEgoSpread, DiversityEgoSame, DiversityEgoOne}
	allCover = coverCodes{DiversityAllCover, DiversityAllCoverMore, DiversityAllSpread, DiversityAllSame, DiversityAllOne}
)

// coverFindings say how concentrated a population (n of them, with a
// value) is over the values of an attribute, in words that hold for any
// count: one person or contact, everyone in one value (named), every value
// needed for three quarters, or the fewest values holding three quarters
// (exactly, or more); then the largest value when one is larger than the
// others.
func coverFindings(codes coverCodes, pop diversity.Stats, n finding.Count, name string, categories []string) []finding.Finding {
	m, top, tied, values, covered := cover(pop.Counts, pop.N)
	switch {
	case pop.N == 1:
		return []finding.Finding{finding.New(codes.one, n, name, categories[top])}
	case values == 1:
		return []finding.Finding{finding.New(codes.same, n, name, categories[top])}
	}
	var out []finding.Finding
	switch {
	case m == values:
		out = append(out, finding.New(codes.spread, n, name, values))
	case 4*covered == 3*pop.N:
		out = append(out, finding.New(codes.cover, n, name, m, values))
	default:
		out = append(out, finding.New(codes.more, n, name, m, values))
	}
	share := 100 * float64(pop.Counts[top]) / float64(pop.N)
	if tied == 1 {
		return append(out, finding.New(DiversityLargest, categories[top], share))
	}
	return append(out, finding.New(DiversityNoLargest, tied, share))
}

func diversityLevel(iqv float64) finding.Term {
	switch {
	case math.IsNaN(iqv):
		return LevelUndefined
	case iqv >= iqvDiverse:
		return LevelHigh
	case iqv >= iqvConcentrated:
		return LevelModerate
	default:
		return LevelLow
	}
}

// cover returns the fewest categories that hold coverShare of n, the
// largest category (the first of those tied for it), how many categories
// hold as many people as the largest, how many hold anyone, and how many
// people the m categories hold.
func cover(counts []int, n int) (m, largest, tied, values, covered int) {
	idx := make([]int, len(counts))
	for c := range idx {
		idx[c] = c
	}
	sort.SliceStable(idx, func(a, b int) bool { return counts[idx[a]] > counts[idx[b]] })
	sum := 0
	for _, c := range idx {
		if counts[c] == 0 {
			break
		}
		values++
		if counts[c] == counts[idx[0]] {
			tied++
		}
		if float64(sum) < coverShare*float64(n) {
			sum += counts[c]
			m++
		}
	}
	return m, idx[0], tied, values, sum
}

// contactExportTypes are the tie types the importers give contact exports.
var contactExportTypes = map[string]bool{"linkedin": true, "google": true, "outlook": true, "vcard": true}

func reciprocityFinding(r *Result) []finding.Finding {
	d := r.Directed
	if d == nil {
		why := ReciprocityWhyFlag
		for _, t := range r.Network.Ties {
			if contactExportTypes[r.Network.TieTypeName(t.Type)] {
				why = ReciprocityWhyExport
				break
			}
		}
		if len(r.Network.Ties) == 0 {
			// Not "no tie has a direction": there are none.
			return []finding.Finding{finding.New(ReciprocityWhyNoTies), finding.New(ReciprocityHowToAnswer)}
		}
		return []finding.Finding{finding.New(ReciprocityUndirected), finding.New(why), finding.New(ReciprocityHowToAnswer)}
	}
	out := []finding.Finding{finding.New(ReciprocityReturned, 100*d.Reciprocity, d.Reciprocity,
		finding.Count{N: d.Census.Mutual, Noun: NounPair}, finding.Count{N: d.Census.Asymmetric, Noun: NounPair})}
	in, outDeg := r.Metric(InDegree), r.Metric(OutDegree)
	var takers []int
	for i := range in {
		if in[i] > 0 && outDeg[i] == 0 && i != r.Ego() {
			takers = append(takers, i)
		}
	}
	if len(takers) > 0 {
		shown := takers[:min(len(takers), takersShown)]
		count := finding.Count{N: len(takers), Noun: NounPerson}
		switch {
		case len(takers) == 1:
			out = append(out, finding.New(ReciprocityTakersOne, count, finding.People(shown)))
		case len(takers) > len(shown):
			out = append(out, finding.New(ReciprocityTakersMore, count, finding.PeopleAndMore{People: shown, More: len(takers) - len(shown)}))
		default:
			out = append(out, finding.New(ReciprocityTakers, count, finding.People(shown)))
		}
	}
	if e := r.Ego(); e >= 0 {
		if bal := r.Metric(Balance)[e]; !math.IsNaN(bal) {
			code := ReciprocityEgoBalanced
			switch {
			case bal > balanceEven:
				code = ReciprocityEgoGives
			case bal < -balanceEven:
				code = ReciprocityEgoTakes
			}
			out = append(out, finding.New(code, int(outDeg[e]), int(in[e]), bal))
		}
	}
	return out
}

func twoModeFinding(r *Result) []finding.Finding {
	t := r.TwoMode
	networks, memberships := len(t.Groups), t.Memberships
	if networks == 0 {
		return nil
	}
	out := []finding.Finding{finding.New(TwoModeSummary, finding.Count{N: networks, Noun: NounNetwork},
		finding.Count{N: memberships, Noun: NounMembership}, finding.Count{N: t.Pairs, Noun: NounPairOfPeople})}
	if t.Dominant >= 0 && t.DominantShare >= dominantShare {
		code := TwoModeDominant
		if len(t.AboveCap) > 0 {
			// The share is of the pairs within the cap, not of the pairs
			// the summary counts (every network's).
			code = TwoModeDominantCapped
		}
		out = append(out, finding.New(code, t.Groups[t.Dominant].Name, 100*t.DominantShare))
	}
	if limit := r.Options.GroupSizeCap(); limit > 0 {
		var above []twomode.Group
		for _, g := range r.Views.Networks.Groups {
			if g.Size > limit {
				above = append(above, g)
			}
		}
		slices.SortStableFunc(above, func(a, b twomode.Group) int { return b.Size - a.Size })
		if len(above) > 0 {
			names := make(finding.Networks, len(above))
			for k, g := range above {
				names[k] = g.Name
			}
			out = append(out, finding.New(TwoModeAboveCap, finding.Count{N: len(above), Noun: NounNetwork}, names, limit))
		}
	}
	return out
}

// concentrationFinding says how few organisations hold a third of the
// people, and names the largest only when one is larger than the rest.
// When nobody shares an organisation with another there is no
// concentration to speak of (a third of five people, each at another
// organisation, is not "at two organisations"): it says so, and names the
// organisation of one person alone.
func concentrationFinding(c *Concentration) []finding.Finding {
	if c.Largest[0].Count == 1 {
		code := map[[2]bool]finding.Code{{true, true}: ConcentrationOne, {false, true}: ConcentrationOneAll,
			{true, false}: ConcentrationSpread, {false, false}: ConcentrationSpreadAll}[[2]bool{c.Contacts, c.N == 1}]
		if c.N == 1 {
			return []finding.Finding{finding.New(code, c.Largest[0].Value)}
		}
		return []finding.Finding{finding.New(code, c.N, c.Herfindahl)}
	}
	if c.Organizations == 1 {
		code := ConcentrationAllAtOneAll
		if c.Contacts {
			code = ConcentrationAllAtOne
		}
		return []finding.Finding{finding.New(code, c.N, c.Largest[0].Value)}
	}
	orgs := finding.Count{N: c.Third, Noun: NounOrganization}
	single := len(c.Largest) == 1 || len(c.Largest) > 1 && c.Largest[0].Count > c.Largest[1].Count
	code := map[[2]bool]finding.Code{{true, true}: ConcentrationThird, {true, false}: ConcentrationThirdTied,
		{false, true}: ConcentrationThirdAll, {false, false}: ConcentrationThirdAllTie}[[2]bool{c.Contacts, single}]
	if single {
		return []finding.Finding{finding.New(code, orgs, c.N, c.Largest[0].Value, 100*c.Largest[0].Share, c.Herfindahl)}
	}
	return []finding.Finding{finding.New(code, orgs, c.N, c.Organizations, c.Herfindahl)}
}
