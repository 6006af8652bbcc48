package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Exit codes (docs/cli.md).
const (
	exitOK    = 0
	exitError = 1 // the command ran and failed: a file could not be read, …
	exitUsage = 2 // the command line is wrong: unknown flag or command, bad value
)

// ioStreams is where a command writes. Tests pass buffers, and say
// whether the streams are terminals to test both cases.
type ioStreams struct {
	Out    io.Writer
	ErrOut io.Writer
	// OutIsTerminal says standard output is a terminal: binary output
	// (a PNG) is refused there.
	OutIsTerminal bool
	// ErrIsTerminal says standard error is a terminal: progress is drawn
	// there, and only there.
	ErrIsTerminal bool
	// Quiet (-q, --quiet) silences standard error but for errors and
	// warnings: no progress, no notes.
	Quiet bool
}

// addQuietFlag gives cmd -q/--quiet, for every command alike.
func addQuietFlag(cmd *cobra.Command, ios *ioStreams) {
	cmd.Flags().BoolVarP(&ios.Quiet, "quiet", "q", false, "say nothing on standard error but errors and warnings: no progress, no notes")
}

// usageError is a mistake in the command line. It exits with exitUsage and
// points at --help.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usageErrorf(format string, a ...any) error {
	return &usageError{fmt.Errorf(format, a...)}
}

// newRootCmd builds the command tree.
func newRootCmd(ios ioStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "ties",
		Short: "Do your professional networks bring you new perspectives?",
		Long: strings.TrimSpace(`
ties reads your contacts (a LinkedIn, Google, Outlook or vCard export, or a
plain people file), the networks people belong to and who-knows-whom ties, and
tells you what your professional networks bring you: how diverse the people
are, which ties bridge otherwise separate groups, and who gives and who takes.

Start with "ties demo" to see it on invented data built into the binary, then
"ties inspect" on your own files to check that they are read as you expect.`),
		Example: example(`
  # See what ties does, on the demo data built into the binary
  $ ties demo

  # Check how your LinkedIn export is read
  $ ties inspect --people Connections.csv

  # A people file, the networks they belong to, and who gave advice to whom
  $ ties inspect --people people.csv --memberships memberships.csv --ties ties.csv --ego me`),
		SilenceUsage:  true,
		SilenceErrors: true,
		// Without a subcommand: help. With an unknown one: a usage error that
		// suggests the nearest command.
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
			if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
				msg += "; did you mean " + strings.Join(s, " or ") + "?"
			}
			return &usageError{errors.New(msg)}
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SuggestionsMinimumDistance = 2
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usageError{suggestFlag(cmd, err)}
	})
	root.SetUsageFunc(usageFunc)
	root.CompletionOptions.HiddenDefaultCmd = true

	root.AddCommand(
		newCmdInspect(ios, nil),
		newCmdAnalyze(ios, nil),
		newCmdExport(ios, nil),
		newCmdRender(ios, nil),
		newCmdEvaluate(ios, nil),
		newCmdCompare(ios, nil),
		newCmdReport(ios, nil),
		newCmdTemplate(ios, nil),
		newCmdDemo(ios, nil),
		newCmdVersion(ios, nil),
	)
	return root
}

// execute runs the command line args, writing to out and errOut as to
// files that are not terminals, and returns the exit code.
func execute(args []string, out, errOut io.Writer) int {
	return executeWith(args, ioStreams{Out: out, ErrOut: errOut})
}

// executeWith runs the command line args and returns the exit code.
// Errors are printed once, to ios.ErrOut, as "ties: <error>".
func executeWith(args []string, ios ioStreams) (code int) {
	errOut := ios.ErrOut
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(errOut, "ties: internal error: %v\nThis is a bug in ties: please report it with the command you ran.\n%s", r, debug.Stack())
			code = exitError
		}
	}()
	root := newRootCmd(ios)
	root.SetArgs(args)
	if err := unknownCommand(root, args); err != nil {
		// Before cobra parses the flags of the root command, which would
		// blame the first flag: "ties anlyze --people x" is a typo of
		// the command, not a wrong flag.
		fmt.Fprintf(errOut, "ties: %v\nRun 'ties --help' for usage.\n", err)
		return exitUsage
	}
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(errOut, "ties: %v\n", err)
	var ue *usageError
	if errors.As(err, &ue) || isCobraUsageError(err) {
		if cmd == nil {
			cmd = root
		}
		fmt.Fprintf(errOut, "Run '%s --help' for usage.\n", cmd.CommandPath())
		return exitUsage
	}
	return exitError
}

// isCobraUsageError recognises the argument errors cobra makes itself (its
// Args validators and flag-group checks return plain errors).
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "accepts ", "requires at least", "requires at most",
		"invalid argument", "if any flags in the group", "required flag"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// runWith is a command's RunE: the run function tests pass (runF, which
// captures the options the flags filled) when there is one, else the
// command's own run.
func runWith[T any](opts T, runF, run func(T) error) func(*cobra.Command, []string) error {
	return func(*cobra.Command, []string) error {
		if runF != nil {
			return runF(opts)
		}
		return run(opts)
	}
}

// strs is the names of a command's choices (views, formats) as strings,
// for its help and its checks.
func strs[S ~string](xs []S) []string {
	out := make([]string, len(xs))
	for k, x := range xs {
		out[k] = string(x)
	}
	return out
}

// noArgs rejects positional arguments: every input is named by a flag.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		hint := ""
		if strings.HasSuffix(strings.ToLower(args[0]), ".csv") || strings.HasSuffix(strings.ToLower(args[0]), ".vcf") {
			hint = fmt.Sprintf("; name files with flags, e.g. --people %s", args[0])
		}
		return usageErrorf("%q takes no arguments, got %q%s", cmd.CommandPath(), args[0], hint)
	}
	return nil
}

// unknownCommand returns the usage error for a first argument that names
// no command, with the nearest commands, or nil.
func unknownCommand(root *cobra.Command, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return nil
	}
	switch args[0] {
	case "help", "completion", cobra.ShellCompRequestCmd, cobra.ShellCompNoDescRequestCmd:
		return nil
	}
	for _, c := range root.Commands() {
		if c.Name() == args[0] || c.HasAlias(args[0]) {
			return nil
		}
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], root.CommandPath())
	if s := root.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return errors.New(msg)
}

// suggestFlag adds to an unknown-flag error the nearest flags of cmd (an
// edit distance of 2 or less, or a prefix), and for --version the command.
func suggestFlag(cmd *cobra.Command, err error) error {
	name, ok := strings.CutPrefix(err.Error(), "unknown flag: --")
	if !ok {
		return err
	}
	if name == "version" {
		return fmt.Errorf("%w; the version is a command: ties version", err)
	}
	var near []string
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		if editDistance(name, f.Name) <= 2 || len(name) >= 3 && strings.HasPrefix(f.Name, name) {
			near = append(near, "--"+f.Name)
		}
	})
	if len(near) == 0 || len(near) > 3 {
		return err
	}
	return fmt.Errorf("%w; did you mean %s?", err, strings.Join(near, " or "))
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
