package evaluate

import "math"

// cost fills HoursPerMonth and FeePerYear from the network's info
// (networks.csv; NaN when unknown) and what they buy:
//
//	NewPerHour = NewToEgo / HoursPerMonth
//	NewPerFee  = NewToEgo / FeePerYear × 1000  (new contacts per 1000 of fee)
//
// and the same per hour and per 1000 of fee for the mean diversity gain
// over attributes (DiversityPer…) and for the clusters connected beyond
// the first (BridgingPer…).
//
// Each is NaN when its cost is unknown or zero: a free network (or one that
// takes no time) has no price per contact, and the reasons say it is free
// instead of printing an infinity.
func (e *eval) cost(g int, n *Network) {
	n.HoursPerMonth, n.FeePerYear = math.NaN(), math.NaN()
	n.NewPerHour, n.NewPerFee = math.NaN(), math.NaN()
	n.DiversityPerHour, n.DiversityPerFee = math.NaN(), math.NaN()
	n.BridgingPerHour, n.BridgingPerFee = math.NaN(), math.NaN()
	gain := e.meanGain(n.DiversityGain)
	bridging := float64(max(0, n.CommunitiesConnected-1))
	if info := n.Info; info != nil {
		if info.HoursPerMonth != nil {
			n.HoursPerMonth = *info.HoursPerMonth
		}
		if info.Fee != nil {
			n.FeePerYear = *info.Fee
		}
	}
	if n.HoursPerMonth > 0 {
		n.NewPerHour = float64(n.NewToEgo) / n.HoursPerMonth
		n.DiversityPerHour = gain / n.HoursPerMonth
		n.BridgingPerHour = bridging / n.HoursPerMonth
	}
	if n.FeePerYear > 0 {
		n.NewPerFee = float64(n.NewToEgo) / n.FeePerYear * 1000
		n.DiversityPerFee = gain / n.FeePerYear * 1000
		n.BridgingPerFee = bridging / n.FeePerYear * 1000
	}
}

// known reports whether x is a number (not NaN).
func known(x float64) bool { return !math.IsNaN(x) }
