package main

import (
	"embed"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph/outputs/words"
)

// demoFS holds the demo data. go:embed cannot reach ../../testdata, so
// demodata/ is a copy of testdata/demo/*.csv; TestDemoDataMatchesTestdata
// fails when the two differ.
//
//go:embed demodata/*.csv
var demoFS embed.FS

const demoTitle = "Demo data: an invented product manager, Karin Lindqvist (id me), " +
	"40 other invented people (23 of them her contacts), the 7 networks they belong to and who gave advice or " +
	"information to whom. The files are built into ties; the same files are in " +
	"testdata/demo/ of the source, to copy and change."

// demoReport is where ties demo writes its report unless told otherwise.
const demoReport = "ties-demo-report.html"

// demoNext ends the demo: what to run on one's own files.
const demoNext = `What next: check how your own files are read, then analyse them, e.g. your
LinkedIn export with the networks your contacts belong to,
  ties inspect --people Connections.csv --memberships memberships.csv
  ties analyze --people Connections.csv --memberships memberships.csv
or your people, their networks and who gave advice to whom:
  ties analyze --people people.csv --memberships memberships.csv --ties ties.csv --ego me
("ties analyze --help" lists the formats, flags and what each figure means).`

type demoOptions struct {
	IO         ioStreams
	Format     string
	OrgAsGroup string
	Inspect    bool   // print what inspect prints instead of the analysis
	Report     string // also write the report (ties report) to this file: .md for Markdown, else HTML
	Lang       string // the report's language: en or sv

	reportNamed bool   // --report was given: a report that cannot be written there is an error
	tmpDir      string // where the default report goes when the folder cannot be written (tests set it)
}

func newCmdDemo(ios ioStreams, runF func(*demoOptions) error) *cobra.Command {
	opts := &demoOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "demo [--format table|json|csv] [--inspect] [--report FILE] [--lang en|sv] [--org-as-group[=MODE]] [-q]",
		Short: "Analyze the demo data built into ties",
		Long: strings.TrimSpace(`
Demo runs ties on invented data built into the binary: a product manager in
Gothenburg (id "me") and 40 other people, 23 of them her contacts, with
organization, profession, country, gender and age band, the 7 networks they
belong to, and 118 directed ties of advice and information. It prints what "ties analyze" prints for those files
(diversity, bridging ties, reciprocity, the networks); --inspect prints what
"ties inspect" prints instead: how every row of the files was read. It also
writes the report for a client (ties report) to --report, in Swedish with
--lang sv.`),
		Example: example(`
  # The demo, as a table
  $ ties demo

  # The same as JSON (the format of "ties analyze --format json")
  $ ties demo --format json

  # The demo report in Swedish
  $ ties demo --lang sv --report demo-rapport.html

  # How the demo files are read, row by row
  $ ties demo --inspect

  # The same files from a source checkout, with the inspect command
  $ ties inspect --people testdata/demo/people.csv --memberships testdata/demo/memberships.csv \
      --networks testdata/demo/networks.csv --ties testdata/demo/ties.csv --ego me`),
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.reportNamed = cmd.Flags().Changed("report")
			if runF != nil {
				return runF(opts)
			}
			return runDemo(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output `FORMAT`: table, json or csv (csv: analysis only)")
	cmd.Flags().BoolVar(&opts.Inspect, "inspect", false, "print how the files are read (ties inspect) instead of the analysis")
	cmd.Flags().StringVar(&opts.Report, "report", demoReport, "write the report (ties report) to `FILE`: Markdown if it ends in .md, else HTML; empty: no report")
	cmd.Flags().StringVar(&opts.Lang, "lang", "en", "the report's `LANG`: "+strings.Join(words.Languages, " or "))
	opts.OrgAsGroup = "auto"
	cmd.Flags().Var(&autoBool{&opts.OrgAsGroup}, "org-as-group", "count colleagues at one organization as likely tied, `MODE`: auto, true or false")
	cmd.Flags().Lookup("org-as-group").NoOptDefVal = "true"
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json", "csv"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(words.Languages, cobra.ShellCompDirectiveNoFileComp))
	addQuietFlag(cmd, &opts.IO)
	return cmd
}

// demoInputs names the embedded demo files.
func demoInputs() inputOptions {
	return inputOptions{
		People:      "demodata/people.csv",
		Memberships: "demodata/memberships.csv",
		Networks:    "demodata/networks.csv",
		Ties:        "demodata/ties.csv",
		Ego:         "me",
	}
}

// demoReportTitle is the demo report's title in each language.
var demoReportTitle = map[string]string{
	"en": "Demo: do Karin Lindqvist's networks bring her new perspectives?",
	"sv": "Demo: ger Karin Lindqvists nätverk henne nya perspektiv?",
}

func runDemo(opts *demoOptions) error {
	lang := opts.Lang
	if lang == "" {
		lang = "en"
	}
	if err := oneOf("lang", lang, words.Languages...); err != nil {
		return err
	}
	// Where the report goes is settled before anything is printed.
	reportPath := ""
	if opts.Report != "" && !opts.Inspect {
		tmp := opts.tmpDir
		if tmp == "" {
			tmp = os.TempDir()
		}
		target, note, err := demoReportTarget(opts.Report, opts.reportNamed, tmp)
		if err != nil {
			return err
		}
		if note != "" {
			fmt.Fprintln(opts.IO.ErrOut, note)
		}
		reportPath = target
	}
	in := demoInputs()
	in.OrgAsGroup = opts.OrgAsGroup
	var err error
	if opts.Inspect {
		err = runInspect(&inspectOptions{IO: opts.IO, Inputs: in, Format: opts.Format, fs: demoFS, title: demoTitle})
	} else {
		a := defaultAnalyzeOptions(opts.IO)
		a.Inputs, a.Format, a.fs, a.title = in, opts.Format, demoFS, demoTitle
		err = runAnalyze(a)
	}
	if err != nil {
		return err
	}
	if opts.Format == "table" && !opts.Inspect {
		fmt.Fprintln(opts.IO.Out)
		fmt.Fprintln(opts.IO.Out, "Each network judged (ties evaluate, against the demo's goals.csv)")
		e := &evaluateOptions{IO: opts.IO, Inputs: in, analysisFlags: defaultAnalysisFlags(), Format: "table",
			Goals: "demodata/goals.csv", fs: demoFS}
		if err := runEvaluate(e); err != nil {
			return err
		}
	}
	if reportPath != "" {
		format := "html"
		if strings.HasSuffix(strings.ToLower(reportPath), ".md") {
			format = "md"
		}
		r := &reportOptions{IO: opts.IO, Inputs: in, analysisFlags: defaultAnalysisFlags(), Format: format, Out: reportPath, fs: demoFS,
			Goals: "demodata/goals.csv", Lang: lang, title: demoReportTitle[lang]}
		switch err := runReport(r); {
		case err != nil && opts.reportNamed:
			return err
		case err != nil:
			// The analysis is printed: the demo does not fail for the
			// report it was not asked for by name.
			fmt.Fprintf(opts.IO.ErrOut, "ties: could not write the demo report: %v\n", err)
		case opts.Format == "table":
			fmt.Fprintf(opts.IO.Out, "\nThe report for a client is in %s: open it in a browser (it prints to PDF too).\n", reportPath)
		}
	}
	if opts.Format == "table" {
		fmt.Fprintln(opts.IO.Out)
		fmt.Fprintln(opts.IO.Out, demoNext)
	}
	return nil
}
