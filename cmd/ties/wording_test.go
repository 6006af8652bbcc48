package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// What analyze and report write for people agrees with itself at any
// count: one tied pair, one person who only takes, one contact with a
// value, nobody with one, a star, no ties; the client is "you" with the
// verb and pronoun for "you". Texts are compared with their white space
// folded (the table wraps long lines).
func TestWordingAtAnyCount(t *testing.T) {
	linkedin := filepath.Join("..", "..", "testdata", "contacts", "linkedin_connections.csv")
	// A web whose only broker is the ego: me ties a, b (tied to each
	// other) and c.
	brokerPeople := "id,name,org\nme,Karin Lindqvist,A\na,Anna,B\nb,Bo,C\nc,Cy,D\n"
	brokerTies := "source,target\nme,a\nme,b\na,b\nme,c\n"
	cases := []struct {
		name    string
		command string // analyze, or report with its format and language: "report md sv"
		inputs  func(t *testing.T) inputOptions
		want    []string
		not     []string
	}{
		{"one directed tie", "analyze", func(t *testing.T) inputOptions {
			return inputOptions{People: writeFile(t, "p.csv", "id,name,org\na,Anna,Acme\nb,Bo,\n"), Ties: writeFile(t, "t.csv", "source,target\na,b\n")}
		}, []string{"ties 1 tied pair (1 directed tie)", "1 person only takes (receives, never gives): Bo (b).", "org: Only 1 person has a known org: Acme."},
			[]string{"1 tied pairs", "directed ties)", "only take (", "Three quarters"}},
		{"one contact", "analyze", func(t *testing.T) inputOptions {
			return inputOptions{People: writeFile(t, "p.csv", "id,name,org\nme,Me,\na,Anna,Acme\n"), Ties: writeFile(t, "t.csv", "source,target\nme,a\n"),
				Undirected: true, Ego: "me"}
		}, []string{"org: Only 1 contact has a known org: Acme."}, []string{"quarters", "1 contacts", "their 1"}},
		{"no ties", "analyze", func(t *testing.T) inputOptions {
			return inputOptions{People: writeFile(t, "p.csv", "id,name,org\nme,Me,Acme\na,Anna,\nb,Bo,\n"), Ego: "me"}
		}, []string{"Bridges (everyone's ties) There are no bridges: there are no ties.", "org: None of your contacts has a value for org."},
			[]string{"has a org", "Bridges (everyone's ties) No brokers"}},
		{"a star", "analyze", func(t *testing.T) inputOptions { return inputOptions{People: linkedin} },
			[]string{"Bridges (everyone's ties) Every tie is a bridge, and none of them means anything: the data is a star (you and your contacts, no ties among them)",
				"Each of your 5 contacts with a known organisation works at a different one"},
			[]string{"Bridges (everyone's ties) No brokers", "A third of your 5 contacts"}},
		{"you broker, md", "report md en", func(t *testing.T) inputOptions {
			return inputOptions{People: writeFile(t, "p.csv", brokerPeople), Ties: writeFile(t, "t.csv", brokerTies), Ego: "me"}
		}, []string{"You lie on the most shortest paths between others (betweenness): news and ideas pass through you first."},
			[]string{"You lies", "You lie on the most shortest paths between others (betweenness): news and ideas pass through them"}},
		{"you broker, html", "report html en", func(t *testing.T) inputOptions {
			return inputOptions{People: writeFile(t, "p.csv", brokerPeople), Ties: writeFile(t, "t.csv", brokerTies), Ego: "me"}
		}, []string{"You lie on the most shortest paths between others (betweenness): news and ideas pass through you first."}, []string{"You lies"}},
		{"you broker, Swedish", "report md sv", func(t *testing.T) inputOptions {
			return inputOptions{People: writeFile(t, "p.csv", brokerPeople), Ties: writeFile(t, "t.csv", brokerTies), Ego: "me"}
		}, []string{"Du ligger på flest kortaste vägar mellan andra (mellanhandsposition, betweenness): nyheter och idéer passerar genom dig först."}, nil},
		// A LinkedIn export without memberships: the table of when the
		// ties began has no column of networks, and no year has the most
		// (one a year).
		{"timeline without networks", "report md en", func(t *testing.T) inputOptions { return inputOptions{People: linkedin} },
			[]string{"4 of your 5 connections have a date, from 2019 to 2024. | Year | In all | | --- | --: | | 2019 | 1 | | 2020 | 1 |"},
			[]string{"Contacts 1", "began in", "| Network |"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out string
			if c.command == "analyze" {
				ios, buf, _ := testIO()
				o := defaultAnalyzeOptions(ios)
				o.Inputs = c.inputs(t)
				if err := runAnalyze(o); err != nil {
					t.Fatal(err)
				}
				out = buf.String()
			} else {
				f := strings.Fields(c.command)
				out = reportOf(t, &reportOptions{Inputs: c.inputs(t), Format: f[1], Lang: f[2]})
			}
			flat := strings.Join(strings.Fields(out), " ")
			for _, w := range c.want {
				if !strings.Contains(flat, w) {
					t.Errorf("no %q in:\n%s", w, out)
				}
			}
			for _, w := range c.not {
				if strings.Contains(flat, w) {
					t.Errorf("%q in:\n%s", w, out)
				}
			}
		})
	}
}
