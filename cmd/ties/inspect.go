package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/words"
	"github.com/tiesnet/ties/importers"
)

// inspectSchemaVersion is the version of the JSON that "ties inspect
// --format json" prints (docs/inspect-json.md). Raise it when a field
// changes meaning or goes away; adding a field does not raise it.
// Version 2: networks above the group size cap (analysis.
// DefaultMaxGroupSize) imply no tied pairs, as in analyze; version 1
// counted every pair of every network.
const inspectSchemaVersion = 2

type inspectOptions struct {
	IO     ioStreams
	Inputs inputOptions
	Format string // table or json
	Out    string // file to write to; empty: IO.Out

	// fs and title are set by "ties demo": the files are read from fs, and
	// the table starts with title.
	fs    fs.FS
	title string
}

func newCmdInspect(ios ioStreams, runF func(*inspectOptions) error) *cobra.Command {
	opts := &inspectOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "inspect [input flags] [--format table|json] [--out FILE] [-q]",
		Short: "Show how your files are read: every row imported or reported",
		Long: strings.TrimSpace(`
Inspect reads the input files and accounts for every row: for each file the
format and encoding detected, the rows read, imported and skipped (with the
line, column and reason), then what the data holds: people, ties, groups and
memberships, the categories of each attribute, the people in no tie, and the
shape of the structure.

Run it first on your own files, to see that they are read as you expect. A
LinkedIn export alone is a star (you and your contacts, no ties among them):
inspect says so, and how to add ties among contacts.

The people file's format is detected from its content: a people CSV with an
id column, LinkedIn Connections.csv, a Google or Outlook contacts CSV, or a
vCard file. Encoding (UTF-8, UTF-16, Windows-1252) and delimiter (comma,
semicolon, tab) are detected too.`),
		Example: example(`
  # Your LinkedIn connections (Connections.csv from LinkedIn's data export)
  $ ties inspect --people Connections.csv

  # The same, counting colleagues at the same organisation as sharing a group
  $ ties inspect --people Connections.csv --org-as-group

  # A people file, who belongs to which network, and who gave advice to whom
  $ ties inspect --people people.csv --memberships memberships.csv \
      --networks networks.csv --ties ties.csv --ego me

  # An Outlook export forced to be read as such, as JSON, to a file
  $ ties inspect --people contacts.csv --people-format outlook --format json --out inspect.json`),
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE:                  runWith(opts, runF, runInspect),
	}
	addInputFlags(cmd, &opts.Inputs)
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output `FORMAT`: table (for people) or json (for programs, docs/inspect-json.md)")
	addOutFlag(cmd, &opts.Out)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json"}, cobra.ShellCompDirectiveNoFileComp))
	addQuietFlag(cmd, &opts.IO)
	return cmd
}

func runInspect(opts *inspectOptions) error {
	if opts.Format != "table" && opts.Format != "json" {
		return usageErrorf("--format %q: must be table or json", opts.Format)
	}
	if err := opts.Inputs.validate(); err != nil {
		return err
	}
	bar := newProgress(opts.IO)
	defer bar.close()
	nw, rep, err := loadInputs(&opts.Inputs, opts.fs, []string{opts.Out}, nil, bar)
	if err != nil {
		return err
	}
	bar.begin("summarising the structure")
	in := newInspection(nw, rep, opts.Inputs.projection())
	return writeOutput(bar, "writing the output", opts.IO, opts.Out, func(w io.Writer) error {
		if opts.Format == "json" {
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(in)
		}
		writeInspectTable(w, in, nw, &opts.Inputs, opts.title)
		return nil
	})
}

// idNamer names people by their ids.
type idNamer struct{ nw *graph.Network }

func (n idNamer) Label(i int) string { return n.nw.People[i].ID }
func (n idNamer) ID(i int) string    { return n.nw.People[i].ID }

// inspection is what "ties inspect" reports; as JSON it is the contract of
// docs/inspect-json.md.
type inspection struct {
	SchemaVersion int                     `json:"schema_version"`
	Files         []*importers.FileReport `json:"files"`
	Totals        inspectTotals           `json:"totals"`
	Attributes    map[string]attrSummary  `json:"attributes"`
	Isolates      []string                `json:"isolates"`
	Structure     structureSummary        `json:"structure"`
	Ego           *string                 `json:"ego"`
	// Derived are the attributes ties derived (function and seniority
	// from job titles) and how many people they could be derived for.
	Derived []importers.DerivedAttribute `json:"derived"`
	// OrganizationsMerged are spellings counted as one organisation.
	OrganizationsMerged []importers.OrgMerge `json:"organizations_merged"`

	attrOrder []string // attribute names in the model's order, for the table
}

type inspectTotals struct {
	People      int `json:"people"`
	Ties        int `json:"ties"`
	Groups      int `json:"groups"`
	Memberships int `json:"memberships"`
	// DirectedTies have a direction (source gave to target); MutualTies say
	// nothing about direction (a LinkedIn connection, --undirected).
	DirectedTies int `json:"directed_ties"`
	MutualTies   int `json:"mutual_ties"`
}

type attrSummary struct {
	N       int            `json:"n"`       // people with a value
	Missing int            `json:"missing"` // people without one
	Counts  map[string]int `json:"counts"`  // people per value
	// DerivedFrom names the attribute ties derived this one from; empty
	// for the input's own columns.
	DerivedFrom string `json:"derived_from,omitempty"`
}

type structureSummary struct {
	Shape         graph.Shape `json:"shape"`
	Center        *string     `json:"center"`
	Pairs         int         `json:"pairs"`
	AmongContacts int         `json:"among_contacts"`
	OrgAsGroup    bool        `json:"org_as_group"`
	// MaxGroupSize is the cap above which a network implies no tied pairs
	// (analyze's default --max-group-size); AboveCap the networks above
	// it, the largest first, with their members and the pairs they would
	// imply.
	MaxGroupSize int           `json:"max_group_size"`
	AboveCap     []aboveCapOut `json:"above_cap"`
	Message      string        `json:"message"`
}

// aboveCapOut is a network above the group size cap.
type aboveCapOut struct {
	Network string `json:"network"`
	Members int    `json:"members"`
	// ImpliedPairs is members·(members−1)/2: the pairs the network would
	// imply, which are not counted.
	ImpliedPairs int64 `json:"implied_pairs"`
}

func newInspection(nw *graph.Network, rep *importers.Report, proj graph.ProjectionOptions) *inspection {
	in := &inspection{
		SchemaVersion:       inspectSchemaVersion,
		Files:               rep.Files,
		Attributes:          map[string]attrSummary{},
		Isolates:            []string{},
		Derived:             rep.Derived,
		OrganizationsMerged: rep.Organizations,
	}
	if in.Derived == nil {
		in.Derived = []importers.DerivedAttribute{}
	}
	if in.OrganizationsMerged == nil {
		in.OrganizationsMerged = []importers.OrgMerge{}
	}
	if in.Files == nil {
		in.Files = []*importers.FileReport{}
	}
	in.Totals = inspectTotals{
		People:      rep.Totals.People,
		Ties:        rep.Totals.Ties,
		Groups:      rep.Totals.Groups,
		Memberships: rep.Totals.Memberships,
	}
	for _, t := range nw.Ties {
		if t.Mutual {
			in.Totals.MutualTies++
		} else {
			in.Totals.DirectedTies++
		}
	}
	for a, name := range nw.Attributes {
		s := attrSummary{Counts: map[string]int{}}
		for i := range nw.People {
			if v := nw.Attr(i, a); v != "" {
				s.N++
				s.Counts[v]++
			} else {
				s.Missing++
			}
		}
		s.DerivedFrom, _ = nw.DerivedFrom(name)
		in.Attributes[name] = s
		in.attrOrder = append(in.attrOrder, name)
	}
	// The memberships are described from group sizes: a network above the
	// cap (a mailing list, not a focus where members meet) implies no
	// pairs, as in analyze, so the pairs streamed by Structure are those of
	// the ties and of the networks within the cap, and a network of 16 000
	// members costs its size, not its 128 million pairs.
	proj.MaxGroupSize = analysis.DefaultMaxGroupSize
	aboveCap := []aboveCapOut{}
	for _, a := range nw.Affiliations(proj) {
		if m := len(a.Members); m > proj.MaxGroupSize {
			aboveCap = append(aboveCap, aboveCapOut{Network: a.Name, Members: m, ImpliedPairs: int64(m) * int64(m-1) / 2})
		}
	}
	sort.SliceStable(aboveCap, func(a, b int) bool { return aboveCap[a].Members > aboveCap[b].Members })
	for _, i := range nw.Isolates(proj) {
		in.Isolates = append(in.Isolates, nw.People[i].ID)
	}
	st := nw.Structure(proj)
	in.Structure = structureSummary{
		Shape:         st.Shape,
		Pairs:         st.Pairs,
		AmongContacts: st.AmongOthers,
		OrgAsGroup:    proj.OrganizationAttribute != "",
		MaxGroupSize:  proj.MaxGroupSize,
		AboveCap:      aboveCap,
		Message:       words.New(idNamer{nw}).Section(analysis.StructureFindings(st, nw.Ego)),
	}
	if st.Center >= 0 {
		in.Structure.Center = &nw.People[st.Center].ID
	}
	if nw.Ego >= 0 {
		in.Ego = &nw.People[nw.Ego].ID
	}
	return in
}

// category is one value of an attribute with its count.
type category struct {
	Value string
	N     int
}

// sortedCounts orders categories by count, largest first, then by value.
func sortedCounts(counts map[string]int) []category {
	out := make([]category, 0, len(counts))
	for v, n := range counts {
		out = append(out, category{v, n})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].N != out[b].N {
			return out[a].N > out[b].N
		}
		return out[a].Value < out[b].Value
	})
	return out
}

// delimiterName says a delimiter in words.
func delimiterName(d string) string {
	switch d {
	case ",":
		return "comma"
	case ";":
		return "semicolon"
	case "\t":
		return "tab"
	case "":
		return "-"
	}
	return fmt.Sprintf("%q", d)
}
