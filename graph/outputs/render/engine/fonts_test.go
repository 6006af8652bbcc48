package engine

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// requireNoto skips the test unless every character of samples is drawn
// from a Noto font found on the machine (or from the Go font), and fails it
// instead when TIES_REQUIRE_FONTS=1, as CI sets: there the fonts are
// installed (Debian's fonts-noto-core and fonts-noto-cjk), and a skip
// would hide a broken lookup.
func requireNoto(t *testing.T, samples ...string) {
	t.Helper()
	fonts.Lock()
	c, err := chainFor("Helvetica")
	if err != nil {
		fonts.Unlock()
		t.Fatal(err)
	}
	var lacking []string
	for _, s := range samples {
		for _, r := range s {
			src := c.lookup(r)
			if src == c.primary {
				continue
			}
			if src == nil || !strings.HasPrefix(strings.ToLower(filepath.Base(src.file.path)), "noto") {
				lacking = append(lacking, fmt.Sprintf("%c (U+%04X, from %v)", r, r, src))
			}
		}
	}
	fonts.Unlock()
	if len(lacking) > 0 {
		msg := fmt.Sprintf("no Noto font draws %s: install Debian's fonts-noto-core and fonts-noto-cjk", strings.Join(lacking, ", "))
		if os.Getenv("TIES_REQUIRE_FONTS") == "1" {
			t.Fatal(msg + " (TIES_REQUIRE_FONTS=1)")
		}
		t.Skip(msg)
	}
}

// labelDOT is one fixed-size box with no outline, holding label: the only
// dark pixels in its PNG are the label's.
func labelDOT(label string) string {
	return `graph { bgcolor=white; n [shape=box width=4 height=1 fixedsize=true penwidth=0 fontname="Helvetica" fontsize=20 label="` + label + `"] }`
}

// ink counts the dark pixels of a label drawn alone (labelDOT) inside the
// box, leaving out Graphviz's pad round it.
func ink(t *testing.T, label string, opt Options) int {
	t.Helper()
	img := decodePNG(t, render(t, labelDOT(label), Dot, PNG, opt))
	b, n := img.Bounds(), 0
	for y := b.Min.Y + 5; y < b.Max.Y-5; y++ {
		for x := b.Min.X + 5; x < b.Max.X-5; x++ {
			if dark(img, x, y) {
				n++
			}
		}
	}
	return n
}

// TestPNGDrawsEveryScript is the ink test. Each name is drawn alone
// in a 4×1 inch box at 20 points and its dark pixels counted. The criterion
// is per name: every non-Latin name must have at least 40 % of the ink of
// the Latin "Anna Berg". Per name rather than per character, because
// scripts spend ink differently: a CJK character fills an em square (the
// four characters of 山田太郎 have about as much ink as the nine of Anna
// Berg), Arabic letters are joined, narrow and thin (about 40 % of a Latin
// letter's ink each, so a per-character floor would sit on the edge), and
// a name is what a reader looks at. Measured here with Noto: Vietnamese
// 170 %, Japanese 95 %, Arabic 55 % of the Latin ink. A name whose script
// is dropped has none (TestPNGWithoutSystemFonts), and one that lost half
// its letters would fall under the floor.
func TestPNGDrawsEveryScript(t *testing.T) {
	requireNoto(t, "ễịươ", "山田太郎", "محمد عبد الله\uFEE3\uFEA4\uFEE4\uFEAA")
	latin := ink(t, "Anna Berg", Options{})
	if latin < 300 {
		t.Fatalf("Anna Berg: %d dark pixels, want ≥ 300", latin)
	}
	for _, tc := range []struct{ script, label string }{
		{"Vietnamese", "Nguyễn Thị Hương"},
		{"Japanese", "山田太郎"},
		{"Arabic", "محمد عبد الله"},
	} {
		t.Run(tc.script, func(t *testing.T) {
			var missing []rune
			n := ink(t, tc.label, Options{MissingGlyphs: func(m []rune) { missing = m }})
			t.Logf("%s: %d dark pixels, %d %% of Anna Berg's %d", tc.label, n, 100*n/latin, latin)
			if n*10 < latin*4 {
				t.Errorf("%s: %d dark pixels, want ≥ 40 %% of the Latin name's %d", tc.label, n, latin)
			}
			if missing != nil {
				t.Errorf("%s: reported missing %q", tc.label, missing)
			}
		})
	}
	// The diacritics are drawn, not dropped.
	if full, bare := ink(t, "Nguyễn Thị Hương", Options{}), ink(t, "Nguyn Th Hng", Options{}); full <= bare {
		t.Errorf("Nguyễn Thị Hương has %d dark pixels, Nguyn Th Hng %d: the Vietnamese letters were dropped", full, bare)
	}
}

// TestPNGWithoutSystemFonts: with no fonts on the machine (the lookup
// pointed at an empty folder) the Go font alone draws, Latin text exactly
// as with system fonts, and the characters it lacks are reported.
func TestPNGWithoutSystemFonts(t *testing.T) {
	latinWithFonts := render(t, labelDOT("Anna Berg"), Dot, PNG, Options{})
	defer setFontDirs([]string{t.TempDir()})()

	for _, tc := range []struct {
		label   string
		missing string // in code point order
		inked   bool   // something is drawn
	}{
		{"山田太郎", "太山田郎", false},
		{"Nguyễn Thị Hương", "ơưễị", true},
		{"محمد", "حدم", false},
		{"Lea 😀 Roth", "😀", true},
		{"Anna Berg", "", true},
	} {
		var got []rune
		calls := 0
		n := ink(t, tc.label, Options{MissingGlyphs: func(m []rune) { got, calls = m, calls+1 }})
		if string(got) != tc.missing {
			t.Errorf("%s: missing %q, want %q", tc.label, string(got), tc.missing)
		}
		if want := min(len(tc.missing), 1); calls != want {
			t.Errorf("%s: MissingGlyphs called %d times, want %d", tc.label, calls, want)
		}
		if tc.inked != (n > 0) {
			t.Errorf("%s: %d dark pixels, want some: %v", tc.label, n, tc.inked)
		}
	}
	if got := render(t, labelDOT("Anna Berg"), Dot, PNG, Options{}); !bytes.Equal(got, latinWithFonts) {
		t.Errorf("Latin label drawn differently without system fonts")
	}
	// SVG leaves fonts to the viewer: nothing to report.
	render(t, labelDOT("山田太郎"), Dot, SVG, Options{MissingGlyphs: func(m []rune) { t.Errorf("SVG reported %q", m) }})
}

// TestPNGScriptsDeterministic: the same DOT gives the same PNG bytes, also
// in a process that found the fonts afresh (what was looked up before
// does not change the choice).
func TestPNGScriptsDeterministic(t *testing.T) {
	dot := peopleDOT(60, 3, 2, func(i int) string { return names[i/2%len(names)] })
	a := render(t, dot, Dot, PNG, Options{})
	b := render(t, dot, Dot, PNG, Options{})
	defer setFontDirs(systemFontDirs())()
	c := render(t, dot, Dot, PNG, Options{})
	if !bytes.Equal(a, b) || !bytes.Equal(a, c) {
		t.Errorf("renders of the same DOT differ (same process: %v, fonts found again: %v)", !bytes.Equal(a, b), !bytes.Equal(a, c))
	}
}

// TestMonochromeEmojiFont: an emoji font x/image can draw is used. Symbola
// is not installed here, but R's fontquiver package ships it: when it is
// found, point the lookup at it alone.
func TestMonochromeEmojiFont(t *testing.T) {
	symbola := "/usr/lib/R/site-library/fontquiver/fonts/symbola-fonts/Symbola.ttf"
	if _, err := os.Stat(symbola); err != nil {
		t.Skip("no Symbola on this machine")
	}
	dir := t.TempDir()
	if err := os.Symlink(symbola, filepath.Join(dir, "Symbola.ttf")); err != nil {
		t.Fatal(err)
	}
	defer setFontDirs([]string{dir})()
	var missing []rune
	if n := ink(t, "😀", Options{MissingGlyphs: func(m []rune) { missing = m }}); n < 50 || missing != nil {
		t.Errorf("😀 with Symbola: %d dark pixels, missing %q", n, missing)
	}
}

// TestChainChoosesFaces checks the choice of face for a few characters
// with the fonts of this machine (Debian's Noto).
func TestChainChoosesFaces(t *testing.T) {
	requireNoto(t, "ễ山やمש", "\uFEE3")
	fonts.Lock()
	defer fonts.Unlock()
	c, err := chainFor("Helvetica")
	if err != nil {
		t.Fatal(err)
	}
	base := func(s *fontSource) string {
		if s == nil {
			return "none"
		}
		if s.file == nil {
			return "Go"
		}
		return strings.TrimSuffix(filepath.Base(s.file.path), filepath.Ext(s.file.path)) + "/" + s.lang
	}
	for _, tc := range []struct {
		r    rune
		lang string
		want string
	}{
		{'A', "", "Go"},
		{'é', "", "Go"},
		{'ễ', "", "NotoSans-Regular/"},
		{'山', "", "NotoSansCJK-Regular/SC"},
		{'山', "JP", "NotoSansCJK-Regular/JP"},
		{'や', "JP", "NotoSansCJK-Regular/JP"},
		{0xFEE3, "", "NotoNaskhArabic-Regular/"},
		{'ש', "", "NotoSansHebrew-Regular/"},
		{0x10FFFD, "", "none"}, // private use: in no font
	} {
		if got := base(c.face(tc.r, tc.lang)); got != tc.want {
			t.Errorf("%c (U+%04X, %q): %s, want %s", tc.r, tc.r, tc.lang, got, tc.want)
		}
	}
	b, err := chainFor("Helvetica-Bold")
	if err != nil {
		t.Fatal(err)
	}
	if got := base(b.face('ễ', "")); got != "NotoSans-Bold/" {
		t.Errorf("bold ễ: %s, want NotoSans-Bold/", got)
	}
}

// TestCmapMatchesSfnt: the cmap reader finds exactly the characters that
// x/image's sfnt maps to a glyph, for the Go fonts and (every third
// character up to U+2FFFF) the fonts of this machine.
func TestCmapMatchesSfnt(t *testing.T) {
	check := func(name string, data []byte, step rune) {
		faces, collection, err := readFaces(bytes.NewReader(data))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			return
		}
		for _, fi := range faces {
			var f *sfnt.Font
			if collection {
				c, err := sfnt.ParseCollection(data)
				if err == nil {
					f, err = c.Font(fi.index)
				}
				if err != nil {
					continue // sfnt cannot parse it: never drawn (see chain.lookup)
				}
			} else if f, err = sfnt.Parse(data); err != nil {
				continue
			}
			var buf sfnt.Buffer
			bad := 0
			for r := rune(0); r < 0x30000; r += step {
				g, _ := f.GlyphIndex(&buf, r)
				if (g != 0) != fi.cov.has(r) {
					if bad++; bad <= 3 {
						t.Errorf("%s#%d: U+%04X: sfnt glyph %d, cmap reader %v", name, fi.index, r, g, fi.cov.has(r))
					}
				}
			}
		}
	}
	check("Go Regular", goregular.TTF, 1)
	check("Go Bold", gobold.TTF, 1)
	check("Go Mono", gomono.TTF, 1)
	files := scanFontFiles(systemFontDirs())
	if len(files) > 60 && testing.Short() {
		files = files[:60]
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		check(p, data, 3)
	}
}

// buildFont builds a font file from tables (tag → data); several faces make a
// collection. Only the structure the cmap reader reads is real.
func buildFont(faces ...map[string][]byte) []byte {
	collection := len(faces) > 1
	off := 0
	if collection {
		off = 12 + 4*len(faces)
	}
	dirs := make([]int, len(faces))
	for i, f := range faces {
		dirs[i] = off
		off += 12 + 16*len(f)
	}
	out := make([]byte, off)
	if collection {
		copy(out, "ttcf")
		binary.BigEndian.PutUint32(out[4:], 0x00010000)
		binary.BigEndian.PutUint32(out[8:], uint32(len(faces)))
		for i, d := range dirs {
			binary.BigEndian.PutUint32(out[12+4*i:], uint32(d))
		}
	}
	for i, f := range faces {
		d := out[dirs[i]:]
		binary.BigEndian.PutUint32(d, 0x00010000)
		binary.BigEndian.PutUint16(d[4:], uint16(len(f)))
		tags := make([]string, 0, len(f))
		for tag := range f {
			tags = append(tags, tag)
		}
		sort.Strings(tags)
		for j, tag := range tags {
			rec := d[12+16*j:]
			copy(rec, tag)
			binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
			binary.BigEndian.PutUint32(rec[12:], uint32(len(f[tag])))
			out = append(out, f[tag]...)
			d = out[dirs[i]:] // out may have moved
		}
	}
	return out
}

// cmap4 is a cmap table with one Windows Unicode BMP subtable in format 4
// mapping the ranges (pairs lo, hi) to glyphs 1, 2, …
func cmap4(ranges ...rune) []byte {
	ranges = append(ranges, 0xFFFF, 0xFFFF)
	n := len(ranges) / 2
	sub := make([]byte, 16+8*n)
	binary.BigEndian.PutUint16(sub, 4)
	binary.BigEndian.PutUint16(sub[2:], uint16(len(sub)))
	binary.BigEndian.PutUint16(sub[6:], uint16(2*n))
	glyph := 1
	for i := range n {
		lo, hi := ranges[2*i], ranges[2*i+1]
		binary.BigEndian.PutUint16(sub[14+2*i:], uint16(hi))
		binary.BigEndian.PutUint16(sub[16+2*n+2*i:], uint16(lo))
		delta := glyph - int(lo)
		if lo == 0xFFFF {
			delta = 1 // maps U+FFFF to glyph 0
		}
		binary.BigEndian.PutUint16(sub[16+4*n+2*i:], uint16(int16(delta)))
		glyph += int(hi-lo) + 1
	}
	head := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	return append(head, sub...)
}

// nameTable has one name: the family (name ID 1), in US English.
func nameTable(family string) []byte {
	u := utf16.Encode([]rune(family))
	b := []byte{0, 0, 0, 1, 0, 18, 0, 3, 0, 1, 4, 9, 0, 1, 0, byte(2 * len(u)), 0, 0}
	for _, c := range u {
		b = binary.BigEndian.AppendUint16(b, c)
	}
	return b
}

func TestReadFaces(t *testing.T) {
	latin := cmap4('A', 'Z', 'a', 'z')
	face := func(extra ...string) map[string][]byte {
		f := map[string][]byte{"cmap": latin, "glyf": {0}}
		for _, tag := range extra {
			f[tag] = []byte{0}
		}
		return f
	}
	for _, tc := range []struct {
		name  string
		data  []byte
		faces int
	}{
		{"TrueType", buildFont(face()), 1},
		{"colour bitmaps (CBDT)", buildFont(face("CBDT", "CBLC")), 0},
		{"colour bitmaps (sbix)", buildFont(face("sbix")), 0},
		{"colour layers (COLR)", buildFont(face("COLR", "CPAL")), 0},
		{"no outlines x/image reads (CFF2)", buildFont(map[string][]byte{"cmap": latin, "CFF2": {0}}), 0},
		{"collection", buildFont(face(), face("CBDT"), face()), 2},
	} {
		faces, _, err := readFaces(bytes.NewReader(tc.data))
		if err != nil || len(faces) != tc.faces {
			t.Errorf("%s: %d faces, %v; want %d", tc.name, len(faces), err, tc.faces)
		}
		for _, f := range faces {
			if !f.cov.has('A') || !f.cov.has('z') || f.cov.has('@') || f.cov.has('[') || f.cov.has(0xFFFF) || len(f.cov) != 2 {
				t.Errorf("%s: coverage %v, want A–Z and a–z", tc.name, f.cov)
			}
		}
	}
	for _, bad := range [][]byte{nil, []byte("wOFF0000000000000"), []byte("ttcf\x00\x01\x00\x00\xff\xff\xff\xff")} {
		if _, _, err := readFaces(bytes.NewReader(bad)); err == nil {
			t.Errorf("readFaces(%q): no error", bad)
		}
	}

	// The faces of a pan-CJK collection: proportional ones first, in the
	// order of cjkLangs; monospaced last.
	withName := func(family string) map[string][]byte {
		f := face()
		f["name"] = nameTable(family)
		return f
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "NotoSansCJK-Regular.ttc")
	data := buildFont(withName("Noto Sans Mono CJK JP"), withName("Noto Sans CJK JP"), withName("Noto Sans CJK KR"), withName("Noto Sans CJK SC"))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f := &fontFile{path: path}
	f.load()
	var order []string
	for _, s := range f.faces {
		order = append(order, fmt.Sprintf("%d:%s", s.index, s.lang))
	}
	if got, want := strings.Join(order, " "), "3:SC 1:JP 2:KR 0:JP"; got != want || !f.collection {
		t.Errorf("faces %s (collection %v), want %s", got, f.collection, want)
	}
}

func TestFontPrefs(t *testing.T) {
	// In order of preference for regular text.
	ordered := []string{
		"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
		"/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
		"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
		"/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
		"/usr/share/fonts/truetype/noto/NotoLoopedThai-Regular.ttf",
		"/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
		`C:\Windows\Fonts\segoeui.ttf`,
		"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
		"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
		"/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
		"/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
		"/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
	}
	sorted := slices.Clone(ordered)
	slices.SortStableFunc(sorted, func(a, b string) int {
		ra, _ := fontPrefs(a, false, false)
		rb, _ := fontPrefs(b, false, false)
		return ra - rb
	})
	if !slices.Equal(sorted, ordered) {
		t.Errorf("preference order:\n%s\nwant:\n%s", strings.Join(sorted, "\n"), strings.Join(ordered, "\n"))
	}
	// For bold text, the bold file first.
	reg, _ := fontPrefs("NotoSans-Regular.ttf", true, false)
	bold, _ := fontPrefs("NotoSans-Bold.ttf", true, false)
	if bold >= reg {
		t.Errorf("bold: NotoSans-Bold %d, NotoSans-Regular %d: want bold first", bold, reg)
	}
	for _, p := range []string{"NotoColorEmoji.ttf", "/System/Library/Fonts/Apple Color Emoji.ttc"} {
		if _, ok := fontPrefs(p, false, false); ok {
			t.Errorf("%s: used; colour emoji fonts cannot be drawn", p)
		}
	}
}

func TestScanFontFiles(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a/b/One.TTF", "a/Two.otf", "Three.ttc", "a/notes.txt", "a/Four.woff", "c/d/e/f/g/h/i/j/k/Deep.ttf"} {
		p = filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "a/Two.otf"), filepath.Join(dir, "Link.otf")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere.ttf"), filepath.Join(dir, "Broken.ttf")); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range scanFontFiles([]string{dir, filepath.Join(dir, "missing")}) {
		rel, _ := filepath.Rel(dir, p)
		got = append(got, filepath.ToSlash(rel))
	}
	slices.Sort(got)
	if want := []string{"Link.otf", "Three.ttc", "a/Two.otf", "a/b/One.TTF"}; !slices.Equal(got, want) {
		t.Errorf("found %q, want %q", got, want)
	}
}

// env is an environment for fontDirsFor.
type env map[string]string

func (e env) get(k string) string { return e[k] }

func TestFontDirsFor(t *testing.T) {
	for _, tc := range []struct {
		name string
		goos string
		env  env
		want []string
	}{
		{"windows", "windows", env{"WINDIR": `C:\Windows`, "LOCALAPPDATA": `C:\Users\ana\AppData\Local`, "USERPROFILE": `C:\Users\ana`},
			[]string{`C:\Windows\Fonts`, `C:\Users\ana\AppData\Local\Microsoft\Windows\Fonts`}},
		{"windows on D: with a trailing separator", "windows", env{"WINDIR": `D:\WINNT\`, "LOCALAPPDATA": `D:\Users\ana\AppData\Local`},
			[]string{`D:\WINNT\Fonts`, `D:\Users\ana\AppData\Local\Microsoft\Windows\Fonts`}},
		{"windows without WINDIR nor LOCALAPPDATA", "windows", env{"USERPROFILE": `C:\Users\ana`},
			[]string{`C:\Windows\Fonts`, `C:\Users\ana\AppData\Local\Microsoft\Windows\Fonts`}},
		{"windows with SystemRoot only", "windows", env{"SystemRoot": `C:\WINDOWS`},
			[]string{`C:\WINDOWS\Fonts`}},
		{"darwin", "darwin", env{"HOME": "/Users/ana"},
			[]string{"/System/Library/Fonts", "/Library/Fonts", "/Users/ana/Library/Fonts"}},
		{"darwin without HOME", "darwin", env{},
			[]string{"/System/Library/Fonts", "/Library/Fonts"}},
		{"linux", "linux", env{"HOME": "/home/ana"},
			[]string{"/home/ana/.local/share/fonts", "/home/ana/.fonts", "/usr/local/share/fonts", "/usr/share/fonts"}},
		{"linux with XDG_DATA_HOME", "linux", env{"HOME": "/home/ana", "XDG_DATA_HOME": "/data/ana/"},
			[]string{"/data/ana/fonts", "/home/ana/.local/share/fonts", "/home/ana/.fonts", "/usr/local/share/fonts", "/usr/share/fonts"}},
		{"freebsd", "freebsd", env{"HOME": "/home/ana"},
			[]string{"/home/ana/.local/share/fonts", "/home/ana/.fonts", "/usr/local/share/fonts", "/usr/share/fonts"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fontDirsFor(tc.goos, tc.env.get); !slices.Equal(got, tc.want) {
				t.Errorf("fontDirsFor(%q):\n got %q\nwant %q", tc.goos, got, tc.want)
			}
		})
	}
}

// TestSystemFontsPerOS lays out each system's font folders, as
// fontDirsFor names them, inside a temporary folder (C:\Windows\Fonts
// becomes <tmp>/C/Windows/Fonts), with the file names each system ships,
// and checks which files the fallback tries first for regular and for bold
// text: the families that cover many scripts, in the style asked for,
// before the others, and colour emoji never.
func TestSystemFontsPerOS(t *testing.T) {
	for _, tc := range []struct {
		goos  string
		env   env
		files map[string][]string // folder of fontDirsFor → file names
		// The first files tried, by name, for regular and bold text.
		regular, bold []string
		never         []string
	}{
		{
			goos: "windows",
			env:  env{"WINDIR": `C:\Windows`, "LOCALAPPDATA": `C:\Users\ana\AppData\Local`},
			files: map[string][]string{
				`C:\Windows\Fonts`: {"arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf", "ARIALUNI.TTF",
					"segoeui.ttf", "segoeuib.ttf", "segoeuii.ttf", "segoeuiz.ttf", "segoeuil.ttf", "segoeuisl.ttf",
					"YuGothR.ttc", "YuGothB.ttc", "YuGothM.ttc", "YuGothL.ttc",
					"msyh.ttc", "msyhbd.ttc", "msyhl.ttc", "malgun.ttf", "malgunbd.ttf", "malgunsl.ttf",
					"times.ttf", "cour.ttf", "consola.ttf", "seguisym.ttf", "calibri.ttf"},
				`C:\Users\ana\AppData\Local\Microsoft\Windows\Fonts`: {"NotoSansArabic-Regular.ttf"},
			},
			regular: []string{"NotoSansArabic-Regular.ttf", "arial.ttf", "ARIALUNI.TTF", "malgun.ttf", "msyh.ttc", "segoeui.ttf", "YuGothR.ttc"},
			bold:    []string{"NotoSansArabic-Regular.ttf", "arialbd.ttf", "malgunbd.ttf", "msyhbd.ttc", "segoeuib.ttf", "YuGothB.ttc"},
		},
		{
			goos: "darwin",
			env:  env{"HOME": "/Users/ana"},
			files: map[string][]string{
				"/System/Library/Fonts": {"Helvetica.ttc", "PingFang.ttc", "AppleSDGothicNeo.ttc",
					"ヒラギノ角ゴシック W3.ttc", "ヒラギノ角ゴシック W6.ttc", "ヒラギノ角ゴシック W8.ttc", "ヒラギノ明朝 ProN.ttc",
					"Apple Color Emoji.ttc", "LastResort.otf", "Times.ttc", "Menlo.ttc",
					"Supplemental/Arial Unicode.ttf", "Supplemental/Arial Bold.ttf", "Supplemental/Georgia.ttf"},
				"/Library/Fonts":           {"Arial Unicode.ttf"},
				"/Users/ana/Library/Fonts": {"NotoSansCJKjp-Regular.otf"},
			},
			regular: []string{"NotoSansCJKjp-Regular.otf", "AppleSDGothicNeo.ttc", "Arial Unicode.ttf", "Arial Unicode.ttf", "Helvetica.ttc", "PingFang.ttc", "ヒラギノ角ゴシック W3.ttc"},
			bold:    []string{"NotoSansCJKjp-Regular.otf", "Arial Bold.ttf", "ヒラギノ角ゴシック W6.ttc"},
			never:   []string{"Apple Color Emoji.ttc", "LastResort.otf"},
		},
		{
			goos: "linux",
			env:  env{"HOME": "/home/ana"},
			files: map[string][]string{
				"/usr/share/fonts": {"truetype/noto/NotoSans-Regular.ttf", "truetype/noto/NotoSans-Bold.ttf",
					"opentype/noto/NotoSansCJK-Regular.ttc", "truetype/dejavu/DejaVuSans.ttf", "truetype/noto/NotoColorEmoji.ttf"},
				"/home/ana/.local/share/fonts": {"Inter-Regular.ttf"},
			},
			regular: []string{"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansCJK-Regular.ttc", "DejaVuSans.ttf", "Inter-Regular.ttf"},
			bold:    []string{"NotoSans-Bold.ttf", "NotoSans-Regular.ttf"},
			never:   []string{"NotoColorEmoji.ttf"},
		},
	} {
		t.Run(tc.goos, func(t *testing.T) {
			root := t.TempDir()
			// local is where a folder of the system lives in root.
			local := func(dir string) string {
				dir = strings.ReplaceAll(dir, `\`, "/")
				dir = strings.Replace(dir, ":", "", 1)
				return filepath.Join(root, filepath.FromSlash(dir))
			}
			dirs := fontDirsFor(tc.goos, tc.env.get)
			for dir, names := range tc.files {
				if !slices.Contains(dirs, dir) {
					t.Fatalf("%s is not among the folders %q", dir, dirs)
				}
				for _, n := range names {
					p := filepath.Join(local(dir), filepath.FromSlash(n))
					if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			var localDirs []string
			for _, d := range dirs {
				localDirs = append(localDirs, local(d))
			}
			paths := scanFontFiles(localDirs)
			first := func(bold bool, n int) []string {
				var names []string
				for _, i := range preferredFonts(paths, bold, false) {
					names = append(names, filepath.Base(paths[i]))
				}
				for _, never := range tc.never {
					if slices.Contains(names, never) {
						t.Errorf("%s is tried; it cannot be drawn", never)
					}
				}
				return names[:min(n, len(names))]
			}
			if got := first(false, len(tc.regular)); !slices.Equal(got, tc.regular) {
				t.Errorf("regular text tries first\n%q\nwant\n%q", got, tc.regular)
			}
			if got := first(true, len(tc.bold)); !slices.Equal(got, tc.bold) {
				t.Errorf("bold text tries first\n%q\nwant\n%q", got, tc.bold)
			}
		})
	}
}
