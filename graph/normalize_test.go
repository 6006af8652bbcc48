package graph

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"testing"
	"time"
)

// normalizeBySort is Normalize as a comparison sort of every tie by
// (mutual, From, To, type name, position), the definition the counting
// sort must agree with. names names the ties' types.
func normalizeBySort(ties []Tie, names []string) ([]Tie, []Repeat, int) {
	pos := make([]int, len(ties))
	for i := range pos {
		pos[i] = i
	}
	slices.SortFunc(pos, func(a, b int) int {
		ta, tb := ties[a], ties[b]
		ma, mb := 0, 0
		if ta.Mutual {
			ma = 1
		}
		if tb.Mutual {
			mb = 1
		}
		return cmp.Or(cmp.Compare(ma, mb), cmp.Compare(ta.From, tb.From), cmp.Compare(ta.To, tb.To),
			cmp.Compare(names[ta.Type], names[tb.Type]), cmp.Compare(a, b))
	})
	var out []Tie
	var repeats []Repeat
	capped, kept := 0, -1
	for k, p := range pos {
		t := ties[p]
		if k > 0 {
			q := ties[pos[k-1]]
			if q.From == t.From && q.To == t.To && q.Mutual == t.Mutual && q.Type == t.Type {
				last := &out[len(out)-1]
				if last.Weight+t.Weight > MaxWeight {
					last.Weight = MaxWeight
					capped++
				} else {
					last.Weight += t.Weight
				}
				if !t.Since.IsZero() && (last.Since.IsZero() || t.Since.Before(last.Since)) {
					last.Since = t.Since
				}
				repeats = append(repeats, Repeat{Kept: kept, Dropped: p})
				continue
			}
		}
		kept = p
		out = append(out, t)
	}
	slices.SortFunc(repeats, func(a, b Repeat) int { return cmp.Compare(a.Dropped, b.Dropped) })
	return out, repeats, capped
}

// namedTie is a tie with its type's name.
type namedTie struct {
	From, To int
	Weight   float64
	Type     string
	Since    Date
	Mutual   bool
}

func namedTies(ties []Tie, names []string) []namedTie {
	out := make([]namedTie, len(ties))
	for i, t := range ties {
		out[i] = namedTie{t.From, t.To, t.Weight, names[t.Type], t.Since, t.Mutual}
	}
	return out
}

// TestNormalizeAgreesWithSort normalises random ties (few people, so
// that ties repeat; types, mutual ties, dates, huge weights; one person
// with hundreds of ties, past the short buckets' insertion sort; two
// seeds with over 100 000 ties, split into parts) and
// compares the ties, repeats and capped sums with a comparison sort's.
func TestNormalizeAgreesWithSort(t *testing.T) {
	for seed := range uint64(20) {
		checkNormalize(t, seed)
	}
}

// TestNormalizeOnOneCPU is TestNormalizeAgreesWithSort's large seeds on
// one CPU, where the parallel loops run as one call each.
func TestNormalizeOnOneCPU(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	for _, seed := range []uint64{3, 18, 19} {
		checkNormalize(t, seed)
	}
}

// checkNormalize normalises the random ties of one seed and compares
// them with normalizeBySort's.
func checkNormalize(t *testing.T, seed uint64) {
	t.Helper()
	types := []string{"", "advice", "friend", "Advice", "zz", "a"}
	r := rand.New(rand.NewPCG(seed, 99))
	n := 2 + r.IntN(40)
	nw := New()
	for k := range n {
		nw.AddPerson(fmt.Sprint(k), "")
	}
	m := r.IntN(3000)
	if seed >= 18 {
		// More ties than one part of the counting sort (1<<16 a
		// part): parts placed on several CPUs must keep the order.
		n, m = 50+r.IntN(2000), 140_000+r.IntN(100_000)
		for k := len(nw.People); k < n; k++ {
			nw.AddPerson(fmt.Sprint(k), "")
		}
	}
	for range m {
		from, to := r.IntN(n), r.IntN(n)
		if r.IntN(4) == 0 {
			from = 0 // a hub: a long bucket
		}
		if from == to {
			continue
		}
		tie := Tie{From: from, To: to, Weight: float64(1 + r.IntN(3)), Type: nw.AddTieType(types[r.IntN(len(types))]), Mutual: r.IntN(3) == 0}
		if r.IntN(50) == 0 {
			tie.Weight = MaxWeight * 0.75
		}
		if r.IntN(3) == 0 {
			tie.Since = NewDate(2000+r.IntN(20), time.Month(1+r.IntN(12)), 1+r.IntN(28))
		}
		if err := nw.AddTie(tie); err != nil {
			t.Fatal(err)
		}
	}
	added, names := slices.Clone(nw.Ties), slices.Clone(nw.tieTypes)
	want, wantRepeats, wantCapped := normalizeBySort(added, names)
	gotRepeats := nw.Normalize()
	// Normalize numbers the types afresh: compare ties with their types'
	// names.
	got, wantTies := namedTies(nw.Ties, nw.tieTypes), namedTies(want, names)
	if !reflect.DeepEqual(got, wantTies) && (len(got) > 0 || len(wantTies) > 0) {
		k := 0
		for k < min(len(got), len(wantTies)) && got[k] == wantTies[k] {
			k++
		}
		t.Fatalf("seed %d: %d ties, want %d; they differ first at %d: got %v, want %v", seed, len(got), len(wantTies), k,
			got[k:min(k+1, len(got))], wantTies[k:min(k+1, len(wantTies))])
	}
	if !slices.IsSorted(nw.tieTypes) || nw.tieTypes[0] != "" {
		t.Fatalf("seed %d: types %q not numbered by name", seed, nw.tieTypes)
	}
	if !reflect.DeepEqual(gotRepeats, wantRepeats) {
		t.Fatalf("seed %d: repeats %v, want %v", seed, gotRepeats, wantRepeats)
	}
	if nw.CappedWeights() != wantCapped {
		t.Fatalf("seed %d: %d capped, want %d", seed, nw.CappedWeights(), wantCapped)
	}
	if seed == 0 && len(gotRepeats) == 0 {
		t.Fatal("no repeats: the test does not test summing")
	}
}

// BenchmarkNormalize2M normalises 2 000 000 ties in random order among
// 200 000 people (few repeats), the shape of issue 15's large ties file.
func BenchmarkNormalize2M(b *testing.B) {
	const n, m = 200_000, 2_000_000
	nw := New()
	nw.GrowPeople(n)
	for k := range n {
		nw.AddPerson(fmt.Sprint(k), "")
	}
	r := rand.New(rand.NewPCG(1, 2))
	nw.GrowTies(m)
	for range m {
		from, to := r.IntN(n), r.IntN(n-1)
		if to >= from {
			to++
		}
		if err := nw.AddTie(Tie{From: from, To: to, Weight: float64(1 + r.IntN(5))}); err != nil {
			b.Fatal(err)
		}
	}
	ties := slices.Clone(nw.Ties)
	for b.Loop() {
		b.StopTimer()
		nw.Ties = append(nw.Ties[:0], ties...)
		b.StartTimer()
		nw.Normalize()
	}
}
