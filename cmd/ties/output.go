package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"

	"github.com/spf13/cobra"
)

// Every file ties writes goes through an output: a hidden temporary file
// beside the target, renamed onto it only when the whole command has
// succeeded. A failed command removes its temporary files; so does an
// interrupted one (SIGINT, SIGTERM: installSignalCleanup). A command that
// writes several files (a Markdown report and its diagrams) commits them
// together, so that a failure leaves every older file as it was.

// pending holds the temporary files not yet committed or removed, for the
// signal handler.
var pending = struct {
	sync.Mutex
	files map[string]bool
}{files: map[string]bool{}}

// output is one file being written.
type output struct {
	path string // the user's path
	f    *os.File
	w    *bufio.Writer
	err  error // the first write error, worded with the user's path
}

// createOutput starts writing path. Nothing exists at path until commit.
func createOutput(path string) (*output, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return nil, outputError(path, err)
	}
	pending.Lock()
	pending.files[f.Name()] = true
	pending.Unlock()
	return &output{path: path, f: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

// Write implements io.Writer. Its errors name the user's path.
func (o *output) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = outputError(o.path, err)
	}
	return n, o.err
}

// finish flushes and closes the temporary file, ready to be renamed.
func (o *output) finish() error {
	if o.err != nil {
		return o.err
	}
	if err := o.w.Flush(); err != nil {
		return outputError(o.path, err)
	}
	if err := o.f.Chmod(0o644); err != nil {
		return outputError(o.path, err)
	}
	if err := o.f.Close(); err != nil {
		return outputError(o.path, err)
	}
	return nil
}

// rename puts the finished file in place (rename.go: on Windows, a file
// held open by another program).
func (o *output) rename() error {
	if busy, err := renameOutput(o.f.Name(), o.path); err != nil {
		if busy {
			return fmt.Errorf("%w: the file is open in another program; close it there and run the command again, or write another file", outputError(o.path, err))
		}
		return outputError(o.path, err)
	}
	forget(o.f.Name())
	return nil
}

// abort removes the temporary file. It is safe to call after commit.
func (o *output) abort() {
	o.f.Close()
	os.Remove(o.f.Name()) // fails harmlessly once renamed
	forget(o.f.Name())
}

func forget(name string) {
	pending.Lock()
	delete(pending.files, name)
	pending.Unlock()
}

// outputError words a failure to write path with the user's path, never
// the temporary file's name that the operating system's error carries.
func outputError(path string, err error) error {
	err = unwrapPath(err)
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return fmt.Errorf("cannot write %s: %w", path, err)
}

// unwrapPath drops the path from an *fs.PathError: the message names it
// already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// outputSet is the files one command writes, committed together.
type outputSet struct{ outs []*output }

// create starts writing one more file of the set.
func (s *outputSet) create(path string) (*output, error) {
	o, err := createOutput(path)
	if err != nil {
		return nil, err
	}
	s.outs = append(s.outs, o)
	return o, nil
}

// commit finishes every file, then renames them all into place. If any
// fails before the renames, none is renamed and all are removed.
func (s *outputSet) commit() error {
	for _, o := range s.outs {
		if err := o.finish(); err != nil {
			s.abort()
			return err
		}
		// A folder in the way would fail the rename after the others
		// were renamed: check every target first.
		if fi, err := os.Stat(o.path); err == nil && fi.IsDir() {
			s.abort()
			return fmt.Errorf("cannot write %s: it is a folder", o.path)
		}
	}
	for _, o := range s.outs {
		if err := o.rename(); err != nil {
			s.abort()
			return err
		}
	}
	return nil
}

// abort removes every temporary file of the set that is not in place yet.
func (s *outputSet) abort() {
	for _, o := range s.outs {
		o.abort()
	}
}

// writeStreamed writes the output through write, to the file path or to w
// when path is empty or "-". Large outputs (the JSON of 200 000 people is
// over half a gigabyte) are streamed rather than built in memory; a file
// goes through a temporary file renamed when complete, so that a failed or
// interrupted command leaves no half written file.
func writeStreamed(w io.Writer, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriterSize(w, 1<<16)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	var set outputSet
	o, err := set.create(path)
	if err != nil {
		return err
	}
	if err := write(o); err != nil {
		set.abort()
		return err
	}
	return set.commit()
}

// addOutFlag adds --out (-o), worded the same for every command that
// writes a file. It is added where the command's help lists it.
func addOutFlag(cmd *cobra.Command, out *string) {
	cmd.Flags().StringVarP(out, "out", "o", "", "write to `FILE` instead of standard output")
}

// writeOutput writes a command's output (--out; standard output when path
// is empty or "-") through writeStreamed, the progress bar showing step
// meanwhile unless the output goes to the terminal.
func writeOutput(bar *progress, step string, ios ioStreams, path string, write func(io.Writer) error) error {
	bar.beginOutput(step, ios, path)
	return writeStreamed(ios.Out, path, write)
}

// Exit codes after a signal, as shells report them: 128 + the signal's
// number.
const (
	exitInterrupted = 130 // SIGINT
	exitTerminated  = 143 // SIGTERM
)

// installSignalCleanup removes every unfinished output when the process is
// interrupted (SIGINT, Ctrl-C) or terminated (SIGTERM), says so on errOut
// and exits with 130 or 143. It returns a function that stops listening.
func installSignalCleanup(errOut io.Writer, exit func(int)) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			screen.interrupt()
			n := removePending()
			what := "interrupted"
			code := exitInterrupted
			if sig == syscall.SIGTERM {
				what, code = "terminated", exitTerminated
			}
			if n > 0 {
				fmt.Fprintf(errOut, "ties: %s; the unfinished output was removed and older files are unchanged\n", what)
			} else {
				fmt.Fprintf(errOut, "ties: %s\n", what)
			}
			exit(code)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// removePending removes every temporary output file and returns how many
// there were.
func removePending() int {
	pending.Lock()
	defer pending.Unlock()
	n := len(pending.files)
	for name := range pending.files {
		os.Remove(name)
		delete(pending.files, name)
	}
	return n
}

// notAnInput refuses an output path that is one of the input files (after
// following links, so that a link or another spelling of the path is caught
// too): writing it would destroy the input. Paths that do not exist yet
// cannot be inputs.
func notAnInput(out string, inputs []namedPath) error {
	if out == "" || out == "-" {
		return nil
	}
	oi, err := os.Stat(out)
	if err != nil {
		return nil
	}
	for _, in := range inputs {
		if in.path == "" || in.path == "-" {
			continue
		}
		ii, err := os.Stat(in.path)
		if err != nil {
			continue
		}
		if os.SameFile(oi, ii) {
			return fmt.Errorf("%s is the input file of --%s: ties never overwrites an input; write to another file", out, in.flag)
		}
	}
	return nil
}

// namedPath is an input file and the flag that named it.
type namedPath struct{ flag, path string }
