package importers

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// lenientUTF8 decodes text that is UTF-8 on some lines and Windows-1252
// on others, deciding line by line: a line that is well-formed UTF-8 is
// UTF-8, any other is Windows-1252 throughout. Files are pasted together
// from two exports, or a UTF-8 file gets one line typed in another
// program; read as a whole in either encoding, half of such a file is
// garbled ("Ã…sa"), while line by line both halves read right. A whole line
// is judged, not each byte: in Windows-1252 text an accented capital before
// punctuation (ß“, É and a no-break space) is a well-formed UTF-8 pair by
// accident, while the line's other accented letters (ä, ö: a lead byte
// without its continuation) are not. A line too long to see whole is
// judged on its first kilobyte at least.
//
// Two mends on the way:
//   - a character cut in two by a folded line (vCard, RFC 6350 3.2: a writer
//     folding at 75 bytes may cut "å", C3 | CRLF SP | A5) is written after
//     the fold instead, so that unfolding joins it whole; the line and its
//     folds are judged as one;
//   - with crLines, a CR not followed by LF (an old Mac's line end) becomes
//     LF, while an LF inside a quoted cell stays as it is.
//
// stats counts what was read as which, with the lines (of the output).
type lenientUTF8 struct {
	transform.NopResetter
	crLines bool
	stats   *decodeStats
}

// decodeStats is what lenientUTF8 found in a file.
type decodeStats struct {
	multibyte int // UTF-8 sequences of two bytes or more
	fallback  int // bytes read as Windows-1252
	// utf8Lines and fallbackLines count the lines read as UTF-8 (that hold
	// more than ASCII) and as Windows-1252; the lists hold the first
	// maxListed of each.
	utf8Lines, fallbackLines int
	utf8List, fallbackList   []int
	// undefinedLines lists the first maxListed lines (of undefined in
	// all) with a byte Windows-1252 does not define (0x81, 0x8D, 0x8F,
	// 0x90, 0x9D), written as U+FFFD: a file in yet another encoding.
	undefinedLines []int
	undefined      int
	line           int  // the line being written, counted from 1
	mode           byte // the line's encoding: 0 not yet judged, 'u' UTF-8, 'w' Windows-1252
}

func newDecodeStats() *decodeStats { return &decodeStats{line: 1} }

// judgeAhead is how much of a line lenientUTF8 waits for before it judges
// a line it cannot see to its end.
const judgeAhead = 1024

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
			cr := -1 // where in the run a lone CR becomes LF
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
						if nSrc+n == len(src) || src[nSrc+n] != '\n' {
							cr = j
						}
					}
				}
			}
			copy(dst[nDst:], src[nSrc:nSrc+n])
			if cr >= 0 {
				dst[nDst+cr] = '\n'
			}
			if st.mode != 0 && bytes.IndexByte(dst[nDst:nDst+n], '\n') >= 0 {
				st.mode = 0 // a new line: judged afresh
			}
			nDst += n
			nSrc += n
			continue
		}
		if st.mode == 0 {
			valid, short := lineIsUTF8(src[nSrc:], atEOF, t.crLines)
			if short {
				return nDst, nSrc, transform.ErrShortSrc
			}
			count()
			if valid {
				st.mode = 'u'
				st.utf8Lines++
				if len(st.utf8List) < maxListed {
					st.utf8List = append(st.utf8List, st.line)
				}
			} else {
				st.mode = 'w'
				st.fallbackLines++
				if len(st.fallbackList) < maxListed {
					st.fallbackList = append(st.fallbackList, st.line)
				}
			}
		}
		if st.mode == 'u' {
			if _, size := utf8.DecodeRune(src[nSrc:]); size > 1 {
				if size != copy(dst[nDst:], src[nSrc:nSrc+size]) {
					return nDst, nSrc, transform.ErrShortDst
				}
				nDst += size
				nSrc += size
				st.multibyte++
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
			// Past what the line was judged on, a byte that is not UTF-8
			// after all: read as Windows-1252 like the others.
		}
		r := charmap.Windows1252.DecodeByte(c)
		if nDst+utf8.RuneLen(r) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		if r == utf8.RuneError {
			count()
			if n := len(st.undefinedLines); n == 0 || st.undefinedLines[n-1] != st.line {
				st.undefined++
				if n < maxListed {
					st.undefinedLines = append(st.undefinedLines, st.line)
				}
			}
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		nSrc++
		st.fallback++
	}
	return nDst, nSrc, nil
}

// lineIsUTF8 judges the rest of a line, from b's start to its end (LF, or
// with crLines a lone CR), its folds included (a line end followed by a
// space or tab), as well-formed UTF-8 or not. short says that b ends
// before the line does and before judgeAhead bytes: more is needed.
func lineIsUTF8(b []byte, atEOF, crLines bool) (valid, short bool) {
	more := func(i int) (bool, bool) {
		if atEOF || i >= judgeAhead {
			return true, false
		}
		return false, true
	}
	for i := 0; i < len(b); {
		c := b[i]
		if c == '\n' || crLines && c == '\r' {
			j := i + 1
			if c == '\r' && j < len(b) && b[j] == '\n' {
				j++
			}
			if j == len(b) {
				return more(i)
			}
			if b[j] != ' ' && b[j] != '\t' {
				return true, false
			}
			i = j + 1 // a fold: the line goes on
			continue
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if _, size := utf8.DecodeRune(b[i:]); size > 1 {
			i += size
			continue
		}
		if !atEOF && !utf8.FullRune(b[i:]) {
			return more(i)
		}
		if _, fold, char, short := cutByFold(b[i:], atEOF); short {
			return more(i)
		} else if fold > 0 {
			i += fold + len(char)
			continue
		}
		return false, false
	}
	return more(len(b))
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
