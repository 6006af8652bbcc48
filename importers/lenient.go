package importers

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// lenientUTF8 decodes text that is UTF-8 where it can be: every
// well-formed UTF-8 sequence passes unchanged and every other byte is read
// as the Windows-1252 character it is there. Files are pasted together from
// two exports, or a UTF-8 file gets one line typed in another program; read
// as a whole in either encoding, half of such a file is garbled ("Ã…sa"),
// while byte by byte both halves read right. A Windows-1252 file reads as
// it always did: its accented letters are not well-formed UTF-8 (ö is F6,
// a lead byte with no continuation), and the rare pair that is (Ã©) was
// garbled text already.
//
// Two mends on the way:
//   - a character cut in two by a folded line (vCard, RFC 6350 3.2: a writer
//     folding at 75 bytes may cut "å", C3 | CRLF SP | A5) is written after
//     the fold instead, so that unfolding joins it whole;
//   - with crLines, a CR not followed by LF (an old Mac's line end) becomes
//     LF, while an LF inside a quoted cell stays as it is.
//
// stats counts what was found, with the lines (of the output) that held
// bytes read as Windows-1252.
type lenientUTF8 struct {
	transform.NopResetter
	crLines bool
	stats   *decodeStats
}

// decodeStats is what lenientUTF8 found in a file.
type decodeStats struct {
	multibyte int // well-formed UTF-8 sequences of two bytes or more
	fallback  int // bytes read as Windows-1252
	// fallbackLines counts the lines holding such bytes; lines lists the
	// first maxListed of them.
	fallbackLines int
	lines         []int
	// Once the file is judged Windows-1252 (on its head), the lines that
	// hold UTF-8 are what is noted instead.
	utf8Lines    int
	utf8LineList []int
	recordUTF8   bool
	line         int // the line being written, counted from 1
	lastFallback int
	lastUTF8     int
}

func newDecodeStats() *decodeStats { return &decodeStats{line: 1} }

func (t lenientUTF8) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	st := t.stats
	counted := 0 // dst[:counted] has had its line ends counted
	count := func() {
		st.line += bytes.Count(dst[counted:nDst], []byte{'\n'})
		counted = nDst
	}
	defer count()
	for nSrc < len(src) {
		c := src[nSrc]
		if c < utf8.RuneSelf {
			n := asciiPrefix(src[nSrc:min(len(src), nSrc+len(dst)-nDst)])
			if n == 0 {
				return nDst, nSrc, transform.ErrShortDst
			}
			if t.crLines {
				if j := bytes.IndexByte(src[nSrc:nSrc+n], '\r'); j >= 0 {
					if nSrc+j+1 == len(src) && !atEOF {
						// Is it CRLF? The next byte says.
						if j == 0 {
							return nDst, nSrc, transform.ErrShortSrc
						}
						n = j
					} else {
						n = j + 1
						copy(dst[nDst:], src[nSrc:nSrc+n])
						if nSrc+n == len(src) || src[nSrc+n] != '\n' {
							dst[nDst+j] = '\n'
						}
						nDst += n
						nSrc += n
						continue
					}
				}
			}
			copy(dst[nDst:], src[nSrc:nSrc+n])
			nDst += n
			nSrc += n
			continue
		}
		if _, size := utf8.DecodeRune(src[nSrc:]); size > 1 {
			if size != copy(dst[nDst:], src[nSrc:nSrc+size]) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += size
			nSrc += size
			st.multibyte++
			if st.recordUTF8 {
				count()
				if st.line != st.lastUTF8 {
					st.lastUTF8 = st.line
					st.utf8Lines++
					if len(st.utf8LineList) < maxListed {
						st.utf8LineList = append(st.utf8LineList, st.line)
					}
				}
			}
			continue
		}
		if !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if lead, fold, char, short := cutByFold(src[nSrc:], atEOF); short {
			return nDst, nSrc, transform.ErrShortSrc
		} else if fold > 0 {
			if nDst+fold+len(char) > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			copy(dst[nDst:], src[nSrc+lead:nSrc+lead+fold])
			if t.crLines && dst[nDst] == '\r' && dst[nDst+1] != '\n' {
				dst[nDst] = '\n'
			}
			copy(dst[nDst+fold:], char)
			nDst += fold + len(char)
			nSrc += fold + len(char)
			st.multibyte++
			continue
		}
		r := charmap.Windows1252.DecodeByte(c)
		if nDst+utf8.RuneLen(r) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		nSrc++
		st.fallback++
		count()
		if st.line != st.lastFallback {
			st.lastFallback = st.line
			st.fallbackLines++
			if len(st.lines) < maxListed {
				st.lines = append(st.lines, st.line)
			}
		}
	}
	return nDst, nSrc, nil
}

// cutByFold looks at src, which starts with a byte that is not the start
// of a well-formed UTF-8 sequence, for a character cut by a folded line:
// its first bytes (lead of them), a line end and a space or tab (fold of
// them), then its other bytes. char is the character whole. short says
// that src ends before it can tell.
func cutByFold(src []byte, atEOF bool) (lead, fold int, char []byte, short bool) {
	size := 0
	switch c := src[0]; {
	case c >= 0xC2 && c <= 0xDF:
		size = 2
	case c >= 0xE0 && c <= 0xEF:
		size = 3
	case c >= 0xF0 && c <= 0xF4:
		size = 4
	default:
		return 0, 0, nil, false
	}
	lead = 1
	for lead < size && lead < len(src) && src[lead]&0xC0 == 0x80 {
		lead++
	}
	rest := src[lead:]
	for _, f := range []string{"\r\n ", "\r\n\t", "\n ", "\n\t", "\r ", "\r\t"} {
		if len(rest) < len(f) {
			if !atEOF && bytes.HasPrefix([]byte(f), rest) {
				return 0, 0, nil, true
			}
			continue
		}
		if string(rest[:len(f)]) != f {
			continue
		}
		tail := rest[len(f):]
		need := size - lead
		if len(tail) < need {
			return 0, 0, nil, !atEOF
		}
		char = append(append(make([]byte, 0, size), src[:lead]...), tail[:need]...)
		if r, n := utf8.DecodeRune(char); r == utf8.RuneError || n != size {
			return 0, 0, nil, false
		}
		return lead, len(f), char, false
	}
	return 0, 0, nil, false
}
