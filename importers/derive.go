package importers

import (
	"cmp"
	"slices"

	"github.com/tiesnet/ties/importers/titles"
)

// unclassifiedShown is how many of the most frequent titles no rule fits
// the report lists.
const unclassifiedShown = 15

// deriveFromTitles adds function and seniority from the position (job
// title) of each person, by the rules of importers/titles; a title no rule
// fits stays unknown. An attribute the input already has is left as it is.
func (l *loader) deriveFromTitles() {
	pos, ok := l.nw.AttributeIndex(AttrPosition)
	if !ok {
		return
	}
	type target struct {
		name string
		a    int
		get  func(titles.Result) string
		done int
	}
	var ts []*target
	for _, t := range []struct {
		name string
		get  func(titles.Result) string
	}{{AttrFunction, func(r titles.Result) string { return r.Function }},
		{AttrSeniority, func(r titles.Result) string { return r.Seniority }}} {
		if _, exists := l.nw.AttributeIndex(t.name); exists {
			continue // the input has its own column
		}
		ts = append(ts, &target{name: t.name, get: t.get, a: -1})
	}
	if len(ts) == 0 {
		return
	}
	unknown := make([]map[string]int, len(ts))
	for k := range unknown {
		unknown[k] = map[string]int{}
	}
	total := 0
	for i := range l.nw.People {
		title := l.nw.Attr(i, pos)
		if title == "" {
			continue
		}
		total++
		r := titles.Classify(title)
		for k, t := range ts {
			v := t.get(r)
			if v == "" {
				unknown[k][title]++
				continue
			}
			if t.a < 0 {
				t.a = l.nw.Attribute(t.name)
				l.nw.SetDerived(t.name, AttrPosition)
			}
			l.nw.SetAttr(i, t.a, v)
			t.done++
		}
	}
	for k, t := range ts {
		d := DerivedAttribute{Attribute: t.name, From: AttrPosition, Classified: t.done, Total: total, Unclassified: []ValueCount{}}
		for v, c := range unknown[k] {
			d.Unclassified = append(d.Unclassified, ValueCount{v, c})
		}
		slices.SortFunc(d.Unclassified, func(x, y ValueCount) int {
			if c := cmp.Compare(y.Count, x.Count); c != 0 {
				return c
			}
			return cmp.Compare(x.Value, y.Value)
		})
		d.Unclassified = d.Unclassified[:min(len(d.Unclassified), unclassifiedShown)]
		l.rep.Derived = append(l.rep.Derived, d)
	}
}
