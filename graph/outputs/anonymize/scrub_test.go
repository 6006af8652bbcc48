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
