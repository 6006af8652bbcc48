package main

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph/outputs/anonymize"
	"github.com/tiesnet/ties/graph/outputs/export"
)

type exportOptions struct {
	IO     ioStreams
	Inputs inputOptions
	analysisFlags
	Format    string // graphml, gexf, json, csv, edges-csv; empty: from --out's extension
	Out       string
	Groups    bool
	Anonymize bool

	fs fs.FS // set by tests
}

func newCmdExport(ios ioStreams, runF func(*exportOptions) error) *cobra.Command {
	opts := &exportOptions{IO: ios}
	formats := strs(export.Formats)
	cmd := &cobra.Command{
		Use:   "export [input flags] [analysis flags] --format graphml|gexf|json|csv|edges-csv [--out FILE] [--groups] [--anonymize] [-q]",
		Short: "Export the network with every measure for Gephi, NetworkX and igraph",
		Long: strings.TrimSpace(`
Export writes the network with every person's attributes and every figure of
"ties analyze" on the nodes, and the weight, type and direction of each tie
(and whether it is a bridge) on the edges, so that the data opens in Gephi,
NetworkX and igraph:

  graphml    GraphML (Gephi, NetworkX read_graphml, igraph)
  gexf       GEXF 1.2 (Gephi, NetworkX read_gexf)
  json       NetworkX node-link JSON (nx.node_link_graph)
  csv        one row per person (a node table)
  edges-csv  one row per tie (an edge table)

Without --format the format follows the extension of --out. docs/export.md
describes every field.`),
		Example: example(`
  # For Gephi, with the networks people belong to as nodes too
  $ ties export --people people.csv --memberships memberships.csv --ties ties.csv --groups --out network.gexf

  # For NetworkX: nx.node_link_graph(json.load(open("network.json")))
  $ ties export --people people.csv --ties ties.csv --format json --out network.json

  # Node and edge tables for a spreadsheet, names replaced with pseudonyms
  $ ties export --people people.csv --ties ties.csv --anonymize --out people.csv.out --format csv
  $ ties export --people people.csv --ties ties.csv --anonymize --out ties.csv.out --format edges-csv`),
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE:                  runWith(opts, runF, runExport),
	}
	addInputFlags(cmd, &opts.Inputs)
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "", "`FORMAT`: "+strings.Join(formats, ", ")+" (default: from the extension of --out)")
	addOutFlag(cmd, &opts.Out)
	f.BoolVar(&opts.Groups, "groups", false, "add the networks (groups) as nodes, linked to their members")
	f.BoolVar(&opts.Anonymize, "anonymize", false, "replace names and ids with stable pseudonyms")
	addAnalysisFlags(cmd, &opts.analysisFlags)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
	addQuietFlag(cmd, &opts.IO)
	return cmd
}

// pseudonymsOf returns the pseudonym of each id of a network, distinct
// within it (render.Pseudonyms), as a function.
func pseudonymsOf(ids []string, key string) func(string) string {
	ps := anonymize.Pseudonyms(ids, key)
	m := make(map[string]string, len(ids))
	for k, id := range ids {
		m[id] = ps[k]
	}
	return func(id string) string {
		if p, ok := m[id]; ok {
			return p
		}
		return anonymize.Pseudonym(id, key)
	}
}

// exportFormat returns the format asked for, or the one --out's extension
// names.
func (o *exportOptions) exportFormat() (export.Format, error) {
	name := o.Format
	if name == "" {
		ext := strings.ToLower(filepath.Ext(o.Out))
		if strings.HasSuffix(strings.ToLower(o.Out), ".edges.csv") {
			ext = ".edges.csv"
		}
		for _, f := range export.Formats {
			if f.Extension() == ext {
				return f, nil
			}
		}
		return "", usageErrorf("--format is needed: %s", "name one of graphml, gexf, json, csv, edges-csv, or give --out a file ending in one of them")
	}
	f, err := export.ParseFormat(name)
	if err != nil {
		return "", usageErrorf("--format: %v", err)
	}
	return f, nil
}

func runExport(opts *exportOptions) error {
	format, err := opts.exportFormat()
	if err != nil {
		return err
	}
	bar := newProgress(opts.IO)
	defer bar.close()
	rep, res, err := loadAndAnalyze(&opts.Inputs, &opts.analysisFlags, opts.fs, loadSteps{outputs: []string{opts.Out}, bar: bar, anonymize: opts.Anonymize})
	if err != nil {
		return err
	}
	bar.noteImport(rep)
	eopt := export.Options{Groups: opts.Groups}
	if opts.Anonymize {
		eopt.Pseudonym = pseudonymsOf(res.IDs(), pseudonymKey(res.Network))
	}
	return writeOutput(bar, "writing the output", opts.IO, opts.Out, func(w io.Writer) error {
		if err := export.Write(w, format, res, eopt); err != nil {
			return fmt.Errorf("cannot export: %w", err)
		}
		return nil
	})
}
