package diversity

import (
	"math"
	"slices"
	"testing"
)

func TestEgoDiversity(t *testing.T) {
	nan := math.NaN()
	// 0:a is tied to 1:a 2:b 3:c 4:missing; 4 is tied to 0 and 1; 5:b is an
	// isolate; 1 is tied to 0 and 4. K = 3.
	a := EncodeValues("x", []string{"a", "a", "b", "c", "", "b"})
	u := arcs(6, true, [2]int32{0, 1}, [2]int32{0, 2}, [2]int32{0, 3}, [2]int32{0, 4}, [2]int32{1, 4})
	e := EgoDiversity(u, a)
	ln3 := math.Log(3)
	want := Ego{
		NAlters: []int{3, 1, 1, 1, 2, 0},
		// node 0: a, b, c → Blau 2/3, IQV 1, H ln 3, evenness 1
		// node 4: a, a → 0; nodes 1, 2, 3: one alter a → 0
		Blau:     []float64{2.0 / 3, 0, 0, 0, 0, nan},
		IQV:      []float64{1, 0, 0, 0, 0, nan},
		Entropy:  []float64{ln3, 0, 0, 0, 0, nan},
		Evenness: []float64{1, 0, 0, 0, 0, nan},
		External: []int{2, 0, 1, 1, -1, -1},
		Internal: []int{1, 1, 0, 0, -1, -1},
		Index:    []float64{1.0 / 3, -1, 1, 1, nan, nan},
	}
	if !slices.Equal(e.NAlters, want.NAlters) || !slices.Equal(e.External, want.External) || !slices.Equal(e.Internal, want.Internal) {
		t.Errorf("counts: n_alters %v external %v internal %v, want %v %v %v", e.NAlters, e.External, e.Internal, want.NAlters, want.External, want.Internal)
	}
	for _, c := range []struct {
		name      string
		got, want []float64
	}{{"blau", e.Blau, want.Blau}, {"iqv", e.IQV, want.IQV}, {"entropy", e.Entropy, want.Entropy}, {"evenness", e.Evenness, want.Evenness}, {"index", e.Index, want.Index}} {
		for i := range c.want {
			if !near(c.got[i], c.want[i]) {
				t.Errorf("%s[%d] = %v, want %v", c.name, i, c.got[i], c.want[i])
			}
		}
	}
}

func TestEgoEIDirected(t *testing.T) {
	nan := math.NaN()
	// 0:a 1:a 2:b 3:missing 4:b (no arcs)
	a := EncodeValues("x", []string{"a", "a", "b", "", "b"})
	// 0->1, 1->0 (mutual, internal, counts twice at both), 0->2 (external),
	// 2->3 and 3->0 (other end missing)
	d := arcs(5, false, [2]int32{0, 1}, [2]int32{1, 0}, [2]int32{0, 2}, [2]int32{2, 3}, [2]int32{3, 0})
	ext, in, idx := EgoEIDirected(d, a)
	wantExt, wantIn := []int{1, 0, 1, -1, -1}, []int{2, 2, 0, -1, -1}
	wantIdx := []float64{-1.0 / 3, -1, 1, nan, nan}
	if !slices.Equal(ext, wantExt) || !slices.Equal(in, wantIn) {
		t.Errorf("external %v internal %v, want %v %v", ext, in, wantExt, wantIn)
	}
	for i := range wantIdx {
		if !near(idx[i], wantIdx[i]) {
			t.Errorf("index[%d] = %v, want %v", i, idx[i], wantIdx[i])
		}
	}
}
