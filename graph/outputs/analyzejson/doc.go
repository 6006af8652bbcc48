// Package analyzejson writes an analysis as the JSON contract of `ties
// analyze --format json` (docs/analyze-json.md). The contract is one
// writer of analysis.Result, not its shape: the result is indexed by
// person and typed; here ids become strings, pairs are sorted by id,
// undefined figures become null and findings are worded.
//
// It owns the JSON contract of ties analyze. It must not compute a measure.
package analyzejson
