package importers

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// lenientReference is lenientUTF8 written plainly, on the whole text at
// once: well-formed UTF-8 as it is, a character cut by a fold moved after
// it, every other byte as Windows-1252, a lone CR as LF with crLines. It
// returns the output and the lines (of the output) with Windows-1252 bytes.
func lenientReference(src []byte, crLines bool) (out []byte, lines []int) {
	line := 1
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c < utf8.RuneSelf:
			if crLines && c == '\r' && (i+1 == len(src) || src[i+1] != '\n') {
				c = '\n'
			}
			out = append(out, c)
			if c == '\n' {
				line++
			}
			i++
			continue
		}
		if _, size := utf8.DecodeRune(src[i:]); size > 1 {
			out = append(out, src[i:i+size]...)
			i += size
			continue
		}
		if fold, char, n := referenceFold(src[i:]); n > 0 {
			if crLines && fold[0] == '\r' && fold[1] != '\n' {
				fold = "\n" + fold[1:]
			}
			out = append(append(out, fold...), char...)
			line += bytes.Count([]byte(fold), []byte{'\n'})
			i += n
			continue
		}
		out = utf8.AppendRune(out, charmap.Windows1252.DecodeByte(c))
		if len(lines) == 0 || lines[len(lines)-1] != line {
			lines = append(lines, line)
		}
		i++
	}
	return out, lines
}

// referenceFold tries every split of every character length around every
// fold at the start of s.
func referenceFold(s []byte) (fold string, char []byte, n int) {
	for _, f := range []string{"\r\n ", "\r\n\t", "\n ", "\n\t", "\r ", "\r\t"} {
		for size := 2; size <= 4; size++ {
			for lead := 1; lead < size; lead++ {
				if len(s) < size+len(f) || string(s[lead:lead+len(f)]) != f {
					continue
				}
				c := append(slices.Clone(s[:lead]), s[lead+len(f):size+len(f)]...)
				if r, m := utf8.DecodeRune(c); r != utf8.RuneError && m == size {
					return f, c, size + len(f)
				}
			}
		}
	}
	return "", nil, 0
}

// randomMixed is randomText with Windows-1252 letters, folds and CRs.
func randomMixed(r *rand.Rand) []byte {
	pieces := [][]byte{[]byte("p12345,"), []byte("Åsa"), []byte("北京"), []byte("😀"), {0xf6}, {0xc5}, {0xc3}, {0xe2, 0x82},
		{0x80}, {0xf0, 0x9f, 0x98}, []byte("\r\n "), []byte("\n\t"), []byte("\r"), []byte(" "), []byte("\r\n"), []byte("\n"), {0xa5}, {0xac},
		{0x98, 0x80}, []byte("abcdefghijklmnopq"), {0xed, 0xa0, 0x80}}
	var b []byte
	for range r.IntN(200) {
		b = append(b, pieces[r.IntN(len(pieces))]...)
	}
	return b
}

// TestLenientUTF8Agrees checks lenientUTF8, read whole and in pieces of
// every size, against the plain reference: the same text, valid UTF-8,
// and the same lines noted.
func TestLenientUTF8Agrees(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for k := range 3000 {
		src := randomMixed(r)
		checkLenient(t, k, src)
	}
}

func checkLenient(t *testing.T, k int, src []byte) {
	t.Helper()
	for _, cr := range []bool{false, true} {
		want, wantLines := lenientReference(src, cr)
		for kind := range 3 {
			st := newDecodeStats()
			got := readAll(t, lenientUTF8{crLines: cr, stats: st}, src, kind)
			if !bytes.Equal(got, want) || !utf8.Valid(got) {
				t.Fatalf("case %d, crLines %v, reads of kind %d: %q\n got %q\nwant %q", k, cr, kind, src, got, want)
			}
			lines := wantLines
			if len(lines) > maxListed {
				lines = lines[:maxListed]
			}
			if !slices.Equal(st.lines, lines) || st.fallbackLines != len(wantLines) {
				t.Fatalf("case %d, crLines %v, reads of kind %d: %q: lines %v (%d), want %v", k, cr, kind, src, st.lines, st.fallbackLines, wantLines)
			}
		}
	}
}

func FuzzLenientUTF8(f *testing.F) {
	f.Add([]byte("id,name\r1,Bj\xf6rn\r2,\"a\nb\"\rTITLE:p\xc3\r\n \xa5\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		checkLenient(t, 0, src)
	})
}
