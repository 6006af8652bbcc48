package importers

import (
	"fmt"
	"math"
	"strings"

	"github.com/tiesnet/ties/graph"
)

var goalAliases = newAliases(map[string][]string{
	"goal":      {"need", "kind", "type"},
	"attribute": {"attr", "column"},
	"value":     {"category"},
	"target":    {"amount", "n", "limit", "at_least", "at_most"},
})

func isGoalsHeader(cells []string) bool { return goalAliases.has(cells, "goal") }

type goalRow struct {
	RowMeta
	Goal      string `csv:"goal"`
	Attribute string `csv:"attribute"`
	Value     string `csv:"value"`
	Target    string `csv:"target"`
}

// ReadGoals reads a goals file: one professional need per row,
//
//	goal,attribute,value,target
//	diversity,country,,            more diversity in country
//	contacts,profession,designer,3 at least 3 contacts who are designers
//	hours,,,10                     at most 10 hours a month on networks
//	fee,,,5000                     at most 5000 a year in fees
//
// Rows that cannot be read are skipped and reported with their line and
// column, like every other input.
func ReadGoals(path string, opt Options) (*graph.Goals, *FileReport, error) {
	l := &loader{opt: opt, nw: graph.New(), rep: &Report{}}
	raw, err := l.readFile(path)
	if err != nil {
		return nil, nil, err
	}
	t, err := l.openFile("goals", path, raw, isGoalsHeader)
	if err != nil {
		return nil, nil, err
	}
	_, col, _ := goalAliases.canonical(t.header)
	g := &graph.Goals{}
	err = decodeStructs(t, goalAliases, func(r goalRow) {
		pos := r.position()
		bad := func(field, why string) {
			c := col[field]
			t.rep.skip("bad goal", Problem{Line: pos.lineOf(c), Column: c, Field: field, Reason: why})
		}
		number := func() (float64, bool) {
			v, ok := parseNumber(r.Target)
			if !ok || v < 0 || math.IsInf(v, 0) {
				bad("target", fmt.Sprintf("target %q is not a number of zero or more", short(r.Target)))
				return 0, false
			}
			return v, true
		}
		attr, value := clean(r.Attribute), clean(r.Value)
		switch kind := strings.ToLower(clean(r.Goal)); kind {
		case "diversity":
			if attr == "" {
				bad("attribute", "a diversity goal names the attribute, e.g. country")
				return
			}
			g.MoreDiversity = append(g.MoreDiversity, attr)
		case "contacts":
			if attr == "" || value == "" {
				bad("attribute", "a contacts goal names an attribute and a value, e.g. profession,designer")
				return
			}
			n := 1.0
			if clean(r.Target) != "" {
				var ok bool
				if n, ok = number(); !ok {
					return
				}
			}
			g.Contacts = append(g.Contacts, graph.ContactGoal{Attribute: attr, Value: value, N: max(1, int(n))})
		case "hours", "fee":
			v, ok := number()
			if !ok {
				return
			}
			dst := &g.MaxFeePerYear
			if kind == "hours" {
				dst = &g.MaxHoursPerMonth
			}
			if *dst != nil {
				t.rep.note("second budget", Problem{Line: pos.line, Column: col["goal"], Field: "goal",
					Reason: fmt.Sprintf("a second %s budget: the smaller of the two applies", kind)})
				if **dst <= v {
					break
				}
			}
			*dst = &v
		default:
			bad("goal", fmt.Sprintf("goal %q is not one of diversity, contacts, hours, fee", short(r.Goal)))
			return
		}
		t.rep.Imported++
	})
	t.rep.sortProblems()
	if err != nil {
		return nil, t.rep, &Error{Path: path, Msg: err.Error(), Err: err}
	}
	if err := nothingImported(t.rep); err != nil {
		return nil, t.rep, err
	}
	return g, t.rep, nil
}
