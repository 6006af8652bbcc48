package importers

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// An error that another error caused carries it: callers can test what
// went wrong with errors.Is, and the message stays ties' own.
func TestErrorUnwrapsItsCause(t *testing.T) {
	_, _, err := Load(Options{People: filepath.Join(t.TempDir(), "missing.csv")})
	e := asError(t, err)
	if !errors.Is(err, fs.ErrNotExist) || e.Err == nil || !strings.Contains(e.Error(), "cannot read the file") {
		t.Errorf("missing file: %v (cause %v)", err, e.Err)
	}
	dir := t.TempDir()
	if _, _, err := Load(Options{People: dir}); errors.Is(err, fs.ErrNotExist) || asError(t, err).Err == nil {
		t.Errorf("a folder as the people file: %v", err)
	}
}
