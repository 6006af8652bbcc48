package importers

import (
	"fmt"
	"math"
	"strings"

	"github.com/tiesnet/ties/graph"
)

var networkAliases = newAliases(map[string][]string{
	"network":         {"name", "group", "network_name", "group_name"},
	"purpose":         {"goal", "aim", "description"},
	"organiser":       {"organizer", "organised_by", "organized_by", "run_by", "owner", "host"},
	"scope":           {"reach", "level"},
	"formal":          {"is_formal", "formal_membership"},
	"fee":             {"annual_fee", "fee_per_year", "yearly_fee", "membership_fee", "cost"},
	"hours_per_month": {"hours", "hours/month", "hours_month", "time", "time_per_month"},
	"members_total":   {"total_members", "member_count", "members_count", "size", "n_members"},
})

func isNetworksHeader(cells []string) bool {
	return networkAliases.has(cells, "network") && !membershipAliases.has(cells, "person_id", "network") &&
		!isTiesHeader(cells) && !isPeopleHeader(cells)
}

type networkRow struct {
	RowMeta
	Network   string `csv:"network"`
	Purpose   string `csv:"purpose"`
	Organiser string `csv:"organiser"`
	Scope     string `csv:"scope"`
	Formal    string `csv:"formal"`
	Fee       string `csv:"fee"`
	Hours     string `csv:"hours_per_month"`
	Total     string `csv:"members_total"`
}

var scopes = map[string]string{"local": "local", "regional": "local", "national": "national", "international": "international", "global": "international"}

var yesNo = map[string]bool{"yes": true, "y": true, "true": true, "1": true, "x": true, "ja": true,
	"no": false, "n": false, "false": false, "0": false, "nej": false, "nein": false}

// readNetworks reads one row per network with what the user knows of it.
// A cell that cannot be read (a fee that is not a number, an unknown scope)
// is noted and left unknown; the rest of the row is imported. A network
// named twice is skipped the second time.
func (l *loader) readNetworks(in *input) error {
	path := in.path
	t, err := l.openFile("networks", in, isNetworksHeader)
	if err != nil {
		return err
	}
	_, col, _ := networkAliases.canonical(t.header)
	first := map[string]int{}
	err = decodeStructs(t, networkAliases, func(r networkRow) {
		pos := r.position()
		name := exactCell(r.Network) // exact text, as in memberships
		if name == "" {
			t.rep.skip("no network", Problem{Line: pos.lineOf(col["network"]), Column: col["network"], Field: "network", Reason: "the network's name is empty"})
			return
		}
		g := l.group(name, t.rep, pos.lineOf(col["network"]), col["network"], "network")
		if line, dup := first[name]; dup {
			t.rep.skip("duplicate network", Problem{Line: pos.line, Column: col["network"], Field: "network",
				Reason: fmt.Sprintf("%q is described on line %d already: this row is not imported; describe each network once", name, line)})
			return
		}
		first[name] = pos.line
		info := &graph.GroupInfo{Purpose: clean(r.Purpose), Organiser: clean(r.Organiser)}
		bad := func(field, value, want string) {
			c := col[field]
			t.rep.note("unreadable cell", Problem{Line: pos.lineOf(c), Column: c, Field: field,
				Reason: fmt.Sprintf("%s %q is not %s: left unknown", field, short(value), want)})
		}
		if s := clean(r.Scope); s != "" {
			if v, ok := scopes[strings.ToLower(s)]; ok {
				info.Scope = v
			} else {
				bad("scope", s, "local, national or international")
			}
		}
		if s := clean(r.Formal); s != "" {
			if v, ok := yesNo[strings.ToLower(s)]; ok {
				info.Formal = &v
			} else {
				bad("formal", s, "yes or no")
			}
		}
		ambiguous := func(field, value string, v float64) {
			c := col[field]
			t.rep.note(ambiguousKind(value), Problem{Line: pos.lineOf(c), Column: c, Field: field, Reason: commaNote(field, value, v)})
		}
		for _, f := range []struct {
			field, value string
			dst          **float64
		}{{"fee", r.Fee, &info.Fee}, {"hours_per_month", r.Hours, &info.HoursPerMonth}} {
			s := clean(f.value)
			if s == "" {
				continue
			}
			limit, want := costBound(f.field)
			if v, amb, ok := readNumber(s); ok && v >= 0 && v <= limit {
				*f.dst = &v
				if amb {
					ambiguous(f.field, s, v)
				}
			} else {
				bad(f.field, s, want)
			}
		}
		if s := clean(r.Total); s != "" {
			// A count has no decimals: "1,000" or "15,000" groups thousands.
			if groupedThousands(s) {
				s = strings.ReplaceAll(s, ",", "")
			}
			if v, amb, ok := readNumber(s); ok && v >= 1 && v == math.Trunc(v) && v < 1e9 {
				if amb {
					ambiguous("members_total", s, v)
				}
				n := int(v)
				info.MembersTotal = &n
			} else {
				bad("members_total", s, "a whole number of members, 1 or more")
			}
		}
		l.nw.Groups[g].Info = info
		t.rep.Imported++
	})
	if err != nil {
		return &Error{Path: path, Msg: err.Error(), Err: err}
	}
	return nil
}

// costBound is the largest value a cost field accepts (graph.MaxFee,
// graph.MaxHoursPerMonth) and what a reader is told to write instead.
func costBound(field string) (float64, string) {
	if strings.HasSuffix(field, "hours_per_month") {
		return graph.MaxHoursPerMonth, fmt.Sprintf("a number of hours from 0 to %d, the hours in a month", graph.MaxHoursPerMonth)
	}
	return graph.MaxFee, fmt.Sprintf("a number from 0 to %g", float64(graph.MaxFee))
}

// groupedThousands reports whether s is a whole number written with commas
// between groups of three digits ("1,000", "15,000", "1,234,567").
func groupedThousands(s string) bool {
	parts := strings.Split(s, ",")
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for k, p := range parts {
		if k > 0 && len(p) != 3 {
			return false
		}
		for _, c := range p {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return true
}
