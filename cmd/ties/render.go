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
	"github.com/tiesnet/ties/graph/render"
	"github.com/tiesnet/ties/graph/render/engine"
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

	fs fs.FS // set by tests and demo
}

func newCmdRender(ios ioStreams, runF func(*renderOptions) error) *cobra.Command {
	opts := &renderOptions{IO: ios}
	views := make([]string, len(render.Views))
	for k, v := range render.Views {
		views[k] = string(v)
	}
	cmd := &cobra.Command{
		Use:   "render [input flags] [--view VIEW] [--format svg|png|dot] [--out FILE]",
		Short: "Draw the network: who bridges, which networks bring what",
		Long: strings.TrimSpace(`
Render draws a picture of the analysed network with Graphviz (built in: no
"dot" program needed), as SVG (with tooltips), PNG or DOT text:

  network      people coloured by an attribute or community, sized by
               betweenness; bridges thick, local bridges dashed; the people
               who matter most labelled
  ego          you in the centre, your contacts grouped by the networks (or
               communities) they come from: redundant clusters and structural
               holes at a glance
  groups       the networks as boxes with their members around them; people
               in several networks stand out
  groupmap     one node per network, sized by members, linked by shared
               members, coloured by the diversity it brings
  communities  one node per community (the network view of large data
               collapses into it by itself)

Every picture has a legend. Names are escaped; --anonymize replaces them with
stable pseudonyms. The first run of a process that draws compiles Graphviz's
WebAssembly (about a second, cached afterwards; docs/render.md).`),
		Example: example(`
  # Your network, coloured by profession, as SVG
  $ ties render --people people.csv --ties ties.csv --memberships memberships.csv --color-by profession --out network.svg

  # You and your contacts, grouped by the networks you share with them
  $ ties render --people people.csv --ties ties.csv --memberships memberships.csv --ego me --view ego --out ego.png

  # The networks you belong to and what they bring, for a client report, without names
  $ ties render --people people.csv --memberships memberships.csv --view groupmap --anonymize --out networks.svg`),
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return runRender(opts)
		},
	}
	addInputFlags(cmd, &opts.Inputs)
	f := cmd.Flags()
	f.StringVar(&opts.View, "view", "network", "`VIEW`: "+strings.Join(views, ", "))
	f.StringVar(&opts.Format, "format", "", "`FORMAT`: svg, png or dot (default: from the extension of --out, else svg)")
	f.StringVarP(&opts.Out, "out", "o", "", "write to `FILE` instead of standard output")
	f.StringVar(&opts.ColorBy, "color-by", "", "colour people by this `ATTRIBUTE`, or \"community\" (default: the first attribute with 2 to 7 values)")
	f.StringVar(&opts.SizeBy, "size-by", "betweenness", "size people by `METRIC`: "+strings.Join(render.SizeBys, ", "))
	f.IntVar(&opts.Labels, "labels", render.DefaultLabels, "label the `N` top brokers (and the ego); 0: none")
	f.BoolVar(&opts.Anonymize, "anonymize", false, "replace names with stable pseudonyms")
	f.StringVar(&opts.Layout, "layout", "", "Graphviz `LAYOUT`: "+strings.Join(render.Layouts, ", ")+" (default: chosen by view and size)")
	f.IntVar(&opts.CollapseAbove, "collapse-above", render.DefaultCollapseAbove, "draw communities instead of people above `N` people")
	f.IntVar(&opts.MaxPixels, "max-pixels", 4000, "PNG: the longest side in `PIXELS`")
	addAnalysisFlags(cmd, &opts.analysisFlags)
	_ = cmd.RegisterFlagCompletionFunc("view", cobra.FixedCompletions(views, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"svg", "png", "dot"}, cobra.ShellCompDirectiveNoFileComp))
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
		return "", usageErrorf("--format %q: must be svg, png or dot", name)
	}
	return f, nil
}

// validate checks the drawing flags; data-independent, so before any file
// is read.
func (o *renderOptions) validate() error {
	views := make([]string, len(render.Views))
	for k, v := range render.Views {
		views[k] = string(v)
	}
	if err := oneOf("view", o.View, views...); err != nil {
		return err
	}
	if err := oneOf("size-by", o.SizeBy, render.SizeBys...); err != nil {
		return err
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
	return nil
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
	_, res, err := loadAndAnalyze(&opts.Inputs, &opts.analysisFlags, opts.fs, loadSteps{
		outputs: []string{opts.Out},
		check: func(nw *graph.Network) error {
			switch render.View(opts.View) {
			case render.ViewEgo:
				if nw.Ego < 0 {
					return usageErrorf("--view ego needs an ego: name one with --ego ID")
				}
			case render.ViewGroups, render.ViewGroupMap:
				if len(nw.Groups) == 0 {
					return usageErrorf("--view %s needs memberships: give --memberships FILE", opts.View)
				}
			}
			return checkColorBy(nw, opts.ColorBy)
		}})
	if err != nil {
		return err
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
		Layout:        opts.Layout,
		CollapseAbove: opts.CollapseAbove,
	}
	var pic *render.Picture
	err = writeStreamed(opts.IO.Out, opts.Out, func(w io.Writer) error {
		var err error
		eopt := engine.Options{MaxPixels: opts.MaxPixels, MissingGlyphs: func(missing []rune) {
			fmt.Fprintf(opts.IO.ErrOut, "ties: warning: %s\n", engine.MissingGlyphsMessage(missing))
		}}
		pic, err = render.Render(context.Background(), res, ropt, format, w, eopt)
		if errors.Is(err, render.ErrNoMemberships) {
			return usageErrorf("--view %s needs memberships: give --memberships FILE", opts.View)
		}
		return err
	})
	if err != nil {
		if _, cacheErr := engine.CompileCacheDir(); cacheErr != nil {
			fmt.Fprintf(opts.IO.ErrOut, "ties: note: %v\n", cacheErr)
		}
		return err
	}
	if pic.Collapsed > 0 {
		fmt.Fprintf(opts.IO.ErrOut, "ties: %d people are more than --collapse-above %d: each community is drawn as one node\n",
			pic.Collapsed, opts.CollapseAbove)
	}
	if opts.Out != "" {
		fmt.Fprintf(opts.IO.ErrOut, "ties: drew the %s view (%d nodes, layout %s) to %s\n", pic.View, pic.Shown, pic.Layout, opts.Out)
	}
	return nil
}
