package words

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
)

// The text helpers every output uses to fit a name or a sentence to its
// place: one line, cut to a length, wrapped to a width.

// widths measures text as a terminal shows it: a CJK character takes two
// columns, an emoji one or two, a combining accent none. The condition is
// fixed rather than read from the locale (RUNEWIDTH_EASTASIAN, LANG), so
// that the same input gives the same bytes on every machine; characters of
// ambiguous width count as one, as terminals outside East Asian locales
// draw them.
var widths = &runewidth.Condition{EastAsianWidth: false}

// Width is the number of columns s takes on a terminal.
func Width(s string) int { return widths.StringWidth(s) }

// unsafeInLine reports whether r must not stand in a line of text as it
// is: control characters (C0, DEL, C1: the escape that starts terminal
// sequences, line breaks and tabs inside a value) and the bidirectional
// overrides and isolates that reorder what follows them.
func unsafeInLine(r rune) bool {
	return unicode.IsControl(r) || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

// breaksLine reports whether r is a space where a line may break: not a
// non-breaking space (a figure and its unit, "40 %"; the groups of a
// number, "8 250").
func breaksLine(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' && r != '\u2007'
}

// OneLine returns s as one line of words, harmless to a terminal and to
// a picture: invalid UTF-8 replaced, control characters, line breaks,
// tabs and bidirectional overrides as spaces, runs of spaces as one,
// trimmed. Non-breaking spaces stay.
func OneLine(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexFunc(s, unsafeInLine) >= 0 {
		s = strings.Map(func(r rune) rune {
			if unsafeInLine(r) {
				return ' '
			}
			return r
		}, s)
	}
	return strings.Join(strings.FieldsFunc(s, breaksLine), " ")
}

// Shorten cuts s to at most n runes, ending in "…" when cut.
func Shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// Wrap breaks s (made one line first, OneLine) into lines of at most width
// columns (Width; a word longer than that stays whole), never at a
// non-breaking space. The first line starts with first, every other with
// rest.
func Wrap(s string, width int, first, rest string) string {
	var b strings.Builder
	line := 0
	for k, word := range strings.FieldsFunc(OneLine(s), breaksLine) {
		n := Width(word)
		switch {
		case k == 0:
			b.WriteString(first)
			line = Width(first)
		case line+1+n > width:
			b.WriteString("\n")
			b.WriteString(rest)
			line = Width(rest)
		default:
			b.WriteByte(' ')
			line++
		}
		b.WriteString(word)
		line += n
	}
	return b.String()
}

// ShortenWidth cuts s to at most width columns (Width), ending in "…"
// when cut: Shorten for a terminal, where a CJK character takes two.
func ShortenWidth(s string, width int) string {
	if Width(s) <= width {
		return s
	}
	return widths.Truncate(s, width, "…")
}
