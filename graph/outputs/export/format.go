package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/tiesnet/ties/graph/analysis"
)

// Format is an export file format.
type Format string

// The formats. CSV is one table per stream, so nodes and edges are two
// formats: FormatCSV writes the nodes table and FormatEdgesCSV the edges
// table, which Gephi's spreadsheet import and pandas read as a pair.
const (
	FormatGraphML  Format = "graphml"
	FormatGEXF     Format = "gexf"
	FormatJSON     Format = "json"
	FormatCSV      Format = "csv"
	FormatEdgesCSV Format = "edges-csv"
)

// Formats lists every format, for flags and usage text.
var Formats = []Format{FormatGraphML, FormatGEXF, FormatJSON, FormatCSV, FormatEdgesCSV}

// ParseFormat reads a format name, case-insensitively.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	for _, g := range Formats {
		if f == g {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown export format %q: use one of %v", s, Formats)
}

// Extension is the usual file name extension of a format, with the dot.
func (f Format) Extension() string {
	switch f {
	case FormatCSV:
		return ".csv"
	case FormatEdgesCSV:
		return ".edges.csv"
	default:
		return "." + string(f)
	}
}

// Options choose what an export contains.
type Options struct {
	// Groups adds every group (network, association) as a node of kind
	// "group", with a membership edge from each member to it: the two-mode
	// picture Gephi users lay out.
	Groups bool
	// Pseudonym, when set, anonymizes the export: each person's label is
	// Pseudonym(id), and person ids become p1, p2, … in node order, since
	// ids are often made from names. Nil writes real names and ids. It is a
	// function so that this package does not depend on the renderer's
	// pseudonyms; pass the same function to both for matching names.
	Pseudonym func(id string) string
}

// Write writes the network analysed in r in the given format.
func Write(w io.Writer, format Format, r *analysis.Result, opt Options) error {
	m := build(r, opt)
	bw := bufio.NewWriterSize(w, 64<<10)
	var err error
	switch format {
	case FormatGraphML:
		err = writeGraphML(bw, m)
	case FormatGEXF:
		err = writeGEXF(bw, m)
	case FormatJSON:
		err = writeJSON(bw, m)
	case FormatCSV:
		err = writeNodesCSV(bw, m)
	case FormatEdgesCSV:
		err = writeEdgesCSV(bw, m)
	default:
		_, err = ParseFormat(string(format))
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}
