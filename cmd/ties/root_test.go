package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// execute is what main runs: exit codes and the one error line.
func TestExecuteExitCodes(t *testing.T) {
	people := filepath.Join(demoDir, "people.csv")
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // a substring; "" for none expected
		stderr string // a substring of the error; "" for none expected
	}{
		{"no command", nil, exitOK, "Commands:", ""},
		{"help", []string{"--help"}, exitOK, "inspect", ""},
		{"version", []string{"version"}, exitOK, "ties ", ""},
		{"inspect", []string{"inspect", "--people", people, "--ego", "me"}, exitOK, "Files", ""},
		{"contacts alias", []string{"inspect", "--contacts", people}, exitOK, "Files", ""},
		{"demo", []string{"demo", "--report", ""}, exitOK, "What next", ""},
		{"unknown command", []string{"inspec"}, exitUsage, "", `ties: unknown command "inspec" for "ties"; did you mean inspect?`},
		{"unknown flag", []string{"inspect", "--peeple", people}, exitUsage, "", "ties: unknown flag: --peeple"},
		{"argument", []string{"inspect", people}, exitUsage, "", "name files with flags, e.g. --people"},
		{"no input", []string{"inspect"}, exitUsage, "", "ties: no input"},
		{"bad format", []string{"demo", "--format", "xml"}, exitUsage, "", `--format "xml"`},
		{"import error", []string{"inspect", "--people", filepath.Join(demoDir, "ties.csv")}, exitError, "", "pass it with --ties"},
		{"missing file", []string{"inspect", "--people", "no-such-file.csv"}, exitError, "", "ties: no-such-file.csv: cannot read the file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, out, errOut := testIO()
			code := execute(tc.args, out, errOut)
			if code != tc.code {
				t.Errorf("exit code %d, want %d; stderr: %s", code, tc.code, errOut)
			}
			if tc.stdout != "" && !strings.Contains(out.String(), tc.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tc.stdout, out)
			}
			if tc.stderr == "" {
				if errOut.Len() > 0 {
					t.Errorf("stderr: %s", errOut)
				}
				return
			}
			if !strings.Contains(errOut.String(), tc.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.stderr, errOut)
			}
			if n := strings.Count(errOut.String(), "ties: "); n != 1 {
				t.Errorf("error printed %d times:\n%s", n, errOut)
			}
			if tc.code == exitUsage && !strings.Contains(errOut.String(), "--help' for usage") {
				t.Errorf("a usage error does not point at --help:\n%s", errOut)
			}
			if tc.code != exitOK && out.Len() > 0 {
				t.Errorf("stdout on error:\n%s", out)
			}
		})
	}
}

// Every command has help with a realistic example.
func TestEveryCommandHasExample(t *testing.T) {
	ios, _, _ := testIO()
	root := newRootCmd(ios)
	for _, c := range append(root.Commands(), root) {
		if c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		if !strings.Contains(c.Example, "$ ties") {
			t.Errorf("%s has no example", c.CommandPath())
		}
		if c.Short == "" || c.Long == "" {
			t.Errorf("%s has no description", c.CommandPath())
		}
		_, out, errOut := testIO()
		if code := execute(append(strings.Fields(c.CommandPath())[1:], "--help"), out, errOut); code != 0 {
			t.Errorf("%s --help: exit %d: %s", c.CommandPath(), code, errOut)
		}
		if !strings.Contains(out.String(), "Examples:\n  ") {
			t.Errorf("%s --help shows no examples:\n%s", c.CommandPath(), out)
		}
	}
}

// A mistyped command is named as such, with the nearest command, also
// when flags follow it.
func TestUnknownCommandSuggests(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"anlyze"}, `unknown command "anlyze" for "ties"; did you mean analyze?`},
		{[]string{"analyse", "--people", "people.csv"}, `unknown command "analyse" for "ties"; did you mean analyze?`},
		{[]string{"frobnicate"}, `unknown command "frobnicate" for "ties"`},
		{[]string{"--version"}, "the version is a command: ties version"},
	} {
		ios, _, errOut := testIO()
		if code := executeWith(tc.args, ios); code != exitUsage || !strings.Contains(errOut.String(), tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %q", tc.args, code, errOut, tc.want)
		}
	}
}
