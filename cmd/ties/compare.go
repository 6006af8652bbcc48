package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/change"
	"github.com/tiesnet/ties/graph/outputs/cells"
	"github.com/tiesnet/ties/graph/outputs/words"
	"github.com/tiesnet/ties/importers"
)

type compareOptions struct {
	IO     ioStreams
	Inputs inputOptions
	// Before is the older export, read as --people is; BeforeTies its
	// ties among contacts, when known.
	Before     string
	BeforeTies string
	Attributes []string
	Format     string // table, json, csv
	Out        string

	fs fs.FS
}

func newCmdCompare(ios ioStreams, runF func(*compareOptions) error) *cobra.Command {
	opts := &compareOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "compare --before FILE --people FILE [input flags] [--before-ties FILE] [--attribute NAME]… [--format table|json|csv] [--out FILE] [-q]",
		Short: "How your network changed since the last export",
		Long: strings.TrimSpace(`
Compare reads two exports of the same kind taken at different times (a people
file, LinkedIn's Connections.csv or archive, a Google or Outlook CSV, a vCard
file): --before the older, --people the newer. Contacts are matched by the ids
the importer gives (a LinkedIn profile, an e-mail address, a people file's id);
those left unmatched are matched again by full name and the day you connected,
so that a changed profile address is not read as one contact dropped and one
added. It says how many contacts you added, dropped and kept, how many kept
contacts changed company or position, how the diversity of your contacts
changed per attribute (IQV before → after), your effective size and
constraint before and after when ties among your contacts are known, the tie
churn, and how many of the added contacts each network holds (--memberships,
read with the newer export). docs/time.md defines every figure.`),
		Example: example(`
  # Your LinkedIn connections now and a year ago
  $ ties compare --before Connections-2025.csv --people Connections-2026.csv

  # With the networks people belong to, as JSON
  $ ties compare --before people-2025.csv --people people-2026.csv --ego me \
      --memberships memberships.csv --format json`),
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE:                  runWith(opts, runF, runCompare),
	}
	addInputFlags(cmd, &opts.Inputs)
	f := cmd.Flags()
	f.StringVar(&opts.Before, "before", "", "the older export `FILE`, of the same kind as --people")
	f.StringVar(&opts.BeforeTies, "before-ties", "", "ties `FILE` of the older export (who knows whom then), for brokerage before")
	f.StringArrayVarP(&opts.Attributes, "attribute", "a", nil, "compare only this `ATTRIBUTE` (repeatable; default: every attribute of both)")
	f.StringVar(&opts.Format, "format", "table", "output `FORMAT`: table, json or csv")
	addOutFlag(cmd, &opts.Out)
	_ = cmd.MarkFlagFilename("before", "csv", "tsv", "txt", "vcf", "zip")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json", "csv"}, cobra.ShellCompDirectiveNoFileComp))
	addQuietFlag(cmd, &opts.IO)
	return cmd
}

func runCompare(opts *compareOptions) error {
	if err := oneOf("format", opts.Format, "table", "json", "csv"); err != nil {
		return err
	}
	if opts.Before == "" {
		return usageErrorf("--before: name the older export to compare with")
	}
	if opts.Inputs.People == "" {
		return usageErrorf("--people: name the newer export to compare with --before")
	}
	if err := opts.Inputs.validate(); err != nil {
		return err
	}
	if opts.fs == nil {
		inputs := append(opts.Inputs.paths(), namedPath{"before", opts.Before}, namedPath{"before-ties", opts.BeforeTies})
		if err := notAnInput(opts.Out, inputs); err != nil {
			return err
		}
	}
	bar := newProgress(opts.IO)
	defer bar.close()
	before, after, err := loadExports(&opts.Inputs, opts.Before, opts.BeforeTies, opts.fs, bar)
	if err != nil {
		return err
	}
	for _, a := range opts.Attributes {
		_, inB := before.AttributeIndex(a)
		_, inA := after.AttributeIndex(a)
		if !inB || !inA {
			return usageErrorf("--attribute %q: not an attribute of both exports; they share %s", a, strings.Join(sharedAttributes(before, after), ", "))
		}
	}
	r := change.Compare(before, after, change.Options{Attributes: opts.Attributes})
	p := words.New(words.NewByName(after))
	return writeOutput(bar, "writing the output", opts.IO, opts.Out, func(w io.Writer) error {
		switch opts.Format {
		case "json":
			return writeCompareJSON(w, r, p)
		case "csv":
			return writeCompareCSV(w, r)
		default:
			writeCompareTable(w, r, p)
			return nil
		}
	})
}

// loadExports reads the newer export with every input flag, and the
// older (before) with the same reading flags but only its own people and
// ties: memberships and networks describe the present.
func loadExports(in *inputOptions, before, beforeTies string, fsys fs.FS, bar *progress) (old, now *graph.Network, err error) {
	lopt := in.importOptions(fsys)
	now, rep, err := load(lopt, bar)
	if err != nil {
		return nil, nil, err
	}
	old, err = loadBefore(lopt, rep, before, beforeTies, bar)
	return old, now, err
}

// loadBefore reads the older export with the reading options of the newer
// (lopt, whose report is rep), but only its own people and ties, and
// checks that both are of one kind.
func loadBefore(lopt importers.Options, rep *importers.Report, before, beforeTies string, bar *progress) (*graph.Network, error) {
	lopt.People, lopt.Ties, lopt.Memberships, lopt.Networks, lopt.Graph = before, beforeTies, "", "", ""
	old, brep, err := load(lopt, bar)
	if err != nil {
		return nil, err
	}
	if b, a := peopleFormat(brep), peopleFormat(rep); b != a {
		return nil, usageErrorf("--before is a %s file and --people a %s file: compare two exports of the same kind, whose ids match", b, a)
	}
	return old, nil
}

// peopleFormat is the format the people file was read as.
func peopleFormat(rep *importers.Report) string {
	for _, f := range rep.Files {
		if f.Role == "people" {
			return f.Format
		}
	}
	return ""
}

func sharedAttributes(a, b *graph.Network) []string {
	var out []string
	for _, name := range b.Attributes {
		if _, ok := a.AttributeIndex(name); ok {
			out = append(out, name)
		}
	}
	return out
}

// writeCompareTable writes the change for people: the findings as plain
// sentences first, then the figures.
func writeCompareTable(w io.Writer, r *change.Result, p *words.Printer) {
	for _, f := range r.Findings {
		paragraph(w, p.Sentence(f))
	}
	fmt.Fprintln(w)
	t := newTable(w)
	fmt.Fprintln(t, "  CONTACTS\tBEFORE\tAFTER\tADDED\tDROPPED\tKEPT\tREMATCHED\tCHURN")
	fmt.Fprintf(t, "  yours\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", len(r.Kept)+len(r.Dropped), len(r.Kept)+len(r.Added),
		len(r.Added), len(r.Dropped), len(r.Kept), len(r.Rematched), cells.Fixed(r.Churn, 2))
	t.Flush()
	if len(r.Attributes) > 0 {
		fmt.Fprintln(w)
		t = newTable(w)
		fmt.Fprintln(t, "  ATTRIBUTE\tCHANGED\tIQV BEFORE\tIQV AFTER")
		for _, a := range r.Attributes {
			fmt.Fprintf(t, "  %s\t%d\t%s\t%s\n", cell(a.Name), len(a.Changed), cells.Fixed(a.IQV[0], 2), cells.Fixed(a.IQV[1], 2))
		}
		t.Flush()
	}
	fmt.Fprintln(w)
	t = newTable(w)
	fmt.Fprintln(t, "  YOU\tBEFORE\tAFTER")
	fmt.Fprintf(t, "  effective size\t%s\t%s\n", cells.Fixed(r.EffectiveSize[0], 2), cells.Fixed(r.EffectiveSize[1], 2))
	fmt.Fprintf(t, "  constraint\t%s\t%s\n", cells.Fixed(r.Constraint[0], 2), cells.Fixed(r.Constraint[1], 2))
	t.Flush()
	if len(r.Networks) > 0 {
		fmt.Fprintln(w)
		t = newTable(w)
		fmt.Fprintln(t, "  NETWORK\tADDED CONTACTS AMONG ITS MEMBERS")
		for _, n := range r.Networks {
			fmt.Fprintf(t, "  %s\t%d\n", cell(n.Name), len(n.Added))
		}
		t.Flush()
	}
	fmt.Fprintln(w)
	paragraph(w, "CHANGED: kept contacts whose value differs between the exports. IQV: how evenly your contacts spread over the "+
		"values (0 all alike, 1 as even as can be), over the values of both exports. CHURN: (added + dropped) / (kept + "+
		"added + dropped). REMATCHED: kept contacts matched by name and the day you connected, their id having changed. "+
		"Effective size and constraint (Burt) need ties among your contacts: – when an export has none.")
}

// compareDocument is the JSON of ties compare (docs/time.md).
type compareDocument struct {
	SchemaVersion int                   `json:"schema_version"`
	Contacts      compareContacts       `json:"contacts"`
	Changed       map[string]int        `json:"changed"`
	Diversity     map[string]compareIQV `json:"diversity"`
	EffectiveSize beforeAfter           `json:"effective_size"`
	Constraint    beforeAfter           `json:"constraint"`
	TieChurn      cells.Num             `json:"tie_churn"`
	Networks      []compareNetwork      `json:"networks"`
	People        map[string][]string   `json:"people"`
	Findings      []string              `json:"findings"`
}

type compareContacts struct {
	Before    int `json:"before"`
	After     int `json:"after"`
	Added     int `json:"added"`
	Dropped   int `json:"dropped"`
	Kept      int `json:"kept"`
	Rematched int `json:"rematched"`
}

type compareIQV struct {
	Before cells.Num `json:"before"`
	After  cells.Num `json:"after"`
	K      int       `json:"k"`
}

type beforeAfter struct {
	Before cells.Num `json:"before"`
	After  cells.Num `json:"after"`
}

type compareNetwork struct {
	Network     string   `json:"network"`
	Added       int      `json:"added"`
	AddedPeople []string `json:"added_people"`
}

func writeCompareJSON(w io.Writer, r *change.Result, p *words.Printer) error {
	after, before := words.NewByName(r.After), words.NewByName(r.Before)
	label := sortedLabels
	pairs := func(ps []change.Pair) []string {
		out := make([]string, len(ps))
		for k, x := range ps {
			out[k] = after.Label(x.After)
		}
		slices.Sort(out)
		return out
	}
	d := compareDocument{SchemaVersion: change.SchemaVersion,
		Contacts: compareContacts{Before: len(r.Kept) + len(r.Dropped), After: len(r.Kept) + len(r.Added),
			Added: len(r.Added), Dropped: len(r.Dropped), Kept: len(r.Kept), Rematched: len(r.Rematched)},
		Changed: map[string]int{}, Diversity: map[string]compareIQV{},
		EffectiveSize: beforeAfter{cells.Num(r.EffectiveSize[0]), cells.Num(r.EffectiveSize[1])},
		Constraint:    beforeAfter{cells.Num(r.Constraint[0]), cells.Num(r.Constraint[1])},
		TieChurn:      cells.Num(r.Churn), Networks: []compareNetwork{}, Findings: []string{},
		People: map[string][]string{"added": label(after, r.Added), "dropped": label(before, r.Dropped), "rematched": pairs(r.Rematched)},
	}
	for _, a := range r.Attributes {
		d.Changed[a.Name] = len(a.Changed)
		d.Diversity[a.Name] = compareIQV{cells.Num(a.IQV[0]), cells.Num(a.IQV[1]), a.K}
	}
	for _, n := range r.Networks {
		d.Networks = append(d.Networks, compareNetwork{Network: n.Name, Added: len(n.Added), AddedPeople: label(after, n.Added)})
	}
	for _, f := range r.Findings {
		d.Findings = append(d.Findings, p.Sentence(f))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}

// writeCompareCSV writes one figure per row: measure, key (an attribute
// or a network; empty for the whole), before, after, value.
func writeCompareCSV(w io.Writer, r *change.Result) error {
	cw := csv.NewWriter(w)
	f := cells.Float
	i := strconv.Itoa
	rows := [][]string{{"measure", "key", "before", "after", "value"},
		{"contacts", "", i(len(r.Kept) + len(r.Dropped)), i(len(r.Kept) + len(r.Added)), ""},
		{"contacts.added", "", "", "", i(len(r.Added))},
		{"contacts.dropped", "", "", "", i(len(r.Dropped))},
		{"contacts.kept", "", "", "", i(len(r.Kept))},
		{"contacts.rematched", "", "", "", i(len(r.Rematched))},
		{"tie_churn", "", "", "", f(r.Churn)},
		{"effective_size", "", f(r.EffectiveSize[0]), f(r.EffectiveSize[1]), ""},
		{"constraint", "", f(r.Constraint[0]), f(r.Constraint[1]), ""},
	}
	for _, a := range r.Attributes {
		rows = append(rows, []string{"changed", cells.Safe(a.Name), "", "", i(len(a.Changed))},
			[]string{"diversity", cells.Safe(a.Name), f(a.IQV[0]), f(a.IQV[1]), ""})
	}
	for _, n := range r.Networks {
		rows = append(rows, []string{"network.added", cells.Safe(n.Name), "", "", i(len(n.Added))})
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

// sortedLabels names the people ps as n does, sorted (the order of the
// files must not show).
func sortedLabels(n words.Namer, ps []int) []string {
	out := make([]string, len(ps))
	for k, i := range ps {
		out[k] = n.Label(i)
	}
	slices.Sort(out)
	return out
}
