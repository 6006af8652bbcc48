package main

import (
	"bytes"
	"fmt"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// triangles writes people.csv and ties.csv for k triangles of people (three
// to a community), each tied to the next by one tie (a chain of k
// communities), the last to the first too when ring is set; k = 0 is one
// person and no ties. It returns the input options for them.
func triangles(t *testing.T, k int, ring bool) inputOptions {
	t.Helper()
	dir := t.TempDir()
	people := []string{"id,name"}
	ties := []string{"source,target"}
	for c := range k {
		a := 3 * c
		for i := a; i < a+3; i++ {
			people = append(people, fmt.Sprintf("n%d,Person %d", i, i))
		}
		ties = append(ties, fmt.Sprintf("n%d,n%d", a, a+1), fmt.Sprintf("n%d,n%d", a+1, a+2), fmt.Sprintf("n%d,n%d", a, a+2))
		if c > 0 {
			ties = append(ties, fmt.Sprintf("n%d,n%d", a-1, a))
		}
	}
	if ring {
		ties = append(ties, fmt.Sprintf("n%d,n0", 3*k-1))
	}
	in := inputOptions{People: filepath.Join(dir, "people.csv"), Undirected: true}
	if k == 0 {
		people = append(people, "n0,Person 0")
	} else {
		in.Ties = filepath.Join(dir, "ties.csv")
		if err := os.WriteFile(in.Ties, []byte(strings.Join(ties, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(in.People, []byte(strings.Join(people, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return in
}

var (
	svgSize = regexp.MustCompile(`<svg width="([^"]*)pt" height="([^"]*)pt"\s+viewBox="([^"]*)"`)
	notANum = regexp.MustCompile(`(?i)\b(nan|inf)\b`)
)

// A chain of 3 or 4 communities was drawn as an empty SVG (every position
// NaN, width 0) and failed as PNG, while ties said it had drawn it: sfdp
// put the chain on a line and its prism overlap removal gave NaN. Every
// small shape must draw a picture with a finite, positive size, as SVG and
// as PNG, with the layout the view chose (no fallback warning).
func TestRenderCommunitiesTinyShapes(t *testing.T) {
	for _, c := range []struct {
		name  string
		k     int
		ring  bool
		drawn int // communities drawn
	}{
		{"one person", 0, false, 1},
		{"one community", 1, false, 1},
		{"chain of 2", 2, false, 2},
		{"chain of 3", 3, false, 3},
		{"chain of 4", 4, false, 4},
		{"chain of 5", 5, false, 5},
		{"ring of 4", 4, true, 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := triangles(t, c.k, c.ring)
			dir := t.TempDir()
			for _, format := range []string{"svg", "png"} {
				out := filepath.Join(dir, "c."+format)
				ios, _, errOut := testIO()
				o := &renderOptions{IO: ios, Inputs: in, analysisFlags: defaultAnalysisFlags(), View: "communities",
					SizeBy: "betweenness", Labels: 15, MaxPixels: 4000, CollapseAbove: 150, Out: out}
				if err := runRender(o); err != nil {
					t.Fatalf("%s: %v", format, err)
				}
				if s := errOut.String(); strings.Contains(s, "warning") || !strings.Contains(s, "("+plural(c.drawn, "community", "communities")) {
					t.Errorf("%s: stderr %q, want %d communities drawn and no warning", format, s, c.drawn)
				}
				b, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				if format == "svg" {
					checkSVGSize(t, b)
					continue
				}
				img, err := png.Decode(bytes.NewReader(b))
				if err != nil {
					t.Fatalf("png: %v", err)
				}
				if sz := img.Bounds().Size(); sz.X < 200 || sz.Y < 200 {
					t.Errorf("png: %v pixels, want at least 200×200", sz)
				}
			}
		})
	}
}

// checkSVGSize fails unless svg has a finite width, height and viewBox
// above zero and no "nan" or "inf" anywhere.
func checkSVGSize(t *testing.T, svg []byte) {
	t.Helper()
	m := svgSize.FindSubmatch(svg)
	if m == nil {
		t.Fatalf("svg: no size in %.300s", svg)
	}
	nums := append([]string{string(m[1]), string(m[2])}, strings.Fields(string(m[3]))[2:]...)
	for _, s := range nums {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f <= 0 {
			t.Errorf("svg: size %q: want a finite number above 0 (width %s, height %s, viewBox %s)", s, m[1], m[2], m[3])
		}
	}
	if loc := notANum.FindIndex(svg); loc != nil {
		t.Errorf("svg: %q at byte %d", svg[max(0, loc[0]-40):min(len(svg), loc[1]+40)], loc[0])
	}
}
