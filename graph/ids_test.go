package graph

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestIDIndexAgreesWithMap adds ids that share prefixes, differ only in
// length or trailing NUL bytes, or are longer than a slot's 8 bytes, and
// looks up each and many that are absent, against a Go map.
func TestIDIndexAgreesWithMap(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var ids []string
	for k := range 3000 {
		ids = append(ids, fmt.Sprintf("p%d", k), fmt.Sprintf("person-%012d", k))
	}
	ids = append(ids, "", "\x00", "\x00\x00", "p1\x00", "p1\x00\x00\x00\x00\x00\x00\x00", "abcdefgh", "abcdefghi", "abcdefgh\x00",
		strings.Repeat("x", 255), strings.Repeat("x", 256), strings.Repeat("x", 300), "Åsa", "åsa")
	for range 2000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = "ab\x00\xff"[r.IntN(4)]
		}
		ids = append(ids, string(b))
	}
	nw := New()
	want := map[string]int{}
	for _, id := range ids {
		i, isNew := nw.AddPerson(id, "")
		j, seen := want[id]
		if seen {
			if isNew || i != j {
				t.Fatalf("AddPerson(%q) = %d, %v; want %d, false", id, i, isNew, j)
			}
			continue
		}
		if !isNew || i != len(want) {
			t.Fatalf("AddPerson(%q) = %d, %v; want %d, true", id, i, isNew, len(want))
		}
		want[id] = i
	}
	if len(nw.People) != len(want) {
		t.Fatalf("%d people, want %d", len(nw.People), len(want))
	}
	for id, i := range want {
		if got, ok := nw.Index(id); !ok || got != i || nw.People[got].ID != id {
			t.Fatalf("Index(%q) = %d, %v; want %d", id, got, ok, i)
		}
	}
	absent := []string{"p3000", "person-000000003000", "abcdefg", "abcdefghij", strings.Repeat("x", 254),
		strings.Repeat("x", 257), "p1\x00\x00", "P1", "x"}
	for _, id := range absent {
		if _, in := want[id]; in {
			continue
		}
		if i, ok := nw.Index(id); ok {
			t.Errorf("Index(%q) = %d (%q), want absent", id, i, nw.People[i].ID)
		}
	}
	// IndexAll, in batches longer than its chunks, of ids present and
	// absent mixed, agrees with Index.
	batch := append(slices.Clone(ids), absent...)
	r.Shuffle(len(batch), func(i, j int) { batch[i], batch[j] = batch[j], batch[i] })
	idx := make([]int32, len(batch))
	nw.IndexAll(batch, idx)
	found := 0
	for k, id := range batch {
		i, ok := want[id]
		if !ok {
			i = -1
		} else {
			found++
		}
		if int(idx[k]) != i {
			t.Fatalf("IndexAll: %q at %d, want %d", id, idx[k], i)
		}
	}
	if found < len(ids) {
		t.Fatalf("IndexAll found %d ids, want %d at least", found, len(ids))
	}
	New().IndexAll(batch[:3], idx)
	if idx[0] != -1 || idx[1] != -1 || idx[2] != -1 {
		t.Fatalf("IndexAll on no people: %v, want -1s", idx[:3])
	}
}

// TestGrowPeopleKeepsIndex reserves room part-way through adding people.
func TestGrowPeopleKeepsIndex(t *testing.T) {
	nw := New()
	for k := range 100 {
		nw.AddPerson(fmt.Sprint(k), "")
	}
	nw.GrowPeople(10_000)
	for k := 100; k < 5000; k++ {
		nw.AddPerson(fmt.Sprint(k), "")
	}
	for k := range 5000 {
		if i, ok := nw.Index(fmt.Sprint(k)); !ok || i != k {
			t.Fatalf("Index(%d) = %d, %v", k, i, ok)
		}
	}
}

// BenchmarkIndexAll looks up 4 096 000 ids in random order among 200 000
// people, a batch of 512 at a time (as the readers do) and one at a time.
func BenchmarkIndexAll(b *testing.B) {
	const n = 200_000
	nw := New()
	nw.GrowPeople(n)
	for i := range n {
		nw.AddPerson(fmt.Sprintf("p%d", i), "")
	}
	// The ids side by side in one string, as a file's rows hold them.
	r := rand.New(rand.NewPCG(1, 2))
	var all strings.Builder
	var ends []int
	for range 4_096_000 {
		fmt.Fprintf(&all, "p%d", r.IntN(n))
		ends = append(ends, all.Len())
	}
	text := all.String()
	ids := make([]string, len(ends))
	for k, e := range ends {
		s := 0
		if k > 0 {
			s = ends[k-1]
		}
		ids[k] = text[s:e]
	}
	idx := make([]int32, 512)
	b.Run("batch", func(b *testing.B) {
		for b.Loop() {
			for k := 0; k < len(ids); k += 512 {
				nw.IndexAll(ids[k:k+512], idx)
			}
		}
	})
	b.Run("one-by-one", func(b *testing.B) {
		for b.Loop() {
			for _, id := range ids {
				nw.Index(id)
			}
		}
	})
}
