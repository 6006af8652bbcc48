package importers

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// Options.Progress counts the bytes read against the sum of the files'
// sizes, so that a command can draw a bar with an estimate: the count only
// grows, the total stays the same, and the last call has read every byte.
// Standard input and a folder have no known size: the total is -1.
func TestLoadProgress(t *testing.T) {
	var people, ties strings.Builder
	people.WriteString("id,name,country\n")
	ties.WriteString("source,target,weight\n")
	for i := range 3000 {
		fmt.Fprintf(&people, "p%d,Person %d,%s\n", i, i, []string{"SE", "NO", "DK"}[i%3])
		fmt.Fprintf(&ties, "p%d,p%d,%d\n", i, (i*7+1)%3000, 1+i%5)
	}
	dir := t.TempDir()
	peoplePath, tiesPath := filepath.Join(dir, "people.csv"), filepath.Join(dir, "ties.csv")
	if err := os.WriteFile(peoplePath, []byte(people.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(tiesPath, []byte(ties.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	files := int64(people.Len() + ties.Len())
	aliases := "alias,organization\nAcme Inc,Acme\n"
	linkedin := "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,Ek,,,Acme,CEO,01 Jan 2024\n"
	cases := []struct {
		name      string
		opt       Options
		small     bool  // stream the files from a small head, so that reads come in many calls
		total     int64 // want: every call's total
		done      int64 // want: the last call's count
		minCalls  int
		wantError bool
	}{
		{"files", Options{People: peoplePath, Ties: tiesPath}, false, files, files, 2, false},
		{"files streamed", Options{People: peoplePath, Ties: tiesPath}, true, files, files, 20, false},
		{"standard input", Options{People: Stdin, Ties: tiesPath, Stdin: strings.NewReader(people.String())}, false, -1, files, 2, false},
		{"a file system", Options{People: "people.csv", OrgAliases: "aliases.csv", FS: fstest.MapFS{
			"people.csv":  {Data: []byte(people.String())},
			"aliases.csv": {Data: []byte(aliases)},
		}}, false, int64(people.Len() + len(aliases)), int64(people.Len() + len(aliases)), 2, false},
		{"a LinkedIn folder", Options{People: "export", FS: fstest.MapFS{
			"export/Connections.csv": {Data: []byte(linkedin)},
		}}, false, -1, int64(len(linkedin)), 1, false},
		{"a missing file", Options{People: peoplePath, Ties: filepath.Join(dir, "none.csv")}, false, -1, int64(people.Len()), 1, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.small {
				saved := headBytes
				headBytes = 4096
				defer func() { headBytes = saved }()
			}
			var calls int
			var last int64
			c.opt.Progress = func(done, total int64) {
				calls++
				if total != c.total {
					t.Fatalf("call %d: total %d, want %d", calls, total, c.total)
				}
				if done < last {
					t.Fatalf("call %d: done went back from %d to %d", calls, last, done)
				}
				last = done
			}
			_, _, err := Load(c.opt)
			if (err != nil) != c.wantError {
				t.Fatalf("error %v, want one: %v", err, c.wantError)
			}
			if last != c.done {
				t.Errorf("last count %d bytes, want %d", last, c.done)
			}
			if calls < c.minCalls {
				t.Errorf("%d calls, want at least %d", calls, c.minCalls)
			}
		})
	}
}
