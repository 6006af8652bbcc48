package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// Every command's usage line lists its flags: each by name, or through its
// group ("[input flags]", "[analysis flags]"); and every flag that takes a
// value shows an upper-case placeholder, the same word for the same thing
// (pflag's default "string" or "int" means the placeholder is missing).
func TestUsageLinesListEveryFlag(t *testing.T) {
	root := newRootCmd(ioStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}})
	placeholder := regexp.MustCompile("^[A-Z][A-Z_]*$")
	seen := map[string]string{} // flag name → placeholder
	for _, cmd := range root.Commands() {
		if !cmd.IsAvailableCommand() {
			continue
		}
		use := cmd.UseLine()
		if strings.Contains(use, "[flags]") {
			t.Errorf("%s: usage line %q says [flags] instead of naming them", cmd.Name(), use)
		}
		cmd.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Hidden || f.Name == "help" {
				return
			}
			listed := strings.Contains(use, "--"+f.Name+" ") || strings.Contains(use, "--"+f.Name+"]") ||
				strings.Contains(use, "--"+f.Name+"[") || (f.Shorthand != "" && strings.Contains(use, "-"+f.Shorthand+"]"))
			switch flagGroup(f) {
			case inputGroup:
				listed = listed || strings.Contains(use, "[input flags]")
			case analysisGroup:
				listed = listed || strings.Contains(use, "[analysis flags]")
			}
			if !listed {
				t.Errorf("%s: usage line %q does not list --%s", cmd.Name(), use, f.Name)
			}
			if f.Value.Type() == "bool" {
				return
			}
			name, _ := pflag.UnquoteUsage(f)
			if !placeholder.MatchString(name) {
				t.Errorf("%s --%s: placeholder %q, want an upper-case word", cmd.Name(), f.Name, name)
			}
			if prev, ok := seen[f.Name]; ok && prev != name {
				t.Errorf("--%s: placeholder %q here, %q elsewhere", f.Name, name, prev)
			}
			seen[f.Name] = name
		})
	}
	for flag, want := range map[string]string{"weight-as": "MODEL", "group-ties": "MODE", "holes-model": "MODEL", "lang": "LANG", "network": "NETWORK"} {
		if seen[flag] != want {
			t.Errorf("--%s placeholder %q, want %q", flag, seen[flag], want)
		}
	}
}
