package importers

import (
	"encoding/binary"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// replaceIllFormed is runes.ReplaceIllFormed() with runs of ASCII copied
// eight bytes at a time: every byte not part of a well-formed UTF-8
// sequence becomes U+FFFD, the rest passes unchanged. The byte-at-a-time
// original took a tenth of the reading of a large ties file, which is
// nearly all ASCII.
type replaceIllFormed struct {
	transform.NopResetter
	// replaced, when not nil, counts the bytes replaced, so that the
	// import can say so (input.replaced).
	replaced *int
}

func (t replaceIllFormed) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if src[nSrc] < utf8.RuneSelf {
			n := asciiPrefix(src[nSrc:min(len(src), nSrc+len(dst)-nDst)])
			if n == 0 {
				return nDst, nSrc, transform.ErrShortDst
			}
			copy(dst[nDst:], src[nSrc:nSrc+n])
			nDst += n
			nSrc += n
			continue
		}
		if _, size := utf8.DecodeRune(src[nSrc:]); size != 1 {
			if size != copy(dst[nDst:], src[nSrc:nSrc+size]) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += size
			nSrc += size
			continue
		}
		if !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if nDst+len(string(utf8.RuneError)) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], string(utf8.RuneError))
		nSrc++
		if t.replaced != nil {
			*t.replaced++
		}
	}
	return nDst, nSrc, nil
}

// asciiPrefix is the length of b's leading run of ASCII bytes.
func asciiPrefix(b []byte) int {
	const high = 0x8080808080808080
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&high != 0 {
			break
		}
	}
	for ; i < len(b) && b[i] < utf8.RuneSelf; i++ {
	}
	return i
}
