package analysis

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Findings say in plain words what the figures mean, one line per section.
// They are written for a person, not a program: the JSON carries them so
// that reports can reuse them, but their wording may change.
type Findings struct {
	Structure   string            `json:"structure"`
	Brokers     string            `json:"brokers"`
	Bridges     string            `json:"bridges"`
	Ego         string            `json:"ego,omitempty"`
	Diversity   map[string]string `json:"diversity"`
	Reciprocity string            `json:"reciprocity"`
	TwoMode     string            `json:"two_mode,omitempty"`
}

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
)

func findings(r *Result) Findings {
	f := Findings{Diversity: map[string]string{}}
	f.Structure = r.Structure.Message
	star := r.Structure.Shape != "network"
	if star {
		f.Brokers = "No brokers can be told apart: " + shortStructure(r.Structure.Shape)
		f.Bridges = f.Brokers
	} else {
		f.Brokers = brokersFinding(r)
		f.Bridges = bridgesFinding(r)
	}
	if r.Ego != nil && !star {
		f.Ego = egoFinding(r)
	}
	for k, name := range r.attrOrder {
		f.Diversity[name] = diversityFinding(r, k)
	}
	f.Reciprocity = reciprocityFinding(r)
	if r.TwoMode != nil {
		f.TwoMode = twoModeFinding(r)
	}
	return f
}

func shortStructure(shape string) string {
	if shape == "star" {
		return "the data is a star (one person tied to all, no ties among the others), so nobody stands between others."
	}
	return "there are no ties."
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

func (r *Result) col(name string) []float64 {
	for _, c := range r.nodeCols {
		if c.name == name {
			return c.values
		}
	}
	return nil
}

func (r *Result) label(i int) string {
	if p := r.nw.People[i]; p.Name != "" && p.Name != p.ID {
		return fmt.Sprintf("%s (%s)", p.Name, p.ID)
	}
	return r.ids[i]
}

func (r *Result) labels(idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = r.label(i)
	}
	return JoinAnd(parts)
}

// JoinAnd writes a list for a sentence: "a", "a and b", "a, b and c".
func JoinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

func brokersFinding(r *Result) string {
	b := r.col("betweenness")
	t := top(b, 3)
	if len(t) == 0 {
		return "Nobody lies between others: every pair that is connected is connected directly."
	}
	s := fmt.Sprintf("%s lie on the most shortest paths between others (betweenness): news and ideas pass through them first.", r.labels(t))
	if len(t) == 1 {
		s = strings.Replace(s, " lie ", " lies ", 1)
	}
	if ap := r.Network.Undirected.ArticulationPoints; len(ap) > 0 {
		s += fmt.Sprintf(" %s connect parts of the network that otherwise would not meet.", plural(len(ap), "person", "people"))
		if len(ap) == 1 {
			s = strings.Replace(s, "person connect ", "person connects ", 1)
		}
	}
	return s
}

func bridgesFinding(r *Result) string {
	u := r.Network.Undirected
	nb, nl := len(u.Bridges), len(u.LocalBridges)
	if nb == 0 && nl == 0 {
		return "No tie is a bridge: every tie is backed by a common contact or another path (a closed, redundant network)."
	}
	var parts []string
	switch nb {
	case 0:
	case 1:
		parts = append(parts, "1 tie is a bridge: removing it cuts the network apart.")
	default:
		parts = append(parts, fmt.Sprintf("%d ties are bridges: removing any one cuts the network apart.", nb))
	}
	switch nl {
	case 0:
	case 1:
		parts = append(parts, "1 tie links two people who have no contact in common (a local bridge: a weak tie in Granovetter's sense, where new information comes from).")
	default:
		parts = append(parts, fmt.Sprintf("%d ties link people who have no contact in common (local bridges: weak ties in Granovetter's sense, where new information comes from).", nl))
	}
	if u.Components > 1 {
		parts = append(parts, fmt.Sprintf("The network falls into %d separate parts.", u.Components))
	}
	return strings.Join(parts, " ")
}

func egoFinding(r *Result) string {
	i := r.nw.Ego
	k := int(r.col("degree")[i])
	if k == 0 {
		return "You have no ties in this data."
	}
	c, es := r.col("constraint")[i], r.col("effective_size")[i]
	redundant := 1 - es/float64(k)
	s := fmt.Sprintf("You have %s; your effective size is %.1f, so about %.0f%% of your contacts are redundant (they know each other). ",
		plural(k, "contact", "contacts"), es, 100*redundant)
	s += fmt.Sprintf("Your constraint is %.2f", c)
	switch {
	case c < 0.2:
		s += " (low: your contacts are spread over separate groups, a broker's position)."
	case c < 0.4:
		s += " (moderate)."
	default:
		s += " (high: your contacts are tied to each other, few structural holes)."
	}
	return s
}

func diversityFinding(r *Result, k int) string {
	name := r.attrOrder[k]
	a := r.Attributes[name]
	enc := r.encoded[k]
	if a.N == 0 {
		return fmt.Sprintf("Nobody has a %s.", name)
	}
	var s string
	if r.Ego != nil {
		// The ego's contacts.
		i := r.nw.Ego
		counts := make([]int, len(enc.Categories))
		n := 0
		for _, j := range r.egoNeighbours(i) {
			if v := enc.Values[j]; v >= 0 {
				counts[v]++
				n++
			}
		}
		if n == 0 {
			s = fmt.Sprintf("None of your contacts has a %s.", name)
		} else {
			m, largest := cover(counts, n)
			s = fmt.Sprintf("Three quarters of your contacts are in %d of the %d %s values (the largest, %s, holds %.0f%%)",
				m, a.K, name, enc.Categories[largest], 100*float64(counts[largest])/float64(n))
			if iqv := r.Attributes[name].Ego.IQV.Values[i]; !math.IsNaN(iqv) {
				s += fmt.Sprintf("; diversity %s (IQV %.2f).", diversityWord(float64(iqv)), float64(iqv))
			} else {
				s += "."
			}
		}
	} else {
		counts := make([]int, len(enc.Categories))
		for _, v := range enc.Values {
			if v >= 0 {
				counts[v]++
			}
		}
		m, largest := cover(counts, a.N)
		s = fmt.Sprintf("Three quarters of the %d people are in %d of the %d %s values (the largest, %s, holds %.0f%%); diversity %s",
			a.N, m, a.K, name, enc.Categories[largest], 100*float64(counts[largest])/float64(a.N), diversityWord(float64(a.IQV)))
		if !math.IsNaN(float64(a.IQV)) {
			s += fmt.Sprintf(" (IQV %.2f).", float64(a.IQV))
		} else {
			s += "."
		}
	}
	if ei := float64(a.EI.Index); !math.IsNaN(ei) {
		switch {
		case ei <= eiHomophily:
			s += fmt.Sprintf(" Ties mostly stay within the same %s (E-I %.2f): like ties to like, and people who are alike tend to know the same things.", name, ei)
		case ei >= eiHeterophily:
			s += fmt.Sprintf(" Ties mostly cross %s lines (E-I %.2f): new perspectives.", name, ei)
		default:
			s += fmt.Sprintf(" Ties within and across %s are mixed (E-I %.2f).", name, ei)
		}
	}
	if a.NMissing > 0 {
		s += fmt.Sprintf(" (%s unknown.)", plural(a.NMissing, "person's value is", "people's values are"))
	}
	return s
}

func diversityWord(iqv float64) string {
	switch {
	case math.IsNaN(iqv):
		return "undefined (one category)"
	case iqv >= iqvDiverse:
		return "high"
	case iqv >= iqvConcentrated:
		return "moderate"
	default:
		return "low"
	}
}

// cover returns the fewest categories that hold coverShare of n, and the
// largest category.
func cover(counts []int, n int) (m, largest int) {
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
		sum += counts[c]
		m++
		if float64(sum) >= coverShare*float64(n) {
			break
		}
	}
	return m, idx[0]
}

// egoNeighbours lists i's neighbours in the analysed undirected view.
func (r *Result) egoNeighbours(i int) []int {
	nb := r.u.Neighbors(i)
	out := make([]int, len(nb))
	for k, j := range nb {
		out[k] = int(j)
	}
	return out
}

func reciprocityFinding(r *Result) string {
	d := r.Network.Directed
	if d == nil {
		why := "The ties were read without direction (--undirected)."
		for _, t := range r.nw.Ties {
			if t.Type == "linkedin" || t.Type == "google" || t.Type == "outlook" || t.Type == "vcard" {
				why = "A LinkedIn connection (or an address-book entry) is mutual: it says nothing about who helps whom."
				break
			}
		}
		if len(r.nw.Ties) == 0 {
			why = "There are no ties."
		}
		return "No tie has a direction, so who gives and who takes cannot be told. " + why +
			" A ties file of who gave advice, information or introductions to whom (--ties, source,target) answers it."
	}
	s := fmt.Sprintf("%.0f%% of ties are returned (reciprocity %.2f; %s mutual, %s one way).",
		100*float64(d.Reciprocity), float64(d.Reciprocity),
		plural(d.DyadCensus.Mutual, "pair", "pairs"), plural(d.DyadCensus.Asymmetric, "pair", "pairs"))
	in, out := r.col("in_degree"), r.col("out_degree")
	var takers []int
	for i := range in {
		if in[i] > 0 && out[i] == 0 && i != r.nw.Ego {
			takers = append(takers, i)
		}
	}
	if len(takers) > 0 {
		shown := takers
		if len(shown) > 5 {
			shown = shown[:5]
		}
		s += fmt.Sprintf(" %s only take (receive, never give): %s", plural(len(takers), "person", "people"), r.labels(shown))
		if len(takers) > len(shown) {
			s += fmt.Sprintf(" and %d more", len(takers)-len(shown))
		}
		s += "."
	}
	if e := r.nw.Ego; e >= 0 {
		bal := r.col("balance")[e]
		if !math.IsNaN(bal) {
			s += fmt.Sprintf(" You give to %d and receive from %d", int(out[e]), int(in[e]))
			switch {
			case bal > 0.2:
				s += fmt.Sprintf("; you give more than you get back (balance %+.2f).", bal)
			case bal < -0.2:
				s += fmt.Sprintf("; you take more than you give (balance %+.2f).", bal)
			default:
				s += fmt.Sprintf("; giving and receiving are in balance (%+.2f).", bal)
			}
		}
	}
	return s
}

func twoModeFinding(r *Result) string {
	t := r.TwoMode
	s := fmt.Sprintf("%s, %s; %s share at least one.", plural(t.NGroups, "network", "networks"),
		plural(t.NMemberships, "membership", "memberships"), plural(t.Projection.NEdges, "pair of people", "pairs of people"))
	if t.Dominant != nil && float64(t.Dominant.Share) >= dominantShare {
		s += fmt.Sprintf(" One network, %s, alone makes %.0f%% of those pairs and dominates every measure built on shared networks; consider Newman weighting (--newman) or a size cap (--max-group-size).",
			t.Dominant.Group, 100*float64(t.Dominant.Share))
	}
	return s
}
