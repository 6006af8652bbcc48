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
	n := 0
	fix := func(s *string) {
		if v, ok := displayText(*s); ok {
			*s, n = v, n+1
		}
	}
	for i := range nw.People {
		name := nw.People[i].Name
		if fix(&name); name != nw.People[i].Name {
			nw.SetName(i, name)
		}
		for a := range nw.Attributes {
			v := nw.Attr(i, a)
			if fix(&v); v != nw.Attr(i, a) {
				nw.SetAttr(i, a, v)
			}
		}
	}
	for g := range nw.Groups {
		name := nw.Groups[g].Name
		if v, ok := displayText(name); ok {
			// Another network may have the cleaned name: this one
			// becomes "N1 (2)", never keeping the characters.
			for k := 2; !nw.RenameGroup(g, v); k++ {
				v = fmt.Sprintf("%s (%d)", strings.TrimRight(v, " "), k)
			}
			n++
		}
		if in := nw.Groups[g].Info; in != nil {
			fix(&in.Purpose)
			fix(&in.Organiser)
		}
	}
	types := map[string]string{}
	for i := range nw.Ties {
		t := nw.Ties[i].Type
		if t == "" {
			continue
		}
		v, seen := types[t]
		if !seen {
			v, _ = displayText(t)
			types[t] = v
		}
		if v != t {
			nw.Ties[i].Type, n = v, n+1
		}
	}
	if n > 0 && len(l.rep.Files) > 0 {
		l.rep.Files[0].note("control characters", Problem{
			Reason: fmt.Sprintf("%s of the files read held control characters (replaced by spaces) or text-direction overrides (removed), which would garble the outputs", pluralWord(n, "a name, value or label", "names, values or labels"))})
	}
}
