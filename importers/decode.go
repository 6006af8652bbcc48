package importers

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
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
// text; valid UTF-8; otherwise Windows-1252, which is what Excel on Windows
// writes and which maps every byte to a character, so it never fails.
// The decoders are golang.org/x/text's; gocsv sees only UTF-8 (it returns
// empty rows without an error on undecoded UTF-16).
func decodeText(raw []byte) (text []byte, encoding string, err error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		text, encoding = raw[3:], EncUTF8BOM
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
	case utf8.Valid(raw):
		text, encoding = raw, EncUTF8
	default:
		encoding = EncWindows1252
		text, _, err = transform.Bytes(charmap.Windows1252.NewDecoder(), raw)
	}
	if err != nil {
		return nil, encoding, err
	}
	// A file marked as UTF-8 or UTF-16 can still hold broken sequences; they
	// become U+FFFD so that only valid UTF-8 reaches the model.
	if !utf8.Valid(text) {
		text = bytes.ToValidUTF8(text, []byte("\uFFFD"))
	}
	if bytes.IndexByte(text, '\n') < 0 && bytes.IndexByte(text, '\r') >= 0 {
		text = bytes.ReplaceAll(text, []byte{'\r'}, []byte{'\n'})
	}
	return text, encoding, nil
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
