package report

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/anonymize"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// people names every person the report shows, in tables, findings and
// reasons alike, so that one person has one name everywhere:
//
//   - the ego is "you" (the catalog's word): the report is addressed to
//     them, and their name is in the title;
//   - everybody else by name (words.ByName): the name, "Name (id)" only to
//     tell apart two people with the same name, the id only when the data
//     has no name;
//   - with anonymisation, the pseudonym the diagrams use (anonymize.Pseudonyms,
//     the same key), for everybody but the ego, who stays "you".
//
// people is the words.Namer of every printer of the report: ID names a
// person too (a report shows names, never ids, where a name is known).
type people struct {
	r       *analysis.Result
	by      *words.ByName
	you     string
	anon    bool
	pseudos []string
	// names rewrites free text the user wrote (a title) under
	// anonymisation: every name and "Name (id)" by its pseudonym.
	names *strings.Replacer
	ids   map[string]string
}

func newPeople(r *analysis.Result, anon bool, key, you string) *people {
	p := &people{r: r, by: words.NewByName(r.Network), you: you, anon: anon}
	if !anon {
		return p
	}
	nw := r.Network
	ids := r.IDs()
	p.pseudos = anonymize.Pseudonyms(ids, key)
	p.ids = make(map[string]string, len(ids))
	type pair struct{ old, new string }
	var ps []pair
	for i, id := range ids {
		// Ids made of digits only are opaque numbers, not names; replacing
		// them in free text would also replace every figure ("costs 2 h").
		if strings.IndexFunc(id, unicode.IsLetter) >= 0 {
			p.ids[id] = p.pseudos[i]
		}
		if name := nw.People[i].Name; name != "" && name != id && !(i == nw.Ego && name == graph.You) {
			ps = append(ps, pair{name + " (" + id + ")", p.pseudos[i]}, pair{name, p.pseudos[i]})
		}
	}
	// Longer first: "Name (id)" before "Name", a long name before a short
	// one it contains.
	sort.SliceStable(ps, func(x, y int) bool { return len(ps[x].old) > len(ps[y].old) })
	pairs := make([]string, 0, 2*len(ps))
	for _, x := range ps {
		pairs = append(pairs, x.old, x.new)
	}
	p.names = strings.NewReplacer(pairs...)
	return p
}

// Label is how a sentence names person i.
func (p *people) Label(i int) string {
	switch {
	case i == p.r.Ego():
		return p.you
	case p.anon:
		return p.pseudos[i]
	}
	return p.by.Label(i)
}

// IsReader reports whether person i is the client, named "you": their
// sentences take the catalog's words for the reader (words.Addressee).
func (p *people) IsReader(i int) bool { return i == p.r.Ego() && i >= 0 }

var _ words.Addressee = (*people)(nil)

// ID names person i where a finding would quote an id: by name too.
func (p *people) ID(i int) string { return p.Label(i) }

// realName is the ego's own name when the data gives one (not the "you"
// of a contact export, not an id), or "".
func realName(nw *graph.Network) string {
	if nw.Ego < 0 {
		return ""
	}
	x := nw.People[nw.Ego]
	if x.Name == "" || x.Name == graph.You || x.Name == x.ID {
		return ""
	}
	return x.Name
}

// text anonymises free text the user wrote: names, then ids standing as
// words. Without anonymisation it is the text itself.
func (p *people) text(s string) string {
	if !p.anon || p.names == nil {
		return s
	}
	s = p.names.Replace(s)
	return idToken.ReplaceAllStringFunc(s, func(tok string) string {
		core := strings.TrimRight(tok, ".-")
		if x, ok := p.ids[core]; ok {
			return x + tok[len(core):]
		}
		return tok
	})
}

// capital writes a sentence that starts with "you" (the ego named first in
// a list) with a capital letter; any other start is left as it is (a name
// or an id is written as the data has it).
func (p *people) capital(s string) string {
	if p.you == "" || !strings.HasPrefix(s, p.you) {
		return s
	}
	rest := s[len(p.you):]
	if rest != "" {
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return s // a word that only starts like "you"
		}
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
