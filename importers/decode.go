package importers

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encodings that ties recognises, as named in reports.
const (
	EncUTF8        = "utf-8"
	EncUTF8BOM     = "utf-8-bom"
	EncUTF16LE     = "utf-16le"
	EncUTF16BE     = "utf-16be"
	EncWindows1252 = "windows-1252"
)

// decodeText sniffs the encoding of raw file content and returns it as UTF-8
// with any byte-order mark removed and old Mac line ends (a lone CR, from
// Excel's "CSV (Macintosh)") turned into LF.
//
// Sniffing, in order: a byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16
// without a mark, recognised by NUL bytes in every other position of ASCII
// text; else UTF-8 where it is well-formed and Windows-1252 elsewhere
// (lenientUTF8), named Windows-1252 when no UTF-8 beyond ASCII is found:
// what Excel on Windows writes, which maps every byte to a character, so it
// never fails. stats says what was read as which. The decoders are
// golang.org/x/text's; gocsv sees only UTF-8 (it returns empty rows without
// an error on undecoded UTF-16).
func decodeText(raw []byte) (text []byte, encoding string, stats *decodeStats, err error) {
	stats = newDecodeStats()
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		encoding = EncUTF8BOM
		text, _, err = transform.Bytes(lenientUTF8{crLines: crLineEnds(raw[3:]), stats: stats}, raw[3:])
		return text, encoding, stats, err
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		encoding = EncUTF16LE
		text, _, err = transform.Bytes(unicode.BOMOverride(unicode.UTF8.NewDecoder()), raw)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		encoding = EncUTF16BE
		text, _, err = transform.Bytes(unicode.BOMOverride(unicode.UTF8.NewDecoder()), raw)
	case looksUTF16(raw, 1):
		encoding = EncUTF16LE
		text, _, err = transform.Bytes(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder(), raw)
	case looksUTF16(raw, 0):
		encoding = EncUTF16BE
		text, _, err = transform.Bytes(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder(), raw)
	default:
		text, _, err = transform.Bytes(lenientUTF8{crLines: crLineEnds(raw), stats: stats}, raw)
		encoding = stats.encoding()
		return text, encoding, stats, err
	}
	if err != nil {
		return nil, encoding, nil, err
	}
	// A file marked as UTF-16 can still hold broken sequences; they become
	// U+FFFD so that only valid UTF-8 reaches the model.
	if !utf8.Valid(text) {
		text = bytes.ToValidUTF8(text, []byte("\uFFFD"))
	}
	if bytes.IndexByte(text, '\n') < 0 && bytes.IndexByte(text, '\r') >= 0 {
		text = bytes.ReplaceAll(text, []byte{'\r'}, []byte{'\n'})
	}
	return text, encoding, nil, nil
}

// encoding names what lenientUTF8 read: Windows-1252 when some bytes were
// read so and no UTF-8 beyond ASCII was found, else UTF-8.
func (st *decodeStats) encoding() string {
	if st.fallback > 0 && st.multibyte == 0 {
		return EncWindows1252
	}
	return EncUTF8
}

// crLineEnds reports whether raw (ASCII-compatible text) ends its lines
// with a lone CR, as an old Mac and Excel's "CSV (Macintosh)" write: more
// lone CRs than other line ends. An LF in a quoted cell of such a file is
// a line break inside the cell.
func crLineEnds(raw []byte) bool {
	crlf := bytes.Count(raw, []byte("\r\n"))
	cr := bytes.Count(raw, []byte{'\r'}) - crlf
	lf := bytes.Count(raw, []byte{'\n'}) - crlf
	return cr > 0 && cr > crlf+lf
}

// looksUTF16 reports whether the first bytes of raw look like ASCII text in
// UTF-16 without a byte-order mark: zero bytes at every position of the given
// parity (1 for little-endian) and none at the other.
func looksUTF16(raw []byte, zeroAt int) bool {
	n := min(len(raw), 512) &^ 1
	if n < 4 {
		return false
	}
	zeros, other := 0, 0
	for i := 0; i < n; i++ {
		if raw[i] == 0 {
			if i%2 == zeroAt {
				zeros++
			} else {
				other++
			}
		}
	}
	return other == 0 && zeros >= n/2*9/10
}

// headEncoding names the encoding of a large file from its first bytes
// (raw, which may end inside a character), as decodeStats.encoding does.
func headEncoding(raw []byte) string {
	multibyte, fallback := 0, 0
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		if !utf8.FullRune(raw[i:]) {
			break // cut at the end of the head
		}
		if _, size := utf8.DecodeRune(raw[i:]); size > 1 {
			multibyte++
			i += size
			continue
		}
		fallback++
		i++
	}
	if fallback > 0 && multibyte == 0 {
		return EncWindows1252
	}
	return EncUTF8
}
