package importers

import (
	"bytes"
	"fmt"
	"math"
	"slices"

	"github.com/tiesnet/ties/graph"
)

var tiesAliases = newAliases(map[string][]string{
	"source": {"from", "sender", "giver", "ego", "source_id", "from_id", "node1", "person1"},
	"target": {"to", "receiver", "alter", "target_id", "to_id", "node2", "person2"},
	"weight": {"value", "strength", "w", "count", "frequency"},
	"type":   {"kind", "relation", "label", "tie_type"},
})

func isTiesHeader(cells []string) bool { return tiesAliases.has(cells, "source", "target") }

type tieRow struct {
	RowMeta
	Source string `csv:"source"`
	Target string `csv:"target"`
	Weight string `csv:"weight"`
	Type   string `csv:"type"`
}

// readTies reads source,target[,weight][,type]. Each row is a directed tie
// (source gave to, or contacted, target) unless Undirected. A missing weight
// is 1; a weight that is not a positive number skips the row; a self-tie is
// skipped; a repeated tie is summed (reported after all files are read).
func (l *loader) readTies(path string, raw []byte) error {
	t, err := l.openFile("ties", path, raw, isTiesHeader)
	if err != nil {
		return err
	}
	_, col, _ := tiesAliases.canonical(t.header)
	rows := bytes.Count(t.text, []byte{'\n'})
	l.nw.GrowTies(rows)
	l.tieOrigin = slices.Grow(l.tieOrigin, rows)
	var fail error
	lastSrc, lastFrom := "\x00", -1
	err = decodeStructs(t, tiesAliases, func(r tieRow) {
		if fail != nil {
			t.rep.skip("not read after an error", Problem{Line: r.position().line, Reason: "not read: an earlier row stopped the import"})
			return
		}
		pos := r.position()
		src, dst := clean(r.Source), clean(r.Target)
		switch {
		case src == "" && dst == "":
			t.rep.skip("no source or target", Problem{Line: pos.line, Column: col["source"], Field: "source", Reason: "source and target are empty"})
			return
		case src == "":
			t.rep.skip("no source", Problem{Line: pos.lineOf(col["source"]), Column: col["source"], Field: "source", Reason: "the source is empty"})
			return
		case dst == "":
			t.rep.skip("no target", Problem{Line: pos.lineOf(col["target"]), Column: col["target"], Field: "target", Reason: "the target is empty"})
			return
		case src == dst:
			t.rep.skip("self-tie", Problem{Line: pos.line, Column: col["target"], Field: "target",
				Reason: fmt.Sprintf("a tie from %q to themself: self-ties are ignored", src)})
			return
		}
		w := 1.0
		if c := col["weight"]; c > 0 && clean(r.Weight) != "" {
			v, ok := parseNumber(r.Weight)
			if !ok || v <= 0 || math.IsInf(v, 0) {
				t.rep.skip("bad weight", Problem{Line: pos.lineOf(c), Column: c, Field: "weight",
					Reason: fmt.Sprintf("weight %q is not a positive number: the tie is not imported; write a number such as 1 or 2.5, or leave the cell empty for 1", short(r.Weight))})
				return
			}
			if v > graph.MaxWeight {
				t.rep.skip("bad weight", Problem{Line: pos.lineOf(c), Column: c, Field: "weight",
					Reason: fmt.Sprintf("weight %q is larger than ties accepts (%g): the tie is not imported; rescale the weights, e.g. count in thousands", short(r.Weight), float64(graph.MaxWeight))})
				return
			}
			w = v
		}
		// Ties files are usually sorted by source: look a repeated source up
		// once.
		var from int
		var err error
		if src == lastSrc {
			from = lastFrom
		} else {
			from, err = l.person(src, t.rep, pos.lineOf(col["source"]), col["source"], "source")
			lastSrc, lastFrom = src, from
		}
		if err == nil {
			var to int
			to, err = l.person(dst, t.rep, pos.lineOf(col["target"]), col["target"], "target")
			if err == nil {
				err = l.addTie(graph.Tie{From: from, To: to, Weight: w, Type: clean(r.Type), Mutual: l.opt.Undirected}, t.rep, pos.line)
			}
		}
		if err != nil {
			fail = err
			t.rep.skip("not read after an error", Problem{Line: pos.line, Reason: err.Error()})
			return
		}
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

// short cuts a cell for quoting in a message.
func short(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
