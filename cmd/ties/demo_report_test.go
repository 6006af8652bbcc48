package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ties demo in a folder it cannot write: the default report goes to the
// temporary folder and says so; when that fails too, the demo still ends
// well and says the report is missing; a --report named by the user that
// cannot be written fails before anything is printed. A file stands in for
// the folder (root may write to any folder, but never inside a file).
func TestDemoReportFolderNotWritable(t *testing.T) {
	dir := t.TempDir()
	notDir := filepath.Join(dir, "not-a-folder")
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	blocked := filepath.Join(notDir, demoReport)

	t.Run("default report goes to the temporary folder", func(t *testing.T) {
		tmp := t.TempDir()
		ios, out, errOut := testIO()
		if err := runDemo(&demoOptions{IO: ios, Format: "table", Report: blocked, tmpDir: tmp}); err != nil {
			t.Fatal(err)
		}
		want := filepath.Join(tmp, demoReport)
		if _, err := os.Stat(want); err != nil {
			t.Fatalf("no report in the temporary folder: %v", err)
		}
		if !strings.Contains(out.String(), "The report for a client is in "+want) {
			t.Errorf("stdout does not say where the report is:\n%s", out)
		}
		if !strings.Contains(errOut.String(), "the report goes to "+want+" instead") {
			t.Errorf("stderr does not say the report moved: %q", errOut)
		}
	})
	t.Run("nowhere to write", func(t *testing.T) {
		ios, out, errOut := testIO()
		if err := runDemo(&demoOptions{IO: ios, Format: "table", Report: blocked, tmpDir: notDir}); err != nil {
			t.Fatalf("the demo failed for a report it was not asked for: %v", err)
		}
		if !strings.Contains(out.String(), "Top brokers") || strings.Contains(out.String(), "The report for a client is in") {
			t.Errorf("stdout: want the analysis and no report line:\n%s", out)
		}
		if !strings.Contains(errOut.String(), "only the report is missing") {
			t.Errorf("stderr does not say the report is missing: %q", errOut)
		}
	})
	t.Run("a named report that cannot be written", func(t *testing.T) {
		ios, out, _ := testIO()
		err := runDemo(&demoOptions{IO: ios, Format: "table", Report: blocked, reportNamed: true, tmpDir: t.TempDir()})
		if err == nil || !strings.Contains(err.Error(), "--report "+blocked) {
			t.Fatalf("error %v, want one naming --report %s", err, blocked)
		}
		if out.Len() != 0 {
			t.Errorf("printed before failing:\n%s", out)
		}
	})
}
