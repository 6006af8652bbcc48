package socialgen

import (
	"fmt"
	"hash/fnv"
	"math"
	"reflect"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/csr"
)

// generators makes one network of every generator, small enough to run
// quickly, from seed.
func generators(seed uint64) map[string]any {
	return map[string]any{
		"HolmeKim":            HolmeKim(500, 5, seed),
		"HolmeKimDirected":    HolmeKimDirected(500, 10, 0.18, seed),
		"PendantCommunities":  PendantCommunities(500, 5, seed),
		"Communities":         Communities(500, 10, seed),
		"ShuffledCommunities": ShuffledCommunities(500, 10, seed),
		"Network":             Network(500, 10, seed),
		"Memberships":         Memberships(500, false, seed),
		"Memberships/big":     Memberships(500, true, seed),
		"Organization":        Organization(2000, seed),
	}
}

// fingerprint hashes a generated graph or network: its structure, weights,
// attributes and groups.
func fingerprint(v any) uint64 {
	h := fnv.New64a()
	switch v := v.(type) {
	case *csr.Graph:
		fmt.Fprint(h, v.Off, v.Adj)
		for _, w := range v.W {
			fmt.Fprint(h, math.Float64bits(w), " ")
		}
	case *graph.Network:
		for i, p := range v.People {
			fmt.Fprint(h, p.ID, "|")
			for a := range v.Attributes {
				fmt.Fprint(h, v.Attr(i, a), "|")
			}
		}
		for _, t := range v.Ties {
			fmt.Fprint(h, t.From, t.To, math.Float64bits(t.Weight), t.Mutual, "|")
		}
		for _, g := range v.Groups {
			fmt.Fprint(h, g.Name, g.Members, "|")
		}
	default:
		panic(fmt.Sprintf("fingerprint: %T", v))
	}
	return h.Sum64()
}

func TestDeterministic(t *testing.T) {
	a, b, c := generators(1), generators(1), generators(2)
	for name := range a {
		if !reflect.DeepEqual(a[name], b[name]) {
			t.Errorf("%s: two runs with seed 1 differ", name)
		}
		if reflect.DeepEqual(a[name], c[name]) {
			t.Errorf("%s: seeds 1 and 2 give the same network", name)
		}
	}
}

// The generators must keep making the very same networks: benchmarks
// compare runs across changes, and some tests' expectations depend on the
// exact graph. If this fails, a generator changed: restore it and add a
// new generator for a different model instead.
func TestFingerprints(t *testing.T) {
	want := map[string]uint64{
		"HolmeKim":            0xa50040b9e5404c2a,
		"HolmeKimDirected":    0x180d4524c45ef370,
		"PendantCommunities":  0x706fff45ede4f0c,
		"Communities":         0x79cc3d9a0940bb62,
		"ShuffledCommunities": 0xce2c9ff30b8ea13f,
		"Network":             0xd32aa1f8bd5090de,
		"Memberships":         0xed318922dffecad0,
		"Memberships/big":     0x3652314803839b77,
		"Organization":        0x348d3dad0c4d9b7a,
	}
	for name, v := range generators(7) {
		if got := fingerprint(v); got != want[name] {
			t.Errorf("%s(…, seed 7): fingerprint %#x, want %#x", name, got, want[name])
		}
	}
}
