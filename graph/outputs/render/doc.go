// Package render draws the pictures of `ties render`: it writes each view
// (network, ego, groups, group map, communities, and what one network
// brings the ego) of an analysed network as DOT text and hands the text to
// graph/outputs/render/engine, the one package that runs Graphviz.
//
// Every default picture draws at most DefaultCollapseAbove people one by
// one and groups the rest into nodes with counts, so that it can be read
// in a report at any size. ties computes the positions itself (stress
// majorization, or rings around the ego: sheet.go, stress.go, radial.go)
// and places every name where it touches no node and no other name
// (place.go); Graphviz only draws.
//
// The pictures are meant to be put in front of a client, so they say what
// they show: every view has a legend (colour, size, line style), only the
// people who matter most are labelled, and colours come from colour-blind
// safe palettes (Okabe–Ito for categories, a ColorBrewer sequential scale
// for amounts).
//
// The DOT text is built by hand rather than through Graphviz's object API:
// it is faster (writing 3 000 people and parsing them back costs a quarter
// of building them through the WebAssembly API), the same input gives the
// same bytes, and a test can read it without Graphviz. Every name, label,
// id and tooltip goes through one escaper (escape.go), because names come
// from files we do not control: a name with quotes, backslashes, newlines,
// < > or & must neither break the DOT nor put markup into the SVG.
//
// Rendering reads results; it never changes the network or the analysis.
//
// It owns the views as DOT, their layout, legends and captions. It must not
// run Graphviz itself (graph/outputs/render/engine does) or compute a measure.
package render
