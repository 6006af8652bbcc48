package analyzejson

import (
	"encoding/json"
	"math"
	"strconv"
)

// Num is a number in the JSON output: NaN and infinities (undefined values)
// are written as null, integers without a decimal point, and everything
// else in the shortest form that reads back to the same float64.
type Num float64

// MarshalJSON implements json.Marshaler.
func (x Num) MarshalJSON() ([]byte, error) {
	f := float64(x)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, f, 'g', -1, 64), nil
}

// marshalTriple writes [a, b, n] with n null when nil.
func marshalTriple(a, b string, n *int) ([]byte, error) {
	return json.Marshal([]any{a, b, n})
}
