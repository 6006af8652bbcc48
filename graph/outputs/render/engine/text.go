package engine

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
)

// maxLabelRunes caps the characters drawn for one line of a label: a
// longer one is cut and ends in "…", so a hostile 100 000-character label
// costs no more to draw than a name. capLabels cuts plain labels the same
// way before Graphviz lays them out; the rasteriser cuts every line it
// draws (HTML-like and record labels too). graph/outputs/render shortens labels
// before either.
const maxLabelRunes = 200

// textRun is a piece of a line drawn with one face; a line's runs are in
// visual order, left to right.
type textRun struct {
	src  *fontSource
	text string
}

// glyphItem is one character to draw: the character (after joining), the
// face that has it, and its bidi embedding level (odd: right to left).
type glyphItem struct {
	r     rune
	src   *fontSource
	level uint8
}

// layoutText prepares a line for drawing with chain c, appending its runs
// to dst: the line is cut to maxLabelRunes and normalised (NFC: a letter
// and its combining accents become one character where Unicode has one);
// invisible format and control characters are dropped; each character gets
// the first face of the chain that has a glyph for it; Arabic letters take
// their joining forms (arabic.go); right-to-left text is reordered for
// display (reorder). A character no face has is passed to missing and
// drawn as nothing. The caller holds fonts' lock.
func (c *chain) layoutText(dst []textRun, text string, missing func(rune)) []textRun {
	if printableASCII(text) && len(text) <= maxLabelRunes {
		// Plain Latin, every character in the Go fonts: as before.
		return append(dst, textRun{c.primary, text})
	}
	rs := prepareText(text)
	if len(rs) == 0 {
		return dst
	}
	hint := hanHint(rs)
	var levels []uint8
	if needsBidi(rs) {
		levels = bidiLevels(rs)
	}
	var forms, ligatures []rune
	if hasArabic(rs) {
		forms, ligatures = arabicJoin(rs)
	}
	items := make([]glyphItem, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		var level uint8
		if levels != nil {
			level = levels[i]
		}
		if ligatures != nil && ligatures[i] != 0 {
			if s := c.face(ligatures[i], ""); s != nil {
				items = append(items, glyphItem{ligatures[i], s, level})
				i++ // the alef is in the ligature
				continue
			}
		}
		if forms != nil && forms[i] != 0 {
			if s := c.face(forms[i], ""); s != nil {
				items = append(items, glyphItem{forms[i], s, level})
				continue
			}
		}
		// Characters not drawn stay, with no face, until reordered: taking
		// one out could join two runs the bidi algorithm kept apart.
		var s *fontSource
		if !invisible(r) { // invisible ones are kept for joining and bidi
			if s = c.face(r, hint); s == nil {
				if unicode.Is(unicode.Zs, r) {
					r, s = ' ', c.primary // a space is a space
				} else {
					missing(r)
				}
			}
		}
		items = append(items, glyphItem{r, s, level})
	}
	if levels != nil {
		reorder(items)
	}
	var sb strings.Builder
	var src *fontSource
	for _, it := range items {
		if it.src == nil {
			continue
		}
		if it.src != src && sb.Len() > 0 {
			dst = append(dst, textRun{src, sb.String()})
			sb.Reset()
		}
		src = it.src
		sb.WriteRune(it.r)
	}
	if sb.Len() > 0 {
		dst = append(dst, textRun{src, sb.String()})
	}
	return dst
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7F {
			return false
		}
	}
	return true
}

// prepareText cuts text to maxLabelRunes (the last one an ellipsis),
// normalises it to NFC and drops the characters that are never drawn:
// controls, line and paragraph separators, variation selectors, and format
// characters other than those joining and bidi read (ZWJ, ZWNJ and the
// implicit direction marks; the explicit embeddings and isolates are
// dropped, so they do not change the order).
func prepareText(text string) []rune {
	if n := utf8.RuneCountInString(text); n > maxLabelRunes {
		cut, k := 0, 0
		for i := range text {
			if k == maxLabelRunes-1 {
				cut = i
				break
			}
			k++
		}
		text = text[:cut] + "…"
	}
	text = norm.NFC.String(text)
	rs := make([]rune, 0, len(text))
	for _, r := range text {
		switch {
		case r == zwj || r == zwnj || r == lrm || r == rlm || r == alm:
		case unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp, unicode.Variation_Selector):
			continue
		}
		rs = append(rs, r)
	}
	return rs
}

// Implicit direction marks: kept for bidi, never drawn.
const lrm, rlm, alm = 0x200E, 0x200F, 0x061C

// invisible reports whether r is kept by prepareText for joining or bidi
// but not drawn.
func invisible(r rune) bool {
	return r == zwj || r == zwnj || r == lrm || r == rlm || r == alm
}

// hanHint chooses the design of Han characters (CJK ideographs) from the
// rest of the line: Japanese with kana, Korean with hangul; "" (the
// collection's default order, cjkLangs) otherwise.
func hanHint(rs []rune) string {
	for _, r := range rs {
		switch {
		case r < 0x1100:
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			return "JP"
		case unicode.Is(unicode.Hangul, r):
			return "KR"
		}
	}
	return ""
}

func hasArabic(rs []rune) bool {
	for _, r := range rs {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

// needsBidi reports whether the line has right-to-left characters (or
// Arabic digits), so that it must be reordered.
func needsBidi(rs []rune) bool {
	for _, r := range rs {
		if r < 0x0590 {
			continue // Latin, Greek, Cyrillic, …: no strong right-to-left
		}
		switch p, _ := bidi.LookupRune(r); p.Class() {
		case bidi.R, bidi.AL, bidi.AN:
			return true
		}
	}
	return false
}

// bidiLevels returns each character's embedding level (even: left to
// right, odd: right to left) under the Unicode Bidirectional Algorithm
// (UAX #9) for one line without explicit embeddings or isolates
// (prepareText drops them): the paragraph level (P2, P3), the weak types
// (W1–W7), bracket pairs (N0), the other neutrals (N1, N2), the implicit
// levels (I1, I2) and trailing white space (L1). The characters' classes
// and brackets come from golang.org/x/text/unicode/bidi. Its own
// Paragraph.Order reports runs, not levels, and resolves brackets wrongly
// when a number follows them ("שלום (Anna) 3" came out "Anna) 3) םולש"; GNU
// FriBidi and this code give "3 (Anna) םולש").
//
// Kept as one function: the rules are applied in UAX #9's order to the
// same arrays of classes and levels, and read top to bottom against the
// specification's numbered rules; split, each rule would take and return
// the same state.
func bidiLevels(rs []rune) []uint8 {
	n := len(rs)
	orig := make([]bidi.Class, n)
	for i, r := range rs {
		p, _ := bidi.LookupRune(r)
		orig[i] = p.Class()
		switch orig[i] {
		case bidi.BN, bidi.LRE, bidi.RLE, bidi.LRO, bidi.RLO, bidi.PDF, bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI:
			orig[i] = bidi.NSM // removed by X9: take the type before
		}
	}
	para := uint8(0)
	for _, c := range orig {
		if c == bidi.L {
			break
		}
		if c == bidi.R || c == bidi.AL {
			para = 1
			break
		}
	}
	e := bidi.L // the embedding direction, and sos and eos
	if para == 1 {
		e = bidi.R
	}
	t := slices.Clone(orig)
	// W1: a mark takes the type of the character before it.
	for i := range t {
		if t[i] == bidi.NSM {
			t[i] = e
			if i > 0 {
				t[i] = t[i-1]
			}
		}
	}
	// W2, W3: European digits after Arabic letters are Arabic digits;
	// Arabic letters are right to left.
	last := e
	for i, c := range t {
		switch c {
		case bidi.L, bidi.R, bidi.AL:
			last = c
		case bidi.EN:
			if last == bidi.AL {
				t[i] = bidi.AN
			}
		}
	}
	for i := range t {
		if t[i] == bidi.AL {
			t[i] = bidi.R
		}
	}
	// W4: a single separator between two numbers of a kind joins them.
	for i := 1; i+1 < n; i++ {
		switch {
		case t[i] == bidi.ES && t[i-1] == bidi.EN && t[i+1] == bidi.EN,
			t[i] == bidi.CS && t[i-1] == bidi.EN && t[i+1] == bidi.EN:
			t[i] = bidi.EN
		case t[i] == bidi.CS && t[i-1] == bidi.AN && t[i+1] == bidi.AN:
			t[i] = bidi.AN
		}
	}
	// W5: terminators (%, currency) next to European digits are digits.
	for i := 0; i < n; {
		if t[i] != bidi.ET {
			i++
			continue
		}
		j := i
		for j < n && t[j] == bidi.ET {
			j++
		}
		if (i > 0 && t[i-1] == bidi.EN) || (j < n && t[j] == bidi.EN) {
			for k := i; k < j; k++ {
				t[k] = bidi.EN
			}
		}
		i = j
	}
	// W6, W7: other separators are neutral; European digits after left
	// to right text are left to right.
	last = e
	for i, c := range t {
		switch c {
		case bidi.ES, bidi.ET, bidi.CS:
			t[i] = bidi.ON
		case bidi.L, bidi.R:
			last = c
		case bidi.EN:
			if last == bidi.L {
				t[i] = bidi.L
			}
		}
	}
	// strongDir is a resolved type's direction for N0–N2: numbers count
	// as right to left; ON for a neutral.
	strongDir := func(c bidi.Class) bidi.Class {
		switch c {
		case bidi.L:
			return bidi.L
		case bidi.R, bidi.EN, bidi.AN:
			return bidi.R
		}
		return bidi.ON
	}
	// N0: a bracket pair takes the direction of the text inside it, or
	// of the text before it when the inside goes against the paragraph.
	for _, p := range bracketPairs(rs, orig) {
		inside := bidi.ON
		for k := p[0] + 1; k < p[1]; k++ {
			if d := strongDir(t[k]); d == e {
				inside = e
				break
			} else if d != bidi.ON {
				inside = d
			}
		}
		if inside == bidi.ON {
			continue
		}
		if inside != e {
			before := e
			for k := p[0] - 1; k >= 0; k-- {
				if d := strongDir(t[k]); d != bidi.ON {
					before = d
					break
				}
			}
			if before != inside {
				inside = e
			}
		}
		for _, k := range p {
			t[k] = inside
			for m := k + 1; m < n && orig[m] == bidi.NSM; m++ {
				t[m] = inside
			}
		}
	}
	// N1, N2: neutrals between text of one direction take it, the others
	// the paragraph's.
	for i := 0; i < n; {
		if strongDir(t[i]) != bidi.ON {
			i++
			continue
		}
		j := i
		for j < n && strongDir(t[j]) == bidi.ON {
			j++
		}
		before, after := e, e
		if i > 0 {
			before = strongDir(t[i-1])
		}
		if j < n {
			after = strongDir(t[j])
		}
		d := e
		if before == after {
			d = before
		}
		for k := i; k < j; k++ {
			t[k] = d
		}
		i = j
	}
	// I1, I2, and L1 for white space at the end of the line.
	levels := make([]uint8, n)
	for i, c := range t {
		switch {
		case para == 0 && c == bidi.R:
			levels[i] = 1
		case para == 0 && (c == bidi.AN || c == bidi.EN):
			levels[i] = 2
		case para == 1 && c != bidi.R:
			levels[i] = 2
		default:
			levels[i] = para
		}
	}
	for i := n - 1; i >= 0; i-- {
		if c := orig[i]; c != bidi.WS && c != bidi.NSM && c != bidi.S {
			break
		}
		levels[i] = para
	}
	return levels
}

// bracketPairs finds the bracket pairs of a line (UAX #9 BD16), in the
// order of their opening brackets.
func bracketPairs(rs []rune, classes []bidi.Class) [][2]int {
	type open struct {
		closer rune
		at     int
	}
	var stack []open
	var pairs [][2]int
	for i, r := range rs {
		p, _ := bidi.LookupRune(r)
		if classes[i] != bidi.ON || !p.IsBracket() {
			continue
		}
		if p.IsOpeningBracket() {
			if len(stack) == 63 {
				break
			}
			closer, _ := utf8.DecodeRuneInString(bidi.ReverseString(string(r)))
			stack = append(stack, open{closer, i})
			continue
		}
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].closer == r {
				pairs = append(pairs, [2]int{stack[k].at, i})
				stack = stack[:k]
				break
			}
		}
	}
	slices.SortFunc(pairs, func(a, b [2]int) int { return a[0] - b[0] })
	return pairs
}

// reorder puts a line's characters in display order (Unicode rule L2:
// from the highest level down to 1, reverse every run at that level or
// higher) and mirrors brackets in right-to-left runs. Combining marks end
// up before their base character, which is where right-to-left fonts
// (Noto Naskh Arabic, Noto Sans Hebrew) draw a zero-width mark from: over
// the glyph that follows it.
func reorder(items []glyphItem) {
	var top uint8
	for _, it := range items {
		top = max(top, it.level)
	}
	for lvl := top; lvl >= 1; lvl-- {
		for i := 0; i < len(items); {
			if items[i].level < lvl {
				i++
				continue
			}
			j := i
			for j < len(items) && items[j].level >= lvl {
				j++
			}
			slices.Reverse(items[i:j])
			i = j
		}
	}
	for i := range items {
		if items[i].level%2 == 1 {
			if m, ok := mirrored[items[i].r]; ok {
				items[i].r = m
			}
		}
	}
}

// mirrored is the bracket pairs that show mirrored in right-to-left text
// (Unicode's Bidi_Mirroring_Glyph for the brackets labels use).
var mirrored = map[rune]rune{
	'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<',
	'«': '»', '»': '«', '‹': '›', '›': '‹',
}

// MissingGlyphsMessage describes characters that a PNG could not draw
// (as Options.MissingGlyphs reports them) for a warning: the first ten
// with their code points, and which Debian packages have fonts for them.
//
//	the PNG could not draw 😀 (U+1F600): install a font that has them, e.g. Debian's fonts-symbola
func MissingGlyphsMessage(missing []rune) string {
	if len(missing) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.WriteString("the PNG could not draw ")
	var pkgs []string
	for i, r := range missing {
		if i < 10 {
			if i > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(&sb, "%c (U+%04X)", r, r)
		}
		if p := fontPackage(r); !slices.Contains(pkgs, p) {
			pkgs = append(pkgs, p)
		}
	}
	if len(missing) > 10 {
		fmt.Fprintf(&sb, " and %d more", len(missing)-10)
	}
	slices.Sort(pkgs)
	fmt.Fprintf(&sb, ": install a font that has them, e.g. Debian's %s", strings.Join(pkgs, ", "))
	return sb.String()
}

// fontPackage is the Debian package with a font for r that this package
// can draw (Noto Color Emoji cannot be drawn: its glyphs are bitmaps).
func fontPackage(r rune) string {
	switch {
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo),
		r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF:
		return "fonts-noto-cjk"
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF, r >= 0x2B00 && r <= 0x2BFF:
		return "fonts-symbola"
	}
	return "fonts-noto-core"
}
