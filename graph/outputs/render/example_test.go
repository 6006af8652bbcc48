package render_test

import (
	"fmt"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/render"
)

// Two pairs of colleagues joined by one tie: the tie is a bridge, drawn
// thick and black with class "tie bridge".
func ExampleBuild() {
	nw := graph.New()
	prof := nw.Attribute("profession")
	for _, p := range [][3]string{{"ana", "Ana", "engineer"}, {"bo", "Bo", "engineer"}, {"cy", "Cy", "lawyer"}, {"di", "Di", "lawyer"}} {
		i, _ := nw.AddPerson(p[0], p[1])
		nw.SetAttr(i, prof, p[2])
	}
	for _, t := range [][2]int{{0, 1}, {1, 2}, {2, 3}} {
		nw.AddTie(graph.Tie{From: t[0], To: t[1], Weight: 1, Mutual: true})
	}
	nw.Normalize()
	r, _ := analysis.Run(nw, analysis.DefaultOptions())
	p, err := render.Build(r, render.Options{View: render.ViewNetwork})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.View, p.Layout, p.Shown)
	// Output:
	// network neato 4
}
