// Package report writes the consultant's report of `ties report`: one
// self-contained HTML file (no external requests; inline CSS, inline SVG
// diagrams and charts, one script of its own to explore the diagrams
// (interactive.go); print styles for a clean PDF) or
// Markdown, answering "does this network bring new perspectives?" from an
// analysis and an evaluation.
//
// Every word the report prints comes from the words catalog
// (graph/outputs/words, the report.* codes): the templates hold structure,
// the Go code figures, so a second language is a second catalog: Data.Lang
// chooses it ("sv": Swedish words, and figures and dates written the
// Swedish way through the same printer, figures.go). People are
// named by name everywhere (people.go), every figure is written by one
// function (figures.go), and the glossary lists the measures the report
// shows (glossary.go). Names are escaped by html/template (HTML) or by
// mdText (Markdown); with Data.Anonymize every person but the client is
// shown under the pseudonym the diagrams use. Network names stay: they name
// the organisations the report is about.
//
// It owns the client's report in HTML or Markdown, with its charts and
// pictures. It must not compute a measure, or hold a word outside the words
// catalog.
package report
