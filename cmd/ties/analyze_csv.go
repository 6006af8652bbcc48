package main

import (
	"encoding/csv"
	"io"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/outputs/cells"
)

// writeAnalyzeCSV writes one row per person: id, name, every attribute,
// then every per-person figure (analysis.Result.Columns). Undefined figures
// are empty cells. Text cells are escaped against formula injection.
func writeAnalyzeCSV(w io.Writer, r *analysis.Result) error {
	nw := r.Network
	cols := r.Columns()
	cw := csv.NewWriter(w)
	head := []string{"id", "name"}
	for _, a := range nw.Attributes {
		head = append(head, cells.Safe(a))
	}
	for _, c := range cols {
		head = append(head, cells.Safe(c.Name)) // "<attr>_ego_blau" starts as the attribute does
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	row := make([]string, 0, len(head))
	for i, p := range nw.People {
		row = append(row[:0], cells.Safe(p.ID), cells.Safe(p.Name))
		for a := range nw.Attributes {
			row = append(row, cells.Safe(nw.Attr(i, a)))
		}
		for _, c := range cols {
			row = append(row, cells.Float(c.Values[i]))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
