package report

import (
	"fmt"
	"html/template"
	"math"
	"strings"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
)

// Charts are drawn here as inline SVG: every text goes through esc, every
// number is formatted by us. Colours are Okabe–Ito (colour-blind safe) and
// every bar carries its value as text, so no reading depends on colour.

const (
	chartW   = 760
	labelW   = 250
	barH     = 22
	barGap   = 8
	chartTop = 10
)

func svgOpen(b *strings.Builder, id, title, desc string, h int) {
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="%s-t %s-d" class="chart">`, chartW, h, chartW, h, id, id)
	fmt.Fprintf(b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, id, esc(title), id, esc(desc))
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// barChart draws one horizontal bar per row; values may be negative (bars
// grow left from zero) and NaN (shown as "unknown").
func barChart(id, title, desc string, labels []string, values []float64, colors []string, format func(float64) string) chart {
	lo, hi := 0.0, 0.0
	for _, v := range values {
		if !math.IsNaN(v) {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	if hi == lo {
		hi = lo + 1
	}
	plotL, plotR := float64(labelW+10), float64(chartW-70)
	scale := (plotR - plotL) / (hi - lo)
	zero := plotL - lo*scale
	h := chartTop*2 + len(values)*(barH+barGap)
	var b strings.Builder
	svgOpen(&b, id, title, desc, h)
	fmt.Fprintf(&b, `<line x1="%.1f" y1="0" x2="%.1f" y2="%d" stroke="#444" stroke-width="1"/>`, zero, zero, h)
	for k, v := range values {
		y := chartTop + k*(barH+barGap)
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" class="lbl">%s</text>`, labelW, y+barH-6, esc(truncate(labels[k], 34)))
		if math.IsNaN(v) {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="val">unknown</text>`, zero+4, y+barH-6)
			continue
		}
		x0, x1 := zero, zero+v*scale
		if x1 < x0 {
			x0, x1 = x1, x0
		}
		fmt.Fprintf(&b, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"><title>%s: %s</title></rect>`, x0, y, math.Max(x1-x0, 1), barH, colors[k], esc(labels[k]), esc(format(v)))
		tx, anchor := x1+4, "start"
		if v < 0 {
			tx, anchor = x0-4, "end"
			if tx < float64(labelW+40) {
				tx, anchor = zero+4, "start"
			}
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="%s" class="val">%s</text>`, tx, y+barH-6, anchor, esc(format(v)))
	}
	b.WriteString(`</svg>`)
	return chart{Title: title, Desc: desc, SVG: template.HTML(b.String())}
}

func charts(ev *evaluate.Result, r *analysis.Result) []chart {
	var names, colors []string
	var newc, gain, bal []float64
	for _, n := range ev.Networks {
		names = append(names, n.Name)
		colors = append(colors, verdictInfo[n.Verdict].color)
		newc = append(newc, n.Score)
		_, g := bestGain(ev, n)
		gain = append(gain, g)
		bal = append(bal, n.EgoBalance)
	}
	intf := func(v float64) string { return fmt.Sprintf("%.0f", v) }
	out := []chart{
		barChart("c-new", "People you reach only through each network",
			"The score: your contacts held only by it, members new to you, and the people beyond them you reach no other way. Bar colour is the verdict (see the table).",
			names, newc, colors, intf),
		barChart("c-div", "Diversity each network adds to the people you reach",
			"The largest diversity gain (IQV, 0 to 1) over the attributes: the people you reach with the network against without it. Right of the line: more diverse with it.",
			names, gain, colors, func(v float64) string { return fmt.Sprintf("%+.2f", v) }),
		costChart(ev),
		barChart("c-rec", "Give and take with each network's members",
			"Your balance of advice and information with the members: +1 you only give, −1 you only receive, 0 balanced. Knowledge should flow both ways.",
			names, bal, colors, func(v float64) string { return fmt.Sprintf("%+.2f", v) }),
	}
	if c := diversityChart(r); c != nil {
		out = append(out, *c)
	}
	return out
}

// costChart plots hours a month against new people: up and left is good.
func costChart(ev *evaluate.Result) chart {
	const h = 380
	title := "Time against what comes back"
	desc := "Each network as a numbered point: hours a month across, the people you reach only through it up. Networks up and to the left bring most for the time; networks low and to the right cost time and bring little."
	var b strings.Builder
	svgOpen(&b, "c-cost", title, desc, h+40)
	maxH, maxN := 1.0, 1.0
	hoursOf := func(n *evaluate.Network) float64 {
		if n.Info == nil || n.Info.HoursPerMonth == nil {
			return math.NaN()
		}
		return *n.Info.HoursPerMonth
	}
	for _, n := range ev.Networks {
		if h := hoursOf(n); !math.IsNaN(h) {
			maxH = math.Max(maxH, h)
		}
		maxN = math.Max(maxN, n.Score)
	}
	maxH, maxN = math.Ceil(maxH*1.1), math.Ceil(maxN*1.1)
	l, rgt, top, bot := 60.0, 470.0, 20.0, float64(h-30)
	fmt.Fprintf(&b, `<rect x="%.0f" y="%.0f" width="%.0f" height="%.0f" fill="none" stroke="#444"/>`, l, top, rgt-l, bot-top)
	for k := 0; k <= 4; k++ {
		x := l + float64(k)/4*(rgt-l)
		y := bot - float64(k)/4*(bot-top)
		fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" text-anchor="middle" class="val">%.1f</text>`, x, bot+16, maxH*float64(k)/4)
		fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" text-anchor="end" class="val">%.1f</text>`, l-6, y+4, maxN*float64(k)/4)
	}
	fmt.Fprintf(&b, `<text x="%.0f" y="%d" text-anchor="middle" class="lbl">hours a month</text>`, (l+rgt)/2, h+10)
	fmt.Fprintf(&b, `<text x="16" y="%.0f" text-anchor="middle" class="lbl" transform="rotate(-90 16 %.0f)">people reached only here</text>`, (top+bot)/2, (top+bot)/2)
	ly := 30
	for k, n := range ev.Networks {
		label := fmt.Sprintf("%d", k+1)
		fmt.Fprintf(&b, `<text x="490" y="%d" class="lbl">%s %s</text>`, ly, label, esc(truncate(n.Name, 34)))
		ly += 20
		hours := hoursOf(n)
		if math.IsNaN(hours) {
			continue
		}
		x := l + hours/maxH*(rgt-l)
		y := bot - n.Score/maxN*(bot-top)
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="11" fill="%s" stroke="#222"><title>%s: %s h a month, %.0f reached only here</title></circle>`,
			x, y, verdictInfo[n.Verdict].color, esc(n.Name), num(hours, 1), n.Score)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" class="pt">%s</text>`, x, y+4, label)
	}
	b.WriteString(`</svg>`)
	return chart{Title: title, Desc: desc, SVG: template.HTML(b.String())}
}

// diversityChart shows the whole network's diversity (IQV) per attribute.
func diversityChart(r *analysis.Result) *chart {
	var names, colors []string
	var vals []float64
	for _, ar := range r.Attributes {
		names = append(names, fmt.Sprintf("%s (%d values)", ar.Name(), ar.Stats.K))
		vals = append(vals, ar.Stats.IQV)
		colors = append(colors, "#0072B2")
	}
	if len(names) == 0 {
		return nil
	}
	c := barChart("c-attr", "Diversity of everybody in the data, per attribute",
		"IQV: 0 = everybody alike, 1 = spread as evenly as possible over the values.",
		names, vals, colors, func(v float64) string { return fmt.Sprintf("%.2f", v) })
	return &c
}
