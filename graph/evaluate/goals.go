package evaluate

import (
	"fmt"
	"math"
)

// DiversityGoalFull is the diversity gain (in IQV) at which a MoreDiversity
// goal counts as fully met by one network; smaller positive gains count in
// proportion, none or negative as 0.
const DiversityGoalFull = 0.10

// goals fills GoalFit and GoalReasons (NaN and none without goals). Each
// goal is fulfilled by the network to a degree between 0 and 1:
//
//   - MoreDiversity[attr]: DiversityGain[attr] / DiversityGoalFull, clamped
//     to [0, 1].
//   - Contacts{attr, value, N}: members with that value who are new to the
//     ego (see reach) / N, at most 1.
//   - MaxHoursPerMonth, MaxFeePerYear: the budget left is the limit minus
//     the known costs of the ego's other networks (for the population, the
//     whole limit); 1 when the network's cost fits in it, the share that
//     fits otherwise, 0 when nothing is left, ½ when the cost is unknown.
//
// GoalFit is the mean over the goals; each goal gives one reason line.
func (e *eval) goals(g int, n *Network) {
	n.GoalFit = math.NaN()
	gl := e.opt.Goals
	if gl == nil {
		return
	}
	n.GoalReasons = []string{}
	var fs []float64
	add := func(f float64, format string, args ...any) {
		fs = append(fs, f)
		n.GoalReasons = append(n.GoalReasons, fmt.Sprintf(format, args...))
	}
	for _, attr := range gl.MoreDiversity {
		gain := n.DiversityGain[attr]
		switch {
		case math.IsNaN(gain):
			add(0, "more %s diversity: no figure (too few %s values among your contacts)", attr, attr)
		case gain > 0:
			add(clamp01(gain/DiversityGoalFull), "more %s diversity: it raises your contacts' IQV by %.2f", attr, gain)
		default:
			add(0, "more %s diversity: it does not raise it (%+.2f IQV)", attr, gain)
		}
	}
	for _, c := range gl.Contacts {
		a, _ := e.nw.AttributeIndex(c.Attribute)
		k := 0
		for _, p := range e.members[g] {
			if e.nw.Attr(p, a) == c.Value && !e.metElsewhere(g, p) {
				k++
			}
		}
		f := 1.0
		if c.N > 0 {
			f = math.Min(1, float64(k)/float64(c.N))
		}
		add(f, "%d new contacts with %s %s of the %d you want", k, c.Attribute, c.Value, c.N)
	}
	budget := func(limit *float64, cost func(*Network) float64, what, unit string) {
		if limit == nil {
			return
		}
		own := cost(n)
		left := *limit
		for h := range e.nw.Groups {
			if e.ego >= 0 && h != g && e.kept[h] {
				if x := cost(&Network{Info: e.nw.Groups[h].Info}); !math.IsNaN(x) {
					left -= x
				}
			}
		}
		switch {
		case math.IsNaN(own):
			add(0.5, "%s not known; your budget leaves %s", what, num(left, unit))
		case own <= left:
			add(1, "%s %s fit your budget (%s left)", what, num(own, unit), num(left, unit))
		case left <= 0:
			add(0, "%s %s do not fit: your other networks use up the budget of %s", what, num(own, unit), num(*limit, unit))
		default:
			add(left/own, "%s %s exceed the %s left in your budget", what, num(own, unit), num(left, unit))
		}
	}
	budget(gl.MaxHoursPerMonth, func(n *Network) float64 { return infoHours(n) }, "hours", "h a month")
	budget(gl.MaxFeePerYear, func(n *Network) float64 { return infoFee(n) }, "fees", "a year")
	if len(fs) == 0 {
		return
	}
	sum := 0.0
	for _, f := range fs {
		sum += f
	}
	n.GoalFit = sum / float64(len(fs))
}

func infoHours(n *Network) float64 {
	if n.Info == nil || n.Info.HoursPerMonth == nil {
		return math.NaN()
	}
	return *n.Info.HoursPerMonth
}

func infoFee(n *Network) float64 {
	if n.Info == nil || n.Info.Fee == nil {
		return math.NaN()
	}
	return *n.Info.Fee
}

func clamp01(x float64) float64 { return math.Max(0, math.Min(1, x)) }

// num prints a figure without needless decimals, then its unit.
func num(x float64, unit string) string {
	return fmt.Sprintf("%s %s", fmtNum(x), unit)
}

func fmtNum(x float64) string {
	if x == math.Trunc(x) && math.Abs(x) < 1e15 {
		return fmt.Sprintf("%.0f", x)
	}
	return fmt.Sprintf("%.1f", x)
}
