package engine

import (
	"bytes"
	"context"
	"fmt"
	"testing"
)

// go test -run '^$' -bench . -benchtime 1x ./graph/outputs/render/engine
// The targets: 3 000 people to SVG in under 5 s, to PNG in under 10 s.
func BenchmarkRender(b *testing.B) {
	for _, tc := range []struct {
		layout Layout
		n      int
		format Format
	}{
		{SFDP, 50, SVG}, {SFDP, 50, PNG},
		{SFDP, 500, SVG}, {SFDP, 500, PNG},
		{SFDP, 3000, SVG}, {SFDP, 3000, PNG},
		{Neato, 50, SVG}, {Neato, 50, PNG},
		{Neato, 500, SVG},
	} {
		dot := []byte(socialDOT(tc.n, 1))
		b.Run(fmt.Sprintf("%s/%d/%s", tc.layout, tc.n, tc.format), func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := Render(context.Background(), dot, tc.layout, tc.format, &buf, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes")
		})
	}
}

// BenchmarkRenderScripts draws PNGs of people labelled every 10th, with
// names in many scripts (Japanese, Arabic, Vietnamese, emoji, …: the
// system-font fallback, joining and bidi) and, for comparison, Latin names
// of the same lengths (the Go fonts alone).
//
//	go test -run '^$' -bench RenderScripts -benchtime 3x ./graph/outputs/render/engine
func BenchmarkRenderScripts(b *testing.B) {
	for _, tc := range []struct {
		name  string
		n     int
		names []string
	}{
		{"latin", 500, latinNames}, {"mixed", 500, names},
		{"latin", 3000, latinNames}, {"mixed", 3000, names},
	} {
		dot := []byte(peopleDOT(tc.n, 1, 10, func(i int) string { return tc.names[i/10%len(tc.names)] }))
		b.Run(fmt.Sprintf("%d/%s", tc.n, tc.name), func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := Render(context.Background(), dot, SFDP, PNG, &buf, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes")
		})
	}
}
