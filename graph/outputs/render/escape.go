package render

import (
	"strings"
	"unicode/utf8"
)

// Graphviz reads a quoted DOT string by turning \" into " and keeping every
// other byte; labels, tooltips and ids are then "escString"s, in which \n,
// \l, \r break lines and \N, \G, \E, \T, \H, \L expand to object names.
// In labels it also decodes HTML entities (&lt; becomes <) before its SVG
// writer escapes < > " ' and bare & again. So:
//
//   - quoteName writes a node or graph name: quotes and backslashes are
//     escaped so the string cannot end early or swallow its closing quote.
//   - quoteText writes an escString: backslashes are doubled so no \N or \G
//     sequence in a name expands, & becomes &amp; so that an entity in a name
//     is shown as typed and not decoded into markup, and newlines become \n
//     (a line break) instead of raw newlines.
//   - quoteTooltip writes a tooltip, which Graphviz's SVG writer unescapes
//     once more than a label (measured: "q\\N" shows q and the node's
//     name, "q\\\\N" shows q\N): backslashes are written four times.
//   - xmlText writes the text of an HTML-like label, where \N expands too
//     and "\\" shows one backslash.
//
// Both drop control characters and replace invalid UTF-8 and U+FFFE and
// U+FFFF (U+FFFD for each), which Graphviz would reject or pass through to
// the SVG, where XML 1.0 does not allow them.

// quoteName returns s as a quoted DOT ID.
func quoteName(s string) string { return quote(s, false) }

// quoteText returns s as a quoted DOT escString (label, xlabel, tooltip,
// id, class).
func quoteText(s string) string { return quote(s, true) }

// quoteTooltip returns s as a quoted DOT tooltip.
func quoteTooltip(s string) string {
	return quoteText(strings.ReplaceAll(s, `\`, `\\`))
}

// quoteRaw is s in quotes with only quotes and backslashes escaped: what
// quoteName gives for a name it keeps as it is.
func quoteRaw(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

func quote(s string, text bool) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			// \r\n and a lone \r are one line break; a lone \r in a name is
			// at worst an extra line.
		case r == '&' && text:
			b.WriteString("&amp;")
		default:
			writeXMLChar(&b, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// writeXMLChar writes r as XML 1.0 allows it: a control character as a
// space, U+FFFE and U+FFFF (outside XML's Char production: the SVG would
// not parse) as U+FFFD, a text-direction override not at all, any other
// as it is.
func writeXMLChar(b *strings.Builder, r rune) {
	switch {
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		b.WriteByte(' ')
	case r == 0xFFFE || r == 0xFFFF:
		b.WriteRune(utf8.RuneError)
	case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
		// Direction overrides turn the text after them around (an id
		// "abc\u202Egpj.exe" shows as "abcexe.jpg"): dropped, as the
		// importer drops them from names.
	default:
		b.WriteRune(r)
	}
}

// xmlText escapes s for the inside of an HTML-like label (<...>), where
// Graphviz reads XML: the legend's table. Newlines become spaces.
func xmlText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&#39;")
		case r == '\\':
			b.WriteString(`\\`)
		default:
			writeXMLChar(&b, r)
		}
	}
	return b.String()
}
