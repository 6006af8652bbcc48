package analyzejson

import (
	"encoding/json"
	"math"
	"sort"

	"github.com/tiesnet/ties/graph/measures/brokerage"
	"github.com/tiesnet/ties/graph/outputs/cells"
)

// roster is the people of a result, shared by every PerPerson: their ids,
// the ids already quoted for JSON, and the node order sorted by id.
type roster struct {
	ids    []string
	quoted [][]byte
	byID   []int
	rank   []int32 // rank[i] is person i's position in byID
	index  map[string]int
}

func newRoster(ids []string) *roster {
	r := &roster{ids: ids, quoted: make([][]byte, len(ids)), byID: make([]int, len(ids)), index: make(map[string]int, len(ids))}
	for i, id := range ids {
		r.quoted[i], _ = json.Marshal(id)
		r.byID[i] = i
		r.index[id] = i
	}
	sort.Slice(r.byID, func(a, b int) bool { return ids[r.byID[a]] < ids[r.byID[b]] })
	r.rank = make([]int32, len(ids))
	for k, i := range r.byID {
		r.rank[i] = int32(k)
	}
	return r
}

// PerPerson is one figure per person. In JSON it is an object keyed by id
// (sorted), null for undefined values. It is written straight from the
// slice: a map per figure would cost gigabytes on 200 000 people.
type PerPerson struct {
	r      *roster
	Values []float64 // in node order; NaN: undefined
}

// Get returns the value for a person's id.
func (p PerPerson) Get(id string) (float64, bool) {
	i, ok := p.r.index[id]
	if !ok {
		return math.NaN(), false
	}
	return p.Values[i], true
}

// MarshalJSON implements json.Marshaler.
func (p PerPerson) MarshalJSON() ([]byte, error) {
	return p.r.marshalByID(24, func(buf []byte, i int) ([]byte, error) { return cells.AppendJSON(buf, p.Values[i]), nil })
}

// appendIndent appends what json.MarshalIndent(p, prefix, "  ") writes,
// without encoding/json's second pass over the compact form: on 2 000 000
// people that pass, for each of some 25 figures, was most of the time of
// writing the JSON.
func (p PerPerson) appendIndent(buf []byte, prefix string) []byte {
	if len(p.r.byID) == 0 {
		return append(buf, "{}"...)
	}
	buf = append(buf, "{\n"...)
	for k, i := range p.r.byID {
		buf = append(buf, prefix...)
		buf = append(buf, "  "...)
		buf = append(buf, p.r.quoted[i]...)
		buf = append(buf, ": "...)
		buf = cells.AppendJSON(buf, p.Values[i])
		if k < len(p.r.byID)-1 {
			buf = append(buf, ',')
		}
		buf = append(buf, '\n')
	}
	buf = append(buf, prefix...)
	return append(buf, '}')
}

// marshalByID writes {"id": value, …} in the order of the ids, each value
// appended by value; perValue is about the bytes a value takes.
func (r *roster) marshalByID(perValue int, value func(buf []byte, i int) ([]byte, error)) ([]byte, error) {
	buf := make([]byte, 0, 2+len(r.byID)*(perValue+len(`"p1":`)))
	buf = append(buf, '{')
	var err error
	for k, i := range r.byID {
		if k > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, r.quoted[i]...)
		buf = append(buf, ':')
		if buf, err = value(buf, i); err != nil {
			return nil, err
		}
	}
	return append(buf, '}'), nil
}

// RolesByPerson is brokerage.<attr>.nodes: roles per person, keyed by id.
type RolesByPerson struct {
	r     *roster
	Roles []brokerage.Roles
}

// Get returns a person's roles.
func (p RolesByPerson) Get(id string) (RolesOut, bool) {
	i, ok := p.r.index[id]
	if !ok {
		return RolesOut{}, false
	}
	return rolesOut(p.Roles[i]), true
}

// MarshalJSON implements json.Marshaler.
func (p RolesByPerson) MarshalJSON() ([]byte, error) {
	return p.r.marshalByID(120, func(buf []byte, i int) ([]byte, error) {
		b, err := json.Marshal(rolesOut(p.Roles[i]))
		return append(buf, b...), err
	})
}
