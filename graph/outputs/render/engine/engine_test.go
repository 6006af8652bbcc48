package engine

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// small is four people, two of them far apart in a row (dot, left to
// right), so a PNG has one long straight edge to look for.
const small = `graph g {
	rankdir=LR; node [fontname="Helvetica" shape=ellipse];
	a [label="Ann" style=filled fillcolor="#E69F00"];
	b [label="Bob" shape=box];
	c [label="Cy"];
	d [label="Di"];
	a -- b [minlen=6 penwidth=2];
	b -- c; c -- d [style=dashed];
}`

func render(t *testing.T, dot string, l Layout, f Format, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(context.Background(), []byte(dot), l, f, &buf, opt); err != nil {
		t.Fatalf("Render %s %s: %v", l, f, err)
	}
	return buf.Bytes()
}

// svgNodes parses an SVG as XML (failing the test if it is not well
// formed) and returns its node groups' titles and all character data.
func svgNodes(t *testing.T, svg []byte) (titles []string, text string) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	var inNode, inTitle bool
	var sb strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if e.Name.Local == "script" {
				t.Fatalf("SVG has a script element")
			}
			if e.Name.Local == "g" {
				for _, a := range e.Attr {
					if a.Name.Local == "class" && a.Value == "node" {
						inNode = true
					}
				}
			}
			inTitle = inNode && e.Name.Local == "title"
		case xml.EndElement:
			if e.Name.Local == "title" {
				inTitle, inNode = false, false
			}
		case xml.CharData:
			sb.Write(e)
			if inTitle {
				titles = append(titles, string(e))
			}
		}
	}
	return titles, sb.String()
}

func decodePNG(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("PNG does not decode: %v", err)
	}
	return img
}

func dark(img image.Image, x, y int) bool {
	r, g, b, a := img.At(x, y).RGBA()
	return a > 0x8000 && (r+g+b)/3 < 0x6000
}

func TestRenderSVG(t *testing.T) {
	svg := render(t, small, Dot, SVG, Options{})
	titles, text := svgNodes(t, svg)
	if got, want := strings.Join(titles, ","), "a,b,c,d"; got != want {
		t.Errorf("node groups %q, want %q", got, want)
	}
	for _, label := range []string{"Ann", "Bob", "Cy", "Di"} {
		if !strings.Contains(text, label) {
			t.Errorf("label %q missing", label)
		}
	}
	if !bytes.Contains(svg, []byte(`stroke-dasharray="5,2"`)) {
		t.Errorf("dashed edge not dashed")
	}
}

func TestRenderDOTParsesBack(t *testing.T) {
	out := render(t, small, Dot, DOT, Options{})
	if !bytes.Contains(out, []byte(`pos="`)) || !bytes.Contains(out, []byte(`bb="`)) {
		t.Fatalf("DOT output has no layout positions:\n%s", out)
	}
	// The laid-out DOT is valid input again, and keeps its four nodes.
	titles, _ := svgNodes(t, render(t, string(out), Dot, SVG, Options{}))
	if len(titles) != 4 {
		t.Errorf("re-rendered DOT has %d nodes, want 4", len(titles))
	}
}

func TestRenderPNG(t *testing.T) {
	img := decodePNG(t, render(t, small, Dot, PNG, Options{}))
	b := img.Bounds()
	if b.Dx() < 200 || b.Dx() > DefaultMaxPixels || b.Dy() < 20 || b.Dy() > DefaultMaxPixels {
		t.Fatalf("PNG is %v", b)
	}
	// Where is a--b? Ann is the leftmost node, Bob the next; the edge
	// runs straight between them at their centre height. Find Ann's
	// orange fill and Bob's box outline on the row through Ann's centre,
	// then look at the pixels between.
	var row, annRight = -1, -1
	for y := b.Min.Y; y < b.Max.Y && row < 0; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 > 0xD0 && g>>8 > 0x90 && g>>8 < 0xB0 && bl>>8 < 0x20 { // #E69F00
				row = y
				break
			}
		}
	}
	if row < 0 {
		t.Fatal("no orange fill for Ann: node fills are lost")
	}
	// Walk down to the middle of Ann's fill.
	top := row
	for y := top; y < b.Max.Y; y++ {
		r, _, _, _ := img.At(img.Bounds().Min.X+1, y).RGBA()
		_ = r
		found := false
		for x := b.Min.X; x < b.Max.X/2; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 > 0xD0 && g>>8 > 0x90 && g>>8 < 0xB0 && bl>>8 < 0x20 {
				found = true
				break
			}
		}
		if !found {
			row = (top + y) / 2
			break
		}
	}
	for x := b.Max.X / 2; x >= b.Min.X; x-- {
		r, g, bl, _ := img.At(x, row).RGBA()
		if r>>8 > 0xD0 && g>>8 > 0x90 && g>>8 < 0xB0 && bl>>8 < 0x20 {
			annRight = x
			break
		}
	}
	// The outline of Ann is dark just right of her fill: outlines drawn.
	outline := false
	for x := annRight + 1; x < annRight+5; x++ {
		if dark(img, x, row) {
			outline = true
		}
	}
	if !outline {
		t.Errorf("no outline right of Ann's fill at (%d,%d): node outlines are lost", annRight, row)
	}
	// The edge: a long run of dark pixels (on this row or next to it,
	// the line is 2.7 px wide) from Ann's outline to the right.
	run, x := 0, annRight+6
	for ; x < b.Max.X; x++ {
		if dark(img, x, row) || dark(img, x, row-1) || dark(img, x, row+1) {
			run++
		} else {
			break
		}
	}
	if run < 100 {
		t.Errorf("edge a--b: %d dark pixels along it from x=%d on row %d, want ≥ 100: straight edges are lost", run, annRight+6, row)
	}
}

func TestRenderPNGBounded(t *testing.T) {
	// A chain of 400 boxes in a row is about 40 000 pixels wide at 96 dpi.
	var sb strings.Builder
	sb.WriteString("graph { rankdir=LR; node [shape=box];\n")
	for i := range 400 {
		fmt.Fprintf(&sb, "n%d -- n%d;\n", i, i+1)
	}
	sb.WriteString("}")
	for _, tc := range []struct {
		name string
		dot  string
		opt  Options
		max  int
	}{
		{"default bound", sb.String(), Options{}, DefaultMaxPixels},
		{"small bound", sb.String(), Options{MaxPixels: 500}, 500},
		{"high dpi", sb.String(), Options{MaxPixels: 800, DPI: 300}, 800},
		{"size in DOT larger than bound", strings.Replace(sb.String(), "{", "{ size=\"1000,1000!\";", 1), Options{MaxPixels: 600}, 600},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := decodePNG(t, render(t, tc.dot, Dot, PNG, tc.opt)).Bounds()
			if b.Dx() > tc.max || b.Dy() > tc.max || b.Dx() < tc.max*9/10 {
				t.Errorf("PNG is %d×%d, want width within 90%%..100%% of %d", b.Dx(), b.Dy(), tc.max)
			}
		})
	}
	// A small size in the DOT text is kept.
	b := decodePNG(t, render(t, `graph { size="1,1"; a -- b -- c -- d -- e }`, Dot, PNG, Options{})).Bounds()
	if b.Dx() > 100 || b.Dy() > 100 {
		t.Errorf("size=1,1 gave %v, want at most 96 px + pad", b)
	}
}

func TestRenderPNGLabels(t *testing.T) {
	// A label puts dark pixels inside its node; an empty one does not.
	// The font is built in (fonts.go), so this holds on a machine without
	// fonts.
	count := func(label string) int {
		img := decodePNG(t, render(t, `graph { n [shape=box width=3 height=1 fixedsize=true penwidth=0 label="`+label+`"] }`, Dot, PNG, Options{}))
		b, n := img.Bounds(), 0
		for y := b.Min.Y + 10; y < b.Max.Y-10; y++ {
			for x := b.Min.X + 10; x < b.Max.X-10; x++ {
				if dark(img, x, y) {
					n++
				}
			}
		}
		return n
	}
	if n := count(" "); n != 0 {
		t.Errorf("blank label: %d dark pixels", n)
	}
	// go-graphviz replaces an empty label with the node's name (\N) when
	// it parses; callers that want no label write label=" ".
	if n := count(""); n == 0 {
		t.Errorf("empty label: no dark pixels; go-graphviz no longer shows the name: update doc.go and docs/render.md")
	}
	if n := count("WWWW MMMM"); n < 200 {
		t.Errorf("label WWWW MMMM: %d dark pixels, want ≥ 200", n)
	}
}

func TestRenderDeterministic(t *testing.T) {
	for _, f := range []Format{SVG, PNG, DOT} {
		a := render(t, small, Neato, f, Options{})
		b := render(t, small, Neato, f, Options{})
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renders of the same DOT differ", f)
		}
	}
}

func TestLayouts(t *testing.T) {
	for _, l := range Layouts() {
		t.Run(string(l), func(t *testing.T) {
			titles, _ := svgNodes(t, render(t, small, l, SVG, Options{}))
			if len(titles) != 4 {
				t.Errorf("%d nodes, want 4", len(titles))
			}
		})
	}
}

func TestRejects(t *testing.T) {
	for _, tc := range []struct {
		layout Layout
		format Format
		opt    Options
		want   string
	}{
		{Dot, "pdf", Options{}, `format "pdf" not supported: use one of svg, png, dot`},
		{Dot, "svgz", Options{}, `format "svgz" not supported`},
		{Dot, "jpg", Options{}, `format "jpg" not supported`},
		{Dot, "", Options{}, `format "" not supported`},
		{"osage", SVG, Options{}, `layout "osage" not supported: use one of dot, neato, fdp, sfdp, twopi, circo`},
		{"patchwork", SVG, Options{}, `layout "patchwork" not supported`},
		{Dot, PNG, Options{MaxPixels: 100000}, `MaxPixels 100000 out of range`},
		{Dot, PNG, Options{DPI: -3}, `DPI -3 out of range`},
	} {
		err := Render(context.Background(), []byte(small), tc.layout, tc.format, io.Discard, tc.opt)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Render(%s, %s, %+v) = %v, want %q", tc.layout, tc.format, tc.opt, err, tc.want)
		}
	}
	// Names are read as typed by a user.
	if f, err := ParseFormat(" PNG "); f != PNG || err != nil {
		t.Errorf("ParseFormat(PNG) = %q, %v", f, err)
	}
	if _, err := ParseLayout("SFDP"); err != nil {
		t.Errorf("ParseLayout(SFDP): %v", err)
	}
	if err := Render(context.Background(), []byte(small), "NEATO", "SVG", io.Discard, Options{}); err != nil {
		t.Errorf("upper-case names: %v", err)
	}
	// Rejected formats never reach Graphviz: the next render works.
	render(t, small, Dot, PNG, Options{})
}

func TestBadDOT(t *testing.T) {
	for _, dot := range []string{`graph { a -- `, `not a graph`, ``} {
		err := Render(context.Background(), []byte(dot), Dot, SVG, io.Discard, Options{})
		if err == nil || !strings.Contains(err.Error(), "engine: parse DOT") {
			t.Errorf("Render(%q) = %v, want a parse error", dot, err)
		}
	}
	render(t, small, Dot, SVG, Options{}) // still works
}

func TestHostileLabel(t *testing.T) {
	// The caller escapes for DOT (graph/outputs/render does); Graphviz must then
	// escape for XML. Quotes, markup, ampersands and a newline.
	dot := `graph { a [label="Eve \"the\" <script>alert(1)</script> & co\nline 2" tooltip="<b>x</b> & \"y\""]; a -- b }`
	svg := render(t, dot, Dot, SVG, Options{})
	titles, text := svgNodes(t, svg)
	if len(titles) != 2 {
		t.Errorf("%d nodes, want 2", len(titles))
	}
	for _, want := range []string{`Eve "the" <script>alert(1)</script> & co`, "line 2"} {
		if !strings.Contains(text, want) {
			t.Errorf("text %q not in the SVG's character data", want)
		}
	}
	if bytes.Contains(svg, []byte("<script")) || bytes.Contains(svg, []byte("<b>")) {
		t.Errorf("markup from a label reached the SVG unescaped")
	}
	decodePNG(t, render(t, dot, Dot, PNG, Options{}))
}

func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 8 {
		wg.Go(func() {
			f := []Format{SVG, PNG}[i%2]
			var buf bytes.Buffer
			if err := Render(context.Background(), []byte(small), Neato, f, &buf, Options{}); err != nil {
				errs <- fmt.Errorf("goroutine %d (%s): %w", i, f, err)
				return
			}
			if f == PNG {
				if _, err := png.Decode(&buf); err != nil {
					errs <- fmt.Errorf("goroutine %d: %w", i, err)
				}
			} else if !bytes.Contains(buf.Bytes(), []byte("</svg>")) {
				errs <- fmt.Errorf("goroutine %d: truncated SVG", i)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Render(ctx, []byte(small), Dot, SVG, io.Discard, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
	// While another render holds the lock, a waiting caller gives up at
	// its deadline.
	if _, err := acquire(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	err := Render(ctx, []byte(small), Dot, SVG, io.Discard, Options{})
	release()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("waiting for the lock: %v, want the deadline", err)
	}
}

func TestCompileCacheDir(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	dir, err := CompileCacheDir()
	if err == nil || !strings.Contains(err.Error(), "set TMPDIR") {
		t.Errorf("empty TMPDIR: %s, %v; want an error with the fix", dir, err)
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := CompileCacheDir(); err != nil {
		t.Errorf("writable cache folder: %v", err)
	}
}

// legendDOT has its legend where graph/outputs/render puts it: an HTML-like table
// in the root graph's label, with a grey border, two cells of different
// colours (each with a dark border, as a swatch) and text beside them.
const legendDOT = `graph g {
	bgcolor=white; fontname="Helvetica"; fontsize=11; labelloc=b; labeljust=l;
	label=<<table border="1" color="#999999" cellborder="0" cellspacing="2" cellpadding="2" bgcolor="#FFFFFF">
	<tr><td bgcolor="#E69F00" color="#333333" border="1" width="40" height="30" fixedsize="true"></td><td align="left">Teacher</td></tr>
	<tr><td bgcolor="#56B4E9" color="#333333" border="1" width="40" height="30" fixedsize="true"></td><td align="left">Nurse</td></tr>
	</table>>;
	a [shape=circle style=filled fillcolor="#009E73" label=" "];
}`

// TestRenderPNGLegend: Graphviz draws a table's border with the fill
// colour left over from the last cell; filling it covered the whole legend
// with one colour and hid its text. Both swatches keep their colours, the
// table stays white between them, and the text is there.
func TestRenderPNGLegend(t *testing.T) {
	img := decodePNG(t, render(t, legendDOT, Dot, PNG, Options{}))
	b := img.Bounds()
	is := func(x, y int, c uint32) bool {
		r, g, bl, _ := img.At(x, y).RGBA()
		near := func(v, want uint32) bool { return v>>8+12 >= want && v>>8 <= want+12 }
		return near(r, c>>16) && near(g, c>>8&0xFF) && near(bl, c&0xFF)
	}
	// The legend is below the node: look in the lower part of the
	// picture, under the node's green.
	top := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if is(x, y, 0x009E73) {
				top = y + 1
			}
		}
	}
	var orange, blue, white, text int
	minX, maxX := b.Max.X, b.Min.X
	for y := top; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			switch {
			case is(x, y, 0xE69F00):
				orange++
				minX, maxX = min(minX, x), max(maxX, x)
			case is(x, y, 0x56B4E9):
				blue++
				minX, maxX = min(minX, x), max(maxX, x)
			}
		}
	}
	if orange < 200 || blue < 200 {
		t.Fatalf("legend swatches: %d orange and %d blue pixels, want ≥ 200 each", orange, blue)
	}
	// Text: dark pixels right of the swatches, inside the table (whose
	// background is white), away from the swatch borders.
	for y := top; y < b.Max.Y; y++ {
		for x := maxX + 6; x < b.Max.X; x++ {
			switch {
			case dark(img, x, y):
				text++
			case is(x, y, 0xFFFFFF):
				white++
			}
		}
	}
	if text < 100 {
		t.Errorf("legend text: %d dark pixels right of the swatches, want ≥ 100", text)
	}
	if white < 1000 {
		t.Errorf("legend background: %d white pixels right of the swatches, want ≥ 1000", white)
	}
	if orange+blue > 2*40*30*2 {
		t.Errorf("legend: %d swatch-coloured pixels, more than two 40×30 pt cells: a fill spread over the table", orange+blue)
	}
}
