package report

import (
	"fmt"
	"math"
	"strconv"
)

// One figure, one value. Every figure the report shows in a table, a chart
// label or a summary line is written by the function here that writes it
// the way the words catalog's sentences write it (the fmt verb of the
// reason or finding that names it), so that a figure shown in a table and
// again in a reason reads the same, to the last digit:
//
//	figure                            verb      function
//	balance (give and take)           %+.2f     fmtBalance
//	overlap, IQV, E-I, reciprocity,   %.2f      fmt2
//	  constraint, goal fit,
//	  score per hour
//	hours a month, fee a year,        %g        fmtAmount
//	  given, received
//	betweenness, density              %.3f      fmt3 (shown only in tables)
//	counts (members, score…)          %d        fmtInt
//
// A diversity gain is shown as the difference of the two IQVs the reason
// prints (each rounded to two decimals), so that "IQV 0.57 without it,
// 0.72 with it" and a gain of +0.15 agree (gainShown).

// dash is what an undefined figure shows.
const dash = "–"

func undefined(x float64) bool { return math.IsNaN(x) || math.IsInf(x, 0) }

// fmt2 writes a figure with two decimals.
func fmt2(x float64) string {
	if undefined(x) {
		return dash
	}
	return fmt.Sprintf("%.2f", x)
}

// fmt3 writes a figure with three decimals.
func fmt3(x float64) string {
	if undefined(x) {
		return dash
	}
	return fmt.Sprintf("%.3f", x)
}

// fmtBalance writes a balance from −1 to +1 with its sign.
func fmtBalance(x float64) string {
	if undefined(x) {
		return dash
	}
	return fmt.Sprintf("%+.2f", x)
}

// fmtAmount writes hours, fees and weights as the reasons do (%g): 3, 1.5,
// 2800.
func fmtAmount(x float64) string {
	if undefined(x) {
		return dash
	}
	return fmt.Sprintf("%g", x)
}

// fmtInt writes a count.
func fmtInt(n int) string { return strconv.Itoa(n) }

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
