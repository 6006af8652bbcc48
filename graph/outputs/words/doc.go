// Package words turns findings and reasons (graph/finding: codes with the
// figures behind them) into sentences for people. It is the one place where
// the analysis and the evaluation are worded: tables, the JSON's findings,
// and reports all print through a Printer, so a figure reads the same
// everywhere, and a second language is a second catalog, not a change to
// the analysis.
//
// Languages. English (the default) is formatted with Go's fmt, exactly as
// it always was: its outputs are pinned byte for byte by golden files.
// Every other language (Swedish, "sv") is a golang.org/x/text message
// catalog built from the same Go maps (the source of truth, one per
// language, keyed by the same codes) and printed through a
// message.Printer, so that its figures follow the language's conventions:
// a decimal comma ("0,12"), thousands grouped with a non-breaking space
// ("8 250"), a true minus sign ("−0,22"). A code a language lacks falls
// back to its English words (the tests fail on it first).
//
// It owns every sentence people read, in English and Swedish. It must not
// compute a figure.
package words
