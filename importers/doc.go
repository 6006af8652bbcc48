// Package importers reads contact exports (LinkedIn, Google, Outlook,
// vCard), generic people files, memberships, network descriptions and ties
// into one graph.Network, and accounts for every row it reads: each is
// imported or reported with its line and the reason.
//
// Encodings (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252) and
// delimiters (comma, semicolon, tab) are sniffed; the format of each file is
// detected from its header. Struct-shaped files are decoded with gocsv over
// encoding/csv, which gives exact line numbers.
//
// It owns reading every input format into one graph.Network and the
// accounting of every row. It must not analyse: no measure, no verdict.
package importers
