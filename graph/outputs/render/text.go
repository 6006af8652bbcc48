package render

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/width"

	"github.com/tiesnet/ties/graph/outputs/words"
)

// Names come from files nobody checked: a name can be 100 000 characters
// long or hold a newline. Every picture shows a name on one line of at most
// maxNameRunes characters ("…" when cut), in every format, so a long name
// cannot widen a node or push a label across the picture; a tooltip keeps
// up to maxTooltipName characters of it, and a whole tooltip at most
// maxTooltipRunes. A network's or a value's name is cut the same way.
const (
	maxNameRunes    = 40
	maxTooltipName  = 200
	maxTooltipRunes = 1500
)

// labelText is s as a picture shows it: one line, cut to maxNameRunes.
func labelText(s string) string { return words.Shorten(words.OneLine(s), maxNameRunes) }

// tipText is s as a tooltip names it: one line, cut to maxTooltipName.
func tipText(s string) string { return words.Shorten(words.OneLine(s), maxTooltipName) }

// boundTip cuts a whole tooltip to maxTooltipRunes.
func boundTip(s string) string {
	if utf8.RuneCountInString(s) <= maxTooltipRunes {
		return s
	}
	return words.Shorten(s, maxTooltipRunes)
}

// Text extents. A label placed by ties must not sit on a node or another
// label in any viewer, so its box is measured generously: the wider of the
// Go font's advance (what the PNG draws; the engine draws text with the Go
// fonts) and a per-character estimate for Helvetica and Arial (what SVG
// viewers draw), plus a margin. Characters the Go font lacks (CJK, emoji)
// count one em, as the fonts that draw them set them.
const (
	// lineHeight is the height of one line of text, in ems.
	lineHeight = 1.25
	// textSlack widens every measure, for fonts a viewer substitutes.
	textSlack = 1.08
)

var goFont struct {
	once sync.Once
	mu   sync.Mutex
	f    *sfnt.Font
	buf  sfnt.Buffer
	em   map[rune]float64 // advance in ems, by rune
}

// goAdvance is r's advance in the Go regular font, in ems; 0 when the
// font has no glyph for it.
func goAdvance(r rune) float64 {
	goFont.once.Do(func() {
		goFont.f, _ = sfnt.Parse(goregular.TTF)
		goFont.em = map[rune]float64{}
	})
	if goFont.f == nil {
		return 0
	}
	goFont.mu.Lock()
	defer goFont.mu.Unlock()
	if a, ok := goFont.em[r]; ok {
		return a
	}
	a := 0.0
	if idx, err := goFont.f.GlyphIndex(&goFont.buf, r); err == nil && idx != 0 {
		ppem := fixed.Int26_6(goFont.f.UnitsPerEm()) << 6
		if adv, err := goFont.f.GlyphAdvance(&goFont.buf, idx, ppem, font.HintingNone); err == nil {
			a = float64(adv) / float64(ppem)
		}
	}
	goFont.em[r] = a
	return a
}

// estimateEm is a generous width of r in Helvetica-like fonts, in ems.
func estimateEm(r rune) float64 {
	switch k := width.LookupRune(r).Kind(); {
	case k == width.EastAsianWide || k == width.EastAsianFullwidth:
		return 1
	case r > 0xFFFF: // emoji and other supplementary symbols
		return 1.1
	case strings.ContainsRune("ijlI.,:;'!|", r):
		return 0.32
	case strings.ContainsRune("frt()[]{} -", r):
		return 0.42
	case r == 'm' || r == 'w' || r == 'M' || r == 'W' || r == '@':
		return 0.92
	case unicode.IsUpper(r) || unicode.IsDigit(r):
		return 0.7
	case unicode.Is(unicode.Mn, r):
		return 0
	}
	return 0.58
}

// textWidth is the width of one line of s at size points, generously.
func textWidth(s string, size float64) float64 {
	em := 0.0
	for _, r := range s {
		em += max(goAdvance(r), estimateEm(r))
	}
	return em * size * textSlack
}

// textBox is the size (points) of a label of one or more lines ("\n"),
// with pad points of margin on every side.
func textBox(s string, size, pad float64) (w, h float64) {
	lines := strings.Split(s, "\n")
	for _, l := range lines {
		w = max(w, textWidth(l, size))
	}
	return w + 2*pad, float64(len(lines))*size*lineHeight + 2*pad
}
