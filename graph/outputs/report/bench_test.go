package report

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/internal/socialgen"
)

// The limits of ties report (docs/report.md) are benchmarks, never timed
// assertions: a report of 3 000 people in under 30 s, of a 20 000-member
// organisation in under 2 minutes and 2 GiB with an HTML under 5 MB. Each
// benchmark does what the command does after reading the files: the
// analysis, the evaluation, every picture and the HTML, and reports the
// HTML's size as html-bytes.
//
//	go test ./graph/outputs/report -run '^$' -bench Report -benchtime 1x

// counter counts the bytes written.
type counter int64

func (c *counter) Write(p []byte) (int, error) { *c += counter(len(p)); return len(p), nil }

// reportWork is ties report's work on a network: analysis, evaluation,
// pictures, HTML. It returns the HTML's size.
func reportWork(tb testing.TB, nw *graph.Network, w io.Writer) int64 {
	tb.Helper()
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		tb.Fatal(err)
	}
	ev, err := evaluate.Evaluate(r, evaluate.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	d := Data{Date: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Analysis: r, Evaluation: ev}
	d.Diagrams = Pictures(context.Background(), r, ev, PictureOptions{Warn: func(what string, err error) {
		tb.Logf("%s left out: %v", what, err)
	}})
	var c counter
	if err := HTML(io.MultiWriter(&c, w), d); err != nil {
		tb.Fatal(err)
	}
	return int64(c)
}

// network3000 is a social network of 3 000 people with networks, and an
// ego in several of them.
func network3000() *graph.Network {
	nw := socialgen.Network(3000, 10, 1)
	best, most := 0, -1
	count := make([]int, len(nw.People))
	for _, g := range nw.Groups {
		for _, m := range g.Members {
			count[m]++
		}
	}
	for i, c := range count {
		if c > most {
			best, most = i, c
		}
	}
	nw.Ego = best
	return nw
}

func BenchmarkReport3000(b *testing.B) {
	nw := network3000()
	var size int64
	for b.Loop() {
		size = reportWork(b, nw, io.Discard)
	}
	b.ReportMetric(float64(size), "html-bytes")
}

func BenchmarkReportOrganization20000(b *testing.B) {
	nw := socialgen.Organization(20000, 1)
	var size int64
	for b.Loop() {
		size = reportWork(b, nw, io.Discard)
	}
	b.ReportMetric(float64(size), "html-bytes")
}

// maxHTML is the largest report ties writes for a 20 000-member
// organisation: the caps on tables and pictures keep it to what a client
// can read and an e-mail can carry.
const maxHTML = 5 << 20

// The report of a 20 000-member organisation (273 networks, an ego with
// 400 contacts) stays under 5 MB. A size, not a time; it takes the
// analysis and evaluation of 20 000 people, so -short skips it.
func TestOrganizationReportSize(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 20 000 people")
	}
	size := reportWork(t, socialgen.Organization(20000, 1), io.Discard)
	if size > maxHTML || size < 100<<10 {
		t.Errorf("the organisation's report is %d bytes, want under %d (and not nearly empty)", size, maxHTML)
	}
	t.Logf("%d bytes", size)
}
