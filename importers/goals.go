package importers

import (
	"fmt"
	"math"
	"slices"
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

// maxGoalContacts bounds a contacts target when the number of people is
// not known: a count no network reaches, far from int's overflow.
const maxGoalContacts = 1_000_000_000

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
// column, like every other input. A contacts target is a whole number from
// 1 to opt.NumPeople, the number of people in the network (when 0, to
// maxGoalContacts); anything else is such a row, never rounded.
func ReadGoals(path string, opt Options) (*graph.Goals, *FileReport, error) {
	l := &loader{opt: opt, nw: graph.New(), rep: &Report{}}
	in, err := l.openInput(path)
	if err != nil {
		return nil, nil, err
	}
	defer in.Close()
	path = in.path
	t, err := l.openFile("goals", in, isGoalsHeader)
	if err != nil {
		return nil, nil, err
	}
	_, col, _ := goalAliases.canonical(t.header)
	g := &graph.Goals{}
	var unknown *Error // the first goal naming an attribute the data does not have
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
		if v, ambiguous, ok := readNumber(clean(r.Target)); ok && ambiguous {
			c := col["target"]
			t.rep.note(ambiguousKind(clean(r.Target)), Problem{Line: pos.lineOf(c), Column: c, Field: "target", Reason: commaNote("target", clean(r.Target), v)})
		}
		attr, value := clean(r.Attribute), clean(r.Value)
		if attr != "" && opt.GoalAttributes != nil && !slices.Contains(opt.GoalAttributes, attr) {
			if unknown == nil {
				c := col["attribute"]
				unknown = &Error{Path: path, Line: pos.lineOf(c), Column: c,
					Msg:  fmt.Sprintf("the goal names the attribute %q, which the data does not have", short(attr)),
					Hint: "name one of its attributes: " + listNames(opt.GoalAttributes, 20)}
				if len(opt.GoalAttributes) == 0 {
					unknown.Hint = "the people have no attributes: add a column such as country to the people file, or leave this goal out"
				}
			}
			return
		}
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
			n := 1
			if clean(r.Target) != "" {
				var ok bool
				if n, ok = contactsTarget(r.Target, opt.NumPeople, bad); !ok {
					return
				}
			}
			g.Contacts = append(g.Contacts, graph.ContactGoal{Attribute: attr, Value: value, N: n})
		case "hours", "fee":
			v, ok := number()
			if !ok {
				return
			}
			field := map[string]string{"hours": "hours_per_month", "fee": "fee"}[kind]
			if limit, want := costBound(field); v > limit {
				bad("target", fmt.Sprintf("target %q is not %s", short(r.Target), want))
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
	if unknown != nil {
		return nil, t.rep, unknown
	}
	if err := nothingImported(t.rep); err != nil {
		return nil, t.rep, err
	}
	return g, t.rep, nil
}

// contactsTarget reads a contacts goal's target: a whole number of
// contacts from 1 to the number of people (when known, else
// maxGoalContacts). Anything else (0, 0.5, 2.9, 1e19, text) is reported
// through bad, saying what to write; it is never rounded or clamped.
func contactsTarget(cell string, people int, bad func(field, why string)) (int, bool) {
	limit, of := maxGoalContacts, ""
	if people > 0 {
		limit, of = people, fmt.Sprintf(" (the network has %d people)", people)
	}
	v, ok := parseNumber(cell)
	if !ok || v < 1 || v != math.Trunc(v) || v > float64(limit) {
		bad("target", fmt.Sprintf("target %q is not a whole number of contacts from 1 to %d%s: the goal is not read; write how many contacts you want, e.g. 3, or leave the cell empty for 1",
			short(cell), limit, of))
		return 0, false
	}
	return int(v), true
}

// listNames lists names for a message, at most max of them and then how
// many more.
func listNames(names []string, max int) string {
	if len(names) <= max {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:max], ", "), len(names)-max)
}
