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
	if crLineEnds(text) {
		text, _, err = transform.Bytes(lenientUTF8{crLines: true, stats: newDecodeStats()}, text)
	}
	return text, encoding, nil, err
}

// encoding names what lenientUTF8 read: Windows-1252 when more lines were
// read so than as UTF-8, else UTF-8 (also for ASCII alone).
func (st *decodeStats) encoding() string {
	if st.fallbackLines > st.utf8Lines {
		return EncWindows1252
	}
	return EncUTF8
}

// crLineEnds reports whether raw (ASCII-compatible text) ends its lines
// with a lone CR, as an old Mac and Excel's "CSV (Macintosh)" write: its
// first line ends so, and lone CRs outnumber the other line ends, line
// ends inside quotes not counted. An LF inside a quoted cell of such a
// file is a line break inside the cell; a CR inside a cell of an LF file
// is not a line end.
func crLineEnds(raw []byte) bool {
	first := byte(0) // the first line end outside quotes: '\r' lone, '\n' otherwise
	cr, other := 0, 0
	quoted := false
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '"':
			quoted = !quoted
		case '\r':
			if quoted {
				continue
			}
			if i+1 < len(raw) && raw[i+1] == '\n' {
				other++
				i++
				if first == 0 {
					first = '\n'
				}
				continue
			}
			cr++
			if first == 0 {
				first = '\r'
			}
		case '\n':
			if quoted {
				continue
			}
			other++
			if first == 0 {
				first = '\n'
			}
		}
	}
	return first == '\r' && cr > other
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
// (raw, cut anywhere), as decodeStats.encoding does: its whole lines
// judged as lenientUTF8 judges them.
func headEncoding(raw []byte) string {
	if i := bytes.LastIndexByte(raw, '\n'); i >= 0 {
		raw = raw[:i+1]
	}
	st := newDecodeStats()
	transform.Bytes(lenientUTF8{stats: st}, raw)
	return st.encoding()
}
