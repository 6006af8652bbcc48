package main

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tiesnet/ties/graph/outputs/words"
)

// verbPattern is a format verb of the catalogs (with flags, width,
// precision and argument indexes), or "%%".
var (
	verbPattern = regexp.MustCompile(`%(?:\[\d+\])?[-+# 0]*(?:\[\d+\])?(?:\d+|\*)?(?:\.(?:\[\d+\])?(?:\d+|\*)?)?(?:\[\d+\])?[a-zA-Z%]`)
	// clauseEnd ends a sentence or a clause: a piece is checked whole and
	// clause by clause.
	clauseEnd = regexp.MustCompile(`[.!?;:] `)
)

// englishFragments are the pieces of the English catalog a Swedish report
// must not contain: every message split at its verbs (the words between
// the figures) and clause by clause, and every term and noun, each piece long enough to be
// distinctive (two words and 12 characters or more; a lone word of 6
// letters or more, matched as a word). A piece the Swedish catalog writes
// too (a work's English title in a source, a command's flag) is Swedish
// text and left out.
func englishFragments() (phrases, lone []string) {
	var sv strings.Builder
	for _, s := range words.Messages("sv") {
		sv.WriteString(s)
		sv.WriteByte('\n')
	}
	for _, s := range words.Terms("sv") {
		sv.WriteString(s)
		sv.WriteByte('\n')
	}
	svText := sv.String()
	seen := map[string]bool{}
	add := func(piece string) {
		piece = strings.TrimFunc(piece, func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune(`.,;:()"”!?…`, r)
		})
		if seen[piece] {
			return
		}
		seen[piece] = true
		switch {
		case strings.Contains(piece, " ") && utf8.RuneCountInString(piece) >= 12:
			if !strings.Contains(svText, piece) {
				phrases = append(phrases, piece)
			}
		case !strings.ContainsFunc(piece, func(r rune) bool { return !unicode.IsLetter(r) }) && utf8.RuneCountInString(piece) >= 6:
			if !wordIn(svText, piece) {
				lone = append(lone, piece)
			}
		}
	}
	for _, s := range words.Messages("en") {
		for _, piece := range verbPattern.Split(s, -1) {
			add(piece)
			for _, clause := range clauseEnd.Split(piece, -1) {
				add(clause)
			}
		}
	}
	for _, s := range words.Terms("en") {
		add(s)
	}
	slices.Sort(phrases)
	slices.Sort(lone)
	return phrases, lone
}

// wordIn reports whether w stands in s as a whole word.
func wordIn(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k+len(w):])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		i = k + len(w)
	}
}

var (
	styleOrCode = regexp.MustCompile(`(?is)<style\b.*?</style>|<script\b.*?</script>`)
	jsonBlock   = regexp.MustCompile(`(?is)<script type="application/json"[^>]*>(.*?)</script>`)
	shownAttr   = regexp.MustCompile(`(?i)\s(?:aria-label|title|alt|placeholder)="([^"]*)"`)
	tag         = regexp.MustCompile(`(?s)<[^>]*>`)
	mdEscaped   = regexp.MustCompile("\\\\([\\\\`*_\\[\\]|~#+\\-=.)])")
)

// readerText is what a reader of a report sees: the HTML's text, the
// attributes shown on hover or read aloud, and the words the page's script
// shows (its JSON block), but not its style or code; Markdown unescaped.
func readerText(page, format string) string {
	if format == "md" {
		return html.UnescapeString(mdEscaped.ReplaceAllString(page, "$1"))
	}
	var b strings.Builder
	for _, m := range jsonBlock.FindAllStringSubmatch(page, -1) {
		var v any
		if err := json.Unmarshal([]byte(m[1]), &v); err != nil {
			b.WriteString(m[1]) // checked as it stands
		}
		jsonStrings(&b, v)
	}
	for _, m := range shownAttr.FindAllStringSubmatch(page, -1) {
		b.WriteString(html.UnescapeString(m[1]))
		b.WriteByte('\n')
	}
	body := styleOrCode.ReplaceAllString(page, " ")
	b.WriteString(html.UnescapeString(tag.ReplaceAllString(body, " ")))
	return b.String()
}

// inputText is the input files' text: the data's own words (names,
// organisations, values), which a report never translates, so a catalog
// word that is also the data's ("Brightwell People Ltd") is not a leak.
func inputText(t *testing.T, in inputOptions) string {
	t.Helper()
	var b strings.Builder
	for _, f := range []string{in.People, in.Memberships, in.Networks, in.Ties} {
		if f == "" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.String()
}

// A report in Swedish is Swedish throughout: none of the English catalog's
// sentences, headings, column names, terms or nouns, in the HTML (text,
// hover texts, the pictures, the script's words) or in Markdown, of the
// demo and of the generated 300-person set. The data's own words (a name,
// an organisation) may be English: they are never translated.
func TestReportSwedishHasNoEnglish(t *testing.T) {
	phrases, lone := englishFragments()
	if len(phrases) < 300 || len(lone) < 30 {
		t.Fatalf("only %d phrases and %d words from the English catalog: the split missed them", len(phrases), len(lone))
	}
	// The check sees English where there is: the English demo report holds
	// many of the pieces.
	en := readerText(reportOf(t, &reportOptions{Inputs: demoTestdataInputs(), Goals: filepath.Join(demoDir, "goals.csv"), Format: "html"}), "html")
	hits := 0
	for _, p := range phrases {
		if strings.Contains(en, p) {
			hits++
		}
	}
	for _, w := range lone {
		if wordIn(en, w) {
			hits++
		}
	}
	if hits < 150 {
		t.Fatalf("the English demo report holds only %d English pieces: the check is blind", hits)
	}
	sets := []struct {
		name   string
		inputs inputOptions
		goals  string
	}{
		{"demo", demoTestdataInputs(), filepath.Join(demoDir, "goals.csv")},
		{"gen300", gen300Inputs(), ""},
	}
	for _, set := range sets {
		for _, format := range []string{"html", "md"} {
			t.Run(set.name+"."+format, func(t *testing.T) {
				page := reportOf(t, &reportOptions{Inputs: set.inputs, Goals: set.goals, Format: format, Lang: "sv"})
				text := readerText(page, format)
				data := inputText(t, set.inputs)
				if !strings.Contains(text, "Välj dina nätverk med omsorg!") && set.goals != "" {
					t.Errorf("no Swedish checklist")
				}
				if format == "html" && !strings.Contains(page, `<html lang="sv">`) {
					t.Errorf(`no <html lang="sv">`)
				}
				if !strings.Contains(text, "1 december 2026") {
					t.Errorf("the date is not Swedish")
				}
				for _, p := range phrases {
					if k := strings.Index(text, p); k >= 0 && !strings.Contains(data, p) {
						t.Errorf("English in the Swedish report: %q in …%s…", p, around(text, k, len(p)))
					}
				}
				for _, w := range lone {
					if wordIn(text, w) && !wordIn(data, w) {
						k := strings.Index(text, w)
						t.Errorf("English word in the Swedish report: %q in …%s…", w, around(text, k, len(w)))
					}
				}
			})
		}
	}
}

// jsonStrings writes the strings of a JSON value, not its keys.
func jsonStrings(b *strings.Builder, v any) {
	switch x := v.(type) {
	case string:
		b.WriteString(x)
		b.WriteByte('\n')
	case []any:
		for _, y := range x {
			jsonStrings(b, y)
		}
	case map[string]any:
		for _, y := range x {
			jsonStrings(b, y)
		}
	}
}

func around(s string, k, n int) string {
	from, to := max(k-40, 0), min(k+n+40, len(s))
	return strings.ToValidUTF8(strings.Join(strings.Fields(s[from:to]), " "), "")
}

// The split finds what it should: a sentence's words between its figures,
// lone words, and leaves out what Swedish writes too.
func TestEnglishFragments(t *testing.T) {
	phrases, lone := englishFragments()
	for _, want := range []string{"lie on the most shortest paths between others (betweenness", "Choose your networks with care",
		"pairs of colleagues", "reached only through it", "news and ideas pass through them first"} {
		if !slices.Contains(phrases, want) {
			t.Errorf("phrases lack %q", want)
		}
	}
	for _, want := range []string{"Glossary", "Overlap", "Verdict"} {
		if !slices.Contains(lone, want) {
			t.Errorf("words lack %q", want)
		}
	}
	for _, shared := range []string{"The strength of weak ties", "Structural holes and good ideas"} {
		if slices.Contains(phrases, shared) {
			t.Errorf("phrases hold %q, which Swedish writes too", shared)
		}
	}
	if got := readerText(`<p title="a &amp; b">x<style>p{}</style><script>var y="Glossary"</script></p>`, "html"); strings.Contains(got, "Glossary") || !strings.Contains(got, "a & b") {
		t.Errorf("readerText: %q", got)
	}
	if os.Getenv("TIES_SHOW_FRAGMENTS") != "" {
		t.Logf("%d phrases, %d words:\n%s\n%s", len(phrases), len(lone), strings.Join(phrases, "\n"), strings.Join(lone, "\n"))
	}
}

// --lang takes en or sv; anything else is a usage error (exit 2) naming
// both, before any file is read.
func TestReportLangFlag(t *testing.T) {
	_, out, errOut := testIO()
	code := execute([]string{"report", "--lang", "de", "--people", "no-such-file.csv"}, out, errOut)
	if code != exitUsage || !strings.Contains(errOut.String(), `--lang "de": must be en, sv`) {
		t.Errorf("--lang de: exit %d, %q", code, errOut.String())
	}
}
