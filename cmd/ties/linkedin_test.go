package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const archiveZip = "../../testdata/linkedin/archive.zip"

// A LinkedIn archive alone gives a report worth reading: who the contacts
// are (by organisation, function, seniority, with the share of titles
// classified), concentration, colleague clusters, when the ties began,
// give and take by kind, what to add next; no section without content, no
// list of the ego's ties as bridges, the ego as "you", no message body.
func TestReportFromLinkedInArchiveAlone(t *testing.T) {
	_, out, errOut := testIO()
	if code := execute([]string{"report", "--people", archiveZip, "--date", "2026-12-01"}, out, errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	page := out.String()
	for _, want := range []string{
		`<section id="contacts">`, "function*", "seniority*", "of the titles classified", "Herfindahl",
		"Colleague clusters", "When your ties began", `<section id="give-take">`, "<td>message</td>", "<td>endorsement</td>",
		"<td>recommendation</td>", "<td>invitation</td>", "of ties are returned", `<section id="add-next">`,
		"ties template memberships --people ../../testdata/linkedin/archive.zip",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	for _, bad := range []string{"SECRET", "Me (linkedin export)", "(me)", "a bridge: the only path between the two sides",
		"<table><thead><tr><th>Network</th><th>Purpose"} {
		if strings.Contains(page, bad) {
			t.Errorf("the report holds %q", bad)
		}
	}
	if n := strings.Count(page, "No brokers can be told apart"); n > 1 {
		t.Errorf("\"No brokers can be told apart\" %d times", n)
	}
	// Every section has content: no table without rows.
	if strings.Contains(page, "</thead><tbody>\n</tbody>") {
		t.Error("an empty table")
	}
}

// With a memberships sheet filled from the template, the archive's
// directed ties judge give and take: a network of contacts the ego only
// wrote to and never heard from is one to change how one takes part in.
func TestEvaluateArchiveGiveAndTake(t *testing.T) {
	// Find two contacts the ego only gave to.
	_, out, errOut := testIO()
	if code := execute([]string{"analyze", "--people", archiveZip, "--format", "json"}, out, errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Nodes map[string]map[string]*float64 `json:"nodes"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	var onlyGiven []string
	for id, in := range doc.Nodes["in_degree"] {
		outDeg := doc.Nodes["out_degree"][id]
		if id != "me" && in != nil && *in >= 1 && outDeg != nil && *outDeg == 0 {
			onlyGiven = append(onlyGiven, id)
		}
	}
	if len(onlyGiven) < 2 {
		t.Fatalf("fewer than 2 contacts the ego only gave to: %v", onlyGiven)
	}
	ms := filepath.Join(t.TempDir(), "memberships.csv")
	os.WriteFile(ms, []byte("person_id,name,organization,Book Club\nme,you,,x\n"+onlyGiven[0]+",,,x\n"+onlyGiven[1]+",,,x\n"), 0o644)
	_, out, errOut = testIO()
	if code := execute([]string{"evaluate", "--people", archiveZip, "--memberships", ms, "--format", "json"}, out, errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var ev struct {
		Networks []map[string]any `json:"networks"`
	}
	json.Unmarshal(out.Bytes(), &ev)
	n := ev.Networks[0]
	if n["verdict"] != "change how you take part" || n["ego_balance"] != 1.0 || n["received"] != 0.0 || !(n["given"].(float64) >= 2) {
		t.Errorf("Book Club: verdict %v, balance %v, given %v, received %v", n["verdict"], n["ego_balance"], n["given"], n["received"])
	}
}
