package main

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/measures/centrality"
	"github.com/tiesnet/ties/graph/outputs/render"
)

// parseWith returns a function that parses a command line with the command
// newCmd builds, through a runF that keeps the options instead of running:
// what the flags set, without reading a file.
func parseWith[O any](newCmd func(ioStreams, func(*O) error) *cobra.Command) func(ioStreams, []string) (any, error) {
	return func(ios ioStreams, args []string) (any, error) {
		var got *O
		cmd := newCmd(ios, func(o *O) error { got = o; return nil })
		cmd.SetArgs(args)
		cmd.SetOut(io.Discard)
		cmd.SetErr(io.Discard)
		if err := cmd.Execute(); err != nil {
			return nil, err
		}
		if got == nil {
			return nil, errors.New("runF was not called")
		}
		return *got, nil
	}
}

// runFParsers parse each command's flags into its options; every command of
// the root must have one (TestEveryCommandHasRunFTest).
var runFParsers = map[string]func(ioStreams, []string) (any, error){
	"inspect":  parseWith(newCmdInspect),
	"analyze":  parseWith(newCmdAnalyze),
	"export":   parseWith(newCmdExport),
	"render":   parseWith(newCmdRender),
	"evaluate": parseWith(newCmdEvaluate),
	"compare":  parseWith(newCmdCompare),
	"report":   parseWith(newCmdReport),
	"template": parseWith(newCmdTemplate),
	"demo":     parseWith(newCmdDemo),
	"version":  parseWith(newCmdVersion),
}

// Every flag of every command reaches its options struct: a realistic
// command line is parsed through the cobra command with a runF that keeps
// the options, and each field is compared with what the line says.
func TestRunFFlags(t *testing.T) {
	quiet := func(ios ioStreams) ioStreams { ios.Quiet = true; return ios }
	tests := []struct {
		name string
		args []string // the command line after "ties"
		want func(ios ioStreams) any
	}{
		{
			name: "inspect",
			args: []string{"inspect", "--contacts", "Connections.csv", "--people-format", "linkedin",
				"--memberships", "memberships.csv", "--networks", "networks.csv", "--ties", "ties.csv",
				"--undirected", "--strict", "--ego", "me", "--ego-name", "Karin Lindqvist", "--org-as-group=false",
				"--no-derive", "--org-alias", "aliases.csv", "--include-column", "Notes", "--include-column", "Bio, short",
				"--format", "json", "-o", "inspect.json", "-q"},
			want: func(ios ioStreams) any {
				return inspectOptions{IO: quiet(ios), Format: "json", Out: "inspect.json", Inputs: inputOptions{
					People: "Connections.csv", PeopleFormat: "linkedin", Memberships: "memberships.csv",
					Networks: "networks.csv", Ties: "ties.csv", Undirected: true, Strict: true, Ego: "me",
					EgoName: "Karin Lindqvist", OrgAsGroup: "false", NoDerive: true, OrgAliases: "aliases.csv",
					IncludeColumns: []string{"Notes", "Bio, short"}}}
			},
		},
		{
			name: "inspect defaults",
			args: []string{"inspect", "--people", "people.csv"},
			want: func(ios ioStreams) any {
				return inspectOptions{IO: ios, Format: "table", Inputs: inputOptions{People: "people.csv", OrgAsGroup: "auto"}}
			},
		},
		{
			name: "analyze",
			args: []string{"analyze", "--graph", "network.graphml", "--no-ego", "--attr", "profession,country",
				"--attr", "age_band", "--holes-model", "ego", "--weight-as", "strength", "--betweenness-samples", "100000",
				"--betweenness-confidence", "0.99", "--seed", "7", "--resolution", "1.5", "--group-ties", "on",
				"--newman", "--max-group-size", "0", "--format", "csv", "--out", "people-metrics.csv", "--quiet"},
			want: func(ios ioStreams) any {
				return analyzeOptions{IO: quiet(ios), Format: "csv", Out: "people-metrics.csv",
					Inputs: inputOptions{Graph: "network.graphml", NoEgo: true, OrgAsGroup: "auto"},
					analysisFlags: analysisFlags{Attributes: []string{"profession", "country", "age_band"},
						HolesModel: "ego", WeightAs: "strength", BetweennessSamples: 100000, BetweennessConfidence: 0.99,
						Seed: 7, Resolution: 1.5, GroupTies: "on", Newman: true, MaxGroupSize: 0}}
			},
		},
		{
			// The flags' defaults are those of defaultAnalysisFlags, which
			// demo and the tests use without flags.
			name: "analyze defaults",
			args: []string{"analyze", "--people", "people.csv"},
			want: func(ios ioStreams) any {
				o := *defaultAnalyzeOptions(ios)
				o.Inputs = inputOptions{People: "people.csv", OrgAsGroup: "auto"}
				return o
			},
		},
		{
			name: "export",
			args: []string{"export", "--people", "people.csv", "--ties", "ties.csv", "--memberships", "memberships.csv",
				"--groups", "--anonymize", "--format", "gexf", "-o", "network.gexf", "--max-group-size", "2000",
				"--group-ties", "off", "--betweenness-samples", "0", "--org-as-group"},
			want: func(ios ioStreams) any {
				af := defaultAnalysisFlags()
				af.MaxGroupSize, af.GroupTies, af.BetweennessSamples = 2000, "off", 0
				return exportOptions{IO: ios, Format: "gexf", Out: "network.gexf", Groups: true, Anonymize: true,
					Inputs: inputOptions{People: "people.csv", Ties: "ties.csv", Memberships: "memberships.csv",
						OrgAsGroup: "true"},
					analysisFlags: af}
			},
		},
		{
			name: "export defaults",
			args: []string{"export", "--people", "people.csv"},
			want: func(ios ioStreams) any {
				return exportOptions{IO: ios, Inputs: inputOptions{People: "people.csv", OrgAsGroup: "auto"},
					analysisFlags: defaultAnalysisFlags()}
			},
		},
		{
			name: "render",
			args: []string{"render", "--people", "-", "--ties", "ties.csv", "--memberships", "memberships.csv",
				"--ego", "me", "--view", "brings", "--network", "Product Circle Slack", "--goals", "goals.csv", "--small",
				"--format", "png", "--color-by", "country", "--size-by", "effective_size", "--labels", "5", "--anonymize",
				"--layout", "neato", "--collapse-above", "60", "--max-pixels", "1200", "--lang", "sv", "-o", "slack.png",
				"--holes-model", "ego", "--betweenness-confidence", "0.9", "--resolution", "0.5", "-q"},
			want: func(ios ioStreams) any {
				af := defaultAnalysisFlags()
				af.HolesModel, af.BetweennessConfidence, af.Resolution = "ego", 0.9, 0.5
				return renderOptions{IO: quiet(ios), View: "brings", Network: "Product Circle Slack", Goals: "goals.csv",
					Small: true, Format: "png", ColorBy: "country", SizeBy: "effective_size", Labels: 5, Anonymize: true,
					Layout: "neato", CollapseAbove: 60, MaxPixels: 1200, Lang: "sv", Out: "slack.png",
					Inputs: inputOptions{People: "-", Ties: "ties.csv", Memberships: "memberships.csv", Ego: "me",
						OrgAsGroup: "auto"},
					analysisFlags: af}
			},
		},
		{
			name: "render defaults",
			args: []string{"render", "--people", "people.csv"},
			want: func(ios ioStreams) any {
				return renderOptions{IO: ios, View: "network", SizeBy: render.SizeBetweenness, Labels: render.DefaultLabels,
					CollapseAbove: render.DefaultCollapseAbove, MaxPixels: 4000, Lang: "en",
					Inputs: inputOptions{People: "people.csv", OrgAsGroup: "auto"}, analysisFlags: defaultAnalysisFlags()}
			},
		},
		{
			// --without and --with repeat, and keep a comma inside a name.
			name: "evaluate",
			args: []string{"evaluate", "--people", "people.csv", "--memberships", "memberships.csv", "--networks", "networks.csv",
				"--ego", "me", "--goals", "goals.csv", "--without", "Hisingen Chamber Lunch Club",
				"--without", "Tech Lunch, Gothenburg", "--with", "Nordic Design Guild", "--format", "json", "-o", "evaluate.json",
				"--betweenness-confidence", "0.9", "--max-group-size", "800", "--group-ties", "auto", "--attr", "country"},
			want: func(ios ioStreams) any {
				af := defaultAnalysisFlags()
				af.BetweennessConfidence, af.MaxGroupSize, af.Attributes = 0.9, 800, []string{"country"}
				return evaluateOptions{IO: ios, Goals: "goals.csv", Format: "json", Out: "evaluate.json",
					Without: []string{"Hisingen Chamber Lunch Club", "Tech Lunch, Gothenburg"},
					With:    []string{"Nordic Design Guild"},
					Inputs: inputOptions{People: "people.csv", Memberships: "memberships.csv", Networks: "networks.csv",
						Ego: "me", OrgAsGroup: "auto", StrictPeopleFile: true},
					analysisFlags: af}
			},
		},
		{
			// A people file is read strictly unless --strict is given either way.
			name: "evaluate defaults",
			args: []string{"evaluate", "--memberships", "memberships.csv"},
			want: func(ios ioStreams) any {
				return evaluateOptions{IO: ios, Format: "table", Inputs: inputOptions{Memberships: "memberships.csv", OrgAsGroup: "auto", StrictPeopleFile: true},
					analysisFlags: defaultAnalysisFlags()}
			},
		},
		{
			name: "evaluate not strict",
			args: []string{"evaluate", "--memberships", "memberships.csv", "--strict=false"},
			want: func(ios ioStreams) any {
				return evaluateOptions{IO: ios, Format: "table", Inputs: inputOptions{Memberships: "memberships.csv", OrgAsGroup: "auto"},
					analysisFlags: defaultAnalysisFlags()}
			},
		},
		{
			name: "evaluate strict",
			args: []string{"evaluate", "--memberships", "memberships.csv", "--strict"},
			want: func(ios ioStreams) any {
				return evaluateOptions{IO: ios, Format: "table", Inputs: inputOptions{Memberships: "memberships.csv", OrgAsGroup: "auto", Strict: true},
					analysisFlags: defaultAnalysisFlags()}
			},
		},
		{
			name: "report",
			args: []string{"report", "--people", "people.csv", "--memberships", "memberships.csv", "--networks", "networks.csv",
				"--ties", "ties.csv", "--ego", "me", "--goals", "goals.csv", "--client", "Karin Lindqvist", "--date", "2026-03-01",
				"--color-by", "profession", "--format", "md", "--lang", "sv", "-o", "report.md", "--anonymize",
				"--seed", "3", "--newman", "--weight-as", "strength", "-q"},
			want: func(ios ioStreams) any {
				af := defaultAnalysisFlags()
				af.Seed, af.Newman, af.WeightAs = 3, true, "strength"
				return reportOptions{IO: quiet(ios), Goals: "goals.csv", Client: "Karin Lindqvist",
					date: time.Date(2026, time.March, 1, 0, 0, 0, 0, time.UTC), ColorBy: "profession", Format: "md",
					Lang: "sv", Out: "report.md", Anonymize: true,
					Inputs: inputOptions{People: "people.csv", Memberships: "memberships.csv", Networks: "networks.csv",
						Ties: "ties.csv", Ego: "me", OrgAsGroup: "auto"},
					analysisFlags: af}
			},
		},
		{
			name: "report defaults",
			args: []string{"report", "--people", "people.csv"},
			want: func(ios ioStreams) any {
				return reportOptions{IO: ios, Format: "html", Lang: "en",
					Inputs: inputOptions{People: "people.csv", OrgAsGroup: "auto"}, analysisFlags: defaultAnalysisFlags()}
			},
		},
		{
			// template takes the people flags only, not --contacts.
			name: "template",
			args: []string{"template", "memberships", "--people", "Connections.csv", "--people-format", "linkedin",
				"--ego", "me", "--ego-name", "Karin Lindqvist", "--network", "Product Circle",
				"--network", "Nordic Design Guild, Gothenburg", "-o", "memberships.csv", "-q"},
			want: func(ios ioStreams) any {
				return templateOptions{IO: quiet(ios), Out: "memberships.csv",
					Networks: []string{"Product Circle", "Nordic Design Guild, Gothenburg"},
					Inputs: inputOptions{People: "Connections.csv", PeopleFormat: "linkedin", Ego: "me",
						EgoName: "Karin Lindqvist"}}
			},
		},
		{
			name: "demo",
			args: []string{"demo", "--format", "json", "--inspect", "--report", "demo.md", "--lang", "sv", "--org-as-group", "-q"},
			want: func(ios ioStreams) any {
				return demoOptions{IO: quiet(ios), Format: "json", Inspect: true, Report: "demo.md", Lang: "sv",
					OrgAsGroup: "true", reportNamed: true}
			},
		},
		{
			// Without --report the report goes to demoReport, and may go to
			// the temporary folder instead (reportNamed false).
			name: "demo defaults",
			args: []string{"demo"},
			want: func(ios ioStreams) any {
				return demoOptions{IO: ios, Format: "table", Report: demoReport, Lang: "en", OrgAsGroup: "auto"}
			},
		},
		{
			name: "demo no report",
			args: []string{"demo", "--report", "", "--org-as-group=auto"},
			want: func(ios ioStreams) any {
				return demoOptions{IO: ios, Format: "table", Report: "", Lang: "en", OrgAsGroup: "auto", reportNamed: true}
			},
		},
		{
			name: "version",
			args: []string{"version", "-q"},
			want: func(ios ioStreams) any { return versionOptions{IO: quiet(ios)} },
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			parse, ok := runFParsers[tc.args[0]]
			if !ok {
				t.Fatalf("no parser for %q", tc.args[0])
			}
			ios, _, _ := testIO()
			got, err := parse(ios, tc.args[1:])
			if err != nil {
				t.Fatalf("ties %s: %v", strings.Join(tc.args, " "), err)
			}
			want := tc.want(ios)
			diffs := fieldDiffs("", reflect.ValueOf(got), reflect.ValueOf(want))
			for _, d := range diffs {
				t.Error(d)
			}
			if len(diffs) == 0 && !reflect.DeepEqual(got, want) {
				t.Errorf("options differ:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

// The test above knows the constants it leans on: a change of a default
// shows here rather than as a puzzling field difference.
func TestRunFDefaults(t *testing.T) {
	af := defaultAnalysisFlags()
	if af.MaxGroupSize != analysis.DefaultMaxGroupSize || af.BetweennessConfidence != centrality.DefaultConfidence ||
		af.BetweennessSamples != -1 || af.Seed != 1 || af.Resolution != 1 || af.GroupTies != "auto" ||
		af.HolesModel != "whole" || af.WeightAs != "length" {
		t.Errorf("defaultAnalysisFlags() = %+v", af)
	}
}

// fieldDiffs names each field of two values of one struct type that
// differs, descending into the structs of this package (the options and
// the flag groups they embed).
func fieldDiffs(path string, got, want reflect.Value) []string {
	if got.Type() != want.Type() {
		return []string{fmt.Sprintf("%s: type %s, want %s", path, got.Type(), want.Type())}
	}
	if got.Kind() == reflect.Struct && got.Type().PkgPath() == reflect.TypeFor[ioStreams]().PkgPath() {
		var diffs []string
		for i := range got.NumField() {
			name := got.Type().Field(i).Name
			if path != "" {
				name = path + "." + name
			}
			diffs = append(diffs, fieldDiffs(name, got.Field(i), want.Field(i))...)
		}
		return diffs
	}
	// fmt prints unexported fields too; %#v tells nil from empty slices.
	if g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want); g != w {
		return []string{fmt.Sprintf("%s = %s, want %s", path, g, w)}
	}
	return nil
}

// Every command of ties has a row above: a new command without one fails
// here.
func TestEveryCommandHasRunFTest(t *testing.T) {
	ios, _, _ := testIO()
	for _, cmd := range newRootCmd(ios).Commands() {
		if _, ok := runFParsers[cmd.Name()]; !ok {
			t.Errorf("ties %s has no runF parser in runf_test.go", cmd.Name())
		}
	}
}

// A bad value is a usage error for every command: exit code 2, the value
// named, and a pointer to the command's help. The files named need not
// exist: each value is checked before any file is read.
func TestRunFUsageErrors(t *testing.T) {
	tests := []struct {
		args   []string
		stderr string
	}{
		{[]string{"inspect", "--people", "people.csv", "--format", "yaml"}, `--format "yaml": must be table or json`},
		{[]string{"analyze", "--people", "people.csv", "--group-ties", "sometimes"}, `--group-ties "sometimes": must be auto, on, off`},
		{[]string{"analyze", "--people", "people.csv", "--betweenness-confidence", "1.5"}, "--betweenness-confidence 1.5: must be between 0 and 1"},
		{[]string{"export", "--people", "people.csv", "--format", "gexf", "--max-group-size", "-1"}, "--max-group-size -1: must be 0 (no limit) or more"},
		{[]string{"render", "--people", "people.csv", "--betweenness-samples", "-5"}, "--betweenness-samples -5"},
		{[]string{"render", "--people", "people.csv", "--labels", "many"}, `invalid argument "many" for "--labels"`},
		{[]string{"render", "--people", "people.csv", "--out", "x.tmp"}, `--out "x.tmp": a picture is written as svg, png or dot, and the name's extension (.tmp) says none of them`},
		{[]string{"render", "--people", "people.csv", "--format", "jpg"}, `--format "jpg": must be svg, png or dot`},
		{[]string{"evaluate", "--people", "people.csv", "--seed", "-1"}, `invalid argument "-1" for "--seed"`},
		{[]string{"evaluate", "--people", "people.csv", "--holes-model", "global"}, `--holes-model "global": must be whole, ego`},
		{[]string{"report", "--people", "people.csv", "--date", "2026-13-01"}, `"2026-13-01" is not a date YYYY-MM-DD`},
		{[]string{"report", "--people", "people.csv", "--resolution", "0"}, "--resolution 0: must be a positive number"},
		{[]string{"template", "memberships", "--people", "people.csv", "--network", "Name"}, `--network "Name": that name is a column of the sheet`},
		{[]string{"template", "memberships", "--people", "people.csv", "--network", "network"}, `--network "network": that name is a column of the sheet or of a memberships file`},
		{[]string{"template", "people", "--people", "people.csv"}, "name what to write: ties template memberships"},
		{[]string{"demo", "--lang", "de"}, `--lang "de": must be en, sv`},
		{[]string{"version", "--quiet=maybe"}, `invalid argument "maybe" for "-q, --quiet"`},
		{[]string{"analyze", "--peopel", "people.csv"}, "unknown flag: --peopel; did you mean --people?"},
		{[]string{"inspect", "--formt", "json"}, "unknown flag: --formt; did you mean --format?"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			ios, out, errOut := testIO()
			if code := executeWith(tc.args, ios); code != exitUsage {
				t.Errorf("exit code %d, want %d; stderr: %s", code, exitUsage, errOut)
			}
			if !strings.Contains(errOut.String(), tc.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.stderr, errOut)
			}
			if help := fmt.Sprintf("Run 'ties %s --help' for usage.", tc.args[0]); !strings.Contains(errOut.String(), help) {
				t.Errorf("stderr lacks %q:\n%s", help, errOut)
			}
			if out.Len() > 0 {
				t.Errorf("stdout on a usage error:\n%s", out)
			}
		})
	}
}
