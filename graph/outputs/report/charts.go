package report

import (
	"fmt"
	"html/template"
	"math"
	"strings"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// Charts are drawn here as inline SVG: every text goes through esc, every
// number is written by the functions of figures.go (the values the tables
// and reasons show). Colours are Okabe–Ito (colour-blind safe) and every
// bar carries its value as text, so no reading depends on colour. Each
// chart's ids start with its own name ("c-score-t"), unique in the page.

const (
	chartW   = 760
	labelW   = 250
	barH     = 18
	barGap   = 6
	chartTop = 6
)

func svgOpen(b *strings.Builder, id, title, desc string, h int) {
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="%s-t %s-d" class="chart">`, chartW, h, chartW, h, id, id)
	fmt.Fprintf(b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, id, esc(title), id, esc(desc))
}

func htmlOf(s string) template.HTML { return template.HTML(s) }

// barChart draws one horizontal bar per row; values may be negative (bars
// grow left from zero) and NaN (shown as unknown). format writes a bar's
// value label.
func barChart(id, title, desc string, labels []string, values []float64, colors []string, format func(k int, v float64) string, unknown string) chart {
	lo, hi := 0.0, 0.0
	for _, v := range values {
		if !math.IsNaN(v) {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	if hi == lo {
		hi = lo + 1
	}
	// Room right of the bars for the longest value label (about 7 px a
	// character at the charts' 12 px).
	reserve := 60
	for k, v := range values {
		if !math.IsNaN(v) {
			reserve = max(reserve, 7*len([]rune(format(k, v)))+10)
		}
	}
	plotL, plotR := float64(labelW+10), float64(chartW-min(reserve, 300))
	scale := (plotR - plotL) / (hi - lo)
	zero := plotL - lo*scale
	h := chartTop*2 + len(values)*(barH+barGap)
	var b strings.Builder
	var figures []string // for Markdown, which draws no chart
	svgOpen(&b, id, title, desc, h)
	fmt.Fprintf(&b, `<line x1="%.1f" y1="0" x2="%.1f" y2="%d" stroke="#444" stroke-width="1"/>`, zero, zero, h)
	for k, v := range values {
		y := chartTop + k*(barH+barGap)
		ty := y + barH - 5
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" class="lbl">%s</text>`, labelW, ty, esc(words.Shorten(labels[k], 34)))
		if math.IsNaN(v) {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="val">%s</text>`, zero+4, ty, esc(unknown))
			figures = append(figures, labels[k]+": "+unknown)
			continue
		}
		figures = append(figures, labels[k]+": "+format(k, v))
		x0, x1 := zero, zero+v*scale
		if x1 < x0 {
			x0, x1 = x1, x0
		}
		label := format(k, v)
		fmt.Fprintf(&b, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s" stroke="#333" stroke-width=".5"><title>%s: %s</title></rect>`,
			x0, y, math.Max(x1-x0, 1), barH, colors[k], esc(labels[k]), esc(label))
		tx, anchor := x1+4, "start"
		if v < 0 {
			tx, anchor = x0-4, "end"
			if tx < float64(labelW+60) {
				tx, anchor = zero+4, "start"
			}
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="%s" class="val">%s</text>`, tx, ty, anchor, esc(label))
	}
	b.WriteString(`</svg>`)
	return chart{Title: title, Desc: desc, SVG: htmlOf(b.String()), Figures: strings.Join(figures, "; ")}
}

func charts(m *model, ev *evaluate.Result, shown []*evaluate.Network, r *analysis.Result) []chart {
	var names, colors []string
	var score, gain, bal []float64
	var gainLabel []string
	for _, n := range shown {
		names = append(names, n.Name)
		colors = append(colors, verdictColors[n.Verdict].color)
		score = append(score, n.Score)
		// The largest gain, chosen by its exact value (two gains equal to
		// two decimals are not a tie) and shown as the reasons print it:
		// the difference of the two IQVs, each to two decimals.
		best, label, exact := math.NaN(), "", math.NaN()
		for k := range n.DiversityGain {
			if k >= len(n.IQVWith) || k >= len(n.IQVWithout) {
				continue
			}
			e := n.IQVWith[k] - n.IQVWithout[k]
			if math.IsNaN(e) || (!math.IsNaN(exact) && e <= exact) {
				continue
			}
			exact, best = e, gainShown(n.IQVWithout[k], n.IQVWith[k])
			label = m.t("report.chart.gain_label", m.fig.fmtBalance(best), ev.Attributes[k], m.fig.fmt2(n.IQVWithout[k]), m.fig.fmt2(n.IQVWith[k]))
		}
		gain = append(gain, best)
		gainLabel = append(gainLabel, label)
		bal = append(bal, n.EgoBalance)
	}
	m.terms.use(tGain, tIQV)
	unknown := m.t("report.chart.unknown")
	out := []chart{
		barChart("c-score", m.t("report.chart.score.title"), m.t("report.chart.score.desc"),
			names, score, colors, func(_ int, v float64) string { return m.fig.fmtAmount(v) }, unknown),
		barChart("c-gain", m.t("report.chart.gain.title"), m.t("report.chart.gain.desc"),
			names, gain, colors, func(k int, _ float64) string { return gainLabel[k] }, unknown),
		barChart("c-balance", m.t("report.chart.balance.title"), m.t("report.chart.balance.desc"),
			names, bal, colors, func(_ int, v float64) string { return m.fig.fmtBalance(v) }, m.t("report.chart.no_exchange")),
	}
	out[0].Repeats, out[2].Repeats = true, true
	// The cost chart only when some hours are known.
	for _, n := range shown {
		if n.Info != nil && n.Info.HoursPerMonth != nil {
			out = append(out[:2], append([]chart{costChart(m, shown)}, out[2:]...)...)
			break
		}
	}
	if c := diversityChart(m, r); c != nil {
		out = append(out, *c)
	}
	return out
}

// costChart plots hours a month against the score: up and left is good.
func costChart(m *model, shown []*evaluate.Network) chart {
	rows := max(len(shown), 8)
	h := 20*rows + 60
	title, desc := m.t("report.chart.cost.title"), m.t("report.chart.cost.desc")
	var b strings.Builder
	svgOpen(&b, "c-cost", title, desc, h+40)
	maxH, maxN := 1.0, 1.0
	hoursOf := func(n *evaluate.Network) float64 {
		if n.Info == nil || n.Info.HoursPerMonth == nil {
			return math.NaN()
		}
		return *n.Info.HoursPerMonth
	}
	for _, n := range shown {
		if h := hoursOf(n); !math.IsNaN(h) {
			maxH = math.Max(maxH, h)
		}
		maxN = math.Max(maxN, n.Score)
	}
	stepH, stepN := niceStep(maxH*1.05), niceStep(maxN*1.05)
	maxH, maxN = stepH*math.Ceil(maxH*1.05/stepH), stepN*math.Ceil(maxN*1.05/stepN)
	l, rgt, top, bot := 60.0, 470.0, 20.0, float64(h-30)
	fmt.Fprintf(&b, `<rect x="%.0f" y="%.0f" width="%.0f" height="%.0f" fill="none" stroke="#444"/>`, l, top, rgt-l, bot-top)
	// Ticks count up by index: adding a step to a huge v changes nothing.
	for i := 0; i <= 20 && float64(i)*stepH <= maxH+stepH/2; i++ {
		v := float64(i) * stepH
		x := l + v/maxH*(rgt-l)
		fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" text-anchor="middle" class="val">%s</text>`, x, bot+16, m.fig.fmtAmount(v))
	}
	for i := 0; i <= 20 && float64(i)*stepN <= maxN+stepN/2; i++ {
		v := float64(i) * stepN
		y := bot - v/maxN*(bot-top)
		fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" text-anchor="end" class="val">%s</text>`, l-6, y+4, m.fig.fmtAmount(v))
	}
	fmt.Fprintf(&b, `<text x="%.0f" y="%d" text-anchor="middle" class="lbl">%s</text>`, (l+rgt)/2, h+10, esc(m.t("report.chart.cost.x")))
	fmt.Fprintf(&b, `<text x="16" y="%.0f" text-anchor="middle" class="lbl" transform="rotate(-90 16 %.0f)">%s</text>`, (top+bot)/2, (top+bot)/2, esc(m.t("report.chart.cost.y")))
	ly := 30
	for k, n := range shown {
		label := fmt.Sprintf("%d", k+1)
		fmt.Fprintf(&b, `<text x="490" y="%d" class="lbl">%s %s</text>`, ly, label, esc(words.Shorten(n.Name, 30)))
		ly += 20
		hours := hoursOf(n)
		if math.IsNaN(hours) {
			continue
		}
		x := l + hours/maxH*(rgt-l)
		y := bot - n.Score/maxN*(bot-top)
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="11" fill="%s" stroke="#222"><title>%s</title></circle>`,
			x, y, verdictColors[n.Verdict].color, esc(m.t("report.chart.cost.point", n.Name, m.fig.fmtAmount(hours), m.fig.fmtAmount(n.Score))))
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" class="pt">%s</text>`, x, y+4, label)
	}
	b.WriteString(`</svg>`)
	return chart{Title: title, Desc: desc, SVG: htmlOf(b.String())}
}

// diversityChart shows the whole data's diversity (IQV) per attribute.
func diversityChart(m *model, r *analysis.Result) *chart {
	var names, colors []string
	var vals []float64
	for _, ar := range r.Attributes {
		code := "report.chart.attr.label"
		if ar.Stats.K == 1 {
			code += ".one"
		}
		names = append(names, m.t(code, ar.Name(), ar.Stats.K))
		vals = append(vals, ar.Stats.IQV)
		colors = append(colors, "#0072B2")
	}
	if len(names) == 0 {
		return nil
	}
	m.terms.use(tIQV)
	c := barChart("c-attr", m.t("report.chart.attr.title"), m.t("report.chart.attr.desc"),
		names, vals, colors, func(_ int, v float64) string { return m.fig.fmt2(v) }, m.t("report.chart.unknown"))
	return &c
}

// niceStep is a step of 1, 2 or 5 times a power of ten that cuts 0..max
// into at most 5 ticks (at least 1: counts and hours are whole here).
func niceStep(max float64) float64 {
	if max <= 0 {
		return 1
	}
	raw := max / 5
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= raw {
			return math.Max(m*p, 0.5)
		}
	}
	return 10 * p
}
