package importers

import (
	"fmt"
	"strings"
)

// displayText returns s without the characters that garble whatever shows
// it: C0 and C1 control characters (a NUL, an escape sequence for a
// terminal) become spaces, except tabs and line breaks (a quoted cell
// may hold lines: every output treats them as white space),
// and the explicit direction embeddings, overrides and isolates (U+202A to
// U+202E, U+2066 to U+2069), which turn the text after a name around, in
// the report's own sentences too, are removed. Letters of right-to-left
// scripts need none of them: the Unicode bidirectional algorithm orders
// them. changed is false when s is returned as it was.
func displayText(s string) (out string, changed bool) {
	k := 0
	for ; k < len(s); k++ {
		if b := s[k]; b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7f || b == 0xc2 || b == 0xe2 {
			break
		}
	}
	if k == len(s) {
		return s, false
	}
	var b strings.Builder
	b.WriteString(s[:k])
	for _, r := range s[k:] {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(r) // white space, as every output treats it
		case r < 0x20 || r >= 0x7f && r <= 0x9f:
			b.WriteByte(' ')
			changed = true
		case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
			changed = true
		default:
			b.WriteRune(r)
		}
	}
	if !changed {
		return s, false
	}
	return b.String(), true
}

// cleanDisplayText applies displayText to every text of the model a
// person reads in an output (names, attribute values, network names and
// what is known of them, tie types), and notes how many it changed. Ids
// are kept as written: they are how files refer to each other.
func (l *loader) cleanDisplayText() {
	nw := l.nw
	// Counted by where the texts come from, to note each on its file.
	var people, groups int
	fix := func(s *string, n *int) {
		if v, ok := displayText(*s); ok {
			*s, *n = trimMade(*s, v), *n+1
		}
	}
	for i := range nw.People {
		name := nw.People[i].Name
		if fix(&name, &people); name != nw.People[i].Name {
			nw.SetName(i, name)
		}
		for a := range nw.Attributes {
			v := nw.Attr(i, a)
			if fix(&v, &people); v != nw.Attr(i, a) {
				nw.SetAttr(i, a, v)
			}
		}
	}
	var renamed []string
	for g := range nw.Groups {
		name := nw.Groups[g].Name
		if v, ok := displayText(name); ok {
			// Another network may have the cleaned name: this one
			// becomes "N1 (2)", never keeping the characters.
			base := trimMade(name, v)
			if strings.TrimSpace(base) == "" {
				base = "unnamed network" // nothing but control characters
			}
			v = base
			for k := 2; !nw.RenameGroup(g, v); k++ {
				v = fmt.Sprintf("%s (%d)", base, k)
			}
			if v != base {
				renamed = append(renamed, v)
			}
			groups++
		}
		if in := nw.Groups[g].Info; in != nil {
			fix(&in.Purpose, &groups)
			fix(&in.Organiser, &groups)
		}
	}
	ties := nw.RewriteTieTypes(func(t string) string {
		v, _ := displayText(t)
		return trimMade(t, v)
	})
	why := func(n int, one, many string) string {
		return fmt.Sprintf("%s held control characters (replaced by spaces) or text-direction overrides (removed), which would garble the outputs", pluralWord(n, one, many))
	}
	l.noteOn([]string{"people"}, people, why(people, "a name or value", "names or values"))
	reason := why(groups, "a network's name or description", "networks' names or descriptions")
	if len(renamed) > 0 {
		reason += fmt.Sprintf("; a cleaned name another network has already is numbered: %s", quoteList(renamed, 200))
	}
	l.noteOn([]string{"memberships", "networks", "people"}, groups, reason)
	l.noteOn([]string{"ties", "people"}, ties, why(ties, "a tie's type", "ties' types"))
}

// trimMade trims the spaces at the ends of cleaned that cleaning made
// (an escape character at the start of a name became a space), keeping
// those the text had.
func trimMade(orig, cleaned string) string {
	if strings.TrimLeft(orig, " ") == orig {
		cleaned = strings.TrimLeft(cleaned, " ")
	}
	if strings.TrimRight(orig, " ") == orig {
		cleaned = strings.TrimRight(cleaned, " ")
	}
	return cleaned
}

// noteOn notes reason, when n > 0, on the first file read in the first of
// roles that was read (else the first file).
func (l *loader) noteOn(roles []string, n int, reason string) {
	if n == 0 || len(l.rep.Files) == 0 {
		return
	}
	for _, role := range roles {
		for _, f := range l.rep.Files {
			if f.Role == role {
				f.note("control characters", Problem{Reason: reason})
				return
			}
		}
	}
	l.rep.Files[0].note("control characters", Problem{Reason: reason})
}
