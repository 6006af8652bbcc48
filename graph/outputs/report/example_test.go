package report_test

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"regexp"
	"strings"
	"time"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/report"
)

// HTML writes the whole report of an analysed and evaluated network as one
// self-contained page: here the report for Karin, who is in two networks,
// with the pictures Pictures draws inlined as SVG.
func ExampleHTML() {
	nw := graph.New()
	profession := nw.Attribute("profession")
	for _, p := range [][3]string{
		{"me", "Karin Lindqvist", "product manager"}, {"asa", "Åsa Berg", "designer"},
		{"erik", "Erik Sandberg", "engineer"}, {"mikko", "Mikko Virtanen", "engineer"},
		{"noor", "Noor Haddad", "designer"},
	} {
		i, _ := nw.AddPerson(p[0], p[1])
		nw.SetAttr(i, profession, p[2])
	}
	nw.Ego = 0
	for _, t := range [][2]int{{0, 1}, {1, 0}, {0, 2}, {2, 3}, {3, 4}} {
		if err := nw.AddTie(graph.Tie{From: t[0], To: t[1], Weight: 1, Type: nw.AddTieType("advice")}); err != nil {
			log.Fatal(err)
		}
	}
	nw.Normalize()
	for _, m := range []struct {
		network string
		members []int
	}{{"Product Circle", []int{0, 1, 4}}, {"Tech Lunch", []int{0, 2, 3}}} {
		g, _ := nw.AddGroup(m.network)
		for _, i := range m.members {
			nw.AddMember(g, i, "")
		}
	}

	res, err := analysis.Run(nw, analysis.DefaultOptions())
	if err != nil {
		log.Fatal(err)
	}
	ev, err := evaluate.Evaluate(res, evaluate.Options{})
	if err != nil {
		log.Fatal(err)
	}
	d := report.Data{Analysis: res, Evaluation: ev, Date: time.Date(2026, time.March, 1, 0, 0, 0, 0, time.UTC)}
	d.Diagrams = report.Pictures(context.Background(), res, ev, report.PictureOptions{})
	var page bytes.Buffer
	if err := report.HTML(&page, d); err != nil {
		log.Fatal(err)
	}
	title := regexp.MustCompile(`<title>(.*?)</title>`).FindStringSubmatch(page.String())[1]
	fmt.Println("title:", title)
	for _, dg := range d.Diagrams {
		fmt.Println("picture:", strings.TrimSpace(string(dg.View)+" "+dg.Network))
	}
	// The pictures and the report's own charts.
	fmt.Println("<svg> elements:", strings.Count(page.String(), "<svg"))
	// Output:
	// title: Karin Lindqvist: do your networks bring you new perspectives?
	// picture: ego
	// picture: groupmap
	// picture: network
	// picture: brings Product Circle
	// picture: brings Tech Lunch
	// <svg> elements: 9
}
