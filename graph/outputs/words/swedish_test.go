package words

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tiesnet/ties/graph/finding"
)

// Every code, term and noun of the English catalog has Swedish words (the
// analysis', the evaluation's, the report's, and the pictures' once
// english_render.go registers them), and Swedish has nothing English does
// not: the test names every code missing.
func TestSwedishIsComplete(t *testing.T) {
	var missing, stale []string
	for c := range english.messages {
		if _, ok := swedish.messages[c]; !ok {
			missing = append(missing, string(c))
		}
	}
	for c := range swedish.messages {
		if _, ok := english.messages[c]; !ok {
			stale = append(stale, string(c))
		}
	}
	for n := range english.nouns {
		if _, ok := swedish.nouns[n]; !ok {
			missing = append(missing, "noun "+strconv.Quote(string(n)))
		}
	}
	for n := range swedish.nouns {
		if _, ok := english.nouns[n]; !ok {
			stale = append(stale, "noun "+strconv.Quote(string(n)))
		}
	}
	// Terms: every term the analysis and the evaluation declare (levels;
	// nouns are checked above), English's own terms, and the months.
	var terms []finding.Term
	for _, dir := range []string{"../../analysis", "../../evaluate"} {
		_, ts := declaredCodes(t, dir)
		terms = append(terms, ts...)
	}
	for term := range english.terms {
		terms = append(terms, term)
	}
	for m := time.January; m <= time.December; m++ {
		terms = append(terms, finding.Term(m.String()))
	}
	for _, term := range terms {
		if _, noun := english.nouns[term]; noun {
			continue
		}
		if swedish.terms[term] == "" {
			missing = append(missing, "term "+strconv.Quote(string(term)))
		}
	}
	slices.Sort(missing)
	slices.Sort(stale)
	if len(missing) > 0 {
		t.Errorf("%d English codes, terms or nouns have no Swedish words:\n  %s", len(missing), strings.Join(missing, "\n  "))
	}
	if len(stale) > 0 {
		t.Errorf("%d Swedish codes or nouns are not in English (renamed or removed?):\n  %s", len(stale), strings.Join(stale, "\n  "))
	}
}

// verbSpec is what one argument is printed with: flags, width, precision
// and verb, without the argument index ("+.2f", "s").
type verbSpec = string

// verbs parses a format as fmt does and returns each argument's verb by
// the argument's place (from 1), following explicit indexes (%[2]s,
// %.0[4]f). An argument printed twice must be printed alike.
func verbs(format string) (map[int]verbSpec, error) {
	out := map[int]verbSpec{}
	arg := 0 // the next argument, from 0
	use := func(spec string) error {
		if old, ok := out[arg+1]; ok && old != spec {
			return fmt.Errorf("argument %d printed as %%%s and %%%s", arg+1, old, spec)
		}
		out[arg+1] = spec
		arg++
		return nil
	}
	index := func(s string, i int) (int, bool) {
		if i >= len(s) || s[i] != '[' {
			return i, false
		}
		end := strings.IndexByte(s[i:], ']')
		if end < 0 {
			return i, false
		}
		n, err := strconv.Atoi(s[i+1 : i+end])
		if err != nil || n < 1 {
			return i, false
		}
		arg = n - 1
		return i + end + 1, true
	}
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		var spec strings.Builder
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			spec.WriteByte(format[i])
			i++
		}
		i, _ = index(format, i)
		if i < len(format) && format[i] == '*' {
			if err := use("*"); err != nil {
				return nil, err
			}
			spec.WriteByte('*')
			i++
		}
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			spec.WriteByte(format[i])
			i++
		}
		if i < len(format) && format[i] == '.' {
			spec.WriteByte('.')
			i++
			i, _ = index(format, i)
			if i < len(format) && format[i] == '*' {
				if err := use("*"); err != nil {
					return nil, err
				}
				spec.WriteByte('*')
				i++
			}
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				spec.WriteByte(format[i])
				i++
			}
		}
		i, _ = index(format, i)
		if i >= len(format) {
			return nil, fmt.Errorf("a format ends in a verb's middle")
		}
		spec.WriteByte(format[i])
		if err := use(spec.String()); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func TestVerbsParse(t *testing.T) {
	for format, want := range map[string]map[int]verbSpec{
		"%d tied pairs, %d of them":          {1: "d", 2: "d"},
		"%.0f%% of ties (%+.2f; %s)":         {1: ".0f", 2: "+.2f", 3: "s"},
		"%[2]s (%[1]s)":                      {1: "s", 2: "s"},
		"at %[1]s; %[3]s, %.0[4]f%% %.2[5]f": {1: "s", 3: "s", 4: ".0f", 5: ".2f"},
		"%s with more than %[3]d (%[2]s)":    {1: "s", 2: "s", 3: "d"},
		"100%% sure":                         {},
	} {
		got, err := verbs(format)
		if err != nil || !mapsEqual(got, want) {
			t.Errorf("verbs(%q) = %v, %v; want %v", format, got, err, want)
		}
	}
	if _, err := verbs("%[1]d and %[1]s"); err == nil {
		t.Error("an argument printed two ways was accepted")
	}
}

func mapsEqual(a, b map[int]verbSpec) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// Each Swedish message prints the same arguments with the same verbs as
// its English one (a language may reorder them with explicit indexes), so
// a figure reads to the same digit in both and no argument is lost.
func TestSwedishVerbsMatchEnglish(t *testing.T) {
	for c, en := range english.messages {
		sv, ok := swedish.messages[c]
		if !ok {
			continue // TestSwedishIsComplete names it
		}
		want, err := verbs(en)
		if err != nil {
			t.Errorf("%s: English: %v", c, err)
			continue
		}
		got, err := verbs(sv)
		if err != nil {
			t.Errorf("%s: Swedish: %v", c, err)
			continue
		}
		if !mapsEqual(got, want) {
			t.Errorf("%s: Swedish verbs %v, English %v\n  en: %s\n  sv: %s", c, got, want, en, sv)
		}
	}
}

// Swedish figures: a decimal comma, thousands grouped by a non-breaking
// space, a true minus sign, "%" after a space, lower-case months; English
// as Go's fmt writes them.
func TestNumbers(t *testing.T) {
	sv, err := NewIn("sv", ids{"anna", "bo", "cilla"})
	if err != nil {
		t.Fatal(err)
	}
	en := New(ids{"anna", "bo", "cilla"})
	const nb = "\u00a0"
	date := time.Date(2026, time.December, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name   string
		f      func(p *Printer) string
		en, sv string
	}{
		{"int", func(p *Printer) string { return p.Int(8250) }, "8,250", "8" + nb + "250"},
		{"small int", func(p *Printer) string { return p.Int(41) }, "41", "41"},
		{"large int", func(p *Printer) string { return p.Int(1234567) }, "1,234,567", "1" + nb + "234" + nb + "567"},
		{"negative int", func(p *Printer) string { return p.Int(-5) }, "-5", "−5"},
		{"fixed", func(p *Printer) string { return p.Fixed(0.12, 2) }, "0.12", "0,12"},
		{"fixed rounds like fmt", func(p *Printer) string { return p.Fixed(0.125, 2) }, "0.12", "0,12"},
		{"fixed grouped", func(p *Printer) string { return p.Fixed(1234.5, 2) }, "1,234.50", "1" + nb + "234,50"},
		{"three decimals", func(p *Printer) string { return p.Fixed(0.118, 3) }, "0.118", "0,118"},
		{"plus", func(p *Printer) string { return p.Signed(0.15, 2) }, "+0.15", "+0,15"},
		{"minus", func(p *Printer) string { return p.Signed(-0.22, 2) }, "-0.22", "−0,22"},
		{"zero signed", func(p *Printer) string { return p.Signed(0, 2) }, "+0.00", "+0,00"},
		{"amount", func(p *Printer) string { return p.Amount(2800) }, "2,800", "2" + nb + "800"},
		{"amount decimals", func(p *Printer) string { return p.Amount(1.5) }, "1.5", "1,5"},
		{"amount small", func(p *Printer) string { return p.Amount(0.0036) }, "0.0036", "0,0036"},
		{"amount never exponent", func(p *Printer) string { return p.Amount(1.2e6) }, "1,200,000", "1" + nb + "200" + nb + "000"},
		{"date", func(p *Printer) string { return p.Date(date) }, "1 December 2026", "1 december 2026"},
		{"count", func(p *Printer) string { return p.Count(8250, "person") }, "8,250 people", "8" + nb + "250 personer"},
		{"count one", func(p *Printer) string { return p.Count(1, "network") }, "1 network", "1 nätverk"},
		{"and", func(p *Printer) string { return p.JoinAnd([]string{"a", "b", "c"}) }, "a, b and c", "a, b och c"},
		{"or", func(p *Printer) string { return p.JoinOr([]string{"a", "b", "c"}) }, "a, b or c", "a, b eller c"},
		{"and more", func(p *Printer) string { return p.AndMore([]string{"a", "b"}, 4) }, "a, b and 4 more", "a, b och 4 till"},
		{"percent in a sentence", func(p *Printer) string {
			return p.Text("ego.contacts", finding.Count{N: 23, Noun: "contact"}, 19.3, 16.2)
		}, "You have 23 contacts; your effective size is 19.3, so about 16% of your contacts are redundant (they know each other).",
			"Du har 23 kontakter; din effektiva storlek är 19,3, så ungefär 16" + nb + "% av dina kontakter är redundanta (de känner varandra)."},
		{"balance in a sentence", func(p *Printer) string { return p.Text("reciprocity.ego_takes_more", 13, 17, -0.135) },
			"You give to 13 and receive from 17; you take more than you give (balance -0.14).",
			"Du ger till 13 och tar emot från 17; du tar mer än du ger (balans −0,14)."},
		{"reordered arguments", func(p *Printer) string {
			return p.Text("evaluate.held_only_here", finding.Count{N: 2, Noun: "contact"}, finding.People{0, 2})
		}, "Tied to you only through it: anna (0) and cilla (2) (2 contacts); without it these ties would likely fade.",
			"Knutna till dig bara genom det: anna (0) och cilla (2) (2 kontakter); utan det skulle de här banden troligen tyna bort."},
		{"networks and more", func(p *Printer) string {
			return p.Text("report.summary.good", finding.Networks{"A", "B", "C", "D", "E", "F", "G"})
		}, "Worth your time: A, B, C, D, E and 2 more.", "Värda din tid: A, B, C, D, E och 2 till."},
		{"term", func(p *Printer) string {
			return p.Text("diversity.all_cover", finding.Count{N: 300, Noun: "person"}, "country", 2, 5)
		}, "Three quarters of the 300 people with a known country are in 2 of their 5 country values.",
			"Tre fjärdedelar av de 300 personer som har uppgift om country finns i 2 av deras 5 värden för country."},
		{"level", func(p *Printer) string { return p.Text("diversity.level_iqv", finding.Term("high"), 0.812) },
			"Their diversity is high (IQV 0.81).", "Deras mångfald är hög (IQV 0,81)."},
	}
	for _, c := range cases {
		if got := c.f(en); got != c.en {
			t.Errorf("%s, English: %q, want %q", c.name, got, c.en)
		}
		if got := c.f(sv); got != c.sv {
			t.Errorf("%s, Swedish: %q, want %q", c.name, got, c.sv)
		}
	}
	if sv.Lang() != "sv" || en.Lang() != "en" {
		t.Errorf("languages: %q, %q", sv.Lang(), en.Lang())
	}
	if _, err := NewIn("de", nil); err == nil {
		t.Error("NewIn(de) gave a printer")
	}
}

// A code Swedish lacks falls back to its English words; a code nobody
// words is shown as itself.
func TestSwedishFallback(t *testing.T) {
	english.messages["test.only_english"] = "Only %d in English."
	defer delete(english.messages, "test.only_english")
	sv, _ := NewIn("sv", nil)
	if got := sv.Text("test.only_english", 1200); got != "Only 1200 in English." {
		t.Errorf("fallback: %q", got)
	}
	if got := sv.Text("no.such.code"); got != "[no.such.code]" {
		t.Errorf("unknown code: %q", got)
	}
}
