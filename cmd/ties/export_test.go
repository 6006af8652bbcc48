package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func exportDemo(t *testing.T, mod func(*exportOptions)) string {
	t.Helper()
	ios, out, _ := testIO()
	o := &exportOptions{IO: ios, Inputs: demoTestdataInputs(), analysisFlags: defaultAnalysisFlags()}
	mod(o)
	if err := runExport(o); err != nil {
		t.Fatal(err)
	}
	if o.Out != "" {
		b, err := os.ReadFile(o.Out)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	return out.String()
}

func TestExportFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	s := exportDemo(t, func(o *exportOptions) { o.Out = filepath.Join(dir, "demo.graphml") })
	var doc struct {
		Graph struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"node"`
			Edges []struct{} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal([]byte(s), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Graph.Nodes) != 41 || len(doc.Graph.Edges) != 118 || doc.Graph.Nodes[0].ID != "me" {
		t.Errorf("graphml: %d nodes, %d edges, first %q", len(doc.Graph.Nodes), len(doc.Graph.Edges), doc.Graph.Nodes[0].ID)
	}
	s = exportDemo(t, func(o *exportOptions) { o.Format = "json"; o.Groups = true })
	var nl struct {
		Nodes []map[string]any `json:"nodes"`
		Links []map[string]any `json:"links"`
	}
	if err := json.Unmarshal([]byte(s), &nl); err != nil {
		t.Fatal(err)
	}
	if len(nl.Nodes) != 41+7 || len(nl.Links) != 118+57 {
		t.Errorf("json with groups: %d nodes, %d links", len(nl.Nodes), len(nl.Links))
	}
}

func TestExportAnonymize(t *testing.T) {
	s := exportDemo(t, func(o *exportOptions) { o.Format = "gexf"; o.Anonymize = true })
	for _, name := range []string{"Karin Lindqvist", "Åsa Öberg", "erik.s"} {
		if strings.Contains(s, name) {
			t.Errorf("anonymised export contains %q", name)
		}
	}
	if !strings.Contains(s, "Person ") {
		t.Error("no pseudonyms in the export")
	}
}

func TestExportUsage(t *testing.T) {
	for _, o := range []*exportOptions{
		{Inputs: demoTestdataInputs(), analysisFlags: defaultAnalysisFlags()},                     // no format, no --out
		{Inputs: demoTestdataInputs(), analysisFlags: defaultAnalysisFlags(), Format: "pajek"},    // unknown
		{Inputs: demoTestdataInputs(), analysisFlags: defaultAnalysisFlags(), Out: "network.xyz"}, // unknown extension
	} {
		o.IO, _, _ = testIO()
		err := runExport(o)
		var ue *usageError
		if err == nil || !asUsage(err, &ue) || !strings.Contains(err.Error(), "graphml") {
			t.Errorf("%+v: error %v, want a usage error naming the formats", o.Format, err)
		}
	}
}

func asUsage(err error, target **usageError) bool {
	u, ok := err.(*usageError)
	*target = u
	return ok
}
