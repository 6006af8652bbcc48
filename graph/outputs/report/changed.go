package report

import (
	"math"

	"github.com/tiesnet/ties/graph/change"
)

// changedSection is "What changed since your last export": the sentences
// of ties compare, then its figures before and now.
type changedSection struct {
	Intro     string
	Sentences []string
	Rows      []changedRow
}

type changedRow struct{ Measure, Before, After string }

// buildChanged fills the section from a comparison with an earlier
// export, or leaves it out without one.
func buildChanged(m *model, c *change.Result) {
	if c == nil {
		return
	}
	s := &changedSection{Intro: m.t("report.changed.intro")}
	for _, f := range c.Findings {
		s.Sentences = append(s.Sentences, m.sentence(f))
	}
	figure := func(x float64, f func(float64) string) string {
		if math.IsNaN(x) {
			return "–"
		}
		return f(x)
	}
	s.Rows = append(s.Rows, changedRow{m.t("report.changed.contacts"), m.fig.fmtInt(len(c.Kept) + len(c.Dropped)), m.fig.fmtInt(len(c.Kept) + len(c.Added))})
	for _, a := range c.Attributes {
		s.Rows = append(s.Rows, changedRow{m.t("report.changed.iqv", a.Name), figure(a.IQV[0], m.fig.fmt2), figure(a.IQV[1], m.fig.fmt2)})
	}
	if !math.IsNaN(c.EffectiveSize[0]) || !math.IsNaN(c.EffectiveSize[1]) {
		s.Rows = append(s.Rows,
			changedRow{m.t("report.changed.effective_size"), figure(c.EffectiveSize[0], m.fig.fmt2), figure(c.EffectiveSize[1], m.fig.fmt2)},
			changedRow{m.t("report.changed.constraint"), figure(c.Constraint[0], m.fig.fmt2), figure(c.Constraint[1], m.fig.fmt2)})
	}
	m.terms.use(tIQV)
	m.Changed = s
}
