// Code added by ties (github.com/tiesnet/ties), not part of go-graphviz.

package gvc

import "github.com/goccy/go-graphviz/internal/wasm"

// Loaded reports whether Graphviz's WebAssembly module has been compiled
// and instantiated in this process: it is on the first call into it, not
// at start.
func Loaded() bool { return wasm.Loaded() }
