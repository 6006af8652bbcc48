package importers

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// lenientReference is lenientUTF8 written plainly, for text without
// folds (no line starts with a space or tab): each line (ended by LF, or
// with crLines a lone CR too) that is well-formed UTF-8 as it is, any other
// in Windows-1252, a lone CR as LF with crLines. It returns the output and
// the lines (of the output) read as each.
func lenientReference(src []byte, crLines bool) (out []byte, utf8Lines, cp1252Lines []int) {
	line := 1
	for len(src) > 0 {
		end := len(src)
		for i, c := range src {
			if c == '\n' || crLines && c == '\r' {
				end = i + 1
				if c == '\r' && i+1 < len(src) && src[i+1] == '\n' {
					end = i + 2
				}
				break
			}
		}
		l := src[:end]
		src = src[end:]
		ascii := !slices.ContainsFunc(l, func(c byte) bool { return c >= utf8.RuneSelf })
		switch {
		case ascii:
		case utf8.Valid(l):
			utf8Lines = append(utf8Lines, line)
		default:
			cp1252Lines = append(cp1252Lines, line)
		}
		for k := 0; k < len(l); k++ {
			c := l[k]
			switch {
			case c == '\r' && crLines && (k+1 == len(l) || l[k+1] != '\n'):
				out = append(out, '\n')
			case ascii || c < utf8.RuneSelf || utf8.Valid(l):
				out = append(out, c)
			default:
				out = utf8.AppendRune(out, charmap.Windows1252.DecodeByte(c))
			}
		}
		line = 1 + bytes.Count(out, []byte{'\n'})
	}
	return out, utf8Lines, cp1252Lines
}

// randomMixed is mostly ASCII with UTF-8 of other scripts, Windows-1252
// letters and punctuation (ß“ and É plus a no-break space are well-formed
// UTF-8 pairs by accident), broken sequences and line ends; with folds,
// also folded lines, some cutting a character in two.
func randomMixed(r *rand.Rand, folds bool) []byte {
	pieces := [][]byte{[]byte("p12345,"), []byte("Åsa"), []byte("北京"), []byte("😀"), {0xf6}, {0xc5}, {0xc3}, {0xe2, 0x82},
		{0x80}, {0xf0, 0x9f, 0x98}, []byte("\r"), []byte("\r\n"), []byte("\n"), {0xa5}, {0xac}, {0xdf, 0x93}, {0xc9, 0xa0},
		{0x98, 0x80}, []byte("abcdefghijklmnopq"), {0xed, 0xa0, 0x80}, []byte("\"a,b\""), []byte("Bj\xf6rn")}
	if folds {
		pieces = append(pieces, []byte("\r\n "), []byte("\n\t"), []byte(" "), []byte("\xc3\r\n \xa5"), []byte("\xe2\x82\n\t\xac"))
	}
	var b []byte
	for range r.IntN(120) {
		p := pieces[r.IntN(len(pieces))]
		if !folds && len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
			b = append(b, 'x') // no line starts with a space or tab
		}
		b = append(b, p...)
	}
	return b
}

// TestLenientUTF8Agrees checks lenientUTF8, read whole and in pieces of
// every size, against the plain reference: the same text and lines. With
// folds, which the reference does not know, the pieces agree with the
// whole and the text is valid UTF-8.
func TestLenientUTF8Agrees(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for k := range 3000 {
		checkLenient(t, k, randomMixed(r, false), true)
		checkLenient(t, k, randomMixed(r, true), false)
	}
}

func checkLenient(t *testing.T, k int, src []byte, reference bool) {
	t.Helper()
	for _, cr := range []bool{false, true} {
		var first []byte
		var firstStats *decodeStats
		for kind := range 3 {
			st := newDecodeStats()
			got := readAll(t, lenientUTF8{crLines: cr, stats: st}, src, kind)
			if !utf8.Valid(got) {
				t.Fatalf("case %d, crLines %v, reads of kind %d: %q: not UTF-8: %q", k, cr, kind, src, got)
			}
			if kind == 0 {
				first, firstStats = got, st
			} else if !bytes.Equal(got, first) || !slices.Equal(st.utf8List, firstStats.utf8List) || !slices.Equal(st.fallbackList, firstStats.fallbackList) {
				t.Fatalf("case %d, crLines %v, reads of kind %d: %q\n got %q %v %v\nwhole %q %v %v", k, cr, kind, src, got, st.utf8List, st.fallbackList, first, firstStats.utf8List, firstStats.fallbackList)
			}
			if !reference {
				continue
			}
			want, u, w := lenientReference(src, cr)
			if !bytes.Equal(got, want) || !slices.Equal(st.utf8List, cut(u)) || !slices.Equal(st.fallbackList, cut(w)) ||
				st.utf8Lines != len(u) || st.fallbackLines != len(w) {
				t.Fatalf("case %d, crLines %v, reads of kind %d: %q\n got %q utf-8 %v cp1252 %v\nwant %q utf-8 %v cp1252 %v", k, cr, kind, src, got, st.utf8List, st.fallbackList, want, u, w)
			}
		}
	}
}

// cut is the first maxListed of lines.
func cut(lines []int) []int { return lines[:min(len(lines), maxListed)] }

func FuzzLenientUTF8(f *testing.F) {
	f.Add([]byte("id,name\r1,Bj\xf6rn\r2,\"a\nb\"\rTITLE:p\xc3\r\n \xa5\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		checkLenient(t, 0, src, false)
	})
}
