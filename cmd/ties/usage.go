package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// flagGroupAnnotation marks the input flags, which help lists apart from
// the command's own flags.
const (
	flagGroupAnnotation = "ties_group"
	inputGroup          = "input"
)

const helpWidth = 80

// example trims the blank lines around an Example block, keeping the
// indentation of its first line.
func example(s string) string { return strings.Trim(s, "\n") }

// usageFunc prints a command's usage: as cobra's, but with the input flags
// in a group of their own and flag help wrapped to the terminal width.
func usageFunc(cmd *cobra.Command) error {
	var b strings.Builder
	b.WriteString("Usage:\n")
	if cmd.Runnable() && !cmd.HasAvailableSubCommands() {
		fmt.Fprintf(&b, "  %s\n", cmd.UseLine())
	}
	if cmd.HasAvailableSubCommands() {
		fmt.Fprintf(&b, "  %s <command> [flags]\n", cmd.CommandPath())
	}
	if cmd.HasExample() {
		fmt.Fprintf(&b, "\nExamples:\n%s\n", cmd.Example)
	}
	if cmd.HasAvailableSubCommands() {
		b.WriteString("\nCommands:\n")
		for _, c := range cmd.Commands() {
			if c.IsAvailableCommand() || c.Name() == "help" {
				fmt.Fprintf(&b, "  %-*s  %s\n", c.NamePadding(), c.Name(), c.Short)
			}
		}
	}
	input, own := pflag.NewFlagSet("input", pflag.ContinueOnError), pflag.NewFlagSet("own", pflag.ContinueOnError)
	input.SortFlags, own.SortFlags = false, false
	cmd.LocalFlags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		if g := f.Annotations[flagGroupAnnotation]; len(g) > 0 && g[0] == inputGroup {
			input.AddFlag(f)
		} else {
			own.AddFlag(f)
		}
	})
	if input.HasFlags() {
		fmt.Fprintf(&b, "\nInput flags:\n%s", input.FlagUsagesWrapped(helpWidth))
	}
	if own.HasFlags() {
		fmt.Fprintf(&b, "\nFlags:\n%s", own.FlagUsagesWrapped(helpWidth))
	}
	if cmd.HasAvailableSubCommands() {
		fmt.Fprintf(&b, "\nRun '%s <command> --help' for more about a command.\n", cmd.CommandPath())
	}
	_, err := fmt.Fprint(cmd.OutOrStderr(), b.String())
	return err
}
