package main

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// two_mode.projection.edges is written only with --projection-edges: the
// demo's 57 memberships in 7 networks share pairs, listed then as many as
// n_edges counts, and left out by default while n_edges, degree and
// strength stay.
func TestAnalyzeProjectionEdges(t *testing.T) {
	projection := func(s string) map[string]any {
		t.Helper()
		var doc map[string]any
		if err := json.Unmarshal([]byte(s), &doc); err != nil {
			t.Fatal(err)
		}
		return doc["two_mode"].(map[string]any)["projection"].(map[string]any)
	}
	def, _ := analyzeDemo(t, func(o *analyzeOptions) { o.Format = "json" })
	p := projection(def)
	if _, ok := p["edges"]; ok {
		t.Errorf("two_mode.projection.edges written without --projection-edges")
	}
	n, _ := p["n_edges"].(float64)
	if n == 0 || p["degree"] == nil || p["strength"] == nil {
		t.Fatalf("projection without edges = %v: n_edges, degree and strength expected", p)
	}
	full, _ := analyzeDemo(t, func(o *analyzeOptions) { o.Format, o.ProjectionEdges = "json", true })
	edges, ok := projection(full)["edges"].([]any)
	if !ok || float64(len(edges)) != n {
		t.Fatalf("--projection-edges wrote %d edges, n_edges is %v", len(edges), n)
	}
	deg := map[string]float64{}
	for _, e := range edges {
		pair := e.([]any)
		deg[pair[0].(string)]++
		deg[pair[1].(string)]++
	}
	for id, d := range p["degree"].(map[string]any) {
		if d.(float64) != deg[id] {
			t.Errorf("degree of %s = %v, %v edges listed", id, d, deg[id])
		}
	}

	ios, _, _ := testIO()
	o := defaultAnalyzeOptions(ios)
	o.Inputs, o.ProjectionEdges = demoTestdataInputs(), true
	err := runAnalyze(o)
	var ue *usageError
	if !errors.As(err, &ue) || !strings.Contains(err.Error(), "--projection-edges: only with --format json") {
		t.Errorf("--projection-edges with the table: %v, want a usage error", err)
	}
}
