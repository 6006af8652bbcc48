package export

import (
	"io"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/tiesnet/ties/graph"
)

// BenchmarkWrite times each format for 5 000 people with 3 attributes and
// 25 000 directed ties (the analysis is done once, outside the timing).
func BenchmarkWrite(b *testing.B) {
	const n, m = 5000, 25000
	rng := rand.New(rand.NewPCG(1, 2))
	nw := graph.New()
	attrs := []int{nw.Attribute("profession"), nw.Attribute("country"), nw.Attribute("gender")}
	for i := range n {
		nw.AddPerson("p"+strconv.Itoa(i), "Person "+strconv.Itoa(i))
		for k, a := range attrs {
			nw.SetAttr(i, a, strconv.Itoa(rng.IntN(3+4*k)))
		}
	}
	for range m {
		a, c := rng.IntN(n), rng.IntN(n)
		if a != c {
			nw.AddTie(graph.Tie{From: a, To: c, Weight: float64(1 + rng.IntN(5))})
		}
	}
	nw.Normalize()
	r := analyse(b, nw)
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			for b.Loop() {
				if err := Write(io.Discard, f, r, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
