package importers

import (
	"bytes"
	"io"
	"math/rand/v2"
	"testing"
	"testing/iotest"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
)

// readAll reads src through t, the source handed over in reads of the
// given kind: whole, one byte, or half of what is asked.
func readAll(t *testing.T, tr transform.Transformer, src []byte, kind int) []byte {
	t.Helper()
	var r io.Reader = bytes.NewReader(src)
	switch kind {
	case 1:
		r = iotest.OneByteReader(r)
	case 2:
		r = iotest.HalfReader(r)
	}
	out, err := io.ReadAll(transform.NewReader(r, tr))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// randomText is mostly ASCII with letters of other scripts, broken
// sequences, lone continuation bytes and U+FFFD itself.
func randomText(r *rand.Rand) []byte {
	pieces := [][]byte{[]byte("p12345,"), []byte("Åsa"), []byte("北京"), []byte("😀"), {0xff}, {0xc3}, {0xe2, 0x82},
		{0x80}, {0xf0, 0x9f, 0x98}, []byte("\uFFFD"), {0xed, 0xa0, 0x80}, []byte("\n"), []byte("abcdefghijklmnopq")}
	var b []byte
	for range r.IntN(200) {
		b = append(b, pieces[r.IntN(len(pieces))]...)
	}
	return b
}

// TestReplaceIllFormedAgrees checks the fast transformer against
// runes.ReplaceIllFormed on random text read in pieces of every size.
func TestReplaceIllFormedAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for k := range 2000 {
		src := randomText(r)
		for kind := range 3 {
			got := readAll(t, replaceIllFormed{}, src, kind)
			want := readAll(t, runes.ReplaceIllFormed(), src, kind)
			if !bytes.Equal(got, want) {
				t.Fatalf("case %d, reads of kind %d: %q\n got %q\nwant %q", k, kind, src, got, want)
			}
		}
	}
	// Small destinations: Transform itself, against the original's.
	for range 500 {
		src := randomText(r)
		for size := 1; size <= 9; size++ {
			dst, want := make([]byte, size), make([]byte, size)
			for _, atEOF := range []bool{false, true} {
				n1, m1, e1 := replaceIllFormed{}.Transform(dst, src, atEOF)
				n2, m2, e2 := runes.ReplaceIllFormed().Transform(want, src, atEOF)
				if n1 != n2 || m1 != m2 || e1 != e2 || !bytes.Equal(dst[:n1], want[:n2]) {
					t.Fatalf("Transform(%d bytes, %q, %v) = %d, %d, %v; want %d, %d, %v", size, src, atEOF, n1, m1, e1, n2, m2, e2)
				}
			}
		}
	}
}

func FuzzReplaceIllFormed(f *testing.F) {
	f.Add([]byte("p1,p2\nÅsa,\xff\xc3"))
	f.Fuzz(func(t *testing.T, src []byte) {
		for kind := range 3 {
			if got, want := readAll(t, replaceIllFormed{}, src, kind), readAll(t, runes.ReplaceIllFormed(), src, kind); !bytes.Equal(got, want) {
				t.Fatalf("%q: got %q, want %q", src, got, want)
			}
		}
	})
}
