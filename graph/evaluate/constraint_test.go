package evaluate

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
)

// bruteConstraint builds H explicitly (every tie of U and every pair of
// co-members, e's own edges as member and gone say) and computes e's
// constraint by the definition: the oracle for egoConstraint, which never
// builds H.
func bruteConstraint(e *eval, member []bool, gone map[int]bool) float64 {
	adj := make([]map[int]bool, e.n)
	for i := range adj {
		adj[i] = map[int]bool{}
	}
	link := func(a, b int) {
		if a != b {
			adj[a][b], adj[b][a] = true, true
		}
	}
	for i := range e.n {
		for _, j := range e.u.Neighbors(i) {
			if i != e.ego && int(j) != e.ego {
				link(i, int(j))
			}
		}
	}
	for g, grp := range e.nw.Groups {
		var ms []int
		for _, p := range grp.Members {
			if p != e.ego {
				ms = append(ms, p)
			}
		}
		if member[g] {
			ms = append(ms, e.ego)
		}
		for x, a := range ms {
			for _, b := range ms[x+1:] {
				link(a, b)
			}
		}
	}
	for _, j := range e.contacts {
		if !gone[j] {
			link(e.ego, j)
		}
	}
	k := len(adj[e.ego])
	if k == 0 {
		return math.NaN()
	}
	c := 0.0
	for j := range adj[e.ego] {
		v := 1 / float64(k)
		for q := range adj[e.ego] {
			if q != j && adj[q][j] {
				v += 1 / float64(k) / float64(len(adj[q]))
			}
		}
		c += v * v
	}
	return c
}

// randomNetwork has ties, a network of nearly everyone, small networks
// that overlap, people in none, and ties between co-members.
func randomNetwork(seed uint64) *graph.Network {
	r := rand.New(rand.NewPCG(seed, 7))
	n := 60 + r.IntN(60)
	nw := graph.New()
	for i := range n {
		nw.AddPerson(fmt.Sprintf("p%d", i), "")
	}
	nw.Ego = 0
	for range 3 * n {
		a, b := r.IntN(n), r.IntN(n)
		if a != b {
			nw.AddTie(graph.Tie{From: a, To: b, Weight: 1})
		}
	}
	all, _ := nw.AddGroup("everyone")
	for i := range n {
		if r.Float64() < 0.85 {
			nw.AddMember(all, i, "")
		}
	}
	for g := range 8 {
		gi, _ := nw.AddGroup(fmt.Sprintf("g%d", g))
		for range 3 + r.IntN(15) {
			nw.AddMember(gi, r.IntN(n), "")
		}
	}
	nw.Normalize()
	return nw
}

func TestEgoConstraintMatchesH(t *testing.T) {
	for seed := range uint64(12) {
		nw := randomNetwork(seed)
		res, err := analysis.Run(nw, analysis.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		e, err := newEval(res, Options{})
		if err != nil {
			t.Fatal(err)
		}
		r := rand.New(rand.NewPCG(seed, 9))
		for trial := range 6 {
			member := make([]bool, len(nw.Groups))
			for g := range member {
				member[g] = r.Float64() < 0.5
			}
			gone := map[int]bool{}
			for _, j := range e.contacts {
				if r.Float64() < 0.3 {
					gone[j] = true
				}
			}
			got, want := e.egoConstraint(member, gone), bruteConstraint(e, member, gone)
			if !(math.Abs(got-want) <= 1e-12) && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Errorf("seed %d trial %d: constraint %v, H built explicitly gives %v", seed, trial, got, want)
			}
		}
	}
}
