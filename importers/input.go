package importers

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Stdin is the path that names standard input (--people -).
const Stdin = "-"

// stdinName is how reports and errors name standard input.
const stdinName = "standard input"

// headBytes is how much of a file is decoded and held before it is read
// as a stream: enough for every format's detection (the encoding, a
// delimiter, a header within its first 50 records, an XML root element).
// A file that fits is decoded whole, exactly as decodeText does; a larger
// one is decoded as it streams, its encoding chosen from this head.
var headBytes = 1 << 20 // a variable for the tests of streaming

// input is one input file's content, decoded to UTF-8: the head, held in
// memory, and the rest, read once as a stream. Nothing else of a large
// file is held, so that importing a file of a gigabyte takes the memory of
// what it holds, not of its text.
type input struct {
	path string // as named in reports and errors
	enc  string
	head []byte
	// complete says head holds the whole text; rest is then nil.
	complete bool
	rest     io.Reader
	// size is the file's size in bytes, -1 when unknown (standard input);
	// scale is raw bytes per decoded byte (2 for UTF-16), for estimates.
	size  int64
	scale float64
	close func() error
	used  bool
	// replaced counts the bytes past the head that were not UTF-16 and
	// became U+FFFD (a file judged UTF-16 on its head); nil when none can
	// be.
	replaced *int
	// stats is what a file read as UTF-8 or Windows-1252 held
	// (lenientUTF8); nil for UTF-16.
	stats *decodeStats
}

// openPath opens the file path from the options' FS when set, else from
// the operating system.
func (l *loader) openPath(path string) (fs.File, error) {
	var f fs.File
	var err error
	if l.opt.FS != nil {
		f, err = l.opt.FS.Open(path)
	} else {
		f, err = os.Open(path)
	}
	if err != nil {
		return nil, readError(path, err)
	}
	return f, nil
}

// openInput opens path (Stdin for standard input) for reading, from the
// options' FS when set.
func (l *loader) openInput(path string) (*input, error) {
	var r io.Reader
	var size int64 = -1
	var closer func() error
	name := path
	switch {
	case path == Stdin:
		if l.opt.Stdin == nil {
			return nil, &Error{Path: stdinName, Msg: "standard input is not available", Hint: "name a file instead of -"}
		}
		r, name = l.opt.Stdin, stdinName
	default:
		f, err := l.openPath(path)
		if err != nil {
			return nil, err
		}
		if fi, err := f.Stat(); err == nil {
			if fi.IsDir() {
				f.Close()
				return nil, &Error{Path: path, Msg: "cannot read the file: it is a folder", Hint: "name a file"}
			}
			if l.opt.FS != nil || fi.Mode().IsRegular() {
				size = fi.Size()
			}
		}
		r, closer = f, f.Close
	}
	if l.opt.Progress != nil {
		r = countingReader{r, l}
	}
	in, err := newInput(name, r, size)
	if err != nil {
		if closer != nil {
			closer()
		}
		return nil, err
	}
	in.close = closer
	return in, nil
}

// readError words a file that cannot be opened or read.
func readError(path string, err error) error {
	hint := "check the path"
	if path == stdinName {
		hint = "check what is piped in"
	}
	if errors.Is(err, fs.ErrPermission) {
		hint = "check that you may read it"
	}
	return &Error{Path: path, Msg: fmt.Sprintf("cannot read the file: %v", unwrapPath(err)), Hint: hint, Err: err}
}

// bytesInput is content already in memory (a file inside a zip).
func bytesInput(path string, raw []byte) (*input, error) {
	return newInput(path, bytes.NewReader(raw), int64(len(raw)))
}

// newInput sniffs the encoding of r's first bytes and decodes its head.
// The rules are decodeText's: a byte-order mark, UTF-16 without a mark,
// valid UTF-8, else Windows-1252; a file of old Mac line ends (CR only)
// has them turned into LF. For a file larger than headBytes the choice is
// made on its first headBytes, and later broken UTF-8 becomes U+FFFD.
func newInput(path string, r io.Reader, size int64) (*input, error) {
	br := bufio.NewReaderSize(r, headBytes)
	raw, err := br.Peek(headBytes)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, readError(path, err)
	}
	in := &input{path: path, size: size, scale: 1}
	if err == io.EOF {
		// The whole file: decoded as it always was.
		text, enc, stats, derr := decodeText(raw)
		in.enc, in.stats = enc, stats
		if derr != nil {
			return nil, decodeError(path, enc, derr)
		}
		in.head, in.complete = bytes.Clone(text), true
		return in, nil
	}
	var dec io.Reader
	in.replaced = new(int)
	repair := replaceIllFormed{replaced: in.replaced}
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		in.stats = newDecodeStats()
		in.enc, dec = EncUTF8BOM, transform.NewReader(br, lenientUTF8{crLines: crLineEnds(raw[3:]), stats: in.stats})
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		in.enc = EncUTF16LE
		if raw[0] == 0xFE {
			in.enc = EncUTF16BE
		}
		in.scale = 2
		dec = utf16Reader(br, raw, unicode.BOMOverride(unicode.UTF8.NewDecoder()), repair)
	case looksUTF16(raw, 1):
		in.enc, in.scale = EncUTF16LE, 2
		dec = utf16Reader(br, raw, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder(), repair)
	case looksUTF16(raw, 0):
		in.enc, in.scale = EncUTF16BE, 2
		dec = utf16Reader(br, raw, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder(), repair)
	default:
		// Judged on the head; read past it as lenientUTF8 reads, so that a
		// later part in the other encoding is read right and noted.
		in.stats = newDecodeStats()
		in.enc = headEncoding(raw)
		dec = transform.NewReader(br, lenientUTF8{crLines: crLineEnds(raw), stats: in.stats})
	}
	var head bytes.Buffer
	head.Grow(headBytes + utf8.UTFMax)
	if _, err := io.CopyN(&head, dec, int64(headBytes)); err != nil {
		if err != io.EOF {
			return nil, decodeError(path, in.enc, err)
		}
		in.complete = true
	}
	in.head = head.Bytes()
	if !in.complete {
		in.rest = dec
	}
	return in, nil
}

// utf16Reader decodes a UTF-16 stream with dec, broken sequences repaired,
// and lone CRs turned into LF when the head (raw) ends its lines so
// (crLineEnds, on the head decoded).
func utf16Reader(r io.Reader, raw []byte, dec transform.Transformer, repair replaceIllFormed) io.Reader {
	head, _, _ := transform.Bytes(dec, raw[:len(raw)&^1])
	dec.Reset()
	if crLineEnds(head) {
		return transform.NewReader(r, transform.Chain(dec, repair, lenientUTF8{crLines: true, stats: newDecodeStats()}))
	}
	return transform.NewReader(r, transform.Chain(dec, repair))
}

func decodeError(path, enc string, err error) error {
	return &Error{Path: path, Msg: fmt.Sprintf("cannot decode the file as %s: %v", enc, err),
		Hint: "save it as UTF-8 (in Excel: CSV UTF-8) and try again", Err: err}
}

// empty reports whether the input holds nothing but white space.
func (in *input) empty() bool {
	return in.complete && len(bytes.TrimSpace(in.head)) == 0
}

// stream returns the whole decoded text as a reader. It can be called
// once: the rest of a large file is read as it streams.
func (in *input) stream() io.Reader {
	if in.used {
		panic("importers: an input is streamed twice")
	}
	in.used = true
	if in.complete {
		return bytes.NewReader(in.head)
	}
	return io.MultiReader(bytes.NewReader(in.head), in.rest)
}

// all returns the whole decoded text, for the formats read whole (vCard,
// goals, aliases): small files.
func (in *input) all() ([]byte, error) {
	if in.complete {
		return in.head, nil
	}
	b, err := io.ReadAll(in.stream())
	if err != nil {
		return nil, readError(in.path, err)
	}
	in.head, in.complete, in.rest = b, true, nil
	in.used = false
	return b, nil
}

// lines estimates the lines of the whole text: exact for a text held
// whole, scaled from the head for a stream of known size, and 0 when the
// size is unknown.
func (in *input) lines() int {
	n := bytes.Count(in.head, []byte{'\n'})
	if in.complete {
		return n
	}
	if in.size <= 0 || len(in.head) == 0 {
		return 0
	}
	return int(float64(n) * float64(in.size) / in.scale / float64(len(in.head)))
}

// Close releases the file.
func (in *input) Close() error {
	if in.close == nil {
		return nil
	}
	c := in.close
	in.close = nil
	return c()
}

// lineWindow remembers the most recent text that passed through it, by
// line, so that a CSV parse error can be placed in its field long after
// the start of a streamed file (encoding/csv reads ahead of the record it
// parses by at most its buffer).
type lineWindow struct {
	r   io.Reader
	buf []byte
	// first is the 1-based line of buf[0]; whole says buf[0] starts it
	// (false after a line too long to keep was cut).
	first int
	whole bool
}

const lineWindowKeep = 64 << 10

func newLineWindow(r io.Reader) *lineWindow { return &lineWindow{r: r, first: 1, whole: true} }

func (w *lineWindow) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	w.buf = append(w.buf, p[:n]...)
	if len(w.buf) > 2*lineWindowKeep {
		// Drop whole lines from the front, keeping the last
		// lineWindowKeep bytes at least; a line longer than that is cut.
		cut := len(w.buf) - lineWindowKeep
		if i := bytes.IndexByte(w.buf[cut:], '\n'); i >= 0 {
			cut += i + 1
			w.whole = true
		} else {
			w.whole = false
		}
		w.first += bytes.Count(w.buf[:cut], []byte{'\n'})
		w.buf = append(w.buf[:0], w.buf[cut:]...)
	}
	return n, err
}

// line returns line n (1-based) without its line end, if still held.
func (w *lineWindow) line(n int) ([]byte, bool) {
	if n < w.first || n == w.first && !w.whole {
		return nil, false
	}
	b := w.buf
	for k := w.first; k < n; k++ {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return nil, false
		}
		b = b[i+1:]
	}
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		b = b[:i]
	}
	return b, true
}

// openTableBytes opens content already in memory as a table.
func openTableBytes(role, path string, raw []byte, match headerMatch) (*table, error) {
	in, err := bytesInput(path, raw)
	if err != nil {
		return nil, err
	}
	return openTable(role, in, match)
}
