package engine_test

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"

	"github.com/tiesnet/ties/graph/outputs/render/engine"
)

// Render DOT text (already escaped by its builder) to SVG and to a bounded
// PNG.
func Example() {
	dot := []byte(`graph { node [fontname="Helvetica"]; ann [label="Ann"]; bob [label="Bob"]; ann -- bob }`)

	var svg bytes.Buffer
	if err := engine.Render(context.Background(), dot, engine.Dot, engine.SVG, &svg, engine.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bytes.Count(svg.Bytes(), []byte(`<g id="node`)), "nodes in the SVG")

	var pic bytes.Buffer
	if err := engine.Render(context.Background(), dot, engine.Dot, engine.PNG, &pic, engine.Options{MaxPixels: 800, DPI: 144}); err != nil {
		fmt.Println(err)
		return
	}
	img, _ := png.Decode(&pic)
	fmt.Println("PNG fits in 800 px:", img.Bounds().Dx() <= 800 && img.Bounds().Dy() <= 800)

	err := engine.Render(context.Background(), dot, engine.Dot, "pdf", &pic, engine.Options{})
	fmt.Println(err)
	// Output:
	// 2 nodes in the SVG
	// PNG fits in 800 px: true
	// engine: format "pdf" not supported: use one of svg, png, dot
}

// A PNG's labels are drawn with the Go fonts and, for the characters they
// lack (CJK, Arabic, Vietnamese, emoji, …), with fonts found on the
// machine. Characters that no font has are drawn as nothing and reported;
// a command can warn about them.
func ExampleOptions_missingGlyphs() {
	dot := []byte(`graph { a [label="山田太郎"]; b [label="Lea 😀"]; a -- b }`)
	opt := engine.Options{MissingGlyphs: func(missing []rune) {
		fmt.Fprintln(os.Stderr, "warning:", engine.MissingGlyphsMessage(missing))
	}}
	var pic bytes.Buffer
	if err := engine.Render(context.Background(), dot, engine.Dot, engine.PNG, &pic, opt); err != nil {
		fmt.Println(err)
	}
}
