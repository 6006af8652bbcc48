package importers

import (
	"strings"
	"testing"
)

// A file judged UTF-8 on its head that turns to Windows-1252 further on
// is read with U+FFFD for the bytes that are not UTF-8, and says so.
func TestNotUTF8PastTheHeadIsNoted(t *testing.T) {
	saved := headBytes
	headBytes = 4096
	defer func() { headBytes = saved }()
	var b strings.Builder
	b.WriteString("id,name,country\n")
	for i := 0; b.Len() < 3*headBytes; i++ {
		b.WriteString("p" + strings.Repeat("x", 3) + itoa(i) + ",Anna Berg,SE\n")
	}
	b.WriteString("q1,J\xfcrgen M\xfcller,DE\n") // Windows-1252 ü
	nw, rep := mustLoad(t, map[string]string{"p.csv": b.String()}, Options{People: "p.csv"})
	i, ok := nw.Index("q1")
	if !ok || nw.People[i].Name != "J\ufffdrgen M\ufffdller" {
		t.Fatalf("q1: %v %+v", ok, nw.People[len(nw.People)-1])
	}
	f := fileReport(t, rep, "people")
	if f.NotesByReason["not UTF-8"] != 1 || !strings.Contains(f.Notes[len(f.Notes)-1].Reason, "2 bytes past the first 4 KB were not UTF-8") {
		t.Errorf("notes %+v", f.Notes)
	}
	// A clean file has no such note.
	_, rep = mustLoad(t, map[string]string{"p.csv": strings.Replace(b.String(), "\xfc", "\u00fc", -1)}, Options{People: "p.csv"})
	if n := fileReport(t, rep, "people").NotesByReason["not UTF-8"]; n != 0 {
		t.Errorf("clean file: %d notes", n)
	}
}
