package render

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/tiesnet/ties/graph/outputs/render/engine"
)

// TestDump writes every view of the demo data (SVG, PNG, DOT) and the
// 20 000-person communities view to $RENDER_DUMP, to look at.
func TestDump(t *testing.T) {
	dir := os.Getenv("RENDER_DUMP")
	if dir == "" {
		t.Skip("RENDER_DUMP not set")
	}
	r := demoResult(t)
	for _, v := range Views {
		for _, f := range []engine.Format{engine.SVG, engine.PNG} {
			var buf bytes.Buffer
			p, err := Render(context.Background(), r, Options{View: v, Network: demoNetwork}, f, &buf, engine.Options{})
			if err != nil {
				t.Fatal(v, err)
			}
			os.WriteFile(dir+"/"+string(v)+"."+string(f), buf.Bytes(), 0o644)
			os.WriteFile(dir+"/"+string(v)+".dot", p.DOT, 0o644)
		}
	}
}

func TestDumpLarge(t *testing.T) {
	dir := os.Getenv("RENDER_DUMP")
	if dir == "" {
		t.Skip("RENDER_DUMP not set")
	}
	r := generated(t, 20000)
	var buf bytes.Buffer
	if _, err := Render(context.Background(), r, Options{}, engine.PNG, &buf, engine.Options{}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(dir+"/communities20k.png", buf.Bytes(), 0o644)
}
