package importers

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// --people - reads standard input: every format is detected on the stream
// (only its head is buffered for that), and one input at most may be "-".
func TestStdin(t *testing.T) {
	graphml, err := os.ReadFile(graphsDir + "networkx_directed.graphml")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		opt    Options
		body   string
		format string
		people int
	}{
		{"people csv", Options{People: Stdin}, "id;name\na;Ann\nb;Bo\n", FormatPeople, 2},
		{"vcard", Options{People: Stdin}, "BEGIN:VCARD\nFN:Ann\nEND:VCARD\n", FormatVCard, 2},
		{"graphml as people", Options{People: Stdin}, string(graphml), FormatGraphML, 5},
		{"graphml as graph", Options{Graph: Stdin}, string(graphml), FormatGraphML, 5},
		{"ties", Options{Ties: Stdin}, "source,target\na,b\n", "ties", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// One byte at a time: detection may not rely on reads filling
			// a buffer.
			c.opt.Stdin = iotest.OneByteReader(strings.NewReader(c.body))
			nw, rep, err := Load(c.opt)
			if err != nil {
				t.Fatal(err)
			}
			checkAccounting(t, rep)
			if f := rep.Files[0]; f.Format != c.format || f.Path != "standard input" {
				t.Errorf("format %s path %q", f.Format, f.Path)
			}
			if len(nw.People) != c.people {
				t.Errorf("%d people, want %d", len(nw.People), c.people)
			}
		})
	}
	_, _, err = Load(Options{People: Stdin, Ties: Stdin, Stdin: strings.NewReader("")})
	if e := asError(t, err); !strings.Contains(e.Error(), "--people and --ties") {
		t.Errorf("two inputs from standard input: %v", e)
	}
	_, _, err = Load(Options{People: Stdin})
	if e := asError(t, err); !strings.Contains(e.Error(), "standard input") {
		t.Errorf("no standard input: %v", e)
	}
	_, _, err = Load(Options{People: Stdin, Stdin: strings.NewReader("PK\x03\x04rest of a zip")})
	if e := asError(t, err); !strings.Contains(e.Error(), "zip") {
		t.Errorf("a zip on standard input: %v", e)
	}
	_, _, err = Load(Options{People: Stdin, Stdin: iotest.ErrReader(io.ErrUnexpectedEOF)})
	if e := asError(t, err); !strings.Contains(e.Error(), "cannot read") {
		t.Errorf("a failing standard input: %v", e)
	}
}

// A file larger than the head is decoded as it streams, in every encoding,
// to the same people as when read whole; a malformed row far into it is
// still placed in its line and field.
func TestLargeInputStreams(t *testing.T) {
	var b strings.Builder
	b.WriteString("id;name;country\n")
	n := 0
	for b.Len() < 3*headBytes/2 {
		fmt.Fprintf(&b, "p%d;Åsa Öberg %d;Sverige\n", n, n)
		n++
	}
	b.WriteString("bad;x\"y;z\n")
	text := b.String()
	utf16 := func(e unicode.Endianness, bom unicode.BOMPolicy) []byte {
		out, err := unicode.UTF16(e, bom).NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	latin, err := charmap.Windows1252.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		enc string
		raw []byte
	}{
		{EncUTF8, []byte(text)},
		{EncUTF8BOM, append([]byte{0xEF, 0xBB, 0xBF}, text...)},
		{EncUTF16LE, utf16(unicode.LittleEndian, unicode.UseBOM)},
		{EncUTF16BE, utf16(unicode.BigEndian, unicode.IgnoreBOM)},
		{EncWindows1252, latin},
		{EncUTF8, []byte(strings.ReplaceAll(text, "\n", "\r"))}, // old Mac line ends
	} {
		t.Run(c.enc, func(t *testing.T) {
			nw, rep, err := Load(Options{People: Stdin, Stdin: bytes.NewReader(c.raw)})
			if err != nil {
				t.Fatal(err)
			}
			f := rep.Files[0]
			if f.Encoding != c.enc || f.Imported != n || len(nw.People) != n {
				t.Fatalf("encoding %s, imported %d of %d", f.Encoding, f.Imported, n)
			}
			last := nw.People[n-1]
			if last.Name != fmt.Sprintf("Åsa Öberg %d", n-1) || attr(t, nw, last.ID, "country") != "Sverige" {
				t.Errorf("last person %+v", last)
			}
			if len(f.Skipped) != 1 || f.Skipped[0].Line != n+2 || f.Skipped[0].Column != 2 {
				t.Errorf("the malformed row: %+v, want line %d column 2", f.Skipped, n+2)
			}
		})
	}
}

// A stream that fails mid-file, past the head read to detect its format,
// says how far it was read.
func TestStdinFailsMidFile(t *testing.T) {
	var b strings.Builder
	b.WriteString("source,target\n")
	for k := range 120_000 {
		fmt.Fprintf(&b, "p%d,q%d\n", k, k)
	}
	body := b.String()
	r := io.MultiReader(strings.NewReader(body), iotest.ErrReader(fmt.Errorf("disk on fire")))
	_, _, err := Load(Options{Ties: Stdin, Stdin: r})
	if err == nil || !strings.Contains(err.Error(), "cannot read the file after line 120001: disk on fire") {
		t.Fatalf("error %v", err)
	}
}
