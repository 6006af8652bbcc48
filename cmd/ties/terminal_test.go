package main

import (
	"strings"
	"testing"
	"unicode"
)

// hostileInputs writes a people file whose names and values carry terminal
// escape sequences (CSI, OSC ending in BEL, the one-character C1 CSI),
// bidirectional overrides, Chinese, Japanese and emoji, with ties and
// memberships among them.
func hostileInputs(t *testing.T) inputOptions {
	t.Helper()
	people := "id,name,country\n" +
		"me,Me,Sweden\n" +
		"a,\"Ann \x1b[31mRed\x1b[0m\",\"Nor\x1b]0;owned\x07way\"\n" +
		"b,王小明,中国\n" +
		"c,\"Cai \u009b2J\u202eevil\",Japan\n" +
		"d,山田太郎🙂,日本\n" +
		"e,Eve,Sweden\n" +
		"f,Finn,Sweden\n"
	ties := "source,target\nme,a\nme,b\nme,c\nme,d\na,b\nb,c\nc,d\nd,e\ne,f\na,e\n"
	members := "person_id,network\nme,\"Club \x1b[2Jwiped\"\na,\"Club \x1b[2Jwiped\"\nb,北欧デザイン🙂\nd,北欧デザイン🙂\nme,北欧デザイン🙂\ne,Runners\nf,Runners\n"
	return inputOptions{
		People:      writeFile(t, "people.csv", people),
		Ties:        writeFile(t, "ties.csv", ties),
		Memberships: writeFile(t, "memberships.csv", members),
		Ego:         "me",
	}
}

// checkTerminalSafe fails on any character that could drive a terminal:
// C0 and C1 controls but the line break, and the bidirectional controls.
func checkTerminalSafe(t *testing.T, what, s string) {
	t.Helper()
	for k, r := range s {
		if r != '\n' && (unicode.IsControl(r) || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069') {
			t.Errorf("%s: %U at byte %d reaches the terminal: %q", what, r, k, s[max(0, k-20):min(len(s), k+20)])
			return
		}
	}
}

// Issue 14, item 3: the narrative lines of analyze and evaluate, not only
// their tables, are cleaned of terminal escapes.
func TestTerminalEscapesNeverReachTheTerminal(t *testing.T) {
	in := hostileInputs(t)
	ios, out, errOut := testIO()
	ao := defaultAnalyzeOptions(ios)
	ao.Inputs = in
	if err := runAnalyze(ao); err != nil {
		t.Fatal(err)
	}
	checkTerminalSafe(t, "analyze", out.String())
	checkTerminalSafe(t, "analyze stderr", errOut.String())
	for _, want := range []string{"Ann [31mRed [0m", "王小明", "山田太郎🙂"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("analyze lacks %q:\n%s", want, out.String())
		}
	}

	ios, out, errOut = testIO()
	eo := &evaluateOptions{IO: ios, Inputs: in, analysisFlags: defaultAnalysisFlags(), Format: "table"}
	if err := runEvaluate(eo); err != nil {
		t.Fatal(err)
	}
	checkTerminalSafe(t, "evaluate", out.String())
	checkTerminalSafe(t, "evaluate stderr", errOut.String())
	if !strings.Contains(out.String(), "北欧デザイン🙂") || !strings.Contains(out.String(), "Club [2Jwiped") {
		t.Errorf("evaluate lacks the networks' names:\n%s", out.String())
	}
}

// Tables stay aligned with double-width characters and emoji: in the top
// brokers table every row's second column starts at the same terminal
// column as its heading.
func TestTablesAlignWideCharacters(t *testing.T) {
	ios, out, _ := testIO()
	ao := defaultAnalyzeOptions(ios)
	ao.Inputs = hostileInputs(t)
	if err := runAnalyze(ao); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	start := -1
	for k, l := range lines {
		if strings.HasPrefix(l, "  PERSON") {
			start = k
			break
		}
	}
	if start < 0 {
		t.Fatalf("no brokers table:\n%s", out.String())
	}
	col := displayWidth(lines[start][:strings.Index(lines[start], "BETWEENNESS")])
	rows := 0
	for _, l := range lines[start+1:] {
		if !strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "  Betweenness:") {
			break
		}
		// The figure starts after the name's run of spaces.
		k := strings.LastIndex(l[:strings.Index(l, "0.")], "  ") + 2
		if got := displayWidth(l[:k]); got != col {
			t.Errorf("row %q: betweenness at column %d, heading at %d", l, got, col)
		}
		rows++
	}
	if rows < 5 {
		t.Errorf("%d rows in the brokers table", rows)
	}
	if displayWidth("王小明") != 6 || displayWidth("🙂") != 2 || displayWidth("é") != 1 {
		t.Errorf("display widths: %d %d %d", displayWidth("王小明"), displayWidth("🙂"), displayWidth("é"))
	}
}
