package importers

import (
	"fmt"
)

var membershipAliases = newAliases(map[string][]string{
	"person_id": {"person", "id", "person id", "member", "member_id", "contact", "contact_id", "name"},
	"network":   {"group", "network_name", "group_name", "association", "club", "community"},
	"role":      {"position_in_network", "membership_role", "function"},
})

func isMembershipsHeader(cells []string) bool {
	return membershipAliases.has(cells, "person_id", "network") && !isTiesHeader(cells)
}

type membershipRow struct {
	RowMeta
	Person  string `csv:"person_id"`
	Network string `csv:"network"`
	Role    string `csv:"role"`
}

// readMemberships reads person_id,network[,role]: who belongs to which
// network (the two-mode network). A repeated membership counts once and the
// repeat is skipped; role is kept but not used by the measures.
func (l *loader) readMemberships(path string, raw []byte) error {
	t, err := l.openFile("memberships", path, raw, isMembershipsHeader)
	if err != nil {
		return err
	}
	_, col, _ := membershipAliases.canonical(t.header)
	first := map[[2]int]int{}
	var fail error
	err = decodeStructs(t, membershipAliases, func(r membershipRow) {
		pos := r.position()
		if fail != nil {
			t.rep.skip("not read after an error", Problem{Line: pos.line, Reason: "not read: an earlier row stopped the import"})
			return
		}
		who, network := clean(r.Person), clean(r.Network)
		if who == "" {
			t.rep.skip("no person", Problem{Line: pos.lineOf(col["person_id"]), Column: col["person_id"], Field: "person_id", Reason: "the person is empty"})
			return
		}
		if network == "" {
			t.rep.skip("no network", Problem{Line: pos.lineOf(col["network"]), Column: col["network"], Field: "network", Reason: "the network is empty"})
			return
		}
		i, err := l.person(who, t.rep, pos.lineOf(col["person_id"]), col["person_id"], "person_id")
		if err != nil {
			fail = err
			t.rep.skip("not read after an error", Problem{Line: pos.line, Reason: err.Error()})
			return
		}
		g, _ := l.nw.AddGroup(network)
		if !l.nw.AddMember(g, i, clean(r.Role)) {
			reason := fmt.Sprintf("%q is already a member of %q", who, network)
			if line, ok := first[[2]int{g, i}]; ok {
				reason = fmt.Sprintf("repeats line %d: a membership counts once", line)
			}
			t.rep.skip("duplicate membership", Problem{Line: pos.line, Reason: reason})
			return
		}
		first[[2]int{g, i}] = pos.line
		t.rep.Imported++
	})
	if fail != nil {
		return fail
	}
	if err != nil {
		return &Error{Path: path, Msg: err.Error(), Err: err}
	}
	return nil
}
