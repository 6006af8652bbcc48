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
//     through this package's own rasteriser (raster.go), with fonts built into
//     the binary so labels render on a machine with no fonts installed.
//   - An unbounded raster canvas can take gigabytes, so every PNG is bounded
//     by Options.MaxPixels.
//
// Callers hand in DOT text (graph/render builds it, escaped) and get bytes
// back. Context cancellation is honoured only while waiting for the lock:
// once Graphviz runs it cannot be interrupted (see docs/render.md).
package engine
