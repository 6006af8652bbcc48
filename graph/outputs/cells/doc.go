// Package cells writes one value as every output writes it: a figure in a
// CSV cell or a JSON number (undefined, NaN or infinite, as an empty cell
// or null), a figure in a table with a fixed number of decimals ("–" when
// undefined), betweenness with the decimals that keep a broker visible,
// and a text cell a spreadsheet will not run as a formula.
//
// It owns how one value is written. It must not compute a figure, or word
// anything: sentences are graph/outputs/words'.
package cells
