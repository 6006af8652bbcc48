package render

import (
	"crypto/sha256"
	"fmt"
	"math"
	"strings"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/anonymize"
)

// scene is what every view reads about the people: their names as shown
// (pseudonyms when anonymized), their DOT node names and key figures.
type scene struct {
	r   *analysis.Result
	nw  *graph.Network
	opt Options
	// node is each person's DOT node name: their id, or their pseudonym.
	node []string
	// name is what a label shows: the name, the id if there is none, or the
	// pseudonym.
	name []string
	// Figures in node order (NaN: undefined).
	degree, betweenness, constraint, effSize []float64
	community                                []int
	// w words everything the picture says (Options.Words).
	w wording
}

func newScene(r *analysis.Result, opt Options) *scene {
	nw := r.Network
	s := &scene{r: r, nw: nw, opt: opt, w: newWording(opt.Words)}
	ids := r.IDs()
	s.node = make([]string, len(ids))
	s.name = make([]string, len(ids))
	if opt.Anonymize {
		ps := anonymize.Pseudonyms(ids, opt.AnonymizeKey)
		copy(s.node, ps)
		copy(s.name, ps)
	} else {
		for i, id := range ids {
			s.node[i] = nodeName(id)
		}
		for i, p := range nw.People {
			s.name[i] = p.Name
			if strings.TrimSpace(p.Name) == "" {
				s.name[i] = p.ID
			}
			if i == nw.Ego && p.Name == graph.You {
				s.name[i] = s.w.t("render.you") // a contact export's exporter, in the picture's language
			}
		}
	}
	s.degree = r.Metric(analysis.Degree)
	s.betweenness = r.Metric(analysis.Betweenness)
	s.constraint = r.Metric(analysis.Constraint)
	s.effSize = r.Metric(analysis.EffectiveSize)
	s.community = r.Communities
	return s
}

// maxNodeName is the longest DOT node name (bytes) a person's id is used
// as: Graphviz writes the name into the SVG (<title>), so a longer id is
// cut and given a hash of the whole id, which keeps it unique.
const maxNodeName = 120

// nodeName is the DOT node name of a person with this id. An id that
// quoteName would change (a control character becomes a space) is given
// a hash of the whole id too, so that "b\tx" and "b x" stay two nodes.
func nodeName(id string) string {
	if len(id) <= maxNodeName && quoteName(id) == quoteRaw(id) {
		return id
	}
	cut := strings.ToValidUTF8(id[:min(len(id), maxNodeName-12)], "")
	h := sha256.Sum256([]byte(id))
	return fmt.Sprintf("%s…%x", cut, h[:4])
}

// isYou reports whether person i is a contact export's exporter, named
// "you" (graph.You): the picture addresses them.
func (s *scene) isYou(i int) bool {
	return i >= 0 && i == s.nw.Ego && !s.opt.Anonymize && s.nw.People[i].Name == graph.You
}

// label is person i's name as a picture shows it (labelText).
func (s *scene) label(i int) string { return labelText(s.name[i]) }

// sizeMetric returns the values nodes are scaled by, and its legend text.
func (s *scene) sizeMetric() ([]float64, string) {
	switch s.opt.SizeBy {
	case SizeEffectiveSize:
		return s.effSize, s.w.t("render.size.effective_size")
	case SizeDegree:
		return s.degree, s.w.t("render.size.degree")
	case SizeNone:
		return nil, ""
	}
	return s.betweenness, s.w.t("render.size.betweenness")
}

// scale maps values to node widths in inches between lo and hi, by square
// root so that area grows with the value. Undefined values get lo.
func scale(values []float64, lo, hi float64) func(i int) float64 {
	if values == nil {
		return func(int) float64 { return (lo + hi) / 2 }
	}
	top := 0.0
	for _, v := range values {
		if !math.IsNaN(v) && v > top {
			top = v
		}
	}
	return func(i int) float64 {
		v := values[i]
		if top <= 0 || math.IsNaN(v) || v <= 0 {
			return lo
		}
		return lo + (hi-lo)*math.Sqrt(v/top)
	}
}

// tooltip is a person's key figures, one per line.
func (s *scene) tooltip(i int) string {
	var b strings.Builder
	b.WriteString(tipText(s.name[i]))
	if !s.opt.Anonymize && s.name[i] != s.nw.People[i].ID && !(i == s.nw.Ego && s.name[i] == graph.You) {
		fmt.Fprintf(&b, " (%s)", tipText(s.nw.People[i].ID))
	}
	for a, attrName := range s.nw.Attributes {
		if v := s.nw.Attr(i, a); v != "" {
			fmt.Fprintf(&b, "\n%s: %s", tipText(attrName), tipText(v))
		}
	}
	fig := func(code string, col []float64, digits int) {
		if col == nil {
			return
		}
		v := col[i]
		if math.IsNaN(v) {
			b.WriteString("\n" + s.w.t(code, s.w.t("render.tip.undefined")))
			return
		}
		b.WriteString("\n" + s.w.t(code, s.w.dec(v, digits)))
	}
	fig("render.tip.degree", s.degree, 0)
	fig("render.tip.betweenness", s.betweenness, 3)
	fig("render.tip.constraint", s.constraint, 3)
	fig("render.tip.effective_size", s.effSize, 2)
	if s.community != nil && s.community[i] >= 0 {
		b.WriteString("\n" + s.w.t("render.tip.community", s.community[i]))
	}
	return boundTip(b.String())
}

// labelled returns who gets a label: the ego and the top people by
// betweenness (the brokers), at most opt.Labels of them.
func (s *scene) labelled() []bool {
	out := make([]bool, len(s.node))
	if s.nw.Ego >= 0 {
		out[s.nw.Ego] = true
	}
	if s.opt.Labels > 0 && s.betweenness != nil {
		for _, i := range s.r.Top(analysis.Betweenness, s.opt.Labels) {
			out[i] = true
		}
	}
	return out
}

// edge is one drawn line between two people.
type edge struct {
	a, b   int
	weight float64
	kind   edgeKind
}

type edgeKind int

const (
	edgeTie         edgeKind = iota
	edgeSharedGroup          // only through a shared network (group ties)
)

// edges returns the lines of the structure view the analysis measured:
// the ties, and the pairs who share a network when the analysis counted
// shared networks as ties (a tie's line weighs what the tie weighs; a
// shared-network line what the shared networks weigh). Sorted by (a, b),
// a < b.
func (s *scene) edges() []edge {
	tie, st := s.r.Views.Tie, s.r.Views.Structure
	var out []edge
	for i := range st.N() {
		w := st.Weights(i)
		for k, j := range st.Neighbors(i) {
			if int(j) <= i {
				continue
			}
			if tw, ok := tie.Weight(i, int(j)); ok {
				out = append(out, edge{i, int(j), tw, edgeTie})
			} else {
				out = append(out, edge{i, int(j), w[k], edgeSharedGroup})
			}
		}
	}
	return out
}

// bridgeSets returns the bridges and the local bridges that are not also
// bridges, as pairs (a < b) of person indices.
func (s *scene) bridgeSets() (bridges, local map[[2]int]bool) {
	bridges, local = map[[2]int]bool{}, map[[2]int]bool{}
	for _, b := range s.r.Bridges {
		bridges[[2]int{b.U, b.V}] = true
	}
	for _, l := range s.r.LocalBridges {
		if k := [2]int{l.U, l.V}; !bridges[k] {
			local[k] = true
		}
	}
	return bridges, local
}

// edgeStyle returns how a line between people is drawn: bridges thick and
// black, local bridges dashed, shared networks dotted, other ties thin grey.
// The class names are the contract tests and style sheets rely on.
func edgeStyle(e edge, bridges, local map[[2]int]bool) []attr {
	k := [2]int{e.a, e.b}
	switch {
	case bridges[k]:
		return []attr{raw("class", `"tie bridge"`), raw("color", `"`+colorBridge+`"`), raw("penwidth", "3.5")}
	case local[k]:
		return []attr{raw("class", `"tie local-bridge"`), raw("color", `"#333333"`), raw("style", "dashed"), raw("penwidth", "2")}
	case e.kind == edgeSharedGroup:
		return []attr{raw("class", `"shared-group"`), raw("color", `"#BBBBBB"`), raw("style", "dotted"), raw("penwidth", "1")}
	}
	return []attr{raw("class", `"tie"`), raw("color", `"`+colorTie+`"`), num("penwidth", 0.6+0.25*min(max(e.weight, 1), 5))}
}
