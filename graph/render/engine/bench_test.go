package engine

import (
	"bytes"
	"context"
	"fmt"
	"testing"
)

// go test -run '^$' -bench . -benchtime 1x ./graph/render/engine
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
