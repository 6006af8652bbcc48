package cells

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/tiesnet/ties/graph/analysis"
)

// Dash is what a table shows for an undefined figure.
const Dash = "–"

// Undefined reports whether x is no figure: NaN or infinite.
func Undefined(x float64) bool { return math.IsNaN(x) || math.IsInf(x, 0) }

// Safe keeps a text cell from being run as a formula when a CSV is opened
// in a spreadsheet (OWASP "CSV injection"): a cell starting with =, +, -,
// @, a tab or a carriage return gets a leading apostrophe, which
// spreadsheets show as text. Numbers are written without it, so "-0.5"
// stays a number. A cell starting with an apostrophe gets one too, which
// spreadsheets hide, so that it shows as written and "'-5" and "-5" stay
// apart when read back (ties reads a sheet it wrote by dropping the
// first apostrophe before these characters).
func Safe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r'", rune(s[0])) {
		return "'" + s
	}
	return s
}

// Float writes x for a CSV cell in the shortest form that reads back to
// the same float64, and an undefined x as an empty cell.
func Float(x float64) string {
	if Undefined(x) {
		return ""
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

// AppendJSON appends x to buf as a JSON number in the shortest form that
// reads back to the same float64 (integers without a decimal point), and
// an undefined x as null.
func AppendJSON(buf []byte, x float64) []byte {
	if Undefined(x) {
		return append(buf, "null"...)
	}
	return strconv.AppendFloat(buf, x, 'g', -1, 64)
}

// Num is a number in a JSON output, written by AppendJSON: null when
// undefined.
type Num float64

// MarshalJSON implements json.Marshaler.
func (x Num) MarshalJSON() ([]byte, error) { return AppendJSON(nil, float64(x)), nil }

// Fixed writes x with decimals decimals as Go's fmt does ("%.*f"), and
// Dash when undefined.
func Fixed(x float64, decimals int) string {
	if Undefined(x) {
		return Dash
	}
	return fmt.Sprintf("%.*f", decimals, x)
}

// Signed is Fixed with the sign always written ("%+.*f").
func Signed(x float64, decimals int) string {
	if Undefined(x) {
		return Dash
	}
	return fmt.Sprintf("%+.*f", decimals, x)
}

// BetweennessDecimals is how many decimals write betweenness x with at
// least two significant digits, and never fewer than three: in a large
// network every value is small (1e-5), and "0.000" would hide every
// broker.
func BetweennessDecimals(x float64) int {
	d := 3
	if x > 0 && x < 0.01 {
		d = max(d, int(-math.Floor(math.Log10(x)))+1)
	}
	return min(d, 12)
}

// Betweenness writes person i's betweenness b[i] in BetweennessDecimals,
// and when it was sampled its interval after it, "0.0012 (0.0010–0.0014)",
// each figure written by fixed (Fixed, or a language's own); Dash when
// undefined.
func Betweenness(r *analysis.Result, b []float64, i int, fixed func(x float64, decimals int) string) string {
	if b == nil || Undefined(b[i]) {
		return Dash
	}
	d := BetweennessDecimals(b[i])
	s := fixed(b[i], d)
	if lo, hi, ok := r.BetweennessInterval(i); ok {
		s += " (" + fixed(lo, d) + "–" + fixed(hi, d) + ")"
	}
	return s
}
