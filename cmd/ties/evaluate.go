package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/evaluate"
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
		Use:   "evaluate [input flags] [--goals FILE] [--without NET] [--with NET] [--format table|json|csv]",
		Short: "Judge each network: what it brings for the time and fees it costs",
		Long: strings.TrimSpace(`
Evaluate judges every network (group) in the memberships from the ego's point
of view: how many new people it brings (not contacts already, not met in your
other networks), how much it overlaps your other networks, how much diversity
it adds, whether it bridges otherwise separate parts of your network, whether
knowledge flows both ways, and what it costs in hours and fees (networks.csv).
With a goals file it also scores each network against your needs. Each network
gets a verdict (keep and invest, keep, reconsider, leave; for networks you are
not in: consider joining, not worth joining) with the reasons and the figures
behind it.

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
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return runEvaluate(opts)
		},
	}
	addInputFlags(cmd, &opts.Inputs)
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "table", "output `FORMAT`: table, json or csv")
	f.StringVarP(&opts.Out, "out", "o", "", "write to `FILE` instead of standard output")
	f.StringVar(&opts.Goals, "goals", "", "goals `FILE`: your professional needs (goal,attribute,value,target)")
	f.StringArrayVar(&opts.Without, "without", nil, "what if you left this `NETWORK` (repeatable)")
	f.StringArrayVar(&opts.With, "with", nil, "what if you joined this `NETWORK` (repeatable)")
	addAnalysisFlags(cmd, &opts.analysisFlags)
	return cmd
}

func runEvaluate(opts *evaluateOptions) error {
	if err := oneOf("format", opts.Format, "table", "json", "csv"); err != nil {
		return err
	}
	rep, res, err := loadAndAnalyze(&opts.Inputs, &opts.analysisFlags, opts.fs, loadSteps{
		outputs: []string{opts.Out},
		extra:   []namedPath{{"goals", opts.Goals}},
		check: func(nw *graph.Network) error {
			if nw.Memberships() == 0 {
				return usageErrorf("no networks to evaluate: give the memberships (--memberships person_id,network)")
			}
			return checkNetworkNames(nw, opts.Without, opts.With)
		}})
	if err != nil {
		return err
	}
	var eopt evaluate.Options
	eopt.Without, eopt.With, eopt.Attributes = opts.Without, opts.With, opts.Attributes
	if opts.Goals != "" {
		g, grep, err := importers.ReadGoals(opts.Goals, importers.Options{FS: opts.fs})
		if err != nil {
			return err
		}
		rep.Files = append(rep.Files, grep)
		eopt.Goals = g
	}
	ev, err := evaluate.Evaluate(res, eopt)
	if err != nil {
		return usageErrorf("%v", err)
	}
	return writeStreamed(opts.IO.Out, opts.Out, func(w io.Writer) error {
		switch opts.Format {
		case "json":
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(evaluationJSON(ev))
		case "csv":
			return writeEvaluateCSV(w, ev)
		default:
			writeEvaluateTable(w, ev, opts.title)
			return nil
		}
	})
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
	return nil
}

// evaluationJSON is the JSON of an evaluation (docs/evaluate.md), with
// undefined figures (NaN) as null: encoding/json cannot write NaN.
func evaluationJSON(ev *evaluate.Result) any {
	return map[string]any{
		"schema_version": 1,
		"ego":            jsonValue(reflect.ValueOf(ev.Ego)),
		"networks":       jsonValue(reflect.ValueOf(ev.Networks)),
		"what_if":        jsonValue(reflect.ValueOf(ev.WhatIf)),
	}
}

// jsonValue turns v into values encoding/json writes as it would write v,
// but with NaN and infinities as null: structs become maps by their json
// tags ("-" skipped, omitempty honoured for nil and empty values).
func jsonValue(v reflect.Value) any {
	switch v.Kind() {
	case reflect.Invalid:
		return nil
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return jsonValue(v.Elem())
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil
		}
		return f
	case reflect.Struct:
		m := map[string]any{}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			if !sf.IsExported() {
				continue
			}
			name, opts, _ := strings.Cut(sf.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = sf.Name
			}
			fv := v.Field(i)
			if strings.Contains(opts, "omitempty") && fv.IsZero() {
				continue
			}
			m[name] = jsonValue(fv)
		}
		return m
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return []any{}
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = jsonValue(v.Index(i))
		}
		return out
	case reflect.Map:
		m := map[string]any{}
		iter := v.MapRange()
		for iter.Next() {
			m[fmt.Sprint(iter.Key().Interface())] = jsonValue(iter.Value())
		}
		return m
	default:
		return v.Interface()
	}
}

func writeEvaluateTable(w io.Writer, ev *evaluate.Result, title string) {
	if title != "" {
		fmt.Fprintln(w, wrap(title, textWidth, ""))
		fmt.Fprintln(w)
	}
	t := newTable(w)
	fmt.Fprintln(t, "  NETWORK\tMEMBER\tMEMBERS\tNEW\tOVERLAP\tBRIDGES\tHOURS\tFEE\tVERDICT")
	for _, n := range ev.Networks {
		member := "no"
		if n.EgoMember {
			member = "yes"
		}
		fmt.Fprintf(t, "  %s\t%s\t%d\t%d\t%s\t%d\t%s\t%s\t%s\n", cell(n.Name), member, n.Members, n.NewToEgo,
			num(n.Redundancy, 2), n.CommunitiesConnected, num(n.HoursPerMonth, 1), num(n.FeePerYear, 0), n.Verdict)
	}
	t.Flush()
	paragraph(w, "NEW: members you do not know yet and do not meet in your other networks. OVERLAP: the largest share of "+
		"members shared with another of your networks (Jaccard). BRIDGES: parts of your network it connects.")
	for _, n := range ev.Networks {
		fmt.Fprintln(w)
		fmt.Fprintf(w, "%s: %s\n", oneLine(n.Name), strings.ToUpper(n.Verdict))
		for _, r := range n.Reasons {
			fmt.Fprintln(w, wrapHanging(r, textWidth, "  - ", "    "))
		}
		for _, r := range n.GoalReasons {
			fmt.Fprintln(w, wrapHanging(r, textWidth, "  - goal: ", "    "))
		}
	}
	if wi := ev.WhatIf; wi != nil {
		section(w, "What if")
		fmt.Fprintf(w, "  without %s, with %s: contacts %d → %d, constraint %s → %s\n",
			strings.Join(wi.Without, ", "), strings.Join(wi.With, ", "), wi.Contacts[0], wi.Contacts[1],
			num(wi.Constraint[0], 2), num(wi.Constraint[1], 2))
		for attr, d := range wi.Diversity {
			fmt.Fprintf(w, "  %s diversity (IQV) %s → %s\n", cell(attr), num(d[0], 2), num(d[1], 2))
		}
	}
}

func writeEvaluateCSV(w io.Writer, ev *evaluate.Result) error {
	cw := csv.NewWriter(w)
	head := []string{"network", "ego_member", "members", "new_to_ego", "redundancy", "redundant_with", "communities_connected",
		"constraint_change", "reciprocity_within", "ego_balance", "hours_per_month", "fee_per_year", "new_per_hour",
		"new_per_1000_fee", "diversity_gain_per_hour", "diversity_gain_per_1000_fee", "bridging_per_hour", "bridging_per_1000_fee", "goal_fit", "score", "verdict", "reasons"}
	if err := cw.Write(head); err != nil {
		return err
	}
	f := func(x float64) string {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return ""
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	for _, n := range ev.Networks {
		row := []string{safeCell(n.Name), strconv.FormatBool(n.EgoMember), strconv.Itoa(n.Members), strconv.Itoa(n.NewToEgo),
			f(n.Redundancy), safeCell(n.RedundantWith), strconv.Itoa(n.CommunitiesConnected), f(n.ConstraintChange),
			f(n.ReciprocityWithin), f(n.EgoBalance), f(n.HoursPerMonth), f(n.FeePerYear), f(n.NewPerHour), f(n.NewPerFee),
			f(n.DiversityPerHour), f(n.DiversityPerFee), f(n.BridgingPerHour), f(n.BridgingPerFee), f(n.GoalFit), f(n.Score), n.Verdict, safeCell(strings.Join(n.Reasons, " | "))}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
