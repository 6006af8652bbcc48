package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// flagGroupAnnotation marks the input flags and the analysis flags, which
// help lists apart from the command's own flags; usage lines name them as
// "[input flags]" and "[analysis flags]".
const (
	flagGroupAnnotation = "ties_group"
	inputGroup          = "input"
	analysisGroup       = "analysis"
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
	input, analysis, own := pflag.NewFlagSet("input", pflag.ContinueOnError), pflag.NewFlagSet("analysis", pflag.ContinueOnError),
		pflag.NewFlagSet("own", pflag.ContinueOnError)
	input.SortFlags, analysis.SortFlags, own.SortFlags = false, false, false
	cmd.LocalFlags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		switch flagGroup(f) {
		case inputGroup:
			input.AddFlag(f)
		case analysisGroup:
			analysis.AddFlag(f)
		default:
			own.AddFlag(f)
		}
	})
	if input.HasFlags() {
		fmt.Fprintf(&b, "\nInput flags:\n%s", input.FlagUsagesWrapped(helpWidth))
	}
	if analysis.HasFlags() {
		fmt.Fprintf(&b, "\nAnalysis flags:\n%s", analysis.FlagUsagesWrapped(helpWidth))
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

// flagGroup is the group help lists f in: inputGroup, analysisGroup, or ""
// for the command's own flags.
func flagGroup(f *pflag.Flag) string {
	if g := f.Annotations[flagGroupAnnotation]; len(g) > 0 {
		return g[0]
	}
	return ""
}
