package importers

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// parseNumber reads a number as people write it in spreadsheets: "2",
// "2.5", "2,5" (a decimal comma, as Swedish and German Excel write it),
// "1 200" or "1,200.50" (thousands separators), with a currency or unit
// around it ("450 SEK", "€450", "3 h"). It returns false for anything else.
func parseNumber(s string) (float64, bool) {
	v, _, ok := readNumber(s)
	return v, ok
}

// readNumber is parseNumber, and also says when the number is ambiguous: a
// single comma followed by exactly three digits ("12,000", "USD 1,200",
// "-1,000") may be a decimal comma or a thousands separator. It is read as
// a decimal comma, as "2,5" is (12,000 is 12), and the caller notes the
// cell (commaNote). A comma beside a point ("1,200.50", "1.200,50"), after
// digits grouped by spaces ("1 200,500"), after a leading 0 or more than
// three digits ("0,500", "1234,567") is no thousands separator.
func readNumber(s string) (v float64, ambiguous, ok bool) {
	// Most weights are small whole numbers: read their digits directly
	// (a tenth of reading 2 000 000 ties went to ParseFloat).
	if len(s) > 0 && len(s) <= 15 {
		var v uint64
		i := 0
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			v = v*10 + uint64(s[i]-'0')
		}
		if i == len(s) {
			return float64(v), false, true // exact: below 2^53
		}
	}
	// Most cells are plain numbers: try that first (ParseFloat's "NaN",
	// "Inf" and hex forms are not numbers a person writes, so they go on to
	// the lenient reading, which refuses them).
	if v, err := strconv.ParseFloat(s, 64); err == nil && !math.IsNaN(v) && !math.IsInf(v, 0) && plainDigits(s) {
		// "1.000" is 1 to a program and a thousand to a Swedish or German
		// spreadsheet: read as 1, and said.
		return v, thousandsSep(s, '.'), true
	}
	s = strings.TrimSpace(s)
	// A minus as typeset (U+2212, as Swedish Windows writes it, or a dash)
	// and an accountant's parentheses are signs: -3, never 3.
	if rest, ok := strings.CutPrefix(s, "\u2212"); ok {
		s = "-" + rest
	} else if rest, ok := strings.CutPrefix(s, "\u2013"); ok {
		s = "-" + rest
	}
	if len(s) > 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = "-" + strings.TrimSpace(s[1:len(s)-1])
	}
	if !spaceGroups(s) {
		return 0, false, false // "2 3" is no number
	}
	// Strip a unit or currency before or after the digits.
	s = strings.TrimFunc(s, func(r rune) bool {
		return !(unicode.IsDigit(r) || r == '-' || r == '+' || r == '.' || r == ',')
	})
	if s == "" {
		return 0, false, false
	}
	ambiguous = thousandsSep(s, ',')
	s = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\'' {
			return -1 // thousands separators
		}
		return r
	}, s)
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	switch {
	case commas == 1 && dots == 0:
		s = strings.Replace(s, ",", ".", 1)
	case commas > 0 && dots == 1 && strings.LastIndex(s, ".") > strings.LastIndex(s, ","):
		s = strings.ReplaceAll(s, ",", "")
	case dots > 0 && commas == 1 && strings.LastIndex(s, ",") > strings.LastIndex(s, "."):
		s = strings.Replace(strings.ReplaceAll(s, ".", ""), ",", ".", 1)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false, false
	}
	return v, ambiguous, true
}

// spaceGroups reports whether the spaces between digits in s group
// thousands: each is followed by exactly three digits ("12 000", "1 200,5";
// not "2 3").
func spaceGroups(s string) bool {
	rs := []rune(s)
	for k, r := range rs {
		if r != ' ' && r != '\u00a0' && r != '\u202f' || k == 0 || !unicode.IsDigit(rs[k-1]) {
			continue
		}
		n := 0
		for j := k + 1; j < len(rs) && unicode.IsDigit(rs[j]); j++ {
			n++
		}
		if n > 0 && n != 3 {
			return false
		}
	}
	return true
}

// thousandsSep reports whether s (a unit stripped) is written as a
// thousand or more with sep (a comma or a point) between the thousands: 1
// to 3 digits, the first not 0, sep and exactly three digits, nothing else.
func thousandsSep(s string, sep byte) bool {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	i := strings.IndexByte(s, sep)
	if i < 1 || i > 3 || s[0] == '0' || len(s) != i+4 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if k != i && (s[k] < '0' || s[k] > '9') {
			return false
		}
	}
	return true
}

// ambiguousKind is the kind of the note on an ambiguous number:
// "ambiguous point" for "1.000", else "ambiguous comma".
func ambiguousKind(cell string) string {
	if thousandsSep(strings.TrimSpace(cell), '.') {
		return "ambiguous point"
	}
	return "ambiguous comma"
}

// commaNote words the note on an ambiguous number (readNumber): how it was
// read, and how to write either reading so that it cannot be mistaken.
// cell is the number as written in the file, field what it is ("weight").
func commaNote(field, cell string, v float64) string {
	if plain := strings.TrimSpace(cell); thousandsSep(plain, '.') {
		whole := strings.Replace(plain, ".", "", 1)
		return fmt.Sprintf("%s %q is read as %s, its point as a decimal point (as in 2.5); if it means %s, write %s or %s without the point",
			field, short(cell), strconv.FormatFloat(v, 'f', -1, 64), whole, whole, strings.Replace(plain, ".", " ", 1))
	}
	s := strings.TrimFunc(strings.TrimSpace(cell), func(r rune) bool {
		return !(unicode.IsDigit(r) || r == '-' || r == '+' || r == ',')
	})
	i := strings.IndexByte(s, ',')
	whole, grouped := cell, cell
	if i >= 0 {
		whole, grouped = s[:i]+s[i+1:], s[:i]+" "+s[i+1:]
	}
	read := strconv.FormatFloat(v, 'f', -1, 64)
	keep := read
	if strings.Contains(read, ".") {
		keep = read + " or " + strings.Replace(read, ".", ",", 1)
	}
	return fmt.Sprintf("%s %q is read as %s, its comma as a decimal comma (as in 2,5); if it means %s, write %s or %s without the comma; to keep %s, write %s",
		field, short(cell), read, whole, whole, grouped, read, keep)
}

// plainDigits reports whether s holds only digits, signs, a point and an
// exponent: a number as a program writes it.
func plainDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E') {
			return false
		}
	}
	return true
}
