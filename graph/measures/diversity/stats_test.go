package diversity

import (
	"math"
	"slices"
	"testing"
)

func near(got, want float64) bool {
	if math.IsNaN(want) {
		return math.IsNaN(got)
	}
	return math.Abs(got-want) <= 1e-12*math.Max(1, math.Abs(want))
}

func TestOf(t *testing.T) {
	nan := math.NaN()
	ln2 := math.Ln2
	tests := []struct {
		name   string
		values []string
		nodes  []int
		nobody bool // nodes nil meaning nobody; otherwise nil is everyone (OfAll)
		want   Stats
	}{{
		// counts 2,1,1 of K = 4 (d exists in the population, not in the subset):
		// Blau = 1 − (4+1+1)/16, IQV = Blau/(3/4), H = 1.5 ln 2, evenness = H/ln 4.
		name: "subset with the population's K", values: []string{"a", "a", "b", "c", "d"}, nodes: []int{0, 1, 2, 3},
		want: Stats{N: 4, K: 4, Counts: []int{2, 1, 1, 0}, Blau: 0.625, IQV: 0.625 / 0.75, Entropy: 1.5 * ln2, Evenness: 0.75},
	}, {
		name: "all nodes, missing values", values: []string{"x", "", "y", "x", ""},
		want: Stats{N: 3, Missing: 2, K: 2, Counts: []int{2, 1}, Blau: 4.0 / 9, IQV: 8.0 / 9,
			Entropy: -(2.0/3*math.Log(2.0/3) + 1.0/3*math.Log(1.0/3)), Evenness: -(2.0/3*math.Log(2.0/3) + 1.0/3*math.Log(1.0/3)) / ln2},
	}, {
		name: "even over K", values: []string{"a", "b", "c", "a", "b", "c"},
		want: Stats{N: 6, K: 3, Counts: []int{2, 2, 2}, Blau: 2.0 / 3, IQV: 1, Entropy: math.Log(3), Evenness: 1},
	}, {
		name: "one category: IQV and evenness undefined", values: []string{"a", "a", ""},
		want: Stats{N: 2, Missing: 1, K: 1, Counts: []int{2}, Blau: 0, IQV: nan, Entropy: 0, Evenness: nan},
	}, {
		name: "all missing", values: []string{"", "", ""},
		want: Stats{N: 0, Missing: 3, K: 0, Counts: []int{}, Blau: nan, IQV: nan, Entropy: nan, Evenness: nan},
	}, {
		name: "empty subset", values: []string{"a", "b"}, nodes: []int{},
		want: Stats{K: 2, Counts: []int{0, 0}, Blau: nan, IQV: nan, Entropy: nan, Evenness: nan},
	}, {
		name: "subset with one value of K = 2", values: []string{"a", "b", "a"}, nodes: []int{0, 2},
		want: Stats{N: 2, K: 2, Counts: []int{2, 0}, Blau: 0, IQV: 0, Entropy: 0, Evenness: 0},
	}, {
		// A nil subset is nobody (a network without members), never the
		// population: its figures are undefined.
		name: "nil subset", values: []string{"a", "b"}, nobody: true,
		want: Stats{K: 2, Counts: []int{0, 0}, Blau: nan, IQV: nan, Entropy: nan, Evenness: nan},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := EncodeValues("x", tt.values)
			got := Of(a, tt.nodes)
			if tt.nodes == nil && !tt.nobody {
				got = OfAll(a) // the cases without nodes are the population's
			}
			w := tt.want
			if got.N != w.N || got.Missing != w.Missing || got.K != w.K || !slices.Equal(got.Counts, w.Counts) {
				t.Errorf("counts: got N %d missing %d K %d %v, want %d %d %d %v", got.N, got.Missing, got.K, got.Counts, w.N, w.Missing, w.K, w.Counts)
			}
			for _, c := range []struct {
				name      string
				got, want float64
			}{{"blau", got.Blau, w.Blau}, {"iqv", got.IQV, w.IQV}, {"entropy", got.Entropy, w.Entropy}, {"evenness", got.Evenness, w.Evenness}} {
				if !near(c.got, c.want) {
					t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
				}
			}
		})
	}
}

func TestEncodeValues(t *testing.T) {
	a := EncodeValues("city", []string{"Oslo", "", "Turku", "Oslo", "10", "7"})
	if !slices.Equal(a.Values, []int{0, -1, 1, 0, 2, 3}) || !slices.Equal(a.Categories, []string{"Oslo", "Turku", "10", "7"}) || a.K() != 4 {
		t.Errorf("got %+v", a)
	}
}
