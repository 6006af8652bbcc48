package main

import (
	"errors"
	"os"
	"runtime"
	"syscall"
	"time"
)

// An output is put in place by renaming its temporary file onto the
// user's path (output.go). On Windows that rename (MoveFileEx, replacing
// the file) fails while another program holds the old file open without
// sharing it for deletion: a spreadsheet showing the CSV, a viewer showing
// the PNG, and for a moment an antivirus or the search indexer reading the
// new file. The moment passes, so the rename is tried again for about a
// second, as Go's own tools do (cmd/go/internal/robustio); a file still
// held after that is open in a program the user can close, and the error
// says so.

// renamePatience is how long a busy rename is tried again.
const renamePatience = time.Second

// renameOutput renames from onto to, trying again while to is busy; busy
// tells that the last failure was one.
func renameOutput(from, to string) (busy bool, err error) {
	return retryRename(os.Rename, from, to, func(err error) bool { return renameBusy(runtime.GOOS, err) }, time.Sleep)
}

// retryRename is renameOutput with the rename, the test for a busy file
// and the clock given, for tests.
func retryRename(rename func(from, to string) error, from, to string, isBusy func(error) bool, sleep func(time.Duration)) (busy bool, err error) {
	delay, waited := 10*time.Millisecond, time.Duration(0)
	for {
		err := rename(from, to)
		if err == nil || !isBusy(err) {
			return false, err
		}
		if waited >= renamePatience {
			return true, err
		}
		sleep(delay)
		waited += delay
		delay = min(2*delay, 200*time.Millisecond)
	}
}

// Windows' error numbers for a file another program holds.
const (
	errorAccessDenied     = 5
	errorSharingViolation = 32
	errorLockViolation    = 33
)

// renameBusy tells whether err, from a rename on the system goos, says
// that the file is held by another program. Only Windows fails so: POSIX
// systems rename onto an open file.
func renameBusy(goos string, err error) bool {
	var errno syscall.Errno
	if goos != "windows" || !errors.As(err, &errno) {
		return false
	}
	switch errno {
	case errorAccessDenied, errorSharingViolation, errorLockViolation:
		return true
	}
	return false
}
