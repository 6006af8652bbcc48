package cells

import (
	"math"
	"testing"
)

// Small betweenness keeps two significant digits: never a column of zeros.
func TestBetweennessDecimals(t *testing.T) {
	for _, c := range []struct {
		x    float64
		want int
	}{{0, 3}, {0.5, 3}, {0.012, 3}, {0.0099, 4}, {0.0012, 4}, {0.00012, 5}, {3.4e-7, 8}, {1e-300, 12}} {
		if got := BetweennessDecimals(c.x); got != c.want {
			t.Errorf("BetweennessDecimals(%g) = %d, want %d", c.x, got, c.want)
		}
	}
}

// Safe puts an apostrophe before a cell a spreadsheet would run, and only
// there.
func TestSafe(t *testing.T) {
	for in, want := range map[string]string{
		"=SUM(A1)": "'=SUM(A1)", "+46 70": "'+46 70", "-x": "'-x", "@me": "'@me",
		"\tx": "'\tx", "\rx": "'\rx", "Anna": "Anna", "": "", "a=b": "a=b",
	} {
		if got := Safe(in); got != want {
			t.Errorf("Safe(%q) = %q, want %q", in, got, want)
		}
	}
}

// Undefined figures are an empty cell, null, or a dash; others are
// written in full or with their decimals.
func TestUndefinedAndNumbers(t *testing.T) {
	for _, x := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if Float(x) != "" || string(AppendJSON(nil, x)) != "null" || Fixed(x, 2) != Dash || Signed(x, 2) != Dash {
			t.Errorf("%v: want an empty cell, null and a dash", x)
		}
	}
	if got := Float(0.1); got != "0.1" {
		t.Errorf("Float(0.1) = %q", got)
	}
	if got := string(AppendJSON([]byte("x:"), 3)); got != "x:3" {
		t.Errorf("AppendJSON(3) = %q", got)
	}
	if got, _ := Num(2.5).MarshalJSON(); string(got) != "2.5" {
		t.Errorf("Num(2.5) = %s", got)
	}
	if got := Fixed(2.345, 1); got != "2.3" {
		t.Errorf("Fixed(2.345, 1) = %q", got)
	}
	if got := Signed(0.25, 2); got != "+0.25" {
		t.Errorf("Signed(0.25, 2) = %q", got)
	}
}
