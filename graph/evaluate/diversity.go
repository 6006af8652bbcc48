package evaluate

import (
	"math"

	"github.com/tiesnet/ties/graph/diversity"
)

// diversity fills Diversity and DiversityGain.
//
// Diversity is diversity.Of over all the network's members (the ego
// included where a member), with the population's K, so that figures
// compare across networks.
//
// DiversityGain[attr] is the change in the IQV of the ego's contacts (tie
// neighbours ∪ co-members of the ego's networks; population: everyone in a
// network) that the network makes: for a network the ego keeps, IQV now −
// IQV without it; for one it could join, IQV with it − IQV now. Positive
// means the network makes the ego's contacts more diverse. NaN when either
// IQV is (no contact with a value, or K ≤ 1).
func (e *eval) diversity(g int, n *Network) {
	n.Diversity = make(map[string]AttrDiversity, len(e.attrs))
	n.DiversityGain = make(map[string]float64, len(e.attrs))
	with, without := e.kept, e.toggled(g)
	if !e.kept[g] {
		with, without = without, with
	}
	aw, ao := e.alters(with), e.alters(without)
	for _, a := range e.attrs {
		s := diversity.Of(a, e.nw.Groups[g].Members)
		n.Diversity[a.Name] = AttrDiversity{Blau: s.Blau, IQV: s.IQV}
		n.DiversityGain[a.Name] = diversity.Of(a, aw).IQV - diversity.Of(a, ao).IQV
	}
}

// meanGain is the mean of the finite diversity gains, in attribute order,
// NaN when none is.
func (e *eval) meanGain(gains map[string]float64) float64 {
	sum, k := 0.0, 0
	for _, a := range e.attrs {
		if v := gains[a.Name]; !math.IsNaN(v) {
			sum += v
			k++
		}
	}
	if k == 0 {
		return math.NaN()
	}
	return sum / float64(k)
}
