package main

import (
	"encoding/csv"
	"io"
	"io/fs"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph/outputs/cells"
	"github.com/tiesnet/ties/importers"
)

// templatePlaceholders are the network columns of a memberships sheet made
// without --network: the user renames them.
var templatePlaceholders = []string{"Network 1", "Network 2", "Network 3"}

type templateOptions struct {
	IO       ioStreams
	Inputs   inputOptions
	Networks []string
	Out      string

	fs fs.FS
}

func newCmdTemplate(ios ioStreams, runF func(*templateOptions) error) *cobra.Command {
	opts := &templateOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "template memberships --people FILE [--people-format FORMAT] [--ego ID] [--ego-name NAME] [--network NETWORK]… [--out FILE] [-q]",
		Short: "Write a sheet to fill in: which of your contacts belong to which network",
		Long: strings.TrimSpace(`
Template writes a spreadsheet to fill in, the quickest way from a contact
export alone to networks that can be judged. "ties template memberships"
lists every contact of the people file (person_id, name, organization) with
one empty column per network: put a mark (x) where a contact belongs to the
network and leave the cell empty where not. Your own row is marked already.
Give the sheet back with --memberships: ties reads this wide form as well
as the long one (person_id,network).

Without --network the columns are called "Network 1" to "Network 3": rename
them, add more, or delete them.`),
		Example: example(`
  # A sheet for your LinkedIn contacts and the three networks you are in
  $ ties template memberships --people Connections.csv --network "Product Circle" \
      --network "Nordic Design Guild" --network "Tech Lunch" --out memberships.csv

  # Then, once filled in
  $ ties report --people Connections.csv --memberships memberships.csv --out report.html`),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 || args[0] != "memberships" {
				return usageErrorf("name what to write: ties template memberships --people FILE")
			}
			return nil
		},
		DisableFlagsInUseLine: true,
		RunE:                  runWith(opts, runF, runTemplate),
	}
	f := cmd.Flags()
	f.StringVar(&opts.Inputs.People, "people", "", "people or contacts `FILE` (a LinkedIn, Google, Outlook or vCard export, or a people CSV)")
	f.StringVar(&opts.Inputs.PeopleFormat, "people-format", "", "read the people file as `FORMAT` (default: detected)")
	f.Var(&egoID{&opts.Inputs.Ego}, "ego", "`ID` of the ego (default for a contact export: me)")
	f.StringVar(&opts.Inputs.EgoName, "ego-name", "", "your display `NAME`")
	f.StringArrayVar(&opts.Networks, "network", nil, "a `NETWORK`'s name: one column each (repeatable)")
	addOutFlag(cmd, &opts.Out)
	addQuietFlag(cmd, &opts.IO)
	return cmd
}

func runTemplate(opts *templateOptions) error {
	if opts.Inputs.People == "" {
		return usageErrorf("no input: name the people file with --people")
	}
	if err := opts.Inputs.validate(); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, n := range opts.Networks {
		if strings.TrimSpace(n) == "" || seen[n] {
			return usageErrorf("--network %q: give each network once, by a name that is not empty", n)
		}
		if importers.IsMembershipsColumn(n) {
			return usageErrorf("--network %q: that name is a column of the sheet or of a memberships file, and the sheet would not read back; call the network something else (e.g. %q)", n, n+" network")
		}
		seen[n] = true
	}
	bar := newProgress(opts.IO)
	defer bar.close()
	nw, _, err := loadInputs(&opts.Inputs, opts.fs, []string{opts.Out}, nil, bar)
	if err != nil {
		return err
	}
	nets := opts.Networks
	if len(nets) == 0 {
		nets = templatePlaceholders
	}
	org, hasOrg := nw.AttributeIndex(importers.AttrOrganization)
	err = writeStreamed(opts.IO.Out, opts.Out, func(w io.Writer) error {
		cw := csv.NewWriter(w)
		head := append([]string{"person_id", "name", "organization"}, nets...)
		for k := range head {
			head[k] = cells.Safe(head[k])
		}
		if err := cw.Write(head); err != nil {
			return err
		}
		// The ego first, marked in every network; then the contacts in the
		// file's order.
		order := make([]int, 0, len(nw.People))
		if nw.Ego >= 0 {
			order = append(order, nw.Ego)
		}
		for i := range nw.People {
			if i != nw.Ego {
				order = append(order, i)
			}
		}
		row := make([]string, len(head))
		for _, i := range order {
			p := nw.People[i]
			row[0], row[1], row[2] = cells.Safe(p.ID), cells.Safe(p.Name), ""
			if hasOrg {
				row[2] = cells.Safe(nw.Attr(i, org))
			}
			for k := range nets {
				row[3+k] = ""
				if i == nw.Ego {
					row[3+k] = "x"
				}
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	})
	if err != nil {
		return err
	}
	if opts.Out != "" && opts.Out != "-" {
		bar.notef("wrote a memberships sheet of %d people and %d networks to %s: mark who belongs where, then give it with --memberships",
			len(nw.People), len(nets), opts.Out)
	}
	return nil
}
