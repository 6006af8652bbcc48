package main

import (
	"encoding/csv"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/tiesnet/ties/graph/analysis"
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
		head = append(head, safeCell(a))
	}
	for _, c := range cols {
		head = append(head, c.Name)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	row := make([]string, 0, len(head))
	for i, p := range nw.People {
		row = append(row[:0], safeCell(p.ID), safeCell(p.Name))
		for a := range nw.Attributes {
			row = append(row, safeCell(nw.Attr(i, a)))
		}
		for _, c := range cols {
			row = append(row, csvNum(c.Values[i]))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvNum(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return ""
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

// safeCell keeps a text cell from being run as a formula when the CSV is
// opened in a spreadsheet (OWASP "CSV injection"): a cell starting with =,
// +, -, @, a tab or a carriage return gets a leading apostrophe, which
// spreadsheets show as text.
func safeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
