package main

import (
	"github.com/tiesnet/ties/graph/outputs/anonymize"
	"io/fs"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/measures/centrality"
	"github.com/tiesnet/ties/graph/measures/holes"
	"github.com/tiesnet/ties/importers"
)

// analysisFlags are the flags of every command that analyses the data
// (analyze, export, render): how the figures are computed.
type analysisFlags struct {
	Attributes         []string
	HolesModel         string // whole or ego
	WeightAs           string // length or strength
	BetweennessSamples int    // -1: by size
	Seed               uint64
	Resolution         float64
	GroupTies          string // auto, on, off
	Newman             bool
	MaxGroupSize       int

	BetweennessConfidence float64 // 1 − δ of sampled betweenness' intervals
}

func defaultAnalysisFlags() analysisFlags {
	return analysisFlags{MaxGroupSize: analysis.DefaultMaxGroupSize, HolesModel: "whole", WeightAs: "length", BetweennessSamples: -1, Seed: 1, Resolution: 1, GroupTies: "auto",
		BetweennessConfidence: centrality.DefaultConfidence}
}

// analysisFlagNames are the flags addAnalysisFlags adds.
var analysisFlagNames = []string{"attr", "holes-model", "weight-as", "betweenness-samples", "betweenness-confidence",
	"seed", "resolution", "group-ties", "newman", "max-group-size"}

func addAnalysisFlags(cmd *cobra.Command, o *analysisFlags) {
	f := cmd.Flags()
	f.StringSliceVar(&o.Attributes, "attr", nil, "analyse only these `ATTRIBUTES` (comma-separated; default: all)")
	f.StringVar(&o.HolesModel, "holes-model", "whole", "structural holes `MODEL`: whole (a contact's ties to anyone count, NetworkX) or ego (only ties inside each person's own network)")
	f.StringVar(&o.WeightAs, "weight-as", "length", "how tie weights enter weighted betweenness, `MODEL`: length (a heavier tie is a longer path, NetworkX) or strength (distance = 1/weight)")
	f.IntVar(&o.BetweennessSamples, "betweenness-samples", -1, "betweenness from at most `K` sampled pairs of people, one shortest path each (0: exact; default: exact when cheap, else sampled until the 20 top brokers are known within ±25 %)")
	f.Float64Var(&o.BetweennessConfidence, "betweenness-confidence", centrality.DefaultConfidence, "probability `P` that the intervals of sampled betweenness hold, for everyone at once")
	f.Uint64Var(&o.Seed, "seed", 1, "`SEED` for sampled betweenness and Louvain communities (the same seed gives the same result)")
	f.Float64Var(&o.Resolution, "resolution", 1, "Louvain and modularity `RESOLUTION` (1: Newman's modularity; higher: smaller communities)")
	f.StringVar(&o.GroupTies, "group-ties", "auto", "count people who share a network as tied, `MODE`: auto (when fewer than half of the contacts are tied to another contact, or there are no ties), on, off")
	f.BoolVar(&o.Newman, "newman", false, "weight a shared network by 1/(size-1) (Newman 2001), so that large networks do not dominate")
	f.IntVar(&o.MaxGroupSize, "max-group-size", analysis.DefaultMaxGroupSize, "leave out networks with more than `N` members when projecting memberships onto pairs of people (0: no limit); they still count in every network-level figure")
	// Help lists these flags apart, as "Analysis flags" (usageFunc).
	for _, name := range analysisFlagNames {
		_ = f.SetAnnotation(name, flagGroupAnnotation, []string{analysisGroup})
	}
	for name, values := range map[string][]string{
		"holes-model": {"whole", "ego"}, "weight-as": {"length", "strength"}, "group-ties": {"auto", "on", "off"},
	} {
		_ = cmd.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
	}
}

// oneOf is a usage error unless v is one of allowed.
func oneOf(flag, v string, allowed ...string) error {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return usageErrorf("--%s %q: must be %s", flag, v, strings.Join(allowed, ", "))
}

func (o *analysisFlags) validate() error {
	for _, err := range []error{
		oneOf("holes-model", o.HolesModel, "whole", "ego"),
		oneOf("weight-as", o.WeightAs, "length", "strength"),
		oneOf("group-ties", o.GroupTies, "auto", "on", "off"),
	} {
		if err != nil {
			return err
		}
	}
	if o.BetweennessSamples < -1 {
		return usageErrorf("--betweenness-samples %d: must be 0 (exact) or a positive number of samples", o.BetweennessSamples)
	}
	if !(o.BetweennessConfidence > 0 && o.BetweennessConfidence < 1) {
		return usageErrorf("--betweenness-confidence %v: must be between 0 and 1, such as 0.95", o.BetweennessConfidence)
	}
	if o.MaxGroupSize < 0 {
		return usageErrorf("--max-group-size %d: must be 0 (no limit) or more", o.MaxGroupSize)
	}
	if !(o.Resolution > 0) {
		return usageErrorf("--resolution %v: must be a positive number", o.Resolution)
	}
	return nil
}

// checkAttributes checks --attr against the attributes the data has.
func (o *analysisFlags) checkAttributes(nw *graph.Network) error {
	for _, a := range o.Attributes {
		if _, ok := nw.AttributeIndex(a); !ok {
			return usageErrorf("--attr %q: no such attribute; the data has %s", a, attributeList(nw))
		}
	}
	return nil
}

// attributeList names the attributes of the data for an error message.
func attributeList(nw *graph.Network) string {
	if len(nw.Attributes) == 0 {
		return "none"
	}
	return strings.Join(nw.Attributes, ", ")
}

func (o *analysisFlags) analysisOptions(in *inputOptions) analysis.Options {
	a := analysis.DefaultOptions()
	a.Attributes = o.Attributes
	if o.HolesModel == "ego" {
		a.HolesModel = holes.EgoNetwork
	}
	a.WeightAs = analysis.WeightAs(o.WeightAs)
	// The flag's -1 is "by size" (the library's 0), its 0 "exact".
	switch o.BetweennessSamples {
	case -1:
		a.BetweennessSamples = 0
	case 0:
		a.BetweennessSamples = analysis.ExactBetweenness
	default:
		a.BetweennessSamples = o.BetweennessSamples
	}
	a.BetweennessConfidence = o.BetweennessConfidence
	a.Seed = o.Seed
	a.Resolution = o.Resolution
	a.GroupTies = analysis.GroupTies(o.GroupTies)
	a.Projection = in.projection()
	switch in.OrgAsGroup {
	case "false":
		a.OrgAsGroup = analysis.OrgAsGroupOff
	case "true":
		a.OrgAsGroup = analysis.OrgAsGroupOn
	}
	a.Projection.Newman = o.Newman
	a.Projection.MaxGroupSize = o.MaxGroupSize
	if o.MaxGroupSize == 0 {
		a.Projection.MaxGroupSize = analysis.NoGroupSizeCap
	}
	return a
}

// loadSteps are what a command adds to loadAndAnalyze.
type loadSteps struct {
	// outputs are the files the command will write: each is refused when it
	// is one of the input files (extra names inputs beyond the input flags,
	// e.g. --goals).
	outputs []string
	extra   []namedPath
	// check validates the flags that name things in the data (an attribute,
	// a network), once the files are read and before the analysis runs. Its
	// errors should be usage errors.
	check func(*graph.Network) error
	// progress, when set, reports the analysis' stages.
	progress func(*graph.Network) func(string, int, int)
	// bar, when set, draws reading the input and each stage of the
	// analysis on a terminal.
	bar *progress
	// anonymize hides people's names and ids in the free text of the
	// data (tie types, networks' purposes and organisers) before the
	// analysis, for --anonymize: the outputs replace the names themselves.
	anonymize bool
}

// load reads the input as importers.Load does, drawing the bytes read on
// bar (which may be nil).
func load(opt importers.Options, bar *progress) (*graph.Network, *importers.Report, error) {
	if bar.drawing() {
		bar.begin("reading the input")
		opt.Progress = bar.bytes
		defer bar.end()
	}
	return importers.Load(opt)
}

// loadInputs refuses outputs that would overwrite an input (named by the
// input flags or extra; not when reading from fsys, a test's) and reads
// the inputs.
func loadInputs(in *inputOptions, fsys fs.FS, outputs []string, extra []namedPath, bar *progress) (*graph.Network, *importers.Report, error) {
	if fsys == nil {
		for _, out := range outputs {
			if err := notAnInput(out, append(in.paths(), extra...)); err != nil {
				return nil, nil, err
			}
		}
	}
	return load(in.importOptions(fsys), bar)
}

// loadAndAnalyze validates the input and analysis flags, refuses outputs that
// would overwrite an input, reads the files (from fsys when set), checks the
// flags that name things in the data and analyses it: the first steps of
// every command that works on results. Flag errors come before any file is
// read, and before the analysis for flags checked against the data.
func loadAndAnalyze(in *inputOptions, af *analysisFlags, fsys fs.FS, steps loadSteps) (*importers.Report, *analysis.Result, error) {
	if err := af.validate(); err != nil {
		return nil, nil, err
	}
	if err := in.validate(); err != nil {
		return nil, nil, err
	}
	in.anonymize = steps.anonymize
	nw, rep, err := loadInputs(in, fsys, steps.outputs, steps.extra, steps.bar)
	if err != nil {
		return nil, nil, err
	}
	if err := af.checkAttributes(nw); err != nil {
		return nil, nil, err
	}
	if steps.check != nil {
		if err := steps.check(nw); err != nil {
			return nil, nil, err
		}
	}
	if steps.anonymize {
		anonymize.NewScrubber(nw).Network(nw)
	}
	aopt := af.analysisOptions(in)
	var report func(string, int, int)
	if steps.progress != nil {
		report = steps.progress(nw)
	}
	switch bar := steps.bar; {
	case bar.drawing() && report != nil:
		aopt.Progress = func(stage string, done, total int) {
			bar.stage(stage, done, total)
			report(stage, done, total)
		}
	case bar.drawing():
		aopt.Progress = bar.stage
	default:
		aopt.Progress = report
	}
	res, err := analysis.Run(nw, aopt)
	steps.bar.end()
	if err != nil {
		// The flags were checked: an error here is a bug, not a usage error.
		return nil, nil, err
	}
	return rep, res, nil
}
