package words

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	msgcat "golang.org/x/text/message/catalog"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/finding"
)

// Namer names people for a reader. Outputs choose: names with ids, names
// alone, or pseudonyms when the output is anonymised.
type Namer interface {
	// Label is how a person is named in a sentence.
	Label(i int) string
	// ID is the person's id (or pseudonym), written quoted.
	ID(i int) string
}

// Addressee is a Namer that names the reader "you" (the report names its
// client so). A sentence whose people include the reader is worded with
// its code's youSuffix variant when the catalog has one ("You lie on the
// most shortest paths …: news and ideas pass through you first"), as a
// verb after "you" and the pronoun for the reader are not the ones for
// another person ("Anna lies …: through them").
type Addressee interface {
	Namer
	// IsReader reports whether person i is the reader, named "you".
	IsReader(i int) bool
}

// youSuffix ends the code of a sentence's variant for the reader
// (Addressee).
const youSuffix = ".you"

// catalog is one language's words: a format per code (fmt verbs, the
// arguments in the finding's order; a language may reorder them with
// explicit indexes, %[2]s, but uses each with the same verb), terms, and
// nouns in the singular and the plural.
type catalog struct {
	tag      language.Tag
	messages map[finding.Code]string
	terms    map[finding.Term]string
	nouns    map[finding.Term][2]string

	once sync.Once        // builds mp
	mp   *message.Printer // the x/text printer of messages
}

// Printer words findings in one language for one reader.
type Printer struct {
	namer Namer
	cat   *catalog
	// mp prints the catalog's language through x/text, which writes
	// numbers as the language does: thousands grouped ("8,250",
	// Swedish "8 250"), the decimal mark ("0.12", "0,12").
	mp *message.Printer
}

// Figures writes numbers and dates for a reader, in the printer's
// language. Outputs that format figures themselves (the report's tables
// and charts) use it, so that a table and a sentence write a figure alike.
type Figures interface {
	// Int writes a count: "8,250"; Swedish "8 250".
	Int(n int) string
	// Fixed writes x with the given decimals: "0.12"; Swedish "0,12".
	Fixed(x float64, decimals int) string
	// Signed writes x with its sign: "+0.15", "-0.22"; Swedish "+0,15",
	// "−0,22".
	Signed(x float64, decimals int) string
	// Amount writes hours, fees and weights as the reasons do: as many
	// decimals as the value has, never in exponent form ("1.5", "2800");
	// Swedish "1,5", "2 800" (English "1.5", "2,800").
	Amount(x float64) string
	// Date writes a calendar date: "1 December 2026"; Swedish
	// "1 december 2026".
	Date(t time.Time) string
}

var _ Figures = (*Printer)(nil)

// New returns a printer of English sentences naming people with namer.
func New(namer Namer) *Printer { return &Printer{namer: namer, cat: english, mp: english.printer()} }

// Languages are the languages NewIn knows, English first.
var Languages = []string{"en", "sv"}

// NewIn returns a printer of sentences in lang ("en" or "sv"; "" is
// English).
func NewIn(lang string, namer Namer) (*Printer, error) {
	if lang == "" {
		lang = "en"
	}
	cat, ok := catalogs[lang]
	if !ok {
		return nil, fmt.Errorf("words: no catalog for language %q; use en or sv", lang)
	}
	return &Printer{namer: namer, cat: cat, mp: cat.printer()}, nil
}

// Lang is the printer's language ("en", "sv").
func (p *Printer) Lang() string { return p.cat.tag.String() }

// printer builds the language's x/text catalog from its Go maps (once,
// after every file's init has added its part) and returns a printer of
// it.
func (c *catalog) printer() *message.Printer {
	c.once.Do(func() {
		b := msgcat.NewBuilder(msgcat.Fallback(c.tag))
		for code, s := range c.messages {
			if err := b.SetString(c.tag, string(code), s); err != nil {
				panic(fmt.Sprintf("words: %s message %q: %v", c.tag, code, err))
			}
		}
		c.mp = message.NewPrinter(c.tag, message.Catalog(b))
	})
	return c.mp
}

// Sentence words one finding: for the reader (Addressee) in its variant
// for them, when the catalog has one.
func (p *Printer) Sentence(f finding.Finding) string {
	args := make([]any, len(f.Args))
	for k, a := range f.Args {
		args[k] = p.arg(a)
	}
	c := p.addressed(f)
	s := p.format(c, args...)
	if c != f.Code {
		// The reader, named "you" ("du"), opens the sentence.
		for _, w := range []string{"you ", "du "} {
			if strings.HasPrefix(s, w) {
				s = strings.ToUpper(w[:1]) + s[1:]
			}
		}
	}
	return s
}

// addressed is the code to word f with: its youSuffix variant when the
// namer names the reader "you", the reader is among f's people and the
// catalog has the variant; else f's code.
func (p *Printer) addressed(f finding.Finding) finding.Code {
	a, ok := p.namer.(Addressee)
	if !ok {
		return f.Code
	}
	you := f.Code + youSuffix
	if _, ok := english.messages[you]; !ok {
		return f.Code
	}
	for _, x := range f.Args {
		var people []int
		switch v := x.(type) {
		case finding.People:
			people = v
		case finding.PeopleAndMore:
			people = v.People
		case finding.Person:
			people = []int{int(v)}
		}
		if slices.ContainsFunc(people, a.IsReader) {
			return you
		}
	}
	return f.Code
}

// format prints a code's message with arguments already made printable.
func (p *Printer) format(c finding.Code, args ...any) string {
	if _, ok := p.cat.messages[c]; ok && p.mp != nil {
		return p.mp.Sprintf(string(c), args...)
	}
	format, ok := english.messages[c]
	if !ok {
		// A code without words is a bug; say so rather than print nothing.
		return fmt.Sprintf("[%s]", c)
	}
	return fmt.Sprintf(format, args...)
}

// Text words one code with its arguments, as a finding made on the spot:
// the report's headings, labels and sentences (report.* codes).
func (p *Printer) Text(c finding.Code, args ...any) string {
	return p.Sentence(finding.New(c, args...))
}

// Section words findings as one paragraph: the sentences in order,
// separated by a space.
func (p *Printer) Section(fs []finding.Finding) string {
	parts := make([]string, len(fs))
	for k, f := range fs {
		parts[k] = p.Sentence(f)
	}
	return strings.Join(parts, " ")
}

// arg turns a finding's argument into what its format verb prints.
func (p *Printer) arg(a any) any {
	switch v := a.(type) {
	case finding.Term:
		return p.Term(v)
	case finding.Count:
		return p.Count(v.N, v.Noun)
	case finding.People:
		names := make([]string, len(v))
		for k, i := range v {
			names[k] = p.namer.Label(i)
		}
		return p.JoinAnd(names)
	case finding.PeopleAndMore:
		names := make([]string, len(v.People))
		for k, i := range v.People {
			names[k] = p.namer.Label(i)
		}
		if v.More > 0 {
			return p.AndMore(names, v.More)
		}
		return p.JoinAnd(names)
	case finding.Person:
		return p.namer.Label(int(v))
	case finding.PersonID:
		return strconv.Quote(p.namer.ID(int(v)))
	case finding.Values:
		return p.JoinOr(v)
	case finding.Amount:
		return p.Amount(float64(v))
	case finding.Networks:
		if len(v) > 5 {
			return p.AndMore(v[:5], len(v)-5)
		}
		return p.JoinAnd(v)
	}
	return a
}

// Term translates a term of the catalog (itself when it has none).
func (p *Printer) Term(t finding.Term) string {
	if s, ok := p.cat.terms[t]; ok {
		return s
	}
	return string(t)
}

// Count writes n with the noun in the right form: "1 person", "3 people".
func (p *Printer) Count(n int, noun finding.Term) string {
	forms, ok := p.cat.nouns[noun]
	if !ok {
		forms = [2]string{string(noun), string(noun)}
	}
	if n == 1 {
		return p.Int(n) + " " + forms[0]
	}
	return p.Int(n) + " " + forms[1]
}

// The codes of lists: "a and b", "a or b", "a, b and 4 more", their
// heads joined by ", ".
const (
	listAnd     finding.Code = "words.and"      // head, last
	listOr      finding.Code = "words.or"       // head, last
	listAndMore finding.Code = "words.and_more" // head, how many more
)

// JoinAnd writes a list for a sentence in the printer's language: "a",
// "a and b", "a, b and c".
func (p *Printer) JoinAnd(parts []string) string { return p.join(listAnd, parts) }

// JoinOr writes alternatives in the printer's language: "a", "a or b",
// "a, b or c".
func (p *Printer) JoinOr(parts []string) string { return p.join(listOr, parts) }

// AndMore writes the first items of a longer list and how many more there
// are: "a, b, c and 4 more".
func (p *Printer) AndMore(parts []string, more int) string {
	return p.format(listAndMore, strings.Join(parts, ", "), more)
}

func (p *Printer) join(c finding.Code, parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return p.format(c, strings.Join(parts[:len(parts)-1], ", "), parts[len(parts)-1])
}

// Int writes a count (Figures).
func (p *Printer) Int(n int) string {
	if p.mp == nil {
		return strconv.Itoa(n)
	}
	return p.mp.Sprintf("%d", n)
}

// Fixed writes x with decimals decimals (Figures).
func (p *Printer) Fixed(x float64, decimals int) string {
	if p.mp == nil {
		return fmt.Sprintf("%.*f", decimals, x)
	}
	return p.mp.Sprintf("%.*f", decimals, x)
}

// Signed writes x with its sign and decimals decimals (Figures).
func (p *Printer) Signed(x float64, decimals int) string {
	if p.mp == nil {
		return fmt.Sprintf("%+.*f", decimals, x)
	}
	return p.mp.Sprintf("%+.*f", decimals, x)
}

// Amount writes an amount as the reasons do, never in exponent form
// (Figures).
func (p *Printer) Amount(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if p.mp == nil {
		return s
	}
	decimals := 0
	if _, frac, ok := strings.Cut(s, "."); ok {
		decimals = len(frac)
	}
	return p.mp.Sprintf("%.*f", decimals, x)
}

// Date writes a calendar date, day month year, the month in the printer's
// language (Figures).
func (p *Printer) Date(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + p.Term(finding.Term(t.Month().String())) + " " + strconv.Itoa(t.Year())
}

// JoinAnd writes a list for an English sentence: "a", "a and b", "a, b
// and c" (Printer.JoinAnd in a printer's language).
func JoinAnd(parts []string) string { return New(nil).JoinAnd(parts) }

// JoinOr writes alternatives for an English sentence: "a", "a or b", "a,
// b or c" (Printer.JoinOr in a printer's language).
func JoinOr(parts []string) string { return New(nil).JoinOr(parts) }

// Codes lists every code the English catalog words, for tests that check
// that each code the analysis can emit has words.
func Codes() []finding.Code {
	out := make([]finding.Code, 0, len(english.messages))
	for c := range english.messages {
		out = append(out, c)
	}
	return out
}

// Has reports whether the catalog words a code.
func Has(c finding.Code) bool {
	_, ok := english.messages[c]
	return ok
}

// ByName names people by name as a reader knows them: the name, the id
// when the name is empty, and "Name (id)" only to tell apart two people
// with the same name.
type ByName struct {
	nw   *graph.Network
	dupe map[string]bool
}

// NewByName returns a namer for the people of nw.
func NewByName(nw *graph.Network) *ByName {
	seen := make(map[string]bool, len(nw.People))
	dupe := map[string]bool{}
	for _, p := range nw.People {
		if p.Name == "" {
			continue
		}
		if seen[p.Name] {
			dupe[p.Name] = true
		}
		seen[p.Name] = true
	}
	return &ByName{nw: nw, dupe: dupe}
}

// Label is the person's name (see ByName).
func (b *ByName) Label(i int) string {
	p := b.nw.People[i]
	switch {
	case p.Name == "":
		return p.ID
	case b.dupe[p.Name]:
		return p.Name + " (" + p.ID + ")"
	}
	return p.Name
}

// ID is the person's id.
func (b *ByName) ID(i int) string { return b.nw.People[i].ID }

// Messages are a language's message formats by code (a copy; nil for a
// language without a catalog), for tests that check what an output
// printed against a catalog.
func Messages(lang string) map[finding.Code]string {
	cat, ok := catalogs[lang]
	if !ok {
		return nil
	}
	out := make(map[finding.Code]string, len(cat.messages))
	for c, s := range cat.messages {
		out[c] = s
	}
	return out
}

// Terms are a language's words outside its messages: its terms and both
// forms of its nouns (English terms are their own words, so English lists
// the terms other catalogs translate).
func Terms(lang string) []string {
	cat, ok := catalogs[lang]
	if !ok {
		return nil
	}
	var out []string
	for t, s := range cat.terms {
		out = append(out, s)
		if cat == english {
			out = append(out, string(t))
		}
	}
	if cat == english {
		for t := range swedish.terms {
			out = append(out, string(t))
		}
	}
	for _, f := range cat.nouns {
		out = append(out, f[0], f[1])
	}
	return out
}
