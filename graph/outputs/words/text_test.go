package words

import "testing"

// Names are made one line, cut and wrapped the same way in every output.
func TestTextHelpers(t *testing.T) {
	if got := OneLine(" Anna\n\tLind\x1b[31m \u202eX\xff "); got != "Anna Lind [31m X\uFFFD" {
		t.Errorf("OneLine: %q", got)
	}
	if got := OneLine("40\u00a0%  of\u202fall"); got != "40\u00a0% of\u202fall" {
		t.Errorf("OneLine keeps non-breaking spaces: %q", got)
	}
	if got := Shorten("Nordvik Medical AB", 10); got != "Nordvik M…" {
		t.Errorf("Shorten: %q", got)
	}
	if got := Shorten("Nordvik Medical AB", 9); got != "Nordvik…" {
		t.Errorf("Shorten trims the space before …: %q", got)
	}
	if got := Shorten("short", 10); got != "short" {
		t.Errorf("Shorten: %q", got)
	}
	if got := ShortenWidth("東京大学病院", 7); got != "東京大…" {
		t.Errorf("ShortenWidth: %q", got)
	}
	if got := Wrap("Kvarnby  Automation AB x", 8, "", ""); got != "Kvarnby\nAutomation\nAB x" {
		t.Errorf("Wrap: %q", got)
	}
	if got := Wrap("one two three four", 9, "- ", "  "); got != "- one two\n  three\n  four" {
		t.Errorf("Wrap with indents: %q", got)
	}
	if got := Wrap("8\u00a0250 people", 6, "", ""); got != "8\u00a0250\npeople" {
		t.Errorf("Wrap breaks at a non-breaking space: %q", got)
	}
}
