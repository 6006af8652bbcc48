package brokerage

import "github.com/tiesnet/ties/graph"

// groupsOf codes the values of the named attribute as the groups
// GouldFernandez takes: group[i] is the index of person i's value in order
// of first appearance (0, 1, …), and -1 where the value is missing (empty);
// ok is false if the network has no such attribute. (The analysis uses
// diversity.Encode's Values, the same coding.)
func groupsOf(nw *graph.Network, attr string) (group []int, ok bool) {
	a, ok := nw.AttributeIndex(attr)
	if !ok {
		return nil, false
	}
	group = make([]int, len(nw.People))
	code := map[string]int{}
	for i := range nw.People {
		v := nw.Attr(i, a)
		if v == "" {
			group[i] = -1
			continue
		}
		c, seen := code[v]
		if !seen {
			c = len(code)
			code[v] = c
		}
		group[i] = c
	}
	return group, true
}
