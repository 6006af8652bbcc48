package render

import (
	"cmp"
	"slices"
)

// okabeIto is the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal
// Design"), distinguishable with every common colour-vision deficiency,
// without its black, which is kept for bridges and outlines.
var okabeIto = []string{
	"#E69F00", // orange
	"#56B4E9", // sky blue
	"#009E73", // bluish green
	"#F0E442", // yellow
	"#0072B2", // blue
	"#D55E00", // vermillion
	"#CC79A7", // reddish purple
}

const (
	colorOther   = "#BBBBBB" // categories folded into "other"
	colorMissing = "#FFFFFF" // no value: drawn white with a grey outline
	colorOutline = "#555555"
	colorTie     = "#8C8C8C"
	colorBridge  = "#000000"
)

// category is one entry of a categorical legend.
type category struct {
	Name  string
	Count int
	Color string
}

// palette assigns colours to categories: the most common get the
// Okabe–Ito colours (ties broken by name, so the result is deterministic);
// when there are more categories than colours, the rarest share one grey
// "other" entry, and the legend says how many values it holds.
type palette struct {
	byName map[string]string
	Legend []category
	Other  int // number of values folded into "other"
}

// newPalette colours the categories counted in counts; other names the
// "other" entry from the number of values it holds.
func newPalette(counts map[string]int, other func(values int) string) palette {
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	p := palette{byName: make(map[string]string, len(names))}
	keep := len(names)
	if keep > len(okabeIto) {
		keep = len(okabeIto) - 1 // one colour's place goes to "other"
	}
	otherCount := 0
	for k, n := range names {
		if k < keep {
			p.byName[n] = okabeIto[k]
			p.Legend = append(p.Legend, category{n, counts[n], okabeIto[k]})
			continue
		}
		p.byName[n] = colorOther
		otherCount += counts[n]
		p.Other++
	}
	if p.Other > 0 {
		p.Legend = append(p.Legend, category{other(p.Other), otherCount, colorOther})
	}
	return p
}

// color returns the fill of a value; "" (missing) is white.
func (p palette) color(v string) string {
	if v == "" {
		return colorMissing
	}
	if c, ok := p.byName[v]; ok {
		return c
	}
	return colorOther
}
