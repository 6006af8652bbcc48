package main

import (
	"io"
	"io/fs"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/outputs/analyzejson"
)

// progressFrom is the network size from which analyze reports its stages
// on stderr: below it the whole analysis takes well under a second.
const progressFrom = 2000

type analyzeOptions struct {
	IO     ioStreams
	Inputs inputOptions
	Format string // table, json or csv
	Out    string
	// ProjectionEdges writes two_mode.projection.edges in the JSON.
	ProjectionEdges bool

	analysisFlags

	fs    fs.FS  // set by demo
	title string // set by demo
}

// defaultAnalyzeOptions are the flags' defaults, for callers without flags
// (demo, tests).
func defaultAnalyzeOptions(ios ioStreams) *analyzeOptions {
	return &analyzeOptions{IO: ios, Format: "table", analysisFlags: defaultAnalysisFlags()}
}

func newCmdAnalyze(ios ioStreams, runF func(*analyzeOptions) error) *cobra.Command {
	opts := &analyzeOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "analyze [input flags] [analysis flags] [--format table|json|csv] [--projection-edges] [--out FILE] [-q]",
		Short: "Measure diversity, bridging ties and reciprocity",
		Long: strings.TrimSpace(`
Analyze computes what your network brings you:

  diversity    for every attribute (profession, country, …): how many kinds of
               people, how evenly spread (Blau, IQV, entropy), whether ties
               stay within a kind (E-I index, assortativity), for everyone and
               for each person's own contacts;
  bridging     who lies between others (betweenness), whose contacts are
               spread over separate groups (Burt's constraint, effective size,
               hierarchy), ties that are bridges or local bridges, people who
               hold parts together, communities (Louvain), brokerage roles;
  reciprocity  on directed ties (who gave to whom): how many ties are
               returned, who gives and who only takes;
  memberships  who shares which networks, and whether one large network
               dominates.

Every figure follows docs/metrics.md (the definitions of NetworkX and R sna)
and is checked against those tools. The table is for people; --format json is
the machine contract (docs/analyze-json.md); --format csv gives one row per
person for spreadsheets.

When the ties alone do not say who knows whom among the contacts (fewer than
half of them tied to another contact, as in a LinkedIn export) or there are
none, people who share a network count as tied (--group-ties auto), and the
output says so.`),
		Example: example(`
  # Your people, their networks, and who gave advice to whom
  $ ties analyze --people people.csv --memberships memberships.csv --ties ties.csv --ego me

  # A LinkedIn export with the networks your contacts belong to
  $ ties analyze --people Connections.csv --memberships memberships.csv

  # Only profession and country, as JSON, to a file
  $ ties analyze --people people.csv --ties ties.csv --attr profession,country --format json --out result.json

  # One row per person for a spreadsheet; tie weights as strengths (distance = 1/weight)
  $ ties analyze --people people.csv --ties ties.csv --weight-as strength --format csv --out people-metrics.csv

  # A large network: betweenness from at most 100000 sampled pairs of people, each interval holding with 99 % confidence
  $ ties analyze --people people.csv --ties ties.csv --betweenness-samples 100000 --betweenness-confidence 0.99`),
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE:                  runWith(opts, runF, runAnalyze),
	}
	addInputFlags(cmd, &opts.Inputs)
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "table", "output `FORMAT`: table (for people), json (docs/analyze-json.md) or csv (one row per person)")
	addOutFlag(cmd, &opts.Out)
	f.BoolVar(&opts.ProjectionEdges, "projection-edges", false, "with --format json, also list every pair of people who share a network (two_mode.projection.edges): m(m−1)/2 lines for a network of m members")
	addAnalysisFlags(cmd, &opts.analysisFlags)
	addQuietFlag(cmd, &opts.IO)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json", "csv"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runAnalyze(opts *analyzeOptions) error {
	if err := oneOf("format", opts.Format, "table", "json", "csv"); err != nil {
		return err
	}
	if opts.ProjectionEdges && opts.Format != "json" {
		return usageErrorf("--projection-edges: only with --format json (the %s output lists no pairs)", opts.Format)
	}
	start := time.Now()
	bar := newProgress(opts.IO)
	defer bar.close()
	large := false
	rep, res, err := loadAndAnalyze(&opts.Inputs, &opts.analysisFlags, opts.fs, loadSteps{
		outputs: []string{opts.Out},
		bar:     bar,
		progress: func(nw *graph.Network) func(string, int, int) {
			if opts.IO.Quiet || len(nw.People) < progressFrom {
				return nil
			}
			large = true
			bar.notef("read %d people and %d ties in %s", len(nw.People), len(nw.Ties), time.Since(start).Round(time.Millisecond))
			if opts.IO.ErrIsTerminal {
				return nil // the bar draws the stages
			}
			return stageReporter(opts.IO.ErrOut, start)
		}})
	if err != nil {
		return err
	}
	err = writeOutput(bar, "writing the output", opts.IO, opts.Out, func(w io.Writer) error {
		switch opts.Format {
		case "json":
			return analyzejson.WriteWith(w, res, analyzejson.Options{ProjectionEdges: opts.ProjectionEdges})
		case "csv":
			return writeAnalyzeCSV(w, res)
		default:
			writeAnalyzeTable(w, res, rep, opts.title)
			return nil
		}
	})
	bar.end()
	if large {
		bar.notef("done in %s", time.Since(start).Round(time.Millisecond))
	}
	return err
}
