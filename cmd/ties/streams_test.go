package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The progress line, event by event on a fake clock: nothing for a step
// shorter than progressDelay, a bar with the time left once it is drawn,
// at most one draw per progressEvery, a shorter line blanking the longer
// one it replaces, and a finished line with the step's time when it ends.
func TestProgressLine(t *testing.T) {
	const mb = 1 << 20
	var buf bytes.Buffer
	t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	now := t0
	p := &progress{w: &buf, on: true, now: func() time.Time { return now }}
	steps := []struct {
		at   time.Duration
		do   func()
		want string // what the event writes
	}{
		{0, func() { p.begin("reading the input") }, ""},
		{200 * time.Millisecond, func() { p.bytes(1*mb, 4*mb) }, ""}, // before progressDelay
		{time.Second, func() { p.bytes(2*mb, 4*mb) },
			"\rties: reading the input  [##########----------]  50%  2.0/4.0 MB  about 1.0s left"},
		{1050 * time.Millisecond, func() { p.bytes(3*mb, 4*mb) }, ""}, // within progressEvery
		{1500 * time.Millisecond, func() { p.bytes(3*mb, 4*mb) },
			"\rties: reading the input  [###############-----]  75%  3.0/4.0 MB  about 0.5s left"},
		{2 * time.Second, func() { p.bytes(4*mb, 4*mb) },
			"\rties: reading the input  [####################] 100%  4.0/4.0 MB" + strings.Repeat(" ", len("  about 0.5s left"))},
		{2 * time.Second, func() { p.stage("building the views", 0, 0) },
			"\rties: reading the input  [####################] 100%  4.0/4.0 MB  in 2.0s\n"},
		{2100 * time.Millisecond, func() { p.stage("betweenness: pass 1 of 2", 0, 0) }, ""}, // the views took too little to show
		{2700 * time.Millisecond, func() { p.stage("betweenness: pass 1 of 2", 300, 1000) },
			"\rties: betweenness: pass 1 of 2  [######--------------]  30%  300/1000"},
		{3600 * time.Millisecond, func() { p.stage("betweenness: pass 1 of 2", 600, 1000) },
			"\rties: betweenness: pass 1 of 2  [############--------]  60%  600/1000  about 1.0s left"},
		{5 * time.Second, func() { p.stage("structural holes", 0, 0) },
			"\rties: betweenness: pass 1 of 2  [############--------]  60%  600/1000  in 2.9s" + strings.Repeat(" ", len("about 1.0s left")-len("in 2.9s")) + "\n"},
		{5600 * time.Millisecond, func() { p.mu.Lock(); p.redraw(false); p.mu.Unlock() }, // a tick
			"\rties: structural holes …  0.6s"},
		{70 * time.Second, func() { p.mu.Lock(); p.redraw(false); p.mu.Unlock() },
			"\rties: structural holes …  1m05s"},
		{71 * time.Second, func() { p.notef("read %d people", 12000) },
			"\r" + strings.Repeat(" ", utf8.RuneCountInString("ties: structural holes …  1m05s")) + "\rties: read 12000 people\n\rties: structural holes …  1m06s"},
		{72 * time.Second, func() { p.end() }, "\rties: structural holes  in 1m07s\n"},
		{72 * time.Second, func() { p.begin("reading the input") }, ""},
		{80 * time.Second, func() { p.count(unitBytes, 3*mb, -1) }, "\rties: reading the input  3.0 MB  8.0s"}, // standard input: no total
		{81 * time.Second, func() { p.end() }, "\rties: reading the input  3.0 MB  in 9.0s\n"},
	}
	for k, s := range steps {
		now = t0.Add(s.at)
		buf.Reset()
		s.do()
		if got := buf.String(); got != s.want {
			t.Errorf("event %d at %s: wrote\n%q, want\n%q", k, s.at, got, s.want)
		}
	}
}

func TestRoughDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0: "0.0s", 420 * time.Millisecond: "0.4s", 9940 * time.Millisecond: "9.9s", 12 * time.Second: "12s",
		185 * time.Second: "3m05s", 80 * time.Minute: "1h20m",
	} {
		if got := roughDuration(d); got != want {
			t.Errorf("roughDuration(%s) = %q, want %q", d, got, want)
		}
	}
}

func TestAmount(t *testing.T) {
	cases := []struct {
		unit        string
		done, total int64
		want        string
	}{
		{unitBytes, 16 << 20, 45 << 20, "16/45 MB"},
		{unitBytes, 1 << 19, 3 << 20, "0.5/3.0 MB"},
		{unitBytes, 3 << 10, 200 << 10, "3/200 kB"},
		{unitBytes, 3 << 20, -1, "3.0 MB"},
		{unitItems, 5000, 10000, "5000/10000"},
		{unitItems, 7, -1, "7"},
	}
	for _, c := range cases {
		if got := amount(c.unit, c.done, c.total); got != c.want {
			t.Errorf("amount(%q, %d, %d) = %q, want %q", c.unit, c.done, c.total, got, c.want)
		}
	}
}

// drawEveryStep makes every step drawn at once, as a long one is.
func drawEveryStep(t *testing.T) {
	saved := progressDelay
	progressDelay = 0
	t.Cleanup(func() { progressDelay = saved })
}

// Progress is drawn on standard error only when it is a terminal, and
// not with --quiet; off a terminal a large network gets the stage lines
// it always had, which a log file can hold.
func TestProgressOnlyOnTerminal(t *testing.T) {
	drawEveryStep(t)
	in := demoTestdataInputs()
	demo := []string{"--people", in.People, "--memberships", in.Memberships, "--networks", in.Networks, "--ties", in.Ties, "--ego", "me"}
	var p, tt bytes.Buffer
	p.WriteString("id\n")
	tt.WriteString("source,target\n")
	for i := range progressFrom {
		fmt.Fprintf(&p, "p%d\n", i)
		fmt.Fprintf(&tt, "p%d,p%d\n", i, (i*7+1)%progressFrom)
	}
	large := []string{"--people", writeFile(t, "p.csv", p.String()), "--ties", writeFile(t, "t.csv", tt.String())}
	bar := func(full bool) string {
		if full {
			return "[" + strings.Repeat("#", barWidth) + "] 100%"
		}
		return "] "
	}
	cases := []struct {
		name     string
		args     []string
		terminal bool
		want     []string // substrings of stderr, in this order
		wantNot  []string
	}{
		{"demo, a terminal", demo, true,
			[]string{"\rties: reading the input  " + bar(true), "\n", "\rties: betweenness: pass 1 of 2  " + bar(true) + "  41/41  in ",
				"\rties: betweenness: pass 2 of 2  " + bar(true) + "  41/41  in ", "\rties: writing the output", "\n"}, nil},
		{"demo, not a terminal", demo, false, nil, []string{"ties"}},
		{"demo, a terminal, quiet", append([]string{"-q"}, demo...), true, nil, []string{"ties"}},
		{"large, a terminal", large, true,
			[]string{"\rties: reading the input  " + bar(true), "ties: read 2000 people and 2000 ties in ",
				"\rties: betweenness  " + bar(true) + "  2000/2000", "ties: done in "},
			[]string{"ties: betweenness … ("}},
		{"large, not a terminal", large, false,
			[]string{"ties: read 2000 people and 2000 ties in ", "ties: betweenness … (", "ties: done in "},
			[]string{"\r", "#"}},
		{"large, not a terminal, quiet", append([]string{"--quiet"}, large...), false, nil, []string{"ties"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			args := append([]string{"analyze", "--format", "json", "--out", filepath.Join(t.TempDir(), "a.json")}, c.args...)
			if code := executeWith(args, ioStreams{Out: &out, ErrOut: &errOut, ErrIsTerminal: c.terminal}); code != exitOK {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			got := errOut.String()
			rest := got
			for _, w := range c.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("stderr lacks %q (in this order):\n%q", w, got)
				}
				rest = rest[i+len(w):]
			}
			for _, w := range c.wantNot {
				if strings.Contains(got, w) {
					t.Errorf("stderr has %q:\n%q", w, got)
				}
			}
			if got != "" && !strings.HasSuffix(got, "\n") {
				t.Errorf("the last line is not finished:\n%q", got)
			}
		})
	}
}

// -q and --quiet work on every command: on a terminal, where progress
// and notes are shown, standard error then holds nothing, and the output
// is the same.
func TestQuietOnEveryCommand(t *testing.T) {
	drawEveryStep(t)
	in := demoTestdataInputs()
	inputs := []string{"--people", in.People, "--memberships", in.Memberships, "--networks", in.Networks, "--ties", in.Ties, "--ego", "me"}
	dir := t.TempDir()
	cases := []struct {
		name  string
		args  []string
		quiet bool // says nothing on stderr without -q either
	}{
		{"inspect", append([]string{"inspect", "--out", filepath.Join(dir, "i.txt")}, inputs...), false},
		{"analyze", append([]string{"analyze", "--out", filepath.Join(dir, "a.txt")}, inputs...), false},
		{"export", append([]string{"export", "--out", filepath.Join(dir, "e.graphml")}, inputs...), false},
		{"evaluate", append([]string{"evaluate", "--out", filepath.Join(dir, "v.txt")}, inputs...), false},
		{"render", append([]string{"render", "--view", "groupmap", "--out", filepath.Join(dir, "r.svg")}, inputs...), false},
		{"report", append([]string{"report", "--format", "md", "--out", filepath.Join(dir, "r.md")}, inputs...), false},
		{"template", []string{"template", "memberships", "--people", in.People, "--out", filepath.Join(dir, "t.csv")}, false},
		{"demo", []string{"demo", "--report", filepath.Join(dir, "demo.html")}, false},
		{"version", []string{"version"}, true},
	}
	for _, c := range cases {
		for _, flag := range []string{"", "-q", "--quiet"} {
			t.Run(c.name+" "+flag, func(t *testing.T) {
				args := c.args
				if flag != "" {
					args = append(append([]string{}, args...), flag)
				}
				var out, errOut bytes.Buffer
				if code := executeWith(args, ioStreams{Out: &out, ErrOut: &errOut, ErrIsTerminal: true}); code != exitOK {
					t.Fatalf("exit %d: %s", code, errOut.String())
				}
				switch {
				case flag != "" && errOut.Len() > 0:
					t.Errorf("stderr with %s:\n%q", flag, errOut.String())
				case flag == "" && !c.quiet && !strings.Contains(errOut.String(), "ties: "):
					t.Errorf("nothing on stderr without -q: the case shows nothing")
				}
			})
		}
	}
}

// A PNG is never written to a terminal: without --out it is a usage error,
// before any file is read; to a pipe, a file or as SVG it is written.
func TestPNGNeverToTerminal(t *testing.T) {
	in := demoTestdataInputs()
	inputs := []string{"--people", in.People, "--memberships", in.Memberships, "--ties", in.Ties, "--ego", "me", "--view", "groupmap"}
	cases := []struct {
		name     string
		args     []string
		terminal bool
		code     int
		stdout   string // its start
	}{
		{"png to a terminal", []string{"--format", "png"}, true, exitUsage, ""},
		{"png to a terminal, --out -", []string{"--format", "png", "--out", "-"}, true, exitUsage, ""},
		{"png to a terminal, missing input", []string{"--format", "png", "--people", "no-such-file.csv"}, true, exitUsage, ""},
		{"png to a pipe", []string{"--format", "png"}, false, exitOK, "\x89PNG"},
		{"svg to a terminal", []string{"--format", "svg"}, true, exitOK, "<?xml"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			args := append(append([]string{"render"}, inputs...), c.args...)
			code := executeWith(args, ioStreams{Out: &out, ErrOut: &errOut, OutIsTerminal: c.terminal})
			if code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, errOut.String())
			}
			if !strings.HasPrefix(out.String(), c.stdout) {
				t.Errorf("stdout starts %q, want %q", out.String()[:min(out.Len(), 20)], c.stdout)
			}
			if c.code == exitUsage {
				if out.Len() > 0 {
					t.Errorf("%d bytes on the terminal", out.Len())
				}
				for _, w := range []string{"terminal", "--out FILE", "redirect"} {
					if !strings.Contains(errOut.String(), w) {
						t.Errorf("the error does not say %q: %s", w, errOut.String())
					}
				}
			}
		})
	}
	// With --out the terminal does not matter.
	file := filepath.Join(t.TempDir(), "g.png")
	var out, errOut bytes.Buffer
	if code := executeWith(append(append([]string{"render"}, inputs...), "--out", file), ioStreams{Out: &out, ErrOut: &errOut, OutIsTerminal: true}); code != exitOK {
		t.Fatalf("--out: exit %d: %s", code, errOut.String())
	}
	if b, err := os.ReadFile(file); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Errorf("--out %s: not a PNG (%v)", file, err)
	}
}
