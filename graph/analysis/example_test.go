package analysis_test

import (
	"fmt"
	"log"
	"testing/fstest"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/importers"
)

// Run measures a network once, as every command does after reading it:
// here the network of importers.Load's example. The figures are indexed by
// person (Result.Metric) or gathered per attribute and for the whole
// network; the outputs word them.
func ExampleRun() {
	files := fstest.MapFS{
		"people.csv": {Data: []byte(`id,name,profession,country
me,Karin Lindqvist,product manager,Sweden
asa,Åsa Berg,designer,Sweden
erik,Erik Sandberg,engineer,Sweden
mikko,Mikko Virtanen,engineer,Finland
noor,Noor Haddad,designer,Norway
`)},
		"ties.csv": {Data: []byte(`source,target,weight,type
me,asa,3,advice
asa,me,1,advice
me,erik,1,advice
erik,mikko,2,information
mikko,noor,1,information
noor,ola,1,advice
`)},
		"memberships.csv": {Data: []byte(`person_id,network
me,Product Circle
asa,Product Circle
noor,Product Circle
erik,Tech Lunch
mikko,Tech Lunch
`)},
	}
	nw, _, err := importers.Load(importers.Options{FS: files, People: "people.csv", Ties: "ties.csv",
		Memberships: "memberships.csv", Ego: "me"})
	if err != nil {
		log.Fatal(err)
	}
	res, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		log.Fatal(err)
	}
	u := res.Undirected
	fmt.Printf("structure: %s, %d people, %d ties, density %.3f, %d communities\n",
		res.Structure.Shape, u.N, u.M, u.Density, u.Communities)
	// The ties are a path, asa–me–erik–mikko–noor–ola: Erik and Mikko
	// each lie between 6 of the 10 pairs of others (ties in a ranking are
	// broken by file order).
	for _, i := range res.Top(analysis.Betweenness, 2) {
		fmt.Printf("broker: %s, betweenness %.3f\n", res.Name(i), res.Metric(analysis.Betweenness)[i])
	}
	fmt.Printf("your constraint: %.3f\n", res.Metric(analysis.Constraint)[res.Ego()])
	p := res.Attribute("profession")
	fmt.Printf("profession: %d kinds, IQV %.3f over everyone\n", p.Stats.K, p.Stats.IQV)
	fmt.Printf("reciprocity: %.3f of %d arcs returned\n", res.Directed.Reciprocity, res.Directed.Arcs)
	fmt.Printf("networks: %d, group ties counted: %v\n", len(nw.Groups), res.GroupTies)
	// Output:
	// structure: network, 6 people, 5 ties, density 0.333, 3 communities
	// broker: Erik Sandberg, betweenness 0.600
	// broker: Mikko Virtanen, betweenness 0.600
	// your constraint: 0.500
	// profession: 3 kinds, IQV 0.960 over everyone
	// reciprocity: 0.333 of 6 arcs returned
	// networks: 2, group ties counted: false
}
