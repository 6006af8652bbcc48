package diversity

import "github.com/tiesnet/ties/graph"

// Attribute is one categorical attribute encoded as small ints.
type Attribute struct {
	Name string
	// Values holds, per node, the index of its value in Categories, or -1
	// when the value is missing.
	Values []int
	// Categories are the distinct non-missing values, in order of first
	// appearance in node order. K = len(Categories).
	Categories []string
}

// K is the number of categories among all people.
func (a Attribute) K() int { return len(a.Categories) }

// Encode encodes attribute column attr of nw. Values are compared as exact
// strings; the empty string is missing.
func Encode(nw *graph.Network, attr int) Attribute {
	values := make([]string, len(nw.People))
	for i := range nw.People {
		values[i] = nw.Attr(i, attr)
	}
	return EncodeValues(nw.Attributes[attr], values)
}

// EncodeValues encodes a slice of values, one per node ("" = missing), the
// same way as Encode.
func EncodeValues(name string, values []string) Attribute {
	a := Attribute{Name: name, Values: make([]int, len(values))}
	index := map[string]int{}
	for i, v := range values {
		if v == "" {
			a.Values[i] = -1
			continue
		}
		c, ok := index[v]
		if !ok {
			c = len(a.Categories)
			index[v] = c
			a.Categories = append(a.Categories, v)
		}
		a.Values[i] = c
	}
	return a
}
