package anonymize

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/tiesnet/ties/graph"
)

// Hidden stands in free text for a word of a person's name or id.
const Hidden = "[name]"

// HiddenContact stands in free text for an e-mail address, a web address
// or a telephone number: contact details are never read into the model,
// and one typed into a network's purpose must not reach an output either.
const HiddenContact = "[contact]"

// contactPattern finds e-mail addresses, web addresses and telephone
// numbers (a + or a 0, then at least 7 digits with spaces, dots, hyphens
// or brackets between them: "+46 70 123 45 67", "070-123 45 67"; a year
// range such as 2024-2025 starts otherwise).
var contactPattern = regexp.MustCompile(`(?i)[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|\b(?:https?://|www\.)[^\s<>"]+|(?:\+|\b0)\d(?:[\s().-]?\d){6,}`)

// Scrubber hides people's names and ids in free text: a tie's type ("advice
// from Anna Berg"), a network's purpose or organiser. A pseudonym beside
// the real name in a sentence the user wrote would undo it. A word of the
// text is hidden when it is, in any case, a word of at least three letters
// of someone's name or id (or such a word with a genitive s: "Annas",
// "Bergström's"); a run of hidden words becomes one Hidden. E-mail
// addresses, web addresses and telephone numbers become HiddenContact. It
// cannot know a name of someone who is not in the data.
type Scrubber struct {
	words map[string]bool
}

// particles are words of names that are words of sentences too.
var particles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "del": true, "des": true,
	"and": true, "och": true, "the": true, "bin": true, "dos": true, "das": true}

// NewScrubber returns a scrubber for the names and ids of nw's people.
func NewScrubber(nw *graph.Network) *Scrubber {
	s := &Scrubber{words: map[string]bool{}}
	add := func(w string) {
		if w = strings.ToLower(w); len([]rune(w)) >= 3 && !particles[w] {
			s.words[w] = true
		}
	}
	for _, p := range nw.People {
		// "Marker1" is a word of the name, and so is "Marker".
		for _, w := range splitWords(p.Name) {
			add(w)
		}
		for _, w := range strings.FieldsFunc(p.Name, func(r rune) bool { return !wordRune(r) }) {
			add(strings.Trim(w, "._-@'’"))
		}
		if id := strings.ToLower(p.ID); len([]rune(id)) >= 3 {
			s.words[id] = true
		}
		// The words of an id made from a name ("anna.berg", "xavier
		// newcomer"); digits alone are figures, not names.
		for _, w := range strings.FieldsFunc(p.ID, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
				add(w)
			}
		}
	}
	return s
}

// Text returns t with the words of names and ids, and contact details,
// hidden.
func (s *Scrubber) Text(t string) string {
	if t == "" {
		return t
	}
	t = contactPattern.ReplaceAllString(t, HiddenContact)
	if len(s.words) == 0 {
		return t
	}
	var b strings.Builder
	hid := false // the last word written was Hidden, with only spaces since
	gap := ""    // spaces after a hidden word, not yet written
	for _, tok := range tokens(t) {
		switch {
		case isWord(tok) && s.hides(tok):
			if !hid {
				b.WriteString(gap)
				b.WriteString(Hidden)
			}
			hid, gap = true, ""
		case hid && strings.TrimSpace(tok) == "":
			gap += tok
		default:
			b.WriteString(gap)
			b.WriteString(tok)
			hid, gap = false, ""
		}
	}
	b.WriteString(gap)
	return b.String()
}

// hides reports whether a word of a text is a word of a name or an id:
// whole ("Uniquename", "zz.alice"), or in one of its parts joined by a
// hyphen or a dot ("Özdemir-Quark", "anna.berg").
func (s *Scrubber) hides(tok string) bool {
	lower := strings.ToLower(tok)
	if s.word(lower) {
		return true
	}
	for _, part := range strings.FieldsFunc(lower, func(r rune) bool { return strings.ContainsRune("._-@'’", r) }) {
		if s.word(part) {
			return true
		}
		// "marker2": the letters of a word with digits.
		for _, letters := range strings.FieldsFunc(part, unicode.IsDigit) {
			if s.word(letters) {
				return true
			}
		}
	}
	return false
}

// word reports whether w (lower case) is a word of a name or an id, or
// one with a genitive s ("annas", "bergströms").
func (s *Scrubber) word(w string) bool {
	if s.words[w] {
		return true
	}
	base, ok := strings.CutSuffix(w, "s")
	return ok && len([]rune(base)) >= 3 && s.words[base]
}

// Network hides names and ids in nw's free text in place: tie types,
// membership roles ("chair Roberto"), networks' purposes and organisers.
// Network names are kept: they are how the user names the networks on the
// command line (--without). Ties of one pair whose types the scrubbing
// makes one ("advice from Anna", "advice from Bo") are then one tie, their
// weights summed, as repeated ties are (graph.Network.Normalize).
func (s *Scrubber) Network(nw *graph.Network) {
	if nw.RewriteTieTypes(s.Text) > 0 {
		nw.Normalize()
	}
	for g := range nw.Groups {
		for k, role := range nw.Groups[g].Roles {
			if role != "" {
				nw.Groups[g].Roles[k] = s.Text(role)
			}
		}
		if in := nw.Groups[g].Info; in != nil {
			c := *in
			c.Purpose, c.Organiser = s.Text(c.Purpose), s.Text(c.Organiser)
			nw.Groups[g].Info = &c
		}
	}
}

// wordRune is a rune of a word or an id: letters, digits and the
// punctuation ids are written with.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || strings.ContainsRune("._-@'’", r)
}

// tokens splits t into words (runs of wordRune, without punctuation at
// their ends) and what lies between them.
func tokens(t string) []string {
	var out []string
	start, inWord := 0, false
	for k, r := range t {
		if w := wordRune(r); w != inWord {
			if k > start {
				out = append(out, t[start:k])
			}
			start, inWord = k, w
		}
	}
	if start < len(t) {
		out = append(out, t[start:])
	}
	// A word's trailing or leading punctuation ("Berg." "-Anna") is not
	// part of it.
	var split []string
	for _, tok := range out {
		if !wordRune([]rune(tok)[0]) {
			split = append(split, tok)
			continue
		}
		core := strings.TrimFunc(tok, func(r rune) bool { return strings.ContainsRune("._-@'’", r) })
		if core == "" {
			split = append(split, tok)
			continue
		}
		i := strings.Index(tok, core)
		split = appendNonEmpty(split, tok[:i], core, tok[i+len(core):])
	}
	return split
}

func appendNonEmpty(out []string, parts ...string) []string {
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func isWord(tok string) bool {
	r := []rune(tok)
	return len(r) > 0 && wordRune(r[0])
}

// splitWords splits a name into its words: "Anna-Karin Berg" gives Anna,
// Karin, Berg.
func splitWords(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
}
