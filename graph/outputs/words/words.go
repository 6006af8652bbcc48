// Package words turns findings and reasons (graph/finding: codes with the
// figures behind them) into sentences for people. It is the one place where
// the analysis and the evaluation are worded: tables, the JSON's findings,
// and reports all print through a Printer, so a figure reads the same
// everywhere, and a second language is a second catalog, not a change to
// the analysis.
package words

import (
	"fmt"
	"strconv"
	"strings"

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

// Printer words findings in one language for one reader.
type Printer struct {
	namer Namer
	cat   *catalog
}

// New returns a printer of English sentences naming people with namer.
func New(namer Namer) *Printer { return &Printer{namer: namer, cat: english} }

// NewIn returns a printer of sentences in lang ("en" or "sv").
func NewIn(lang string, namer Namer) (*Printer, error) {
	cat, ok := catalogs[lang]
	if !ok {
		return nil, fmt.Errorf("words: no catalog for language %q; use en or sv", lang)
	}
	return &Printer{namer: namer, cat: cat}, nil
}

// Sentence words one finding.
func (p *Printer) Sentence(f finding.Finding) string {
	format, ok := p.cat.messages[f.Code]
	if !ok {
		// A code without words is a bug; say so rather than print nothing.
		return fmt.Sprintf("[%s]", f.Code)
	}
	args := make([]any, len(f.Args))
	for k, a := range f.Args {
		args[k] = p.arg(a)
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
		return JoinAnd(names)
	case finding.PeopleAndMore:
		names := make([]string, len(v.People))
		for k, i := range v.People {
			names[k] = p.namer.Label(i)
		}
		if v.More > 0 {
			return strings.Join(names, ", ") + fmt.Sprintf(" and %d more", v.More)
		}
		return JoinAnd(names)
	case finding.Person:
		return p.namer.Label(int(v))
	case finding.PersonID:
		return strconv.Quote(p.namer.ID(int(v)))
	case finding.Values:
		return JoinOr(v)
	case finding.Amount:
		return strconv.FormatFloat(float64(v), 'f', -1, 64)
	case finding.Networks:
		if len(v) > 5 {
			return strings.Join(v[:5], ", ") + fmt.Sprintf(" and %d more", len(v)-5)
		}
		return JoinAnd(v)
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
		return fmt.Sprintf("%d %s", n, forms[0])
	}
	return fmt.Sprintf("%d %s", n, forms[1])
}

// JoinAnd writes a list for a sentence: "a", "a and b", "a, b and c".
func JoinAnd(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// JoinOr writes alternatives for a sentence: "a", "a or b", "a, b or c".
func JoinOr(parts []string) string {
	switch len(parts) {
	case 0:
		return ""
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

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
