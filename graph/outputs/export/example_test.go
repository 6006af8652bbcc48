package export_test

import (
	"fmt"
	"os"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/export"
)

// Export three people and their ties as an edges table: the mutual tie is
// one row, and the tie a-b that holds the network together is a bridge.
func ExampleWrite() {
	nw := graph.New()
	for _, id := range []string{"a", "b", "c"} {
		nw.AddPerson(id, "")
	}
	nw.AddTie(graph.Tie{From: 0, To: 1, Weight: 2, Type: nw.AddTieType("advice")})
	nw.AddTie(graph.Tie{From: 1, To: 2, Weight: 1, Mutual: true})
	nw.Normalize()
	r, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := export.Write(os.Stdout, export.FormatEdgesCSV, r, export.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// source,target,kind,weight,tie_type,since,mutual,bridge,local_bridge,local_bridge_span
	// a,b,tie,2.0,advice,,false,true,true,
	// b,c,tie,1.0,,,true,true,true,
}
