package render

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// legendText is the text of a picture's legend, its rows one a line.
func legendText(dot []byte) string {
	s := string(dot)
	k := strings.Index(s, `id="legend"`)
	if k < 0 {
		return ""
	}
	s = s[k:]
	s = strings.ReplaceAll(s, "<tr>", "\n")
	s = regexp.MustCompile(`<[^>]*>`).ReplaceAllString(s, "")
	return html.UnescapeString(s)
}

// The network view's legend counts local bridges as analyze does (a
// bridge is a local bridge too, docs/metrics.md), and on a star says that
// bridges and brokerage mean nothing there, as analyze and the report do:
// the star the ego's or another's.
func TestNetworkLegendLines(t *testing.T) {
	cases := []struct {
		name  string
		ego   bool
		ties  [][2]int // between people 0…5
		lang  string
		want  []string
		not   []string
		local int // local bridges analyze counts
	}{
		{"your star", true, [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}}, "en", []string{
			"thick black: bridge, the only path between its two sides (5)",
			"dashed: local bridge, its two ends share no contact (5, the bridges included)",
			"a star: you and your contacts, no ties among them;",
			"every tie is a bridge, so bridges and brokerage mean nothing here",
		}, []string{"(0)", "one person tied to all"}, 5},
		{"another's star", false, [][2]int{{1, 0}, {1, 2}, {1, 3}, {1, 4}, {1, 5}}, "en", []string{
			"a star: one person tied to all, no ties among the others;",
			"every tie is a bridge, so bridges and brokerage mean nothing here",
		}, []string{"you and your contacts"}, 5},
		{"your star in Swedish", true, [][2]int{{0, 1}, {0, 2}, {0, 3}}, "sv", []string{
			"streckad: lokal brygga, ändarna har ingen gemensam kontakt (3, bryggorna inräknade)",
			"en stjärna: du och dina kontakter, inga band mellan dem;",
			"varje band är en brygga, så bryggor och mäklarroller säger ingenting här",
		}, nil, 3},
		// Two triangles joined by one bridge: 1 bridge, no other local
		// bridge; not a star.
		{"a bridge", false, [][2]int{{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {4, 5}, {3, 5}}, "en", []string{
			"thick black: bridge, the only path between its two sides (1)",
			"dashed: local bridge, its two ends share no contact (1, the bridges included)",
		}, []string{"a star", "mean nothing"}, 1},
		// A square: four local bridges, none a bridge.
		{"local bridges", false, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 0}, {3, 4}, {4, 5}, {5, 3}}, "en", []string{
			"thick black: bridge, the only path between its two sides (0)",
			"dashed: local bridge, its two ends share no contact (4)",
		}, []string{"a star", "included"}, 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			nw := graph.New()
			for _, id := range []string{"me", "a", "b", "c", "d", "e"} {
				nw.AddPerson(id, strings.ToUpper(id))
			}
			if c.ego {
				nw.Ego = 0
			}
			for _, p := range c.ties {
				if err := nw.AddTie(graph.Tie{From: p[0], To: p[1], Weight: 1, Mutual: true}); err != nil {
					t.Fatal(err)
				}
			}
			nw.Normalize()
			opt := analysis.DefaultOptions()
			opt.OrgAsGroup = analysis.OrgAsGroupOff
			r, err := analysis.Run(nw, opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.LocalBridges) != c.local {
				t.Fatalf("analyze counts %d local bridges, the case %d", len(r.LocalBridges), c.local)
			}
			p, err := words.NewIn(c.lang, nil)
			if err != nil {
				t.Fatal(err)
			}
			pic, err := Build(r, Options{View: ViewNetwork, Words: p})
			if err != nil {
				t.Fatal(err)
			}
			text := legendText(pic.DOT)
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("the legend lacks %q:\n%s", w, text)
				}
			}
			for _, w := range c.not {
				if strings.Contains(text, w) {
					t.Errorf("the legend holds %q:\n%s", w, text)
				}
			}
		})
	}
}
