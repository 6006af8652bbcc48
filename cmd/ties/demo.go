package main

import (
	"embed"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// demoFS holds the demo data. go:embed cannot reach ../../testdata, so
// demodata/ is a copy of testdata/demo/*.csv; TestDemoDataMatchesTestdata
// fails when the two differ.
//
//go:embed demodata/*.csv
var demoFS embed.FS

const demoTitle = "Demo data: an invented product manager, Karin Lindqvist (id me), " +
	"40 invented contacts, the 7 networks they belong to and who gave advice or " +
	"information to whom. The files are built into ties; the same files are in " +
	"testdata/demo/ of the source, to copy and change."

// demoNext ends the demo: what to run on one's own files.
const demoNext = `What next: run it on your own files, e.g. your LinkedIn export,
  ties inspect --people Connections.csv --org-as-group
or your people, their networks and who gave advice to whom:
  ties inspect --people people.csv --memberships memberships.csv --ties ties.csv --ego me
("ties inspect --help" lists the formats and flags).`

type demoOptions struct {
	IO         ioStreams
	Format     string
	OrgAsGroup bool
}

func newCmdDemo(ios ioStreams, runF func(*demoOptions) error) *cobra.Command {
	opts := &demoOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "demo [--format table|json]",
		Short: "Inspect the demo data built into ties",
		Long: strings.TrimSpace(`
Demo runs ties on invented data built into the binary: a product manager in
Gothenburg (id "me"), 40 contacts with organization, profession, country,
gender and age band, the 7 networks they belong to, and 118 directed ties of
advice and information. For now it prints what "ties inspect" prints for
those files; the analysis commands are planned.`),
		Example: example(`
  # The demo, as a table
  $ ties demo

  # The same as JSON (the format of "ties inspect --format json")
  $ ties demo --format json

  # The same files from a source checkout, with the inspect command
  $ ties inspect --people testdata/demo/people.csv --memberships testdata/demo/memberships.csv \
      --networks testdata/demo/networks.csv --ties testdata/demo/ties.csv --ego me`),
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return runDemo(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output `FORMAT`: table or json")
	cmd.Flags().BoolVar(&opts.OrgAsGroup, "org-as-group", false, "count people who share an organization as sharing a group when looking at structure")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json"}, cobra.ShellCompDirectiveNoFileComp))
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

func runDemo(opts *demoOptions) error {
	in := demoInputs()
	in.OrgAsGroup = opts.OrgAsGroup
	iopts := &inspectOptions{
		IO:     opts.IO,
		Inputs: in,
		Format: opts.Format,
		fs:     demoFS,
		title:  demoTitle,
	}
	if err := runInspect(iopts); err != nil {
		return err
	}
	if opts.Format == "table" {
		fmt.Fprintln(opts.IO.Out)
		fmt.Fprintln(opts.IO.Out, demoNext)
	}
	return nil
}
