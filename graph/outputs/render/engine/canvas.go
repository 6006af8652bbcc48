package engine

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/goccy/go-graphviz/cgraph"
)

// canvasMargin leaves room inside MaxPixels for Graphviz's pad (4 points on
// each side, about 5 pixels at 96 dpi) and rounding.
const canvasMargin = 16

// boundCanvas sets the graph's dpi and size so that the PNG fits in
// opt.MaxPixels on both sides. Without a size Graphviz sizes the canvas to
// the layout: a 500-node PNG took 4.4 GB and neato ran out of memory. A
// size already in the DOT text is kept when it is smaller; Graphviz only
// scales a drawing down to size (unless it ends in "!"), so a small graph
// keeps its natural size.
func boundCanvas(g *cgraph.Graph, opt Options) error {
	limit := float64(opt.MaxPixels-canvasMargin) / opt.DPI // inches
	w, h := limit, limit
	bang := ""
	if cw, ch, b, ok := parseSize(g.GetStr("size")); ok {
		w, h = min(w, cw), min(h, ch)
		if b {
			bang = "!"
		}
	}
	size := strconv.FormatFloat(w, 'f', 4, 64) + "," + strconv.FormatFloat(h, 'f', 4, 64) + bang
	if err := g.SafeSet("size", size, ""); err != nil {
		return fmt.Errorf("engine: set size: %w", err)
	}
	if err := g.SafeSet("dpi", strconv.FormatFloat(opt.DPI, 'f', -1, 64), ""); err != nil {
		return fmt.Errorf("engine: set dpi: %w", err)
	}
	return nil
}

// parseSize reads Graphviz's size attribute: "w,h" or "w" in inches,
// optionally followed by "!".
func parseSize(s string) (w, h float64, bang, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, 0, false, false
	}
	if strings.HasSuffix(s, "!") {
		bang = true
		s = strings.TrimSuffix(s, "!")
	}
	ws, hs, two := strings.Cut(s, ",")
	w, err := strconv.ParseFloat(strings.TrimSpace(ws), 64)
	if err != nil || w <= 0 {
		return 0, 0, false, false
	}
	h = w
	if two {
		h, err = strconv.ParseFloat(strings.TrimSpace(hs), 64)
		if err != nil || h <= 0 {
			return 0, 0, false, false
		}
	}
	return w, h, bang, true
}
