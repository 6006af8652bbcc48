// Package evaluatejson writes an evaluation as the JSON of `ties evaluate
// --format json`: the keys of docs/spec/evaluate.md § Output, spelled as
// there, and the documented extras of docs/evaluate.md. Undefined figures
// are null; numbers are written in full precision.
//
// It owns the JSON of ties evaluate. It must not compute a judgement.
package evaluatejson
