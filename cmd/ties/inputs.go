package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/importers"
)

// inputOptions are the input flags every command that reads data takes.
type inputOptions struct {
	People       string
	PeopleFormat string
	Memberships  string
	Networks     string
	Ties         string
	// Graph is a whole network in one file (GraphML or GEXF).
	Graph      string
	Undirected bool
	Strict     bool
	// StrictPeopleFile is Strict for a people file only (ties evaluate).
	StrictPeopleFile bool
	// anonymize keeps contact details out even when --include-column names
	// them (set by loadAndAnalyze for --anonymize).
	anonymize bool
	Ego       string
	EgoName   string
	NoEgo     bool
	// OrgAsGroup: "auto" (count colleagues at one organisation as likely
	// ties when the ties alone are a star), "true" or "false".
	OrgAsGroup string
	NoDerive   bool
	OrgAliases string
	// IncludeColumns are columns to analyse although ties would leave
	// them out (free text, notes, figures).
	IncludeColumns []string
}

// stdin is what an input named "-" reads; tests replace it.
var stdin io.Reader = os.Stdin

// flagAliases maps other names of input flags to their own names.
var flagAliases = map[string]string{
	"contacts": "people",
}

// addInputFlags binds the input flags of cmd to o.
func addInputFlags(cmd *cobra.Command, o *inputOptions) {
	f := cmd.Flags()
	f.SortFlags = false // help lists them in this order
	f.SetNormalizeFunc(func(_ *pflag.FlagSet, name string) pflag.NormalizedName {
		if to, ok := flagAliases[name]; ok {
			name = to
		}
		return pflag.NormalizedName(name)
	})
	f.StringVar(&o.People, "people", "", "people or contacts `FILE`: a people CSV (id,name,attributes…) or Gephi nodes table, LinkedIn Connections.csv, Google or Outlook contacts CSV, or vCard (.vcf); - reads standard input; alias --contacts")
	f.StringVar(&o.PeopleFormat, "people-format", "", "read the people file as `FORMAT`: "+strings.Join(importers.PeopleFormats, ", ")+" (default: detected from the content)")
	f.StringVar(&o.Memberships, "memberships", "", "memberships `FILE`: who belongs to which network (person_id,network[,role])")
	f.StringVar(&o.Networks, "networks", "", "networks `FILE`: what you know of each network (network,purpose,organiser,scope,…)")
	f.StringVar(&o.Ties, "ties", "", "ties `FILE`: who gave to or contacted whom (source,target[,weight][,type]), or Gephi's edges table")
	f.StringVar(&o.Graph, "graph", "", "a whole network in one `FILE`, GraphML or GEXF (ties export, NetworkX, Gephi): people, attributes, ties and groups; instead of --people")
	f.BoolVar(&o.Undirected, "undirected", false, "read each row of the ties file as one tie without direction")
	f.BoolVar(&o.Strict, "strict", false, "stop with an error when a tie or membership names a person not in the people file (default: add that person and report it)")
	f.Var(&egoID{&o.Ego}, "ego", "`ID` of the ego: a person in the people file, or the id to give the exporter of a contact export (\"me\" if not given)")
	f.StringVar(&o.EgoName, "ego-name", "", "display `NAME` of the exporter of a contact export")
	f.BoolVar(&o.NoEgo, "no-ego", false, "read a contact export as a plain list of people, without an ego tied to each (e.g. a member list)")
	o.OrgAsGroup = "auto"
	f.Var(&autoBool{&o.OrgAsGroup}, "org-as-group", "count colleagues at one organization as likely tied, in the structure measures only, `MODE`: auto (when fewer than half of the contacts are tied to another contact, as in a contact export), true or false")
	f.Lookup("org-as-group").NoOptDefVal = "true"
	f.BoolVar(&o.NoDerive, "no-derive", false, "do not derive function and seniority from job titles, or an organization from an e-mail domain")
	f.StringVar(&o.OrgAliases, "org-alias", "", "alias `FILE` (alias,organization): names to count as one organization")
	f.StringArrayVar(&o.IncludeColumns, "include-column", nil, "analyse the column `NAME` as categories although ties leaves it out as free text, notes or a figure (repeatable)")
	f.VisitAll(func(fl *pflag.Flag) {
		_ = f.SetAnnotation(fl.Name, flagGroupAnnotation, []string{inputGroup})
	})
	_ = cmd.RegisterFlagCompletionFunc("people-format", cobra.FixedCompletions(importers.PeopleFormats, cobra.ShellCompDirectiveNoFileComp))
	for _, name := range []string{"people", "memberships", "networks", "ties"} {
		_ = cmd.MarkFlagFilename(name, "csv", "tsv", "txt", "vcf", "graphml", "gexf")
	}
	_ = cmd.MarkFlagFilename("graph", "graphml", "gexf", "xml")
}

// validate checks the flags against each other. Its errors are usage errors.
func (o *inputOptions) validate() error {
	if o.People == "" && o.Memberships == "" && o.Networks == "" && o.Ties == "" && o.Graph == "" {
		return usageErrorf("no input: name at least one file with --people, --memberships, --networks, --ties or --graph")
	}
	if o.Graph != "" && o.People != "" {
		return usageErrorf("--graph and --people both name the people: give one of them (a graph file holds the people)")
	}
	var fromStdin []string
	for _, p := range o.paths() {
		if p.path == importers.Stdin {
			fromStdin = append(fromStdin, "--"+p.flag)
		}
	}
	if len(fromStdin) > 1 {
		all := "all"
		if len(fromStdin) == 2 {
			all = "both"
		}
		return usageErrorf("%s %s read standard input (-): only one input can", strings.Join(fromStdin, " and "), all)
	}
	if o.PeopleFormat != "" {
		if !slices.Contains(importers.PeopleFormats, o.PeopleFormat) {
			return usageErrorf("--people-format %q: must be one of %s", o.PeopleFormat, strings.Join(importers.PeopleFormats, ", "))
		}
		if o.People == "" {
			return usageErrorf("--people-format needs a people file (--people FILE)")
		}
	}
	if o.NoEgo && (o.Ego != "" || o.EgoName != "") {
		return usageErrorf("--no-ego cannot be combined with --ego or --ego-name")
	}
	return nil
}

// paths lists the input files with the flags that name them.
func (o *inputOptions) paths() []namedPath {
	return []namedPath{{"people", o.People}, {"memberships", o.Memberships}, {"networks", o.Networks}, {"ties", o.Ties},
		{"graph", o.Graph}, {"org-alias", o.OrgAliases}}
}

// importOptions returns what importers.Load needs to read the inputs
// from fsys (nil: the operating system's files).
func (o *inputOptions) importOptions(fsys fs.FS) importers.Options {
	return importers.Options{
		FS:           fsys,
		People:       o.People,
		PeopleFormat: o.PeopleFormat,
		Memberships:  o.Memberships,
		Networks:     o.Networks,
		Ties:         o.Ties,
		Graph:        o.Graph,
		Stdin:        stdin,
		Undirected:   o.Undirected,
		Strict:       o.Strict,
		// StrictPeopleFile: ties evaluate's default.
		StrictPeopleFile: o.StrictPeopleFile,
		Anonymize:        o.anonymize,
		Ego:              o.Ego,
		EgoName:          o.EgoName,
		NoEgo:            o.NoEgo,
		NoDerive:         o.NoDerive,
		OrgAliases:       o.OrgAliases,
		// IncludeColumns: the flag's values as given.
		IncludeColumns: o.IncludeColumns,
	}
}

// goalsOptions returns what importers.ReadGoals needs to read a goals
// file against the network nw: a contacts target above its number of
// people is reported, an attribute it does not have is an error.
func goalsOptions(fsys fs.FS, nw *graph.Network) importers.Options {
	attrs := nw.Attributes
	if attrs == nil {
		attrs = []string{}
	}
	return importers.Options{FS: fsys, NumPeople: len(nw.People), GoalAttributes: attrs, Stdin: stdin}
}

// egoID is the value of --ego: an id, never empty (an empty --ego, as a
// script with an unset variable writes it, would otherwise quietly judge
// the networks with no ego at all).
type egoID struct{ v *string }

func (e *egoID) String() string {
	if e.v == nil {
		return ""
	}
	return *e.v
}

func (e *egoID) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("the ego's id is empty: give the id of a person (or leave out --ego for no ego)")
	}
	*e.v = s
	return nil
}

func (e *egoID) Type() string { return "ID" }

// autoBool is a flag of true, false or auto; given without a value, true.
type autoBool struct{ v *string }

func (a *autoBool) String() string {
	if a.v == nil {
		return ""
	}
	return *a.v
}

func (a *autoBool) Set(s string) error {
	switch strings.ToLower(s) {
	case "auto":
		*a.v = "auto"
	case "true", "yes", "1", "on":
		*a.v = "true"
	case "false", "no", "0", "off":
		*a.v = "false"
	default:
		return fmt.Errorf("%q: must be auto, true or false", s)
	}
	return nil
}

func (a *autoBool) Type() string { return "auto|true|false" }

// projection returns how shared groups are seen when looking at structure:
// organisations count only when asked for outright (auto is the
// analysis' decision).
func (o *inputOptions) projection() graph.ProjectionOptions {
	var p graph.ProjectionOptions
	if o.OrgAsGroup == "true" {
		p.OrganizationAttribute = importers.AttrOrganization
	}
	return p
}
