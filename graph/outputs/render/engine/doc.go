// Package engine is the one place in ties that talks to Graphviz
// (github.com/goccy/go-graphviz: Graphviz 12 compiled to WebAssembly and run
// in-process by wazero, so no dot binary is needed).
//
// go-graphviz is powerful but unsafe to use directly, and this package exists
// to make the unsafe parts impossible to reach:
//
//   - It is not safe for concurrent use and a new instance per render leaks
//     memory, so there is one lazily created instance per process and every
//     call into it holds a lock.
//   - Some output formats (pdf, svgz) crash the WebAssembly module and break
//     the next render too, so only the formats that are tested are allowed:
//     svg, png and dot.
//   - Its PNG renderer loses straight edges and node outlines, so PNG goes
//     through this package's own rasteriser (raster.go).
//   - An unbounded raster canvas can take gigabytes, so every PNG is bounded
//     by Options.MaxPixels.
//   - Some layouts come back with NaN positions (sfdp's prism overlap
//     removal on nodes in a line), which drew an empty SVG and failed as
//     PNG, so every layout is checked (check.go) and a broken one is laid
//     out again with neato, then dot; a graph none can draw is an error
//     (ErrNoPicture), never an empty picture.
//
// PNG text is drawn by the rasteriser, not by Graphviz:
//
//   - Latin, Greek and Cyrillic are drawn with the Go fonts, built into the
//     binary: the same everywhere, and on a machine with no fonts installed.
//   - Every other character (CJK, Arabic, Hebrew, Vietnamese letters, emoji,
//     …) is drawn, character by character, with the first font found on
//     the machine that has it, Noto preferred (fonts.go, sysfonts.go). The
//     font folders are scanned once per process, and only when a label
//     needs a character the Go fonts lack; a file's character map is read
//     only when a character needs it.
//   - Right-to-left text (Arabic, Hebrew) is put in display order by the
//     Unicode Bidirectional Algorithm, and Arabic letters are joined with
//     their contextual forms (text.go, arabic.go): legible, connected text,
//     not full OpenType shaping.
//   - A character no font has (or only a colour emoji font, which x/image
//     cannot draw) is drawn as nothing and reported to
//     Options.MissingGlyphs; MissingGlyphsMessage words a warning.
//   - A line of a label is cut to 200 characters, the last "…", and
//     Graphviz lays out the cut label (labels.go), so a 100 000-character
//     label costs neither time nor a huge picture.
//
// So a PNG's text depends on the fonts installed: with the same fonts the
// same DOT gives the same PNG bytes. SVG leaves fonts to the viewer, and
// its labels are not cut.
//
// Callers hand in DOT text (graph/outputs/render builds it, escaped) and get bytes
// back. Context cancellation is honoured only while waiting for the lock:
// once Graphviz runs it cannot be interrupted (see docs/render.md).
//
// It owns the one door to Graphviz: DOT to SVG and PNG, and the fonts. It
// must not know of networks, people or views.
package engine
