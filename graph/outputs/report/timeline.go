package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/tiesnet/ties/graph/outputs/words"
)

// timelineColors are the Okabe–Ito colours of the networks in the
// timeline, in order; contacts in no shared network are grey.
var timelineColors = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"}

const timelineNone = "#BBBBBB"

// buildTimeline charts how many of the ego's contacts the ego connected
// with each year (the day the tie began: LinkedIn's Connected On, a ties
// file's since), each year's bar stacked by the network the ego shares
// with the contact: the first of the ego's networks they are in, in the
// evaluation's order (docs/time.md). Networks beyond the colours are
// counted together as other networks.
func buildTimeline(m *model, s *contactsSection, d Data) {
	r := d.Analysis
	ego := r.Ego()
	if ego < 0 {
		return
	}
	nw := r.Network
	starts := nw.TieStarts(ego)
	var contacts []int
	for _, j := range r.Views.Tie.Neighbors(ego) {
		contacts = append(contacts, int(j))
	}
	nets := egoNetworks(d, ego)
	// stack[k] is the k-th network drawn; its last entry, -1, is no
	// shared network.
	byYear := map[int]map[int]int{} // year → network (-1: none) → contacts
	dated := 0
	for _, j := range contacts {
		since := starts[j]
		if since.IsZero() {
			continue
		}
		dated++
		shared := -1
		for _, g := range nets {
			if nw.IsMember(g, j) {
				shared = g
				break
			}
		}
		if byYear[since.Year()] == nil {
			byYear[since.Year()] = map[int]int{}
		}
		byYear[since.Year()][shared]++
	}
	if dated == 0 {
		return
	}
	// The networks that hold a dated contact, in order; past the colours,
	// one "other networks".
	var holding []int
	for _, g := range nets {
		for _, c := range byYear {
			if c[g] > 0 {
				holding = append(holding, g)
				break
			}
		}
	}
	drawn, other := holding, false
	if len(holding) > len(timelineColors) {
		drawn, other = holding[:len(timelineColors)-1], true
	}
	var years []int
	for y := range byYear {
		years = append(years, y)
	}
	slices.Sort(years)
	first, last := years[0], years[len(years)-1]
	var segs []segment
	for k, g := range drawn {
		segs = append(segs, segment{nw.Groups[g].Name, timelineColors[k], func(y int) int { return byYear[y][g] }})
	}
	if other {
		segs = append(segs, segment{m.t("report.timeline.other"), timelineColors[len(timelineColors)-1], func(y int) int {
			n := 0
			for g, c := range byYear[y] {
				if g >= 0 && !slices.Contains(drawn, g) {
					n += c
				}
			}
			return n
		}})
	}
	if len(nets) > 0 {
		segs = append(segs, segment{m.t("report.timeline.none"), timelineNone, func(y int) int { return byYear[y][-1] }})
	} else {
		segs = append(segs, segment{m.t("report.timeline.all"), timelineColors[0], func(y int) int { return byYear[y][-1] }})
	}
	rows, best, bestYear := timelineRows(m, segs, first, last)
	labels, colors := make([]string, len(segs)), make([]string, len(segs))
	for k, sg := range segs {
		labels[k], colors[k] = sg.label, sg.color
	}
	desc := m.t("report.timeline.desc")
	if len(nets) > 0 {
		desc = m.t("report.timeline.desc_networks")
	}
	c := stackedChart(m, "c-timeline", m.t("report.h.timeline"), desc, labels, colors, rows)
	s.Timeline = &c
	s.TimelineNote = timelineNote(m, rows, dated, len(contacts), first, last, best, bestYear)
	s.TimelineRows = rows
	s.TimelineLabels = labels
	s.TimelineByNetwork = len(nets) > 0
}

// timelineNote says how many connections have a date and over which
// years; which year the most began in only when one year has more than
// any other.
func timelineNote(m *model, rows []timelineRow, dated, contacts, first, last, best, bestYear int) string {
	// Years as written ("2015"), never grouped as a count would be.
	year := strconv.Itoa
	top := 0
	for _, r := range rows {
		if r.Total == best {
			top++
		}
	}
	switch {
	case dated == 1:
		return m.t("report.timeline.note_one", year(first))
	case first == last:
		return m.t("report.timeline.note_year", dated, contacts, year(first))
	case top > 1:
		return m.t("report.timeline.note_even", dated, contacts, year(first), year(last))
	}
	return m.t("report.timeline.note", dated, contacts, year(first), year(last), year(bestYear), best)
}

// egoNetworks are the ego's networks, in the evaluation's order when
// there is one.
func egoNetworks(d Data, ego int) []int {
	nw := d.Analysis.Network
	var nets []int
	if ev := d.Evaluation; ev != nil && !ev.Population {
		for _, n := range ev.Networks {
			if n.Member {
				nets = append(nets, n.Group)
			}
		}
		return nets
	}
	for g := range nw.Groups {
		if nw.IsMember(g, ego) {
			nets = append(nets, g)
		}
	}
	return nets
}

// segment is one part of the timeline's bars: a network, other networks
// or none, its colour, and its contacts of a year.
type segment struct {
	label, color string
	count        func(y int) int
}

// timelineRows counts each year from first to last, segment by segment,
// and returns the rows with the largest year's total and the year.
func timelineRows(m *model, segs []segment, first, last int) (rows []timelineRow, best, bestYear int) {
	for y := first; y <= last; y++ {
		row := timelineRow{Year: strconv.Itoa(y)}
		for _, sg := range segs {
			row.Counts = append(row.Counts, sg.count(y))
			row.Total += sg.count(y)
		}
		var parts []string
		for k, c := range row.Counts {
			if c > 0 {
				parts = append(parts, segs[k].label+" "+m.fig.fmtInt(c))
			}
		}
		row.Parts = strings.Join(parts, ", ")
		if row.Total > best {
			best, bestYear = row.Total, y
		}
		rows = append(rows, row)
	}
	return rows, best, bestYear
}

// timelineRow is one year of the timeline: the contacts per segment.
type timelineRow struct {
	Year   string
	Counts []int
	Total  int
	// Parts are the counts in words, "Nordic Design Guild 2, …" (for
	// Markdown).
	Parts string
}

// stackedChart draws one horizontal bar per row, split into segments
// (labels and colours parallel to each row's counts), under a legend;
// every segment carries its label and count as a tooltip and every bar
// its total as text, so that no reading depends on colour.
func stackedChart(m *model, id, title, desc string, labels, colors []string, rows []timelineRow) chart {
	const yearW, swatch, lineH = 60, 12, 18
	// The legend flows in lines across the chart.
	type item struct{ x, y int }
	var at []item
	x, y := 0, chartTop
	for _, l := range labels {
		w := swatch + 6 + 7*len([]rune(words.Shorten(l, 30))) + 18
		if x > 0 && x+w > chartW {
			x, y = 0, y+lineH
		}
		at = append(at, item{x, y})
		x += w
	}
	top := y + lineH + barGap
	maxTotal := 1
	for _, r := range rows {
		maxTotal = max(maxTotal, r.Total)
	}
	plotL, plotR := float64(yearW+10), float64(chartW-60)
	scale := (plotR - plotL) / float64(maxTotal)
	h := top + len(rows)*(barH+barGap) + chartTop
	var b strings.Builder
	svgOpen(&b, id, title, desc, h)
	for k, l := range labels {
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s" stroke="#333" stroke-width=".5"/>`, at[k].x, at[k].y, swatch, swatch, colors[k])
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="lbl">%s</text>`, at[k].x+swatch+6, at[k].y+swatch-1, esc(words.Shorten(l, 30)))
	}
	for k, r := range rows {
		y := top + k*(barH+barGap)
		ty := y + barH - 5
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" class="lbl">%s</text>`, yearW, ty, esc(r.Year))
		x := plotL
		for s, c := range r.Counts {
			if c == 0 {
				continue
			}
			w := float64(c) * scale
			fmt.Fprintf(&b, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s" stroke="#333" stroke-width=".5"><title>%s · %s: %s</title></rect>`,
				x, y, w, barH, colors[s], esc(r.Year), esc(labels[s]), esc(m.fig.fmtInt(c)))
			x += w
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="val">%s</text>`, x+4, ty, esc(m.fig.fmtInt(r.Total)))
	}
	b.WriteString(`</svg>`)
	return chart{Title: title, Desc: desc, SVG: htmlOf(b.String())}
}
