package engine

import (
	"fmt"
	"math/rand/v2"
	"os/exec"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/goccy/go-graphviz/cgraph"
)

// TestArabicJoining checks the joining table against the reference: the
// presentation forms GNU FriBidi 1.0 (Debian's libfribidi-bin: fribidi
// --nopad --nobreak) chose for the same words, read back in logical
// order, with the Unicode names of the forms. FriBidi keeps a zero-width
// no-break space where a lam-alef ligature swallowed the alef; the
// rasteriser drops it.
func TestArabicJoining(t *testing.T) {
	for _, tc := range []struct {
		word string
		want []rune
	}{
		// MEEM INITIAL, HAH MEDIAL, MEEM MEDIAL, DAL FINAL
		{"محمد", []rune{0xFEE3, 0xFEA4, 0xFEE4, 0xFEAA}},
		// AIN INITIAL, BEH MEDIAL, DAL FINAL
		{"عبد", []rune{0xFECB, 0xFE92, 0xFEAA}},
		// ALEF ISOLATED, LAM INITIAL, LAM MEDIAL, HEH FINAL
		{"الله", []rune{0xFE8D, 0xFEDF, 0xFEE0, 0xFEEA}},
		// SEEN INITIAL, LAM WITH ALEF FINAL, MEEM ISOLATED
		{"سلام", []rune{0xFEB3, 0xFEFC, 0xFEE1}},
		// LAM WITH ALEF ISOLATED
		{"لا", []rune{0xFEFB}},
		// LAM WITH ALEF WITH HAMZA ABOVE ISOLATED, NOON ISOLATED
		{"لأن", []rune{0xFEF7, 0xFEE5}},
		// BEH INITIAL, YEH MEDIAL, TEH FINAL
		{"بيت", []rune{0xFE91, 0xFEF4, 0xFE96}},
		// AIN INITIAL, LAM MEDIAL, ALEF MAKSURA FINAL
		{"على", []rune{0xFECB, 0xFEE0, 0xFEF0}},
		// ALEF WITH HAMZA BELOW ISOLATED, LAM INITIAL, ALEF MAKSURA FINAL
		{"إلى", []rune{0xFE87, 0xFEDF, 0xFEF0}},
		// MEEM INITIAL, SEEN MEDIAL, LAM MEDIAL, MEEM MEDIAL, WAW FINAL, NOON ISOLATED
		{"مسلمون", []rune{0xFEE3, 0xFEB4, 0xFEE0, 0xFEE4, 0xFEEE, 0xFEE5}},
		// Persian: FEH INITIAL, ALEF FINAL, REH ISOLATED, SEEN INITIAL, FARSI YEH FINAL
		{"فارسی", []rune{0xFED3, 0xFE8E, 0xFEAD, 0xFEB3, 0xFBFD}},
		// PEH INITIAL, FARSI YEH MEDIAL, TCHEH FINAL
		{"پیچ", []rune{0xFB58, 0xFBFF, 0xFB7B}},
		// HAMZA (joins nothing, keeps its code)
		{"ء", []rune{0x0621}},
		// TEH INITIAL, TATWEEL, ALEF FINAL (tatweel joins both sides)
		{"تـا", []rune{0xFE97, 0x0640, 0xFE8E}},
		// Harakat are transparent: MEEM INITIAL, DAMMA, HAH MEDIAL, FATHA, MEEM MEDIAL, FATHA, SHADDA, DAL FINAL
		{"مُحَمَّد", []rune{0xFEE3, 0x064F, 0xFEA4, 0x064E, 0xFEE4, 0x064E, 0x0651, 0xFEAA}},
		// Words do not join across a space, nor across Latin letters or ZWNJ.
		{"بب بب", []rune{0xFE91, 0xFE90, ' ', 0xFE91, 0xFE90}},
		{"بxب", []rune{0xFE8F, 'x', 0xFE8F}},
		{"ب\u200cب", []rune{0xFE8F, 0x200C, 0xFE8F}},
	} {
		if got := arabicShape([]rune(tc.word)); string(got) != string(tc.want) {
			t.Errorf("%s: %U, want %U", tc.word, got, tc.want)
		}
	}
	// Every form in the table is a presentation form, and every dual-joining
	// letter's four forms are distinct.
	for r, f := range arabicForms {
		for _, c := range f {
			if c != 0 && !(c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
				t.Errorf("%c: form %U outside the presentation forms", r, c)
			}
		}
	}
}

// visual returns text in display order as layoutText orders it (without
// fonts or joining).
func visual(text string) string {
	rs := prepareText(text)
	levels := bidiLevels(rs)
	items := make([]glyphItem, 0, len(rs))
	for i, r := range rs {
		items = append(items, glyphItem{r: r, level: levels[i]})
	}
	reorder(items)
	var sb strings.Builder
	for _, it := range items {
		if !invisible(it.r) {
			sb.WriteRune(it.r)
		}
	}
	return sb.String()
}

// TestBidiOrder checks the display order against GNU FriBidi's (fribidi
// --nopad --nobreak, base direction from the text) for names mixing
// Hebrew, Arabic, Latin, digits and brackets.
func TestBidiOrder(t *testing.T) {
	for _, tc := range []struct{ logical, visual string }{
		{"שלום", "םולש"},
		{"שלום עולם 123", "123 םלוע םולש"},
		{"Anna שלום Berg", "Anna םולש Berg"},
		{"Person 12 שלום (דוד) 2024", "Person 12 2024 (דוד) םולש"},
		{"שלום (Anna) 3.5%", "3.5% (Anna) םולש"},
		{"abc אבג 12,345 דהו xyz", "abc והד 12,345 גבא xyz"},
		{"אבג 12 דהו", "והד 12 גבא"},
		{"abc אבג 12 !", "abc 12 גבא !"},
		{"[שלום]", "[םולש]"},
		{"a (ב) c", "a (ב) c"},
		{"אב, גד.", ".דג ,בא"},
		{"محمد ١٢٣ علي", "يلع ١٢٣ دمحم"},
		{"\u200fAnna", "Anna"}, // a right-to-left mark makes the paragraph RTL
	} {
		if got := visual(tc.logical); got != tc.visual {
			t.Errorf("%s: %s, want %s", tc.logical, got, tc.visual)
		}
	}
}

// TestLayoutText checks the runs a line is drawn as, with this machine's
// Noto fonts.
func TestLayoutText(t *testing.T) {
	requireNoto(t, "ễ山やمש", "\uFEE3\uFEFB")
	fonts.Lock()
	defer fonts.Unlock()
	c, err := chainFor("Helvetica")
	if err != nil {
		t.Fatal(err)
	}
	show := func(runs []textRun) string {
		var s []string
		for _, r := range runs {
			name := "Go"
			if r.src.file != nil {
				name = strings.TrimSuffix(strings.TrimPrefix(r.src.file.name(), "Noto"), "-Regular")
				if r.src.lang != "" {
					name += "-" + r.src.lang
				}
			}
			s = append(s, fmt.Sprintf("%s:%s", name, r.text))
		}
		return strings.Join(s, " | ")
	}
	for _, tc := range []struct{ text, want string }{
		{"Anna Berg", "Go:Anna Berg"},
		{"Nguyễn", "Go:Nguy | Sans:ễ | Go:n"},
		{"Nguye\u0302\u0303n", "Go:Nguy | Sans:ễ | Go:n"}, // decomposed: normalised first
		{"山田太郎", "SansCJK-SC:山田太郎"},
		{"山田 やまだ", "SansCJK-JP:山田 | Go:  | SansCJK-JP:やまだ"},
		{"محمد", "NaskhArabic:\uFEAA\uFEE4\uFEA4\uFEE3"},
		{"لا", "NaskhArabic:\uFEFB"},
		{"Ali (علي)", "Go:Ali ( | NaskhArabic:\uFEF2\uFEE0\uFECB | Go:)"},
		{"a\u200bb\x01c\ufe0f", "Go:abc"}, // format, control and variation characters are not drawn
	} {
		var missing []rune
		runs := c.layoutText(nil, tc.text, func(r rune) { missing = append(missing, r) })
		if got := show(runs); got != tc.want || missing != nil {
			t.Errorf("%q: %s (missing %q), want %s", tc.text, got, missing, tc.want)
		}
	}
}

// name is the file's name without its extension.
func (f *fontFile) name() string {
	b := f.path[strings.LastIndexAny(f.path, `/\`)+1:]
	return strings.TrimSuffix(b, b[strings.LastIndex(b, "."):])
}

func TestPrepareTextCaps(t *testing.T) {
	long := strings.Repeat("山田太郎 ", 25000)
	rs := prepareText(long)
	if len(rs) != maxLabelRunes || rs[len(rs)-1] != '…' || string(rs[:4]) != "山田太郎" {
		t.Errorf("100 000 characters: %d kept, ending %q", len(rs), string(rs[len(rs)-3:]))
	}
	if rs := prepareText(strings.Repeat("a", maxLabelRunes)); len(rs) != maxLabelRunes || rs[len(rs)-1] != 'a' {
		t.Errorf("%d characters: cut to %d", maxLabelRunes, len(rs))
	}
}

// TestLongLabel: a 100 000-character label renders quickly, at a sane
// size, with its text cut to maxLabelRunes.
func TestLongLabel(t *testing.T) {
	for _, label := range []string{strings.Repeat("abcdefghij", 10000), strings.Repeat("山田太郎 محمد ", 10000)} {
		start := time.Now()
		img := decodePNG(t, render(t, `graph { a [label="`+label+`"]; a -- b }`, Dot, PNG, Options{}))
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%.10s…: %v", label, d)
		}
		if b := img.Bounds(); b.Dx() > 3200 || b.Dy() < 100 {
			t.Errorf("%.10s…: PNG %v, want the node sized for %d characters", label, b, maxLabelRunes)
		}
	}
}

func TestCapLabels(t *testing.T) {
	long := strings.Repeat("x", 300)
	cut := strings.Repeat("x", maxLabelRunes-1) + "…"
	for _, tc := range []struct{ name, in, want string }{
		{"short", `graph { a [label="Ann"] }`, ``},
		{"node label", `graph { a [label="` + long + `"] }`, `graph { a [label="` + cut + `"] }`},
		{"spaces, xlabel", `graph { a [xlabel = "` + long + `"] }`, `graph { a [xlabel = "` + cut + `"] }`},
		{"edge labels", `digraph { a -> b [headlabel="` + long + `" taillabel="` + long + `"] }`, `digraph { a -> b [headlabel="` + cut + `" taillabel="` + cut + `"] }`},
		{"graph label", `graph { label="` + long + `"; a }`, `graph { label="` + cut + `"; a }`},
		{"quoted key", `graph { a ["label"="` + long + `"] }`, `graph { a ["label"="` + cut + `"] }`},
		{"per line", `graph { a [label="ab\n` + long + `\lcd"] }`, `graph { a [label="ab\n` + cut + `\lcd"] }`},
		{"escapes count once", `graph { a [label="` + strings.Repeat(`\"`, 300) + `"] }`, `graph { a [label="` + strings.Repeat(`\"`, maxLabelRunes-1) + `…"] }`},
		{"long id kept", `graph { "` + long + `" [label="A"] }`, ``},
		{"tooltip kept", `graph { a [tooltip="` + long + `"] }`, ``},
		{"HTML kept", `graph { a [label=<<b>` + long + `</b>>] }`, ``},
		{"record kept", `graph { a [shape=record label="{` + long + `|b}"] }`, ``},
		{"comment kept", "graph { // label=\"" + long + "\"\n a }", ``},
		{"block comment kept", `graph { /* label="` + long + `" */ a }`, ``},
	} {
		got := capLabels([]byte(tc.in))
		want := tc.want
		if want == "" {
			want = tc.in // unchanged
		}
		if string(got) != want {
			t.Errorf("%s:\n got %.120s\nwant %.120s", tc.name, got, want)
		}
		if _, err := cgraph.ParseBytes(got); err != nil {
			t.Errorf("%s: output does not parse: %v", tc.name, err)
		}
		if !utf8.Valid(got) {
			t.Errorf("%s: invalid UTF-8", tc.name)
		}
	}
	// Nothing to cut: the same slice back, not a copy.
	in := []byte(`graph { a [label="Ann"] }`)
	if out := capLabels(in); &out[0] != &in[0] {
		t.Errorf("unchanged DOT was copied")
	}
}

func TestMissingGlyphsMessage(t *testing.T) {
	for _, tc := range []struct {
		missing []rune
		want    string
	}{
		{nil, ""},
		{[]rune{0x1F600}, "the PNG could not draw 😀 (U+1F600): install a font that has them, e.g. Debian's fonts-symbola"},
		{[]rune("山ا"), "the PNG could not draw 山 (U+5C71), ا (U+0627): install a font that has them, e.g. Debian's fonts-noto-cjk, fonts-noto-core"},
		{[]rune("abcdefghijkl"), "the PNG could not draw a (U+0061), b (U+0062), c (U+0063), d (U+0064), e (U+0065), f (U+0066), g (U+0067), h (U+0068), i (U+0069), j (U+006A) and 2 more: install a font that has them, e.g. Debian's fonts-noto-core"},
	} {
		if got := MissingGlyphsMessage(tc.missing); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.missing, got, tc.want)
		}
	}
}

// BenchmarkLayoutText is the per-line cost of the text pipeline, fonts
// already found.
func BenchmarkLayoutText(b *testing.B) {
	for _, tc := range []struct{ name, text string }{
		{"ascii", "Anna Berg"},
		{"vietnamese", "Nguyễn Thị Hương"},
		{"japanese", "山田太郎"},
		{"arabic", "محمد عبد الله"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			fonts.Lock()
			defer fonts.Unlock()
			c, err := chainFor("Helvetica")
			if err != nil {
				b.Fatal(err)
			}
			var runs []textRun
			for b.Loop() {
				runs = c.layoutText(runs[:0], tc.text, func(rune) {})
			}
		})
	}
}

// TestBidiMatchesFriBidi compares the display order of 3 000 random lines
// of Hebrew, Arabic and Latin letters, European and Arabic digits,
// brackets, separators, terminators and direction marks with GNU
// FriBidi's, where Debian's libfribidi-bin is installed. Arabic letters
// come back from FriBidi joined: they are compared in their base form.
// Combining marks are left out: FriBidi puts them after their base, this
// package before (see reorder).
func TestBidiMatchesFriBidi(t *testing.T) {
	if _, err := exec.LookPath("fribidi"); err != nil {
		t.Skip("no fribidi (Debian's libfribidi-bin)")
	}
	alphabet := []string{"א", "ב", "ג", "a", "b", "C", "1", "2", " ", " ", "(", ")", "[", "]", ".", ",", "%", "-", "+", "$", "!",
		"ب", "م", "ا", "١", "٢", "٫", "/", ":", "€", "\u00a0", "\u200e", "\u200f"}
	rng := rand.New(rand.NewPCG(1, 2))
	lines := make([]string, 3000)
	for i := range lines {
		var sb strings.Builder
		for range 1 + rng.IntN(14) {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		lines[i] = sb.String()
	}
	cmd := exec.Command("fribidi", "--nopad", "--nobreak")
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	base := map[rune]rune{'\u200e': -1, '\u200f': -1}
	for r, f := range arabicForms {
		for _, c := range f {
			if c != 0 {
				base[c] = r
			}
		}
	}
	want := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(want) != len(lines) {
		t.Fatalf("fribidi gave %d lines for %d", len(want), len(lines))
	}
	bad := 0
	for i, line := range lines {
		w := strings.Map(func(r rune) rune {
			if b, ok := base[r]; ok {
				return b
			}
			return r
		}, want[i])
		if got := visual(line); strings.TrimRight(got, " ") != strings.TrimRight(w, " ") {
			if bad++; bad <= 10 {
				t.Errorf("%+q: %+q, FriBidi %+q", line, got, w)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d lines differ", bad, len(lines))
	}
}
