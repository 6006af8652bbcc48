package render

import "testing"

func TestQuote(t *testing.T) {
	for _, c := range []struct{ in, name, text string }{
		{"plain", `"plain"`, `"plain"`},
		{`O'Neil "the boss"`, `"O'Neil \"the boss\""`, `"O'Neil \"the boss\""`},
		{`back\slash\`, `"back\\slash\\"`, `"back\\slash\\"`},
		{`\N \G`, `"\\N \\G"`, `"\\N \\G"`},
		{"two\nlines\r\n", `"two\nlines\n"`, `"two\nlines\n"`},
		{"tab\there\x00", `"tab here "`, `"tab here "`},
		{"A & B &lt;x&gt;", `"A & B &lt;x&gt;"`, `"A &amp; B &amp;lt;x&amp;gt;"`},
		{`"><script>alert(1)</script>`, `"\"><script>alert(1)</script>"`, `"\"><script>alert(1)</script>"`},
		{"bad \xff utf8", "\"bad \uFFFD utf8\"", "\"bad \uFFFD utf8\""},
	} {
		if got := quoteName(c.in); got != c.name {
			t.Errorf("quoteName(%q) = %s, want %s", c.in, got, c.name)
		}
		if got := quoteText(c.in); got != c.text {
			t.Errorf("quoteText(%q) = %s, want %s", c.in, got, c.text)
		}
	}
}

// A tooltip's backslashes are written four times: Graphviz unescapes a
// tooltip once more than a label.
func TestQuoteTooltip(t *testing.T) {
	for in, want := range map[string]string{`\N \G`: `"\\\\N \\\\G"`, "a\nb": `"a\nb"`, `a\`: `"a\\\\"`} {
		if got := quoteTooltip(in); got != want {
			t.Errorf("quoteTooltip(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestXMLText(t *testing.T) {
	for in, want := range map[string]string{
		`a<b>&"c'`:      "a&lt;b&gt;&amp;&quot;c&#39;",
		"line\nbreak":   "line break",
		"=HYPERLINK(1)": "=HYPERLINK(1)",
		"Åsa Öberg · x": "Åsa Öberg · x",
		`q\N\G`:         `q\\N\\G`,
	} {
		if got := xmlText(in); got != want {
			t.Errorf("xmlText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFmtNum(t *testing.T) {
	for x, want := range map[float64]string{0: "0", 1: "1", 0.5: "0.5", 0.12345: "0.123", 2.0004: "2", -0.0001: "0"} {
		if got := fmtNum(x); got != want {
			t.Errorf("fmtNum(%v) = %q, want %q", x, got, want)
		}
	}
	for n, want := range map[int]string{7: "7", 1234: "1234", 12345: "12 345", 200000: "200 000", 1234567: "1 234 567"} {
		if got := fmtInt(n); got != want {
			t.Errorf("fmtInt(%d) = %q, want %q", n, got, want)
		}
	}
}

// Ids that quoteName would change get a hash, so that two ids that would
// read alike stay two nodes.
func TestNodeNameKeepsIDsApart(t *testing.T) {
	names := map[string]string{}
	for _, id := range []string{"b\tx", "b x", "b\x01x", "plain", `quo"te\`, "two\nlines"} {
		n := nodeName(id)
		if other, ok := names[quoteName(n)]; ok {
			t.Errorf("ids %q and %q are both node %s", other, id, quoteName(n))
		}
		names[quoteName(n)] = id
	}
	if nodeName("plain") != "plain" || nodeName(`quo"te\`) != `quo"te\` {
		t.Error("an id quoteName keeps is not kept")
	}
}

// A text-direction override in an id (names lose theirs on import) is
// not drawn: it would show the text after it reversed.
func TestBidiOverridesDropped(t *testing.T) {
	if got := quoteText("id_abc\u202Egpj.exe"); got != `"id_abcgpj.exe"` {
		t.Errorf("quoteText = %s", got)
	}
	if got := xmlText("a\u2066b\u2069"); got != "ab" {
		t.Errorf("xmlText = %q", got)
	}
	if nodeName("x\u202Ey") == "x\u202Ey" {
		t.Error("an id with an override is its own node name")
	}
}
