package analyzejson

import (
	"encoding/json"

	"github.com/tiesnet/ties/graph/outputs/cells"
)

// Num is a number in the JSON output: NaN and infinities (undefined values)
// are written as null, integers without a decimal point, and everything
// else in the shortest form that reads back to the same float64.
type Num = cells.Num

// marshalTriple writes [a, b, n] with n null when nil.
func marshalTriple(a, b string, n *int) ([]byte, error) {
	return json.Marshal([]any{a, b, n})
}
