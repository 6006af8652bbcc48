// Package finding holds what the analysis and the evaluation find, as codes
// with the figures behind them: never as words. The outputs word them
// (graph/outputs/words), in the reader's language, naming people as the
// output must (by name, by id, or by pseudonym when anonymised), so that
// the same finding reads the same in a table, a JSON file and a report, and
// a second language needs no change to the analysis.
//
// It owns the codes and their figures. It must not hold words.
package finding
