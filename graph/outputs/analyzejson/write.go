package analyzejson

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// Write writes the document as indented JSON, the same as
// json.MarshalIndent(d, "", "  ") followed by a newline, but section by
// section: the JSON of 200 000 people is over half a gigabyte, and
// encoding/json would hold all of it (twice, to indent it) in memory.
func (r *Document) Write(w io.Writer) error {
	type field struct {
		key   string
		value any
		split bool // write the object's members one by one
	}
	fields := []field{
		{"schema_version", r.SchemaVersion, false},
		{"options", r.Options, false},
		{"ego", r.Ego, false},
		{"structure", r.Structure, false},
		{"network", r.Network, false},
		{"betweenness", r.Betweenness, false},
		{"nodes", r.Nodes, true},
		{"attributes", r.Attributes, true},
	}
	if r.Brokerage != nil {
		fields = append(fields, field{"brokerage", r.Brokerage, true})
	}
	if r.TwoMode != nil {
		fields = append(fields, field{"two_mode", r.TwoMode, true})
	}
	if r.Concentration != nil {
		fields = append(fields, field{"concentration", r.Concentration, false})
	}
	fields = append(fields, field{"findings", r.Findings, false})

	ew := &errWriter{w: w}
	ew.write("{\n")
	for k, f := range fields {
		ew.write("  ")
		ew.raw(json.Marshal(f.key))
		ew.write(": ")
		if f.split {
			writeMembers(ew, f.value, r.projection)
		} else {
			ew.raw(marshalIndent(f.value, "  "))
		}
		if k < len(fields)-1 {
			ew.write(",")
		}
		ew.write("\n")
	}
	ew.write("}\n")
	return ew.err
}

// writeMembers writes a map[string]T as an object whose members are
// marshalled one at a time, keys sorted as encoding/json sorts them.
func writeMembers(ew *errWriter, m any, projection func(func(SharedOut))) {
	var keys []string
	var get func(string) any
	switch v := m.(type) {
	case map[string]PerPerson:
		for k := range v {
			keys = append(keys, k)
		}
		get = func(k string) any { return v[k] }
	case map[string]*AttributeResult:
		for k := range v {
			keys = append(keys, k)
		}
		get = func(k string) any { return v[k] }
	case map[string]*BrokerageOut:
		for k := range v {
			keys = append(keys, k)
		}
		get = func(k string) any { return v[k] }
	case *TwoModeOut:
		writeTwoMode(ew, v, projection)
		return
	default:
		ew.raw(marshalIndent(m, "  "))
		return
	}
	if len(keys) == 0 {
		ew.write("{}")
		return
	}
	sort.Strings(keys)
	ew.write("{\n")
	// One member at a time: a figure of 2 000 000 people is a hundred
	// megabytes of JSON, their brokerage roles ten times that. (Marshalling
	// members on both CPUs gained little, since writing 5 GB is the disk's
	// time, and held gigabytes more.) A figure per person is written
	// straight from its slice (PerPerson.appendIndent).
	for k, key := range keys {
		ew.write("    ")
		ew.raw(json.Marshal(key))
		ew.write(": ")
		if a, ok := get(key).(interface {
			appendIndent([]byte, string) []byte
		}); ok {
			ew.raw(a.appendIndent(nil, "    "), nil)
		} else {
			ew.raw(marshalIndent(get(key), "    "))
		}
		if k < len(keys)-1 {
			ew.write(",")
		}
		ew.write("\n")
	}
	ew.write("  }")
}

func marshalIndent(v any, prefix string) ([]byte, error) {
	return json.MarshalIndent(v, prefix, "  ")
}

// errWriter keeps the first error, so that a sequence of writes is checked
// once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) write(s string) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}

func (e *errWriter) raw(b []byte, err error) {
	if e.err == nil && err != nil {
		e.err = err
	}
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

// writeTwoMode writes two_mode member by member, and the projection's edges
// one at a time as they are visited: projecting a few large groups gives
// millions of pairs, which are never held.
func writeTwoMode(ew *errWriter, t *TwoModeOut, projection func(func(SharedOut))) {
	// Marshal everything but the edges, then write it with the edges
	// spliced in, in the order encoding/json writes the fields. Without
	// edges asked for, edges is left out.
	b, err := marshalIndent(t, "  ")
	if err != nil {
		ew.raw(nil, err)
		return
	}
	if projection == nil {
		ew.raw(b, nil)
		return
	}
	const hole = `"edges": []`
	at := -1
	if p := bytes.Index(b, []byte(`"projection": {`)); p >= 0 {
		if q := bytes.Index(b[p:], []byte(hole)); q >= 0 {
			at = p + q
		}
	}
	if at < 0 {
		ew.raw(nil, fmt.Errorf("two_mode: projection edges not found"))
		return
	}
	ew.raw(b[:at], nil)
	ew.write(`"edges": `)
	first := true
	projection(func(e SharedOut) {
		if first {
			ew.write("[\n")
			first = false
		} else {
			ew.write(",\n")
		}
		ew.write("        ")
		ew.raw(marshalIndent(e, "        "))
	})
	if first {
		ew.write("[]")
	} else {
		ew.write("\n      ]")
	}
	ew.raw(b[at+len(hole):], nil)
}
