package importers

import (
	"strings"
	"testing"
)

// Issue 14, item 5: a card holding an AGENT card (vCard 2.1's nested
// BEGIN:VCARD … END:VCARD, 3.0's escaped value) dropped its owner as "not
// closed" and imported the assistant instead; Apple's company card
// (X-ABShowAs:COMPANY) became a person. The owner is the contact, the agent
// a note; a company card is an organisation, counted as such.
func TestVCardAgentAndCompanyCards(t *testing.T) {
	const vcf = "BEGIN:VCARD\r\n" + // line 1
		"VERSION:2.1\r\n" +
		"N:Boss;Bea\r\n" +
		"FN:Bea Boss\r\n" +
		"ORG:Acme\r\n" +
		"EMAIL;INTERNET:bea@acme.example\r\n" +
		"AGENT:\r\n" + // line 7
		"BEGIN:VCARD\r\n" +
		"VERSION:2.1\r\n" +
		"N:Friday;Fred\r\n" +
		"FN:Fred Friday\r\n" +
		"EMAIL;INTERNET:fred@acme.example\r\n" +
		"END:VCARD\r\n" +
		"TITLE:CEO\r\n" + // after the agent: still the owner's
		"END:VCARD\r\n" +
		"BEGIN:VCARD\r\n" + // line 16
		"VERSION:3.0\r\n" +
		"FN:Carl Chief\r\n" +
		"EMAIL:carl@acme.example\r\n" +
		"AGENT:BEGIN:VCARD\\nFN:Susan Thomas\\nTEL:+1-919-555-\r\n" + // line 20, folded (RFC 2426's example)
		" 1234\\nEMAIL\\;INTERNET:sthomas@host.com\\nEND:VCARD\\n\r\n" +
		"END:VCARD\r\n" +
		"BEGIN:VCARD\r\n" + // line 23
		"VERSION:3.0\r\n" +
		"N:;;;;\r\n" +
		"FN:Acme Inc.\r\n" +
		"ORG:Acme Inc.;\r\n" +
		"X-ABShowAs:COMPANY\r\n" +
		"END:VCARD\r\n" +
		"BEGIN:VCARD\r\n" + // line 30
		"VERSION:3.0\r\n" +
		"FN:Dora Deputy\r\n" +
		"AGENT;VALUE=uri:CID:JQPUBLIC.part3.960129T083020.xyzMail@host3.com\r\n" +
		"END:VCARD\r\n"
	nw, rep := mustLoad(t, map[string]string{"c.vcf": vcf}, Options{People: "c.vcf"})
	f := rep.Files[0]
	if f.RowsRead != 4 || f.Imported != 3 || f.SkippedByReason["company card"] != 1 || f.SkippedCount() != 1 {
		t.Fatalf("read %d imported %d skipped %v; want 4 cards, 3 imported, 1 company card: %v",
			f.RowsRead, f.Imported, f.SkippedByReason, f.Skipped)
	}
	for _, id := range []string{"bea@acme.example", "carl@acme.example", "dora-deputy"} {
		if _, ok := nw.Index(id); !ok {
			t.Errorf("the owner %s is not imported", id)
		}
	}
	for _, id := range []string{"fred@acme.example", "sthomas@host.com", "acme-inc", "susan-thomas", "fred-friday"} {
		if _, ok := nw.Index(id); ok {
			t.Errorf("%s is imported as a contact", id)
		}
	}
	if got := attr(t, nw, "bea@acme.example", AttrPosition); got != "CEO" {
		t.Errorf("the owner's title after the agent card = %q, want CEO", got)
	}
	if len(nw.People) != 4 { // me and three contacts
		t.Errorf("%d people, want 4", len(nw.People))
	}
	if f.NotesByReason["agent"] != 3 {
		t.Fatalf("notes %v, want 3 agent notes", f.NotesByReason)
	}
	want := []struct {
		line int
		has  string
	}{{7, "Fred Friday"}, {20, "Susan Thomas"}, {33, "CID:JQPUBLIC"}}
	k := 0
	for _, p := range f.Notes {
		if k < len(want) && strings.Contains(p.Reason, "agent") {
			if p.Line != want[k].line || !strings.Contains(p.Reason, want[k].has) {
				t.Errorf("agent note %d = %+v, want line %d naming %q", k, p, want[k].line, want[k].has)
			}
			k++
		}
	}
	if p := f.Skipped[0]; p.Line != 23 || !strings.Contains(p.Reason, "Acme Inc.") || !strings.Contains(p.Reason, "company") {
		t.Errorf("company card problem = %+v", p)
	}
	for _, p := range f.Notes {
		if strings.Contains(p.Reason, "outside") || strings.Contains(p.Reason, "not a vCard property") {
			t.Errorf("stray note: %+v", p)
		}
	}
}

// An AGENT whose nested card is never closed leaves the owner unclosed: the
// card is skipped as cut off, never read as the agent.
func TestVCardAgentNotClosed(t *testing.T) {
	const vcf = "BEGIN:VCARD\nFN:Bea Boss\nAGENT:\nBEGIN:VCARD\nFN:Fred Friday\n"
	_, _, err := loadFS(t, map[string]string{"c.vcf": vcf}, Options{People: "c.vcf"})
	e := asError(t, err)
	if !strings.Contains(e.Error(), "END:VCARD") {
		t.Errorf("error %v", e)
	}
}
