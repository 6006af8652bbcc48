package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/cells"
	"github.com/tiesnet/ties/graph/outputs/evaluatejson"
	"github.com/tiesnet/ties/graph/outputs/words"
	"github.com/tiesnet/ties/importers"
)

type evaluateOptions struct {
	IO     ioStreams
	Inputs inputOptions
	analysisFlags
	Format  string // table, json, csv
	Out     string
	Goals   string // goals file
	Without []string
	With    []string

	fs    fs.FS
	title string
}

func newCmdEvaluate(ios ioStreams, runF func(*evaluateOptions) error) *cobra.Command {
	opts := &evaluateOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "evaluate [input flags] [analysis flags] [--goals FILE] [--without NETWORK]… [--with NETWORK]… [--format table|json|csv] [--out FILE] [-q]",
		Short: "Judge each network: what it brings for the time and fees it costs",
		Long: strings.TrimSpace(`
Evaluate judges every network (group) in the memberships from the ego's point
of view: how many new people it brings (not contacts already, not met in your
other networks), how much it overlaps your other networks, how much diversity
it adds, whether it bridges otherwise separate parts of your network, whether
knowledge flows both ways, and what it costs in hours and fees (networks.csv).
With a goals file it also scores each network against your needs. Each network
gets a verdict (keep and invest, keep, change how you take part, reconsider,
leave; for networks you are not in: consider joining, not worth joining) with
the reasons and the figures behind it.

A goals file has one need per row:

  goal,attribute,value,target
  diversity,country,,
  contacts,profession,designer,3
  hours,,,10
  fee,,,5000`),
		Example: example(`
  # Your networks judged, from your own point of view
  $ ties evaluate --people people.csv --memberships memberships.csv --networks networks.csv --ties ties.csv --ego me

  # Against your goals, and what leaving the lunch club would change
  $ ties evaluate --people people.csv --memberships memberships.csv --networks networks.csv --ego me \
      --goals goals.csv --without "Hisingen Chamber Lunch Club"`),
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE:                  runWith(opts, runF, runEvaluate),
	}
	addInputFlags(cmd, &opts.Inputs)
	// The contract (docs/spec/evaluate.md): with a people file, a person_id
	// or tie end not in it, or an empty network name, is an error. A
	// contact export does not list its exporter, so there unknown people
	// are still added and noted; --strict makes that an error too, and
	// --strict=false lifts the rule for people files.
	opts.Inputs.StrictPeopleFile = true
	cmd.PreRun = func(cmd *cobra.Command, _ []string) {
		if cmd.Flags().Changed("strict") {
			opts.Inputs.StrictPeopleFile = false
		}
	}
	cmd.Flags().Lookup("strict").Usage = "stop with an error when a tie or membership names a person not in the people file, or a membership has no person or network; for a people file (id,name,…) this is the default, --strict=false adds such people and reports them"
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "table", "output `FORMAT`: table, json or csv")
	addOutFlag(cmd, &opts.Out)
	f.StringVar(&opts.Goals, "goals", "", "goals `FILE`: your professional needs (goal,attribute,value,target)")
	f.StringArrayVar(&opts.Without, "without", nil, "what if you left this `NETWORK` (repeatable)")
	f.StringArrayVar(&opts.With, "with", nil, "what if you joined this `NETWORK` (repeatable)")
	addAnalysisFlags(cmd, &opts.analysisFlags)
	addQuietFlag(cmd, &opts.IO)
	return cmd
}

func runEvaluate(opts *evaluateOptions) error {
	if err := oneOf("format", opts.Format, "table", "json", "csv"); err != nil {
		return err
	}
	bar := newProgress(opts.IO)
	defer bar.close()
	rep, res, err := loadAndAnalyze(&opts.Inputs, &opts.analysisFlags, opts.fs, loadSteps{
		outputs: []string{opts.Out},
		extra:   []namedPath{{"goals", opts.Goals}},
		bar:     bar,
		check: func(nw *graph.Network) error {
			if nw.Ego < 0 && (len(opts.Without) > 0 || len(opts.With) > 0) {
				return usageErrorf("--without and --with ask what changes for the ego: name one with --ego ID")
			}
			return checkNetworkNames(nw, opts.Without, opts.With)
		}})
	if err != nil {
		return err
	}
	bar.noteImport(rep)
	var eopt evaluate.Options
	// A network named twice is left or joined once.
	eopt.Without, eopt.With, eopt.Attributes = uniqueNames(opts.Without), uniqueNames(opts.With), opts.Attributes
	ev, grep, err := evaluateWithGoals(res, eopt, opts.Goals, opts.fs, bar)
	if grep != nil {
		rep.Files = append(rep.Files, grep)
	}
	bar.noteFile(grep)
	if err != nil {
		return err
	}
	names := evaluatejson.NewNames(res.Network)
	p := words.New(names)
	return writeOutput(bar, "writing the output", opts.IO, opts.Out, func(w io.Writer) error {
		switch opts.Format {
		case "json":
			return evaluatejson.New(ev, names, p).Write(w)
		case "csv":
			return writeEvaluateCSV(w, evaluatejson.New(ev, names, p), ev.Attributes)
		default:
			writeEvaluateTable(w, ev, p, opts.title)
			return nil
		}
	})
}

// writeEvaluateTable writes the evaluation for people: a table with the
// figures behind each verdict, then each network's verdict and reasons.
func writeEvaluateTable(w io.Writer, ev *evaluate.Result, p *words.Printer, title string) {
	if title != "" {
		fmt.Fprintln(w, wrap(title, textWidth, ""))
		fmt.Fprintln(w)
	}
	for _, f := range ev.Findings {
		paragraph(w, p.Sentence(f))
	}
	if len(ev.Networks) == 0 {
		return
	}
	if ev.Population {
		writePopulationTable(w, ev, p)
		return
	}
	t := newTable(w)
	fmt.Fprintln(t, "  NETWORK\tMEMBER\tMEMBERS\tHELD\tNEW\tTHEIR CONTACTS\tKNOWN\tOVERLAP\tBALANCE\tSCORE\tVERDICT")
	for _, n := range ev.Networks {
		member := "no"
		if n.Member {
			member = "yes"
		}
		verdict := string(n.Verdict)
		if verdict == "" {
			verdict = "–"
		}
		if n.Borderline {
			verdict += " (close call)"
		}
		fmt.Fprintf(t, "  %s\t%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n", cell(n.Name), member, n.NMembers,
			len(n.HeldOnlyHere), len(n.NewToEgo), n.TheirContacts, cells.Fixed(n.AlreadyKnown, 2), cells.Fixed(n.Overlap, 2),
			cells.Signed(n.EgoBalance, 2), cells.Fixed(n.Score, 0), verdict)
	}
	t.Flush()
	paragraph(w, "HELD: your contacts tied to you only through it. NEW: members you do not know and do not meet in your other "+
		"networks. THEIR CONTACTS: people two steps away you reach only through it. KNOWN: the share of members who are your "+
		"contacts. OVERLAP: the largest share of members it shares with another of your networks (Jaccard). BALANCE: "+
		"(given − received)/(given + received). SCORE: held + new + their contacts, the people you reach only through it.")
	for _, n := range ev.Networks {
		fmt.Fprintln(w)
		verdict := strings.ToUpper(string(n.Verdict))
		if verdict == "" {
			verdict = "NO VERDICT"
		}
		fmt.Fprintf(w, "%s: %s\n", words.OneLine(n.Name), verdict)
		for _, r := range n.Reasons {
			fmt.Fprintln(w, words.Wrap(words.OneLine(p.Sentence(r)), textWidth, "  - ", "    "))
		}
	}
	if wi := ev.WhatIf; wi != nil {
		section(w, "What if")
		var change []string
		if len(wi.Without) > 0 {
			change = append(change, "without "+cell(strings.Join(wi.Without, ", ")))
		}
		if len(wi.With) > 0 {
			change = append(change, "with "+cell(strings.Join(wi.With, ", ")))
		}
		fmt.Fprintf(w, "  %s: people you reach %d → %d, contacts %d → %d, constraint %s → %s\n",
			strings.Join(change, ", "), wi.World[0], wi.World[1],
			wi.Contacts[0], wi.Contacts[1], cells.Fixed(wi.Constraint[0], 2), cells.Fixed(wi.Constraint[1], 2))
		for k, attr := range ev.Attributes {
			fmt.Fprintf(w, "  %s diversity (IQV) %s → %s\n", cell(attr), cells.Fixed(wi.IQV[k][0], 2), cells.Fixed(wi.IQV[k][1], 2))
		}
	}
}

// writePopulationTable writes population mode: each network against the
// rest of the organisation.
func writePopulationTable(w io.Writer, ev *evaluate.Result, p *words.Printer) {
	paragraph(w, "Each network against the rest of the organisation (no ego: no verdicts).")
	t := newTable(w)
	fmt.Fprintln(t, "  NETWORK\tMEMBERS\tE-I\tWITHOUT TIES\tBRIDGING\tOVERLAP")
	for _, n := range ev.Networks {
		fmt.Fprintf(t, "  %s\t%d\t%s\t%d\t%d\t%s\n", cell(n.Name), n.NMembers, cells.Signed(n.EI.Index, 2),
			n.MembersWithoutTies, n.BridgingMembers, cells.Fixed(n.Overlap, 2))
	}
	t.Flush()
	for _, n := range ev.Networks {
		fmt.Fprintln(w)
		fmt.Fprintf(w, "%s\n", words.OneLine(n.Name))
		for _, r := range n.Reasons {
			fmt.Fprintln(w, words.Wrap(words.OneLine(p.Sentence(r)), textWidth, "  - ", "    "))
		}
	}
}

// uniqueNames returns names without repeats, in their first order.
func uniqueNames(names []string) []string {
	var out []string
	for _, n := range names {
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// checkNetworkNames checks --without and --with against the networks of the
// data.
func checkNetworkNames(nw *graph.Network, without, with []string) error {
	for _, f := range []struct {
		flag  string
		names []string
	}{{"without", without}, {"with", with}} {
		for _, name := range f.names {
			if _, ok := nw.GroupIndex(name); !ok {
				var all []string
				for _, g := range nw.Groups {
					all = append(all, g.Name)
				}
				return usageErrorf("--%s %q: no such network; the data has %s", f.flag, name, strings.Join(all, ", "))
			}
		}
	}
	// A what-if changes the ego's networks: leaving one they are not in,
	// joining one they are in, or both at once would change nothing, and
	// say so rather than answer a question nobody asked.
	egoIn := func(name string) bool {
		g, _ := nw.GroupIndex(name)
		return nw.Ego >= 0 && slices.Contains(nw.Groups[g].Members, nw.Ego)
	}
	for _, name := range without {
		if slices.Contains(with, name) {
			return usageErrorf("--without %q and --with %q: leave it or join it, not both", name, name)
		}
		if !egoIn(name) {
			return usageErrorf("--without %q: you are not in it; --without leaves a network you are in (--with joins one)", name)
		}
	}
	for _, name := range with {
		if egoIn(name) {
			return usageErrorf("--with %q: you are in it already; --with joins a network you are not in (--without leaves one)", name)
		}
	}
	return nil
}

// evaluateWithGoals evaluates the networks of res with eopt and, when
// goals names a file, the goals read from it against res's network (its
// report returned for the import's); a goal that names no network is an
// error of the goals file.
func evaluateWithGoals(res *analysis.Result, eopt evaluate.Options, goals string, fsys fs.FS, bar *progress) (*evaluate.Result, *importers.FileReport, error) {
	var grep *importers.FileReport
	if goals != "" {
		g, r, err := importers.ReadGoals(goals, goalsOptions(fsys, res.Network))
		if err != nil {
			return nil, nil, err
		}
		grep, eopt.Goals = r, g
	}
	bar.begin("evaluating the networks")
	ev, err := evaluate.Evaluate(res, eopt)
	if err != nil {
		var ne *evaluate.NameError
		if errors.As(err, &ne) && ne.Goal {
			return nil, grep, fmt.Errorf("%s: %w", goals, err)
		}
		return nil, grep, err
	}
	return ev, grep, nil
}
