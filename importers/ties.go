package importers

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph"
)

var tiesAliases = newAliases(map[string][]string{
	"source": {"from", "sender", "giver", "ego", "source_id", "from_id", "node1", "person1"},
	"target": {"to", "receiver", "alter", "target_id", "to_id", "node2", "person2"},
	"weight": {"value", "strength", "w", "count", "frequency"},
	"type":   {"kind", "relation", "tie_type"},
	"label":  {},
	"since":  {"start", "started", "start_date", "connected on", "connected_on", "tie_since"},
})

// FormatGephiEdges is a ties file as Gephi's Data Laboratory exports its
// edges table: Source,Target,Type,Id,Label,Weight, where Type is each
// edge's direction (Directed, Undirected) and Label its kind.
const FormatGephiEdges = "gephi-edges"

func isGephiEdgesHeader(cells []string) bool {
	return slices.Contains(cells, "Source") && slices.Contains(cells, "Target") && slices.Contains(cells, "Type")
}

// gephiDirection reads a Type cell that gives an edge's direction, as
// Gephi writes it: Directed, Undirected (or Mutual, GEXF's word).
func gephiDirection(s string) (directed, ok bool) {
	switch strings.ToLower(s) {
	case "directed":
		return true, true
	case "undirected", "mutual":
		return false, true
	}
	return false, false
}

func isTiesHeader(cells []string) bool { return tiesAliases.has(cells, "source", "target") }

type tieRow struct {
	RowMeta
	Source string `csv:"source"`
	Target string `csv:"target"`
	Weight string `csv:"weight"`
	Type   string `csv:"type"`
	Label  string `csv:"label"`
	Since  string `csv:"since"`
}

// readTies reads source,target[,weight][,type][,since]. Each row is a directed tie
// (source gave to, or contacted, target) unless Undirected, or unless its
// type says Undirected (Gephi's edges table, whose type is the direction
// and whose label is the kind of tie; a label also stands in for a
// missing type). A missing weight
// is 1; a weight that is not a positive number skips the row; a self-tie is
// skipped; a repeated tie is summed (reported after all files are read).
func (l *loader) readTies(in *input) error {
	path := in.path
	t, err := l.openFile("ties", in, isTiesHeader)
	if err != nil {
		return err
	}
	_, col, _ := tiesAliases.canonical(t.header)
	// The columns, looked up once: a map lookup a row each was a tenth of
	// reading 2 000 000 ties.
	cSource, cTarget, cWeight, cSince := col["source"], col["target"], col["weight"], col["since"]
	if isGephiEdgesHeader(t.header) {
		t.format, t.rep.Format = FormatGephiEdges, FormatGephiEdges
	}
	types := &typeCache{nw: l.nw} // "" is type 0

	// Room for every tie at once: a slice that grows by copying holds
	// both copies for a moment. An estimate from the head of a stream
	// (in.lines) errs on the side of room.
	rows := in.lines()
	if !in.complete {
		rows += rows / 32
	}
	l.nw.GrowTies(rows)
	l.tieLines = slices.Grow(l.tieLines, rows)
	var fail error
	unknownAfter := 0 // rows after the error that name someone unknown too
	// The last source looked up: haveLast, not a sentinel id, since any
	// string (a NUL byte too) can be an id.
	lastSrc, lastFrom, haveLast := "", -1, false
	// The since column's dates are read once all are known: the order of
	// day and month is the column's (parseDates).
	var dates []dateCell
	var dated []int // the tie (index into the network's ties) of each date
	// Each batch of rows has its ids looked up together first (idBatch):
	// at[2k] and at[2k+1] are then the source and target of its kth row.
	var batch idBatch
	preload := func(rows []tieRow) {
		batch.ids = batch.ids[:0]
		for _, r := range rows {
			batch.ids = append(batch.ids, clean(r.Source), clean(r.Target))
		}
		batch.lookUp(l.nw)
	}
	err = decodeStructsPre(t, tiesAliases, preload, func(k int, r tieRow) {
		if fail != nil {
			t.rep.skip("not read after an error", Problem{Line: r.position().line, Reason: "not read: an earlier row stopped the import"})
			if batch.at[2*k] < 0 && batch.ids[2*k] != "" || batch.at[2*k+1] < 0 && batch.ids[2*k+1] != "" {
				unknownAfter++
			}
			return
		}
		pos := r.position()
		src, dst := batch.ids[2*k], batch.ids[2*k+1] // clean(r.Source), clean(r.Target)
		noteTrimmed(t.rep, r.Source, src, pos.lineOf(cSource), cSource, "source")
		noteTrimmed(t.rep, r.Target, dst, pos.lineOf(cTarget), cTarget, "target")
		if (src == "" || dst == "") && l.strict() {
			c, f := cSource, "source"
			if src != "" {
				c, f = cTarget, "target"
			}
			fail = &Error{Path: path, Line: pos.lineOf(c), Column: c, Field: f, Msg: "the " + f + " is empty",
				Hint: "give every tie a source and a target; or " + strings.Replace(l.lenient(), "add unknown people automatically", "skip such rows", 1)}
			t.rep.skip("not read after an error", Problem{Line: pos.line, Reason: fail.Error()})
			return
		}
		if !tieEnds(t.rep, src, dst, col, pos) {
			return
		}
		w, ok := tieWeight(t.rep, r.Weight, cWeight, pos)
		if !ok {
			return
		}
		// Ties files are usually sorted by source: look a repeated source up
		// once.
		var from int
		var err error
		switch {
		case batch.at[2*k] >= 0:
			from = int(batch.at[2*k])
		case haveLast && src == lastSrc:
			from = lastFrom
		default:
			from, err = l.person(src, t.rep, pos.lineOf(cSource), cSource, "source")
			lastSrc, lastFrom, haveLast = src, from, err == nil
		}
		if err == nil {
			to := int(batch.at[2*k+1])
			if to < 0 {
				to, err = l.person(dst, t.rep, pos.lineOf(cTarget), cTarget, "target")
			}
			if err == nil {
				typ, mutual := tieType(r, types, l.opt.Undirected)
				err = l.addTie(graph.Tie{From: from, To: to, Weight: w, Type: typ, Mutual: mutual}, t.rep, pos.line)
			}
		}
		if err != nil {
			fail = err
			t.rep.skip("not read after an error", Problem{Line: pos.line, Reason: err.Error()})
			return
		}
		if c := cSince; c > 0 && clean(r.Since) != "" {
			dates = append(dates, dateCell{raw: clean(r.Since), line: pos.lineOf(c), column: c, field: t.header[c-1]})
			dated = append(dated, len(l.nw.Ties)-1)
		}
		t.rep.Imported++
	})
	if fail != nil {
		return moreUnknown(fail, unknownAfter)
	}
	if err != nil {
		return &Error{Path: path, Msg: err.Error(), Err: err}
	}
	for k, d := range parseDates(t.rep, dates, l.now(), "the tie") {
		l.nw.Ties[dated[k]].Since = d
	}
	return nil
}

// tieEnds reports a row without a source or target, or a tie from a person
// to themself, and says whether the row names two people.
func tieEnds(rep *FileReport, src, dst string, col map[string]int, pos rowPos) bool {
	switch {
	case src == "" && dst == "":
		rep.skip("no source or target", Problem{Line: pos.line, Column: col["source"], Field: "source", Reason: "source and target are empty"})
		return false
	case src == "":
		rep.skip("no source", Problem{Line: pos.lineOf(col["source"]), Column: col["source"], Field: "source", Reason: "the source is empty"})
		return false
	case dst == "":
		rep.skip("no target", Problem{Line: pos.lineOf(col["target"]), Column: col["target"], Field: "target", Reason: "the target is empty"})
		return false
	case src == dst:
		rep.skip("self-tie", Problem{Line: pos.line, Column: col["target"], Field: "target",
			Reason: fmt.Sprintf("a tie from %q to themself: self-ties are ignored", src)})
		return false
	}
	return true
}

// tieWeight reads a tie's weight cell (column c, 0 when the file has none):
// empty is 1; anything but a positive finite number up to graph.MaxWeight is
// a skipped row, reported. A comma that may separate thousands ("1,000")
// is read as a decimal comma and noted (readNumber).
func tieWeight(rep *FileReport, cell string, c int, pos rowPos) (float64, bool) {
	if c == 0 || clean(cell) == "" {
		return 1, true
	}
	v, ambiguous, ok := readNumber(cell)
	if !ok || v <= 0 || math.IsInf(v, 0) {
		rep.skip("bad weight", Problem{Line: pos.lineOf(c), Column: c, Field: "weight",
			Reason: fmt.Sprintf("weight %q is not a positive number: the tie is not imported; write a number such as 1 or 2.5, or leave the cell empty for 1", short(cell))})
		return 0, false
	}
	if v > graph.MaxWeight {
		rep.skip("bad weight", Problem{Line: pos.lineOf(c), Column: c, Field: "weight",
			Reason: fmt.Sprintf("weight %q is larger than ties accepts (%g): the tie is not imported; rescale the weights, e.g. count in thousands", short(cell), float64(graph.MaxWeight))})
		return 0, false
	}
	if ambiguous {
		rep.note(ambiguousKind(cell), Problem{Line: pos.lineOf(c), Column: c, Field: "weight", Reason: commaNote("weight", cell, v)})
	}
	return v, true
}

// tieType is a row's tie type and whether the tie is mutual: Gephi's Type
// column says directed or undirected and its Label the type; elsewhere the
// type column, else the label. types keeps one copy of each type.
func tieType(r tieRow, types *typeCache, undirected bool) (graph.TieType, bool) {
	typ, mutual := clean(r.Type), undirected
	if directed, ok := gephiDirection(typ); ok {
		typ, mutual = clean(r.Label), mutual || !directed
	} else if typ == "" {
		typ = clean(r.Label)
	}
	return types.of(typ), mutual
}

// typeCache gives the TieType of a name, remembering the last: ties files
// are often sorted by type, or have one.
type typeCache struct {
	nw   *graph.Network
	last string
	k    graph.TieType
}

func (c *typeCache) of(name string) graph.TieType {
	if name != c.last {
		c.last, c.k = name, c.nw.AddTieType(name)
	}
	return c.k
}

// short cuts a cell for quoting in a message.
func short(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
