package importers

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func encodeWith(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeText(t *testing.T) {
	const text = "id;name\n1;Åsa Öberg\n2;Željko Šimić\n3;Siobhán O'Neil\n"
	const latin = "id;name\n1;Åsa Öberg\n3;Siobhán O'Neil\n" // Windows-1252 has no Ž
	cases := []struct {
		name, want, enc string
		raw             []byte
	}{
		{"utf-8", text, EncUTF8, []byte(text)},
		{"utf-8 bom", text, EncUTF8BOM, append([]byte{0xEF, 0xBB, 0xBF}, text...)},
		{"utf-16le bom", text, EncUTF16LE, encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), text)},
		{"utf-16be bom", text, EncUTF16BE, encodeWith(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), text)},
		{"utf-16le no bom", text, EncUTF16LE, encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), text)},
		{"utf-16be no bom", text, EncUTF16BE, encodeWith(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), text)},
		{"windows-1252", latin, EncWindows1252, encodeWith(t, charmap.Windows1252, latin)},
		{"old mac line ends", "id\n1\n2\n", EncUTF8, []byte("id\r1\r2\r")},
		// QA: a line break inside a quoted cell of a CR file had made it
		// one line; it stays in its cell.
		{"old mac line ends, a line break in a cell", "id,notes\n1,\"a\nb\"\n2,\"c\r\nd\"\n", EncUTF8, []byte("id,notes\r1,\"a\nb\"\r2,\"c\r\nd\"\r")},
		{"line ends CRLF, a lone CR in a cell", "id,notes\r\n1,\"a\rb\"\r\n2,x\r\n", EncUTF8, []byte("id,notes\r\n1,\"a\rb\"\r\n2,x\r\n")},
		// QA: two exports pasted together; each line reads in its own.
		{"utf-8 and windows-1252 lines", "id,name\n1,Åsa Öberg\n2,Björn Ek\n", EncUTF8, []byte("id,name\n1,\xc3\x85sa \xc3\x96berg\n2,Bj\xf6rn Ek\n")},
		{"utf-8 bom, a windows-1252 byte", "id,name\n1,Björn €\n", EncUTF8BOM, []byte("\xef\xbb\xbfid,name\n1,Bj\xf6rn \x80\n")},
		// QA: a vCard folded inside a character (C3 | CRLF SP | A5).
		{"vcard folded inside a character", "BEGIN:VCARD\r\nTITLE:Chef p\r\n å kontoret\r\nEND:VCARD\r\n", EncUTF8,
			[]byte("BEGIN:VCARD\r\nTITLE:Chef p\xc3\r\n \xa5 kontoret\r\nEND:VCARD\r\n")},
		{"folded inside a three-byte character", "X:a\n\t€b\n", EncUTF8, []byte("X:a\xe2\x82\n\t\xacb\n")},
		{"a lead byte before a fold, no continuation", "X:aÃ\n b\n", EncWindows1252, []byte("X:a\xc3\n b\n")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, enc, _, err := decodeText(c.raw)
			if err != nil {
				t.Fatal(err)
			}
			if enc != c.enc {
				t.Errorf("encoding = %s, want %s", enc, c.enc)
			}
			if string(got) != c.want {
				t.Errorf("text = %q, want %q", got, c.want)
			}
		})
	}
}

// Every encoding reaches the model with names intact, through the whole
// import (gocsv returns empty rows on undecoded UTF-16 and fails on a BOM
// before a quoted header; neither may happen here).
func TestNamesSurviveEveryEncoding(t *testing.T) {
	const text = "\"id\",\"name\",\"country\"\n\"a\",\"Åsa Öberg\",\"Sweden\"\n\"z\",\"Željko Šimić\",\"Croatia\"\n\"o\",\"Siobhán O'Neil\",\"Ireland\"\n"
	const latin = "\"id\",\"name\",\"country\"\n\"a\",\"Åsa Öberg\",\"Sweden\"\n\"o\",\"Siobhán O'Neil\",\"Ireland\"\n"
	cases := []struct {
		name string
		raw  []byte
		want map[string]string
	}{
		{"utf-8 bom quoted header", append([]byte{0xEF, 0xBB, 0xBF}, text...), nil},
		{"utf-16le", encodeWith(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), text), nil},
		{"utf-16be", encodeWith(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), text), nil},
		{"windows-1252", encodeWith(t, charmap.Windows1252, latin), map[string]string{"a": "Åsa Öberg", "o": "Siobhán O'Neil"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := c.want
			if want == nil {
				want = map[string]string{"a": "Åsa Öberg", "z": "Željko Šimić", "o": "Siobhán O'Neil"}
			}
			nw, rep := mustLoad(t, map[string]string{"p.csv": string(c.raw)}, Options{People: "p.csv"})
			if len(nw.People) != len(want) || rep.Files[0].Imported != len(want) {
				t.Fatalf("imported %d people, want %d", len(nw.People), len(want))
			}
			for id, name := range want {
				i, ok := nw.Index(id)
				if !ok || nw.People[i].Name != name {
					t.Errorf("person %q: %+v", id, nw.People)
				}
			}
			if got := attr(t, nw, "a", "country"); got != "Sweden" {
				t.Errorf("country = %q", got)
			}
		})
	}
}

// TestCleanIsTrimSpace checks clean's shortcut against strings.TrimSpace,
// Unicode spaces at either end included.
func TestCleanIsTrimSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a", "a ", "\ta\n", "\u00a0a", "a\u00a0", "\u0085a", "a\u2003",
		"\u3000", "é", "aé", "\x7f", "a b", "\xff", "\xffa\xc2"} {
		if got, want := clean(s), strings.TrimSpace(s); got != want {
			t.Errorf("clean(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"2", 2, true}, {" 2.5 ", 2.5, true}, {"2,5", 2.5, true}, {"1 200", 1200, true},
		{"1,200.50", 1200.5, true}, {"1.200,50", 1200.5, true}, {"450 SEK", 450, true},
		{"€450", 450, true}, {"3 h", 3, true}, {"-1", -1, true}, {"1e3", 1000, true},
		{"", 0, false}, {"abc", 0, false}, {"NaN", 0, false}, {"Inf", 0, false}, {"1.2.3", 0, false},
		{"=1+1", 0, false}, {"007", 7, true}, {"0", 0, true}, {"123456789012345", 123456789012345, true},
		{"1234567890123456", 1234567890123456, true}, {"12a", 12, true}, {"1 ", 1, true},
	}
	for _, c := range cases {
		got, ok := parseNumber(c.in)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("parseNumber(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
