package importers_test

import (
	"fmt"
	"log"
	"testing/fstest"

	"github.com/tiesnet/ties/importers"
)

// Load reads the files a user names (from the operating system, or from
// Options.FS as here) into one graph.Network, and accounts for every row
// in its Report: here a people file with two attributes, who gave advice
// to whom, and who belongs to which network. A row naming a person the
// people file lacks adds that person and is reported (Strict refuses it).
func ExampleLoad() {
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
	nw, rep, err := importers.Load(importers.Options{FS: files, People: "people.csv", Ties: "ties.csv",
		Memberships: "memberships.csv", Ego: "me"})
	if err != nil {
		log.Fatal(err)
	}
	t := rep.Totals
	fmt.Printf("%d people, %d ties, %d networks, %d memberships\n", t.People, t.Ties, t.Groups, t.Memberships)
	fmt.Println("attributes:", nw.Attributes)
	ego := nw.People[nw.Ego]
	profession, _ := nw.AttributeIndex("profession")
	country, _ := nw.AttributeIndex("country")
	fmt.Printf("ego: %s (%s), %s in %s\n", ego.Name, ego.ID, nw.Attr(nw.Ego, profession), nw.Attr(nw.Ego, country))
	for _, f := range rep.Files {
		fmt.Printf("%s: %s, %d rows read, %d imported\n", f.Path, f.Format, f.RowsRead, f.Imported)
		for _, n := range f.Notes {
			fmt.Printf("  note: %s\n", n)
		}
	}
	// Output:
	// 6 people, 6 ties, 2 networks, 5 memberships
	// attributes: [profession country]
	// ego: Karin Lindqvist (me), product manager in Sweden
	// people.csv: people, 5 rows read, 5 imported
	// memberships.csv: memberships, 5 rows read, 5 imported
	// ties.csv: ties, 6 rows read, 6 imported
	//   note: line 7, column 2 (target): "ola" is not in the people file: added with no attributes
}
