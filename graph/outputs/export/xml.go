package export

import (
	"bufio"
	"encoding/xml"
	"strings"
	"unicode/utf8"
)

// xmlText writes s escaped for XML text and attribute values: <, >, &, '
// and " become entities, tabs and line breaks become character references
// (so they survive in attributes), and what XML 1.0 cannot hold at all
// (other control characters, invalid UTF-8, U+FFFE, U+FFFF) becomes U+FFFD.
// A name can neither close an element nor open a new one.
func xmlText(w *bufio.Writer, s string) {
	xml.EscapeText(w, []byte(xmlClean(s)))
}

// xmlClean replaces the characters XML 1.0 forbids with U+FFFD.
// encoding/xml does this too; doing it first keeps the rule in one visible
// place and independent of the library's choice.
func xmlClean(s string) string {
	ok := true
	for _, r := range s {
		if !xmlChar(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if !xmlChar(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

// xmlChar is the Char production of XML 1.0. utf8.RuneError decoded from
// invalid bytes is replaced by itself, which is a valid character.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// attr writes ` name="value"` with the value escaped.
func attr(w *bufio.Writer, name, value string) {
	w.WriteByte(' ')
	w.WriteString(name)
	w.WriteString(`="`)
	xmlText(w, value)
	w.WriteByte('"')
}
