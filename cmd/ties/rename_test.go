package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A Windows rename onto a file another program holds open fails with
// ERROR_SHARING_VIOLATION (32) or ERROR_ACCESS_DENIED (5), wrapped in an
// *os.LinkError.
func heldOpen(errno syscall.Errno) error {
	return &os.LinkError{Op: "rename", Old: `C:\out\.a.csv.123`, New: `C:\out\a.csv`, Err: errno}
}

func TestRenameBusy(t *testing.T) {
	for _, tc := range []struct {
		goos string
		err  error
		want bool
	}{
		{"windows", heldOpen(errorSharingViolation), true},
		{"windows", heldOpen(errorAccessDenied), true},
		{"windows", heldOpen(errorLockViolation), true},
		{"windows", heldOpen(2), false}, // ERROR_FILE_NOT_FOUND: the folder is gone, waiting will not help
		{"windows", errors.New("disk full"), false},
		{"linux", heldOpen(syscall.EACCES), false}, // a POSIX EACCES is a permission, never a passing lock
		{"darwin", &fs.PathError{Op: "rename", Path: "a", Err: syscall.EPERM}, false},
	} {
		if got := renameBusy(tc.goos, tc.err); got != tc.want {
			t.Errorf("renameBusy(%s, %v) = %v, want %v", tc.goos, tc.err, got, tc.want)
		}
	}
}

func TestRetryRename(t *testing.T) {
	busyErr := heldOpen(errorSharingViolation)
	isBusy := func(err error) bool { return errors.Is(err, busyErr.(*os.LinkError).Err) }
	for _, tc := range []struct {
		name      string
		fails     int   // failures before the rename works; -1: never works
		err       error // the failure
		wantCalls int
		wantBusy  bool
		wantErr   bool
	}{
		{"works at once", 0, nil, 1, false, false},
		{"held for a moment", 3, busyErr, 4, false, false},
		{"held for good", -1, busyErr, 10, true, true}, // after 10+20+40+80+160+4×200 ms = 1.11 s
		{"another failure, not tried again", -1, errors.New("no space left on device"), 1, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			var slept time.Duration
			rename := func(from, to string) error {
				calls++
				if tc.fails < 0 || calls <= tc.fails {
					return tc.err
				}
				return nil
			}
			busy, err := retryRename(rename, "from", "to", isBusy, func(d time.Duration) { slept += d })
			if calls != tc.wantCalls || busy != tc.wantBusy || (err != nil) != tc.wantErr {
				t.Errorf("%d calls, busy %v, err %v; want %d calls, busy %v, an error: %v", calls, busy, err, tc.wantCalls, tc.wantBusy, tc.wantErr)
			}
			if tc.wantBusy && (slept < renamePatience || slept > renamePatience+250*time.Millisecond) {
				t.Errorf("waited %v for a held file, want about %v", slept, renamePatience)
			}
		})
	}
}

// TestRenameOutputReplaces: on this machine the rename replaces an
// existing file, which stays readable by whoever had it open.
func TestRenameOutputReplaces(t *testing.T) {
	dir := t.TempDir()
	from, to := filepath.Join(dir, ".a.csv.1"), filepath.Join(dir, "a.csv")
	if err := os.WriteFile(to, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(from, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	busy, err := renameOutput(from, to)
	if err != nil || busy {
		t.Fatalf("renameOutput: busy %v, %v", busy, err)
	}
	if b, err := os.ReadFile(to); err != nil || string(b) != "new" {
		t.Errorf("%s holds %q (%v), want new", to, b, err)
	}
	if _, err := os.Stat(from); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the temporary file is still there: %v", err)
	}
}
