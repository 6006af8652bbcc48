package render

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// wording is how a picture says things: every word it shows is a
// render.* code of the words catalog (graph/outputs/words,
// english_render.go and swedish_render.go), printed in the language of
// Options.Words (English when nil). Names, attribute names and values and
// network names come from the data and are never translated; they arrive
// as arguments.
//
// Counts that change a noun's form have two codes: code for the plural
// and code+".one" for one (wording.n). Where English pictures have always
// written the plural for one ("1 members"), its ".one" entry keeps that
// wording, so that English pictures stay as they were byte for byte.
//
// Figures: English pictures write numbers as they always have (fmtInt,
// fmtNum, fmt's %.2f); any other language writes them through the
// printer's figures (words.Figures: "0,25", "−0,02", "8 250").
type wording struct {
	p *words.Printer
	// en: the printer speaks English, and figures are written as the
	// English pictures always wrote them.
	en bool
}

func newWording(p *words.Printer) wording {
	if p == nil {
		p = words.New(nil)
	}
	return wording{p: p, en: p.Lang() == "en"}
}

// t words a code with its arguments.
func (w wording) t(code string, args ...any) string {
	return w.p.Text(finding.Code(code), args...)
}

// n words a code whose noun follows count: code+".one" when count is 1.
func (w wording) n(code string, count int, args ...any) string {
	if count == 1 {
		code += ".one"
	}
	return w.t(code, args...)
}

// int writes a whole number: in English groups of three digits separated
// by a space from 10 000 on (fmtInt).
func (w wording) int(n int) string {
	if w.en {
		return fmtInt(n)
	}
	return w.p.Int(n)
}

// dec writes x with digits decimals ("0.25").
func (w wording) dec(x float64, digits int) string {
	if w.en {
		return fmt.Sprintf("%.*f", digits, x)
	}
	return w.p.Fixed(x, digits)
}

// num writes x with at most 3 decimals, trailing zeros dropped ("1.5",
// "2"), as fmtNum.
func (w wording) num(x float64) string {
	s := fmtNum(x)
	if w.en {
		return s
	}
	_, frac, _ := strings.Cut(s, ".")
	return w.p.Fixed(x, len(frac))
}

// signed writes x with its sign (−0.022, +0.15), 0 unsigned.
func (w wording) signed(x float64, digits int) string {
	if math.Abs(x) < 0.5*math.Pow(10, -float64(digits)) {
		return w.dec(0, digits)
	}
	if !w.en {
		return w.p.Signed(x, digits)
	}
	s := fmt.Sprintf("%+.*f", digits, x)
	return strings.Replace(s, "-", "−", 1)
}

// and joins names for a sentence: "a", "a and b", "a, b and c".
func (w wording) and(xs []string) string { return w.p.JoinAnd(xs) }

// some names up to n items, then how many more: "a, b, c and 4 more".
func (w wording) some(xs []string, n int) string {
	if len(xs) <= n {
		return w.and(xs)
	}
	return w.p.AndMore(xs[:n], len(xs)-n)
}

// percent writes a percentage (40.2) whole ("40%").
func (w wording) percent(pct float64) string {
	return w.t("render.percent", w.dec(pct, 0))
}

// valuePct is a value with its percentage of the people ("engineer 40%").
func (w wording) valuePct(value string, pct float64) string {
	return w.t("render.value_share", value, w.percent(pct))
}

// community is how a community is called ("community 3").
func (w wording) community(c int) string { return w.t("render.community", c) }

// otherValues names a palette's "other" entry: values more than colours.
func (w wording) otherValues(n int) string { return w.t("render.palette.other", n) }

// verdict is a verdict's name in the evaluation's words (the same codes
// the report prints verdicts with); "" is no verdict.
func (w wording) verdict(v evaluate.Verdict) string {
	key := "none"
	if v != "" {
		key = strings.ReplaceAll(string(v), " ", "_")
	}
	return w.t("report.verdict." + key)
}

// capital writes s with its first letter upper case.
func capital(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
