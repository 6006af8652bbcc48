package importers

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/tiesnet/ties/graph"
)

// loadFS loads in-memory files; opt names them.
func loadFS(t *testing.T, files map[string]string, opt Options) (*graph.Network, *Report, error) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	opt.FS = fsys
	nw, rep, err := Load(opt)
	if err == nil {
		checkAccounting(t, rep)
	}
	return nw, rep, err
}

// checkAccounting asserts the invariant every report keeps: every row read
// is imported or skipped.
func checkAccounting(t *testing.T, rep *Report) {
	t.Helper()
	for _, f := range rep.Files {
		if f.RowsRead != f.Imported+f.SkippedCount() {
			t.Errorf("%s: rows read %d != imported %d + skipped %d", f.Path, f.RowsRead, f.Imported, f.SkippedCount())
		}
		n := 0
		for _, c := range f.SkippedByReason {
			n += c
		}
		if n != f.SkippedCount() {
			t.Errorf("%s: skipped by reason sums to %d, skipped %d", f.Path, n, f.SkippedCount())
		}
	}
}

func mustLoad(t *testing.T, files map[string]string, opt Options) (*graph.Network, *Report) {
	t.Helper()
	nw, rep, err := loadFS(t, files, opt)
	if err != nil {
		t.Fatal(err)
	}
	return nw, rep
}

func asError(t *testing.T, err error) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *importers.Error", err, err)
	}
	return e
}

func fileReport(t *testing.T, rep *Report, role string) *FileReport {
	t.Helper()
	for _, f := range rep.Files {
		if f.Role == role {
			return f
		}
	}
	t.Fatalf("no %s file in the report", role)
	return nil
}

func attr(t *testing.T, nw *graph.Network, id, name string) string {
	t.Helper()
	i, ok := nw.Index(id)
	if !ok {
		t.Fatalf("no person %q", id)
	}
	a, ok := nw.AttributeIndex(name)
	if !ok {
		t.Fatalf("no attribute %q (have %v)", name, nw.Attributes)
	}
	return nw.Attr(i, a)
}
