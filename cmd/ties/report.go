package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/render"
	"github.com/tiesnet/ties/graph/render/engine"
	"github.com/tiesnet/ties/graph/report"
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

	fs    fs.FS
	title string
	date  time.Time        // zero: today, by now
	now   func() time.Time // the clock; nil: time.Now
}

func newCmdReport(ios ioStreams, runF func(*reportOptions) error) *cobra.Command {
	opts := &reportOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "report [input flags] [--goals FILE] [--format html|md] [--out FILE] [--anonymize]",
		Short: "Write the report for a client: which networks bring new perspectives",
		Long: strings.TrimSpace(`
Report writes one self-contained HTML page (no external requests: it works
offline and from e-mail, and prints to a clean PDF from a browser) answering
"does this network bring new perspectives?": a summary, what to do next, the
checklist of "Välj dina nätverk med omsorg!" filled in with your data, each
network judged (ties evaluate), charts, the top brokers and bridges, and the
diagrams of ties render. --format md writes the same sections in Markdown.
--anonymize replaces every person's name with a stable pseudonym; network
names are kept (docs/report.md).`),
		Example: example(`
  # The report for your own networks
  $ ties report --people people.csv --memberships memberships.csv --networks networks.csv --ties ties.csv --ego me \
      --goals goals.csv --out report.html

  # Without names, in Markdown
  $ ties report --people people.csv --memberships memberships.csv --anonymize --format md --out report.md`),
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return runReport(opts)
		},
	}
	addInputFlags(cmd, &opts.Inputs)
	f := cmd.Flags()
	f.StringVar(&opts.Goals, "goals", "", "goals `FILE`: your professional needs (goal,attribute,value,target)")
	f.StringVar(&opts.Format, "format", "html", "output `FORMAT`: html or md")
	f.StringVarP(&opts.Out, "out", "o", "", "write to `FILE` instead of standard output")
	f.BoolVar(&opts.Anonymize, "anonymize", false, "replace every person's name with a stable pseudonym")
	f.StringVar(&opts.ColorBy, "color-by", "", "colour people in the diagrams by this `ATTRIBUTE`, or \"community\"")
	f.Var(dateFlag{&opts.date}, "date", "the `DATE` printed on the report, YYYY-MM-DD (default: today)")
	addAnalysisFlags(cmd, &opts.analysisFlags)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"html", "md"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
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

var reportDiagrams = []struct {
	view           render.View
	title, caption string
	needsGroups    bool
}{
	{render.ViewEgo, "You and your contacts", "You in the centre, your contacts grouped by the networks you share with them: clusters that repeat each other and gaps between them at a glance.", false},
	{render.ViewGroupMap, "Your networks and how they overlap", "One circle per network, sized by its members, linked by the members they share.", true},
	{render.ViewNetwork, "The whole network", "Everybody, coloured by an attribute, sized by how much they lie between others; bridges stand out.", false},
}

func runReport(opts *reportOptions) error {
	if err := oneOf("format", opts.Format, "html", "md"); err != nil {
		return err
	}
	// The report and, for Markdown, the diagrams written beside it.
	outputs := []string{opts.Out}
	diagramFile := func(v render.View) string {
		return strings.TrimSuffix(opts.Out, filepath.Ext(opts.Out)) + "-" + string(v) + ".svg"
	}
	if opts.Format == "md" && opts.Out != "" && opts.Out != "-" {
		for _, v := range reportDiagrams {
			outputs = append(outputs, diagramFile(v.view))
		}
	}
	rep, res, err := loadAndAnalyze(&opts.Inputs, &opts.analysisFlags, opts.fs, loadSteps{
		outputs: outputs,
		extra:   []namedPath{{"goals", opts.Goals}},
		check:   func(nw *graph.Network) error { return checkColorBy(nw, opts.ColorBy) },
	})
	if err != nil {
		return err
	}
	nw := res.Network
	d := report.Data{Title: opts.title, Date: opts.date, Analysis: res, Anonymize: opts.Anonymize, Import: rep,
		PeopleFile: opts.Inputs.People}
	if d.Date.IsZero() {
		now := time.Now
		if opts.now != nil {
			now = opts.now
		}
		d.Date = now()
	}
	if d.Title == "" {
		d.Title = "Your professional networks: do they bring new perspectives?"
	}
	if opts.Goals != "" {
		g, _, err := importers.ReadGoals(opts.Goals, importers.Options{FS: opts.fs})
		if err != nil {
			return err
		}
		d.Goals = g
	}
	if nw.Memberships() > 0 {
		var eopt evaluate.Options
		eopt.Attributes = opts.Attributes
		eopt.Goals = d.Goals
		ev, err := evaluate.Evaluate(res, eopt)
		if err != nil {
			return usageErrorf("%v", err)
		}
		d.Evaluation = ev
	}
	// Every file is written through a temporary file and all are renamed
	// together at the end: a failed or interrupted report leaves the older
	// report and diagrams as they were.
	var set outputSet
	defer set.abort()
	toFile := opts.Out != "" && opts.Out != "-"
	// HTML embeds the diagrams; Markdown links to them, written as SVG files
	// beside the report (only when the report goes to a file).
	if opts.Format == "html" || toFile {
		for _, v := range reportDiagrams {
			if v.needsGroups && nw.Memberships() == 0 {
				continue
			}
			if v.view == render.ViewEgo && nw.Ego < 0 {
				continue
			}
			var buf bytes.Buffer
			_, err := render.Render(context.Background(), res, render.Options{View: v.view, ColorBy: opts.ColorBy, Ego: opts.Inputs.Ego, Anonymize: opts.Anonymize}, engine.SVG, &buf, engine.Options{})
			if err != nil {
				fmt.Fprintf(opts.IO.ErrOut, "ties: the %s diagram is left out of the report: %v\n", v.view, err)
				continue
			}
			dg := report.Diagram{View: v.view, Title: v.title, Caption: v.caption, SVG: buf.Bytes()}
			if opts.Format == "md" {
				file := diagramFile(v.view)
				o, err := set.create(file)
				if err != nil {
					return err
				}
				if _, err := o.Write(buf.Bytes()); err != nil {
					return err
				}
				dg.File = filepath.Base(file)
			}
			d.Diagrams = append(d.Diagrams, dg)
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
	fmt.Fprintf(opts.IO.ErrOut, "ties: wrote the report to %s\n", opts.Out)
	return nil
}
