package report

import (
	"math"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/cells"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// One figure, one value. Every figure the report shows in a table, a chart
// label or a summary line is written by the method here that writes it
// the way the words catalog's sentences write it (the fmt verb of the
// reason or finding that names it), so that a figure shown in a table and
// again in a reason reads the same, to the last digit:
//
//	figure                            verb      method
//	balance (give and take)           %+.2f     fmtBalance
//	overlap, IQV, E-I, reciprocity,   %.2f      fmt2
//	  constraint, goal fit,
//	  score per hour
//	hours a month, fee a year,        amount    fmtAmount
//	  given, received
//	density                           %.3f      fmt3 (shown only in tables)
//	betweenness                       %.3f or   fmtBetweenness (tables; two
//	                                  more      significant digits at least,
//	                                            and its interval when sampled)
//	counts (members, score…)          %d        fmtInt
//
// The figures are written in the report's language (words.Figures):
// English as Go's fmt writes them ("0.12", "8250", "-0.22"), Swedish
// through x/text ("0,12", "8 250", "−0,22"), the same digits either way.
// An amount is written as the reasons write one (finding.Amount): as many
// decimals as it has, never in exponent form.
//
// A diversity gain is shown as the difference of the two IQVs the reason
// prints (each rounded to two decimals), so that "IQV 0.57 without it,
// 0.72 with it" and a gain of +0.15 agree (gainShown).

// dash is what an undefined figure shows.
const dash = cells.Dash

func undefined(x float64) bool { return cells.Undefined(x) }

// figures writes the report's figures in its language.
type figures struct{ w words.Figures }

// fmt2 writes a figure with two decimals.
func (f figures) fmt2(x float64) string {
	if undefined(x) {
		return dash
	}
	return f.w.Fixed(x, 2)
}

// fmt3 writes a figure with three decimals.
func (f figures) fmt3(x float64) string {
	if undefined(x) {
		return dash
	}
	return f.w.Fixed(x, 3)
}

// fmtBetweenness writes person i's betweenness, and when it was sampled
// its interval after it, "0.0012 (0.0010–0.0014)", in the estimate's
// decimals.
func (f figures) fmtBetweenness(r *analysis.Result, i int) string {
	return cells.Betweenness(r, r.Metric(analysis.Betweenness), i, f.w.Fixed)
}

// fmtBalance writes a balance from −1 to +1 with its sign.
func (f figures) fmtBalance(x float64) string {
	if undefined(x) {
		return dash
	}
	return f.w.Signed(x, 2)
}

// fmtAmount writes hours, fees and weights as the reasons do: 3, 1.5,
// 2800.
func (f figures) fmtAmount(x float64) string {
	if undefined(x) {
		return dash
	}
	return f.w.Amount(x)
}

// fmtInt writes a count.
func (f figures) fmtInt(n int) string { return f.w.Int(n) }

// round2 is x as a reader sees it with two decimals.
func round2(x float64) float64 { return math.Round(x*100) / 100 }

// gainShown is the diversity gain as the difference of the IQVs the reason
// prints.
func gainShown(without, with float64) float64 {
	if undefined(without) || undefined(with) {
		return math.NaN()
	}
	g := round2(with) - round2(without)
	return round2(g) + 0 // + 0: no "-0.00"
}
