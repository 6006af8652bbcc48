package anonymize

import (
	"testing"

	"github.com/tiesnet/ties/graph"
)

func TestScrubberHidesNamesAndIds(t *testing.T) {
	nw := graph.New()
	for _, p := range [][2]string{{"zz.alice", "Alicia Uniquename"}, {"b7", "Roberto van Rarename"}, {"c", "Li Wu"},
		{"zqid01", "Zyxwquv Marker1"}, {"xavier newcomer", ""}} {
		if _, isNew := nw.AddPerson(p[0], p[1]); !isNew {
			t.Fatal("person not added")
		}
	}
	s := NewScrubber(nw)
	tests := []struct{ in, want string }{
		{"advice from Alicia Uniquename", "advice from [name]"},
		{"Meet Roberto Rarename!", "Meet [name]!"},
		{"run by UNIQUENAME, with rarename.", "run by [name], with [name]."},
		{"wrote to zz.alice twice", "wrote to [name] twice"},
		{"the van and the truck", "the van and the truck"}, // particles stay
		{"Li and Wu", "Li and Wu"},                         // two-letter words stay
		{"Alicias club", "[name] club"},                    // a genitive s
		{"Aliciana club", "Aliciana club"},                 // whole words only
		{"hosted by Zyxwquv Marker1, intro via Marker2", "hosted by [name], intro via [name]"},
		{"Dinners at Newcomer's house, run by Xavier", "Dinners at [name] house, run by [name]"},
		{"write to someone@club.example or +46 70-123 45 67", "write to [contact] or [contact]"},
		{"see https://club.example/join or www.club.example", "see [contact] or [contact]"},
		{"2024-2025 season, 12 000 members, call 031-123 456", "2024-2025 season, 12 000 members, call [contact]"},
		{"", ""},
		{"mentoring", "mentoring"},
		{"Uniquename-Quark referral", "[name] referral"}, // a part of a hyphenated word
		{"mail anna.rarename", "mail [name]"},
	}
	for _, tc := range tests {
		if got := s.Text(tc.in); got != tc.want {
			t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	a, _ := nw.Index("zz.alice")
	b, _ := nw.Index("b7")
	if err := nw.AddTie(graph.Tie{From: a, To: b, Weight: 1, Type: nw.AddTieType("advice from Alicia Uniquename")}); err != nil {
		t.Fatal(err)
	}
	g, _ := nw.AddGroup("Rarename Fan Club")
	nw.AddMember(g, a, "chair Roberto")
	nw.Groups[g].Info = &graph.GroupInfo{Purpose: "Meet Roberto Rarename", Organiser: "Alicia Uniquename"}
	s.Network(nw)
	if got := nw.TieTypeName(nw.Ties[0].Type); got != "advice from [name]" {
		t.Errorf("tie type %q", got)
	}
	if r := nw.Groups[g].Roles; len(r) != 1 || r[0] != "chair [name]" {
		t.Errorf("roles %q", r)
	}
	if in := nw.Groups[g].Info; in.Purpose != "Meet [name]" || in.Organiser != "[name]" || nw.Groups[g].Name != "Rarename Fan Club" {
		t.Errorf("group %q info %+v", nw.Groups[g].Name, in)
	}
}

// Ties of one pair whose types scrubbing makes one are one tie, their
// weights summed: an export must not list the pair twice with one type.
func TestScrubberSumsTiesItMakesOne(t *testing.T) {
	nw := graph.New()
	for _, p := range [][2]string{{"me", "Me Myself"}, {"anna", "Anna Uniquename"}, {"cia", "Cia Rarename"}} {
		nw.AddPerson(p[0], p[1])
	}
	for _, tie := range []struct {
		from, to int
		w        float64
		typ      string
	}{{0, 1, 2, "advice from Anna Uniquename"}, {0, 1, 3, "advice from Cia Rarename"}, {0, 2, 1, "lunch"}} {
		if err := nw.AddTie(graph.Tie{From: tie.from, To: tie.to, Weight: tie.w, Type: nw.AddTieType(tie.typ)}); err != nil {
			t.Fatal(err)
		}
	}
	nw.Normalize()
	NewScrubber(nw).Network(nw)
	if len(nw.Ties) != 2 {
		t.Fatalf("%d ties, want 2: %+v", len(nw.Ties), nw.Ties)
	}
	if tie := nw.Ties[0]; tie.To != 1 || tie.Weight != 5 || nw.TieTypeName(tie.Type) != "advice from [name]" {
		t.Errorf("tie %+v (%q), want me→anna, 5, advice from [name]", tie, nw.TieTypeName(tie.Type))
	}
	if tie := nw.Ties[1]; tie.To != 2 || tie.Weight != 1 || nw.TieTypeName(tie.Type) != "lunch" {
		t.Errorf("tie %+v, want me→cia, 1, lunch", tie)
	}
}
