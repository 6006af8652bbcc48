package importers

import (
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
	// Most weights are small whole numbers: read their digits directly
	// (a tenth of reading 2 000 000 ties went to ParseFloat).
	if len(s) > 0 && len(s) <= 15 {
		var v uint64
		i := 0
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			v = v*10 + uint64(s[i]-'0')
		}
		if i == len(s) {
			return float64(v), true // exact: below 2^53
		}
	}
	// Most cells are plain numbers: try that first (ParseFloat's "NaN",
	// "Inf" and hex forms are not numbers a person writes, so they go on to
	// the lenient reading, which refuses them).
	if v, err := strconv.ParseFloat(s, 64); err == nil && !math.IsNaN(v) && !math.IsInf(v, 0) && plainDigits(s) {
		return v, true
	}
	s = strings.TrimSpace(s)
	// Strip a unit or currency before or after the digits.
	s = strings.TrimFunc(s, func(r rune) bool {
		return !(unicode.IsDigit(r) || r == '-' || r == '+' || r == '.' || r == ',')
	})
	if s == "" {
		return 0, false
	}
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
		return 0, false
	}
	return v, true
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
