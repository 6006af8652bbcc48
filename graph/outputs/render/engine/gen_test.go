package engine

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// palette is the Okabe–Ito colour-blind-safe palette graph/outputs/render uses.
var palette = []string{"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}

// socialDOT is a network of n people as graph/outputs/render draws one: filled
// circles coloured by group, sized by a score, labels on the top 2 %, edges
// mostly inside groups of about 30 and a few between them (about 3 ties a
// person). Deterministic for a seed.
func socialDOT(n int, seed uint64) string {
	return peopleDOT(n, seed, 50, func(i int) string { return fmt.Sprintf("Person %d", i) })
}

// peopleDOT is socialDOT with a label on every every-th person, named by
// name.
func peopleDOT(n int, seed uint64, every int, name func(i int) string) string {
	rng := rand.New(rand.NewPCG(seed, seed))
	var sb strings.Builder
	sb.WriteString("graph G {\n\toutputorder=edgesfirst; overlap=scale; bgcolor=white;\n")
	sb.WriteString("\tnode [shape=circle style=filled fontname=\"Helvetica\" fontsize=10 label=\" \" color=\"#333333\" penwidth=0.8];\n")
	sb.WriteString("\tedge [color=\"#88888888\" penwidth=0.6];\n")
	groups := max(1, n/30)
	for i := range n {
		g := i % groups
		w := 0.15 + 0.35*rng.Float64()*rng.Float64()
		label := ""
		if i%every == 0 {
			label = fmt.Sprintf(` label=%q xlabel="" fixedsize=false`, name(i))
		}
		fmt.Fprintf(&sb, "\tp%d [fillcolor=%q width=%.2f%s];\n", i, palette[g%len(palette)], w, label)
	}
	for i := range n {
		g := i % groups
		for k := 0; k < 3; k++ {
			var j int
			if rng.IntN(10) == 0 {
				j = rng.IntN(n)
			} else {
				j = (rng.IntN(30)*groups + g) % n
			}
			if j > i {
				style := ""
				if rng.IntN(40) == 0 {
					style = ` color="#D55E00" penwidth=2.5 style=dashed`
				}
				fmt.Fprintf(&sb, "\tp%d -- p%d [%s];\n", i, j, strings.TrimSpace(style))
			}
		}
	}
	sb.WriteString("}\n")
	return sb.String()
}

// names are people's names in the scripts a PNG must draw: Latin with
// Vietnamese letters, Japanese, Chinese, Korean, Arabic, Hebrew, Cyrillic,
// Greek, Persian, and one with an emoji.
var names = []string{
	"Anna Berg", "Nguyễn Thị Hương", "山田太郎", "王小明", "김철수", "محمد عبد الله",
	"דוד כהן", "Иван Петров", "Νίκος Παπαδόπουλος", "علی رضایی", "Lea 😀 Roth", "Trần Văn Đức",
}

// latinNames are Latin names of the same lengths as names, for comparison.
var latinNames = []string{
	"Anna Berg", "Nguyen Thi Huong", "Yamada Taro", "Wang Ming", "Kim Cheolsu", "Mohammed Abdallah",
	"David Cohen", "Ivan Petrov", "Nikos Papadopoulos", "Ali Rezaei", "Lea Roth", "Tran Van Duc",
}
