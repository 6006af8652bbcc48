package main

import (
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
	Undirected   bool
	Strict       bool
	Ego          string
	EgoName      string
	NoEgo        bool
	OrgAsGroup   bool
}

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
	f.StringVar(&o.People, "people", "", "people or contacts `FILE`: a people CSV (id,name,attributes…), LinkedIn Connections.csv, Google or Outlook contacts CSV, or vCard (.vcf); alias --contacts")
	f.StringVar(&o.PeopleFormat, "people-format", "", "read the people file as `FORMAT`: "+strings.Join(importers.PeopleFormats, ", ")+" (default: detected from the content)")
	f.StringVar(&o.Memberships, "memberships", "", "memberships `FILE`: who belongs to which network (person_id,network[,role])")
	f.StringVar(&o.Networks, "networks", "", "networks `FILE`: what you know of each network (network,purpose,organiser,scope,…)")
	f.StringVar(&o.Ties, "ties", "", "ties `FILE`: who gave to or contacted whom (source,target[,weight][,type])")
	f.BoolVar(&o.Undirected, "undirected", false, "read each row of the ties file as one tie without direction")
	f.BoolVar(&o.Strict, "strict", false, "stop with an error when a tie or membership names a person not in the people file (default: add that person and report it)")
	f.StringVar(&o.Ego, "ego", "", "`ID` of the ego: a person in the people file, or the id to give the exporter of a contact export (\"me\" if not given)")
	f.StringVar(&o.EgoName, "ego-name", "", "display `NAME` of the exporter of a contact export")
	f.BoolVar(&o.NoEgo, "no-ego", false, "read a contact export as a plain list of people, without an ego tied to each (e.g. a member list)")
	f.BoolVar(&o.OrgAsGroup, "org-as-group", false, "count people who share an organization as sharing a group when looking at structure")
	f.VisitAll(func(fl *pflag.Flag) {
		_ = f.SetAnnotation(fl.Name, flagGroupAnnotation, []string{inputGroup})
	})
	_ = cmd.RegisterFlagCompletionFunc("people-format", cobra.FixedCompletions(importers.PeopleFormats, cobra.ShellCompDirectiveNoFileComp))
	for _, name := range []string{"people", "memberships", "networks", "ties"} {
		_ = cmd.MarkFlagFilename(name, "csv", "tsv", "txt", "vcf")
	}
}

// validate checks the flags against each other. Its errors are usage errors.
func (o *inputOptions) validate() error {
	if o.People == "" && o.Memberships == "" && o.Networks == "" && o.Ties == "" {
		return usageErrorf("no input: name at least one file with --people, --memberships, --networks or --ties")
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
	return []namedPath{{"people", o.People}, {"memberships", o.Memberships}, {"networks", o.Networks}, {"ties", o.Ties}}
}

// importOptions returns what importers.Load needs.
func (o *inputOptions) importOptions() importers.Options {
	return importers.Options{
		People:       o.People,
		PeopleFormat: o.PeopleFormat,
		Memberships:  o.Memberships,
		Networks:     o.Networks,
		Ties:         o.Ties,
		Undirected:   o.Undirected,
		Strict:       o.Strict,
		Ego:          o.Ego,
		EgoName:      o.EgoName,
		NoEgo:        o.NoEgo,
	}
}

// projection returns how shared groups are seen when looking at structure.
func (o *inputOptions) projection() graph.ProjectionOptions {
	var p graph.ProjectionOptions
	if o.OrgAsGroup {
		p.OrganizationAttribute = importers.AttrOrganization
	}
	return p
}
