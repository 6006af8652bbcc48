package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/outputs/render"
	"github.com/tiesnet/ties/graph/outputs/render/engine"
	"github.com/tiesnet/ties/graph/outputs/words"
)

type renderOptions struct {
	IO     ioStreams
	Inputs inputOptions
	analysisFlags
	View          string
	Format        string // svg, png, dot; empty: from --out's extension, else svg
	Out           string
	ColorBy       string
	SizeBy        string
	Labels        int
	Anonymize     bool
	Layout        string
	CollapseAbove int
	MaxPixels     int
	Network       string // --view brings: the network
	Goals         string // goals file, for the evaluation the brings view and the group map draw
	Small         bool   // --view brings: a thumbnail
	Lang          string // the language of the picture's words: en or sv

	fs fs.FS // set by tests and demo
}

func newCmdRender(ios ioStreams, runF func(*renderOptions) error) *cobra.Command {
	opts := &renderOptions{IO: ios}
	views := strs(render.Views)
	cmd := &cobra.Command{
		Use:   "render [input flags] [analysis flags] [--view VIEW] [--network NETWORK] [--goals FILE] [--small] [--format svg|png|dot] [--color-by ATTRIBUTE] [--size-by METRIC] [--labels N] [--layout LAYOUT] [--collapse-above N] [--max-pixels PIXELS] [--anonymize] [--lang en|sv] [--out FILE] [-q]",
		Short: "Draw the network: who bridges, which networks bring what",
		Long: strings.TrimSpace(`
Render draws a picture of the analysed network with Graphviz (built in: no
"dot" program needed), as SVG (with tooltips), PNG or DOT text:

  network      people coloured by what they do (or community), sized by
               betweenness; bridges thick, local bridges dashed; you and your
               community marked; the people who matter most labelled
  ego          you in the centre, your contacts grouped by the networks (or
               communities) they come from: redundant clusters and structural
               holes at a glance
  groups       the networks as boxes with their members around them; people
               in several networks stand out
  groupmap     one node per network, sized by members, linked by the members
               two networks share (you not counted), coloured by what each
               brings you (the people you reach only through it)
  communities  one node per community
  brings       what one network (--network NAME) brings you, as ties
               evaluate judges it: you in the centre, its members in rings
               (kept without it, held only here, new to you), the people
               reached only through it outside, coloured by whether they
               hold a value you meet nowhere else; the figures in the caption

Every view draws at most --collapse-above people (default 150) one by one;
above that the rest are grouped into nodes with counts (communities,
networks), so that the picture stays readable in a report.

Every picture has a legend, in English or, with --lang sv, in Swedish (names,
attributes, values and networks are written as the data has them). Names are
escaped; --anonymize replaces them with stable pseudonyms. The first run of a
process that draws compiles Graphviz's WebAssembly (about a second, cached
afterwards; docs/render.md).`),
		Example: example(`
  # Your network, coloured by profession, as SVG
  $ ties render --people people.csv --ties ties.csv --memberships memberships.csv --color-by profession --out network.svg

  # You and your contacts, grouped by the networks you share with them
  $ ties render --people people.csv --ties ties.csv --memberships memberships.csv --ego me --view ego --out ego.png

  # The networks you belong to and what they bring, for a client report, without names
  $ ties render --people people.csv --memberships memberships.csv --ego me --view groupmap --anonymize --out networks.svg

  # What one network brings you
  $ ties render --people people.csv --ties ties.csv --memberships memberships.csv --ego me --view brings --network "Product Circle Slack" --out slack.svg

  # The same picture in Swedish
  $ ties render --people people.csv --ties ties.csv --memberships memberships.csv --ego me --view brings --network "Product Circle Slack" --lang sv --out slack-sv.svg`),
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE:                  runWith(opts, runF, runRender),
	}
	addInputFlags(cmd, &opts.Inputs)
	f := cmd.Flags()
	f.StringVar(&opts.View, "view", "network", "`VIEW`: "+strings.Join(views, ", "))
	f.StringVar(&opts.Format, "format", "", "`FORMAT`: svg, png or dot (default: from the extension of --out, else svg)")
	addOutFlag(cmd, &opts.Out)
	f.StringVar(&opts.ColorBy, "color-by", "", "colour people by this `ATTRIBUTE`, or \"community\" (default: what people do, e.g. profession or function, else community)")
	f.StringVar(&opts.SizeBy, "size-by", "betweenness", "size people by `METRIC`: "+strings.Join(render.SizeBys, ", "))
	f.IntVar(&opts.Labels, "labels", render.DefaultLabels, "label the `N` top brokers (and the ego); 0: none")
	f.BoolVar(&opts.Anonymize, "anonymize", false, "replace names with stable pseudonyms")
	f.StringVar(&opts.Layout, "layout", "", "Graphviz `LAYOUT`: "+strings.Join(render.Layouts, ", ")+" (default: ties lays the picture out and places the names itself)")
	f.IntVar(&opts.CollapseAbove, "collapse-above", render.DefaultCollapseAbove, "draw at most `N` people one by one; group the rest with counts")
	f.IntVar(&opts.MaxPixels, "max-pixels", 4000, "PNG: the longest side in `PIXELS`")
	f.StringVar(&opts.Network, "network", "", "--view brings: the `NETWORK` to show")
	f.StringVar(&opts.Goals, "goals", "", "goals `FILE` for the evaluation the brings view and the group map draw (as ties evaluate --goals)")
	f.BoolVar(&opts.Small, "small", false, "--view brings: a thumbnail (about 300 px wide, no legend, the verdict line only)")
	f.StringVar(&opts.Lang, "lang", "en", "`LANG` of the picture's words: "+strings.Join(words.Languages, " or "))
	addAnalysisFlags(cmd, &opts.analysisFlags)
	_ = cmd.RegisterFlagCompletionFunc("view", cobra.FixedCompletions(views, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"svg", "png", "dot"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(words.Languages, cobra.ShellCompDirectiveNoFileComp))
	addQuietFlag(cmd, &opts.IO)
	return cmd
}

func (o *renderOptions) format() (engine.Format, error) {
	name := o.Format
	if name == "" {
		name = strings.TrimPrefix(strings.ToLower(filepath.Ext(o.Out)), ".")
		if name == "" || name == "gv" {
			name = map[bool]string{true: "svg", false: "dot"}[name == ""]
		}
	}
	f, err := engine.ParseFormat(name)
	if err != nil {
		if o.Format == "" {
			// The format came from --out's extension, not from --format.
			return "", usageErrorf("--out %q: a picture is written as svg, png or dot, and the name's extension (.%s) says none of them: end the name in .svg, .png or .dot, or give --format", o.Out, name)
		}
		return "", usageErrorf("--format %q: must be svg, png or dot", name)
	}
	return f, nil
}

// validate checks the drawing flags; data-independent, so before any file
// is read.
func (o *renderOptions) validate() error {
	views := strs(render.Views)
	if err := oneOf("view", o.View, views...); err != nil {
		return err
	}
	if err := oneOf("size-by", o.SizeBy, render.SizeBys...); err != nil {
		return err
	}
	if o.Lang != "" { // "" (a caller that set no language) is English
		if err := oneOf("lang", o.Lang, words.Languages...); err != nil {
			return err
		}
	}
	if o.Layout != "" {
		if err := oneOf("layout", o.Layout, render.Layouts...); err != nil {
			return err
		}
	}
	if o.Labels < 0 {
		return usageErrorf("--labels %d: must be 0 or more", o.Labels)
	}
	if o.CollapseAbove < 1 {
		return usageErrorf("--collapse-above %d: must be a number of people, 1 or more", o.CollapseAbove)
	}
	if o.MaxPixels < minPixels || o.MaxPixels > engine.MaxMaxPixels {
		return usageErrorf("--max-pixels %d: must be from %d to %d", o.MaxPixels, minPixels, engine.MaxMaxPixels)
	}
	if v := render.View(o.View); o.Goals != "" && v != render.ViewBrings && v != render.ViewGroupMap {
		return usageErrorf("--goals is for --view brings and --view groupmap, which draw the evaluation")
	}
	if render.View(o.View) != render.ViewBrings {
		if o.Network != "" {
			return usageErrorf("--network is for --view brings")
		}
		if o.Small {
			return usageErrorf("--small is for --view brings")
		}
	}
	return nil
}

// checkBrings checks --view brings against the data: it needs an ego,
// memberships and --network naming one of the networks.
func checkBrings(nw *graph.Network, network string) error {
	if nw.Ego < 0 {
		return usageErrorf("--view brings shows what a network brings the ego: name one with --ego ID")
	}
	if len(nw.Groups) == 0 {
		return usageErrorf("--view brings needs memberships: give --memberships FILE")
	}
	if _, ok := nw.GroupIndex(network); ok {
		return nil
	}
	var names []string
	for _, g := range nw.Groups {
		name := []rune(g.Name)
		if len(name) > 60 {
			name = append(name[:59], '…')
		}
		names = append(names, fmt.Sprintf("%q", string(name)))
	}
	const most = 20
	list := strings.Join(names[:min(most, len(names))], ", ")
	if len(names) > most {
		list += fmt.Sprintf(" and %d more", len(names)-most)
	}
	if network == "" {
		return usageErrorf("--view brings needs --network NAME, one of %s", list)
	}
	return usageErrorf("--network %q: no such network; the data has %s", network, list)
}

// minPixels is the smallest PNG side accepted: below it no label can be
// read.
const minPixels = 100

// checkColorBy checks --color-by against the data's attributes.
func checkColorBy(nw *graph.Network, colorBy string) error {
	if colorBy == "" || colorBy == render.ColorCommunity {
		return nil
	}
	if _, ok := nw.AttributeIndex(colorBy); !ok {
		return usageErrorf("--color-by %q: no such attribute; use %q or one of the data's attributes: %s", colorBy, render.ColorCommunity, attributeList(nw))
	}
	return nil
}

func runRender(opts *renderOptions) error {
	format, err := opts.format()
	if err != nil {
		return err
	}
	if err := opts.validate(); err != nil {
		return err
	}
	if format == engine.PNG && toTerminal(opts.IO, opts.Out) {
		return usageErrorf("a PNG is binary and would garble the terminal: write it to a file with --out FILE, or redirect standard output (> picture.png)")
	}
	bar := newProgress(opts.IO)
	defer bar.close()
	rep, res, err := loadAndAnalyze(&opts.Inputs, &opts.analysisFlags, opts.fs, loadSteps{
		outputs:   []string{opts.Out},
		extra:     []namedPath{{"goals", opts.Goals}},
		bar:       bar,
		check:     opts.checkNetwork,
		anonymize: opts.Anonymize,
	})
	if err != nil {
		return err
	}
	bar.noteImport(rep)
	ev, err := opts.evaluation(res, bar)
	if err != nil {
		return err
	}
	printer, err := words.NewIn(opts.Lang, nil)
	if err != nil {
		return usageErrorf("--lang %q: must be %s", opts.Lang, strings.Join(words.Languages, ", "))
	}
	labels := opts.Labels
	if labels == 0 {
		labels = -1 // render: negative is none, 0 the default
	}
	ropt := render.Options{
		View:          render.View(opts.View),
		ColorBy:       opts.ColorBy,
		SizeBy:        opts.SizeBy,
		Ego:           opts.Inputs.Ego,
		Labels:        labels,
		Anonymize:     opts.Anonymize,
		AnonymizeKey:  anonymizeKeyOf(opts.Anonymize, res.Network),
		Layout:        opts.Layout,
		CollapseAbove: opts.CollapseAbove,
		Network:       opts.Network,
		Evaluation:    ev,
		Small:         opts.Small,
		Words:         printer,
	}
	var pic *render.Picture
	err = writeOutput(bar, "drawing", opts.IO, opts.Out, func(w io.Writer) error {
		var err error
		eopt := engine.Options{MaxPixels: opts.MaxPixels, MissingGlyphs: func(missing []rune) {
			bar.warnf("warning: %s", engine.MissingGlyphsMessage(missing))
		}, Relaid: func(asked, used engine.Layout, why error) {
			bar.warnf("warning: the %s layout gave no drawable picture (%v); drew it with %s instead", asked, why, used)
		}}
		pic, err = render.Render(context.Background(), res, ropt, format, w, eopt)
		if errors.Is(err, render.ErrNoMemberships) {
			return usageErrorf("--view %s needs memberships: give --memberships FILE", opts.View)
		}
		if errors.Is(err, render.ErrNoNetwork) {
			return usageErrorf("%v", err)
		}
		return err
	})
	bar.end()
	if err != nil {
		if _, cacheErr := engine.CompileCacheDir(); cacheErr != nil {
			bar.notef("note: %v", cacheErr)
		}
		return err
	}
	opts.noteDrawn(bar, pic)
	return nil
}

// checkNetwork says, once the network is read, what the view needs and
// the data lacks: an ego, memberships, the network of --view brings, the
// attribute of --color-by.
func (opts *renderOptions) checkNetwork(nw *graph.Network) error {
	switch render.View(opts.View) {
	case render.ViewEgo:
		if nw.Ego < 0 {
			return usageErrorf("--view ego needs an ego: name one with --ego ID")
		}
	case render.ViewGroups, render.ViewGroupMap:
		if len(nw.Groups) == 0 {
			return usageErrorf("--view %s needs memberships: give --memberships FILE", opts.View)
		}
	case render.ViewBrings:
		if err := checkBrings(nw, opts.Network); err != nil {
			return err
		}
	}
	return checkColorBy(nw, opts.ColorBy)
}

// evaluation is what the brings view draws and the group map colours by:
// the evaluation ties evaluate would print for the same flags, or nil for
// the views that need none.
func (opts *renderOptions) evaluation(res *analysis.Result, bar *progress) (*evaluate.Result, error) {
	view := render.View(opts.View)
	if view != render.ViewBrings && (view != render.ViewGroupMap || res.Network.Ego < 0) {
		return nil, nil
	}
	ev, _, err := evaluateWithGoals(res, evaluate.Options{Attributes: opts.Attributes}, opts.Goals, opts.fs, bar)
	return ev, err
}

// noteDrawn notes what was drawn: how many people were grouped, and with
// --out the view, its count and its layout.
func (opts *renderOptions) noteDrawn(bar *progress, pic *render.Picture) {
	if pic.Collapsed > 0 {
		bar.notef("%d people drawn one by one (--collapse-above %d), %d more grouped into nodes with counts",
			pic.Shown, opts.CollapseAbove, pic.Collapsed)
	}
	if opts.Out != "" {
		how := "laid out by ties, drawn by " + pic.Layout
		if !pic.Pinned {
			how = "layout " + pic.Layout
		}
		one, many := "person", "people"
		switch pic.View {
		case render.ViewGroupMap:
			one, many = "network", "networks"
		case render.ViewCommunities:
			one, many = "community", "communities"
		}
		bar.notef("drew the %s view (%s, %s) to %s", pic.View, plural(pic.Shown, one, many), how, opts.Out)
	}
}
