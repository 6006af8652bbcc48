package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/change"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/render"
	"github.com/tiesnet/ties/graph/outputs/report"
	"github.com/tiesnet/ties/graph/outputs/words"
	"github.com/tiesnet/ties/importers"
)

type reportOptions struct {
	IO     ioStreams
	Inputs inputOptions
	analysisFlags
	Goals     string
	Format    string // html or md
	Out       string
	Anonymize bool
	ColorBy   string
	Client    string
	Lang      string // en or sv
	Before    string // an earlier export: the "What changed" section

	fs    fs.FS
	title string
	date  time.Time        // zero: today, by now
	now   func() time.Time // the clock; nil: time.Now
}

func newCmdReport(ios ioStreams, runF func(*reportOptions) error) *cobra.Command {
	opts := &reportOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "report [input flags] [analysis flags] [--goals FILE] [--before FILE] [--client NAME] [--date DATE] [--color-by ATTRIBUTE] [--format html|md] [--lang en|sv] [--out FILE] [--anonymize] [-q]",
		Short: "Write the report for a client: which networks bring new perspectives",
		Long: strings.TrimSpace(`
Report writes one self-contained HTML page (no external requests: it works
offline and from e-mail, and prints to a clean PDF from a browser) answering
"does this network bring new perspectives?": a summary, what to do next,
each network judged (ties evaluate) with a small picture of what it brings,
the checklist of "Välj dina nätverk med omsorg!" filled in with your data,
charts, who you know, give and take, the top brokers and bridges, the
diagrams of ties render, a glossary of every measure shown with its source,
and a note on how the report was made. People are named by name; --client
puts the client's name in the title (default: the ego's name). --format md
writes the same sections in Markdown. --lang sv writes the whole report in
Swedish (words, figures and dates; names and data values stay as they
are). --anonymize shows every person but the client under a stable
pseudonym; network names are kept (docs/report.md).`),
		Example: example(`
  # The report for your own networks
  $ ties report --people people.csv --memberships memberships.csv --networks networks.csv --ties ties.csv --ego me \
      --goals goals.csv --client "Karin Lindqvist" --out report.html

  # Without names, in Markdown
  $ ties report --people people.csv --memberships memberships.csv --anonymize --format md --out report.md

  # In Swedish
  $ ties report --people people.csv --memberships memberships.csv --ego me --lang sv --out rapport.html`),
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE:                  runWith(opts, runF, runReport),
	}
	addInputFlags(cmd, &opts.Inputs)
	f := cmd.Flags()
	f.StringVar(&opts.Goals, "goals", "", "goals `FILE`: your professional needs (goal,attribute,value,target)")
	f.StringVar(&opts.Format, "format", "html", "output `FORMAT`: html or md")
	f.StringVar(&opts.Lang, "lang", "en", "the report's `LANG`: en (English) or sv (Swedish)")
	addOutFlag(cmd, &opts.Out)
	f.BoolVar(&opts.Anonymize, "anonymize", false, "replace every person's name with a stable pseudonym")
	f.StringVar(&opts.Client, "client", "", "the client's `NAME` for the report's title (default: the ego's name, when the data gives one)")
	f.StringVar(&opts.Before, "before", "", "an earlier export `FILE` of the same kind as --people: adds \"What changed\" (ties compare)")
	f.StringVar(&opts.ColorBy, "color-by", "", "colour people in the diagrams by this `ATTRIBUTE`, or \"community\"")
	f.Var(dateFlag{&opts.date}, "date", "the `DATE` printed on the report, YYYY-MM-DD (default: today)")
	addAnalysisFlags(cmd, &opts.analysisFlags)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"html", "md"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(words.Languages, cobra.ShellCompDirectiveNoFileComp))
	addQuietFlag(cmd, &opts.IO)
	return cmd
}

// sharedOf is the attributes asked for (nil: every one) that both
// networks have.
func sharedOf(a, b *graph.Network, asked []string) []string {
	out := []string{}
	for _, name := range sharedAttributes(a, b) {
		if asked == nil || slices.Contains(asked, name) {
			out = append(out, name)
		}
	}
	return out
}

// dateFlag is a flag holding a calendar date, YYYY-MM-DD.
type dateFlag struct{ t *time.Time }

func (d dateFlag) String() string {
	if d.t == nil || d.t.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

func (d dateFlag) Set(s string) error {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("%q is not a date YYYY-MM-DD", s)
	}
	*d.t = t
	return nil
}

func (d dateFlag) Type() string { return "date" }

// reportViews are the diagrams a Markdown report writes beside itself (the
// brings pictures are named by their network's place in the report).
var reportViews = []render.View{render.ViewEgo, render.ViewGroupMap, render.ViewNetwork}

func runReport(opts *reportOptions) error {
	if err := oneOf("format", opts.Format, "html", "md"); err != nil {
		return err
	}
	if opts.Lang == "" {
		opts.Lang = "en"
	}
	if err := oneOf("lang", opts.Lang, words.Languages...); err != nil {
		return err
	}
	// The report and, for Markdown, the diagrams written beside it.
	outputs := []string{opts.Out}
	base := strings.TrimSuffix(opts.Out, filepath.Ext(opts.Out))
	toFile := opts.Out != "" && opts.Out != "-"
	if opts.Format == "md" && toFile {
		for _, v := range reportViews {
			outputs = append(outputs, diagramFile(base, v))
		}
	}
	extra := []namedPath{{"goals", opts.Goals}, {"before", opts.Before}}
	if opts.Before != "" && opts.Inputs.People == "" {
		return usageErrorf("--before compares with the people file: name the newer export with --people")
	}
	bar := newProgress(opts.IO)
	defer bar.close()
	rep, res, err := loadAndAnalyze(&opts.Inputs, &opts.analysisFlags, opts.fs, loadSteps{
		outputs:   outputs,
		extra:     extra,
		bar:       bar,
		check:     func(nw *graph.Network) error { return checkColorBy(nw, opts.ColorBy) },
		anonymize: opts.Anonymize,
	})
	if err != nil {
		return err
	}
	bar.noteImport(rep)
	if res.Network.Ego < 0 {
		bar.warnf("no ego: the report describes the networks for everyone in the data and judges none for a person; name yourself or your client with --ego ID")
	}
	d, err := opts.reportData(rep, res, bar)
	if err != nil {
		return err
	}
	// Every file is written through a temporary file and all are renamed
	// together at the end: a failed or interrupted report leaves the older
	// report and diagrams as they were.
	var set outputSet
	defer set.abort()
	// HTML embeds the pictures; Markdown links to them, written as SVG
	// files beside the report (only when the report goes to a file).
	if opts.Format == "html" || toFile {
		bar.begin("drawing the pictures")
		d.Diagrams = report.Pictures(context.Background(), res, d.Evaluation, report.PictureOptions{
			ColorBy: opts.ColorBy, Ego: opts.Inputs.Ego, Anonymize: opts.Anonymize, AnonymizeKey: d.AnonymizeKey, Lang: opts.Lang,
			Warn: func(what string, err error) {
				bar.warnf("%s left out of the report: %v", what, err)
			},
		})
	}
	bar.beginOutput("writing the report", opts.IO, opts.Out)
	if opts.Format == "md" && toFile {
		if err := opts.writeDiagrams(&set, d.Diagrams, base, extra); err != nil {
			return err
		}
	}
	write := func(w io.Writer) error {
		if opts.Format == "md" {
			return report.Markdown(w, d)
		}
		return report.HTML(w, d)
	}
	if !toFile {
		return writeStreamed(opts.IO.Out, "", write)
	}
	o, err := set.create(opts.Out)
	if err != nil {
		return err
	}
	if err := write(o); err != nil {
		return err
	}
	if err := set.commit(); err != nil {
		return err
	}
	bar.end()
	bar.notef("wrote the report to %s", opts.Out)
	return nil
}

// reportData gathers what the report shows: the analysis and the import's
// report, the date, with --before what changed, with --goals the goals,
// and with memberships the evaluation of every network.
func (opts *reportOptions) reportData(rep *importers.Report, res *analysis.Result, bar *progress) (report.Data, error) {
	nw := res.Network
	d := report.Data{Title: opts.title, Client: opts.Client, Date: opts.date, Analysis: res,
		Anonymize: opts.Anonymize, AnonymizeKey: anonymizeKeyOf(opts.Anonymize, nw),
		Import: rep, PeopleFile: opts.Inputs.People, Lang: opts.Lang}
	if d.Date.IsZero() {
		now := time.Now
		if opts.now != nil {
			now = opts.now
		}
		d.Date = now()
	}
	if opts.Before != "" {
		lopt := opts.Inputs.importOptions(opts.fs)
		before, err := loadBefore(lopt, rep, opts.Before, "", nil)
		if err != nil {
			return report.Data{}, err
		}
		d.Change = change.Compare(before, nw, change.Options{Attributes: sharedOf(before, nw, opts.Attributes)})
	}
	if opts.Goals != "" {
		g, grep, err := importers.ReadGoals(opts.Goals, goalsOptions(opts.fs, nw))
		if err != nil {
			return report.Data{}, err
		}
		rep.Files = append(rep.Files, grep)
		bar.noteFile(grep)
		d.Goals = g
	}
	if nw.Memberships() > 0 {
		var eopt evaluate.Options
		eopt.Attributes = opts.Attributes
		eopt.Goals = d.Goals
		bar.begin("evaluating the networks")
		ev, err := evaluate.Evaluate(res, eopt)
		if err != nil {
			return report.Data{}, usageErrorf("%v", err)
		}
		d.Evaluation = ev
	}
	return d, nil
}

// diagramFile is the file of the Markdown report's diagram of view v,
// beside the report base.md: base-<view>.svg.
func diagramFile(base string, v render.View) string { return base + "-" + string(v) + ".svg" }

// writeDiagrams writes the Markdown report's diagrams as SVG files beside
// it (base-<view>.svg, base-brings-<k>.svg), into set, and names each
// diagram's file for the report's links.
func (opts *reportOptions) writeDiagrams(set *outputSet, diagrams []report.Diagram, base string, extra []namedPath) error {
	brings := 0
	for k := range diagrams {
		dg := &diagrams[k]
		file := diagramFile(base, dg.View)
		if dg.Network != "" {
			brings++
			file = fmt.Sprintf("%s-brings-%d.svg", base, brings)
			if opts.fs == nil {
				if err := notAnInput(file, append(opts.Inputs.paths(), extra...)); err != nil {
					return err
				}
			}
		}
		o, err := set.create(file)
		if err != nil {
			return err
		}
		if _, err := o.Write(dg.SVG); err != nil {
			return err
		}
		dg.File = filepath.Base(file)
	}
	return nil
}
