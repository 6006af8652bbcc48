package export

import (
	"bufio"
	"encoding/csv"

	"github.com/tiesnet/ties/graph/outputs/cells"
)

// writeNodesCSV writes one row per node: id, then every node field in the
// model's order (label, kind, ego, attributes, figures, group fields).
// Missing values are empty cells; numbers are plain numbers; text cells are
// guarded against formula injection (safeCell).
func writeNodesCSV(w *bufio.Writer, m *model) error {
	cw := csv.NewWriter(w)
	row := make([]string, 0, 1+len(m.nodeFields))
	row = append(row, "id")
	for _, f := range m.nodeFields {
		row = append(row, cells.Safe(f.name))
	}
	if err := cw.Write(row); err != nil {
		return err
	}
	for i, id := range m.ids {
		row = append(row[:0], cells.Safe(id))
		row = appendCells(row, m.nodeFields, i)
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeEdgesCSV writes one row per tie (a mutual tie once, with mutual
// true) and, with groups, per membership: source, target, then every edge
// field. Its ids match the nodes table's.
func writeEdgesCSV(w *bufio.Writer, m *model) error {
	cw := csv.NewWriter(w)
	row := make([]string, 0, 2+len(m.edgeFields))
	row = append(row, "source", "target")
	for _, f := range m.edgeFields {
		row = append(row, f.name)
	}
	if err := cw.Write(row); err != nil {
		return err
	}
	for e, ed := range m.edges {
		row = append(row[:0], cells.Safe(m.ids[ed.src]), cells.Safe(m.ids[ed.tgt]))
		row = appendCells(row, m.edgeFields, e)
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func appendCells(row []string, fs []field, i int) []string {
	for _, f := range fs {
		v := f.at(i)
		switch {
		case !v.ok:
			row = append(row, "")
		case f.kind == kString:
			row = append(row, cells.Safe(v.s))
		default:
			row = append(row, v.text(f.kind))
		}
	}
	return row
}
