package importers

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/cases"

	"github.com/tiesnet/ties/graph"
)

// Ids are case-sensitive: "P1" and "p1" are two people, as they are to
// every tool a file may come from (a spreadsheet's lookup is not, which is
// how such pairs are made). ties keeps them apart and says so, with both
// ids and lines, so that a typo does not silently split a person in two.

// foldID is the key under which ids that differ only in case meet.
func foldID(id string) string {
	ascii := true
	for i := 0; i < len(id); i++ {
		if id[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(id)
	}
	return cases.Fold().String(id)
}

// caseIndex finds, in one people file, ids that differ only in case from
// one read before. Only ids that are not their own folded form (that hold
// an upper-case letter) are kept in it; an id in folded form is found in
// the network's own index. A file of lower-case ids costs nothing.
type caseIndex struct {
	upper map[string]caseSeen
}

type caseSeen struct {
	id   string
	line int // 0: read from another file
}

func (c caseSeen) where() string {
	if c.line == 0 {
		return "read before this file"
	}
	return fmt.Sprintf("line %d", c.line)
}

func newCaseIndex() *caseIndex { return &caseIndex{upper: map[string]caseSeen{}} }

// add records a new id, read on line, and returns an id read before that
// differs from it only in case.
func (c *caseIndex) add(nw *graph.Network, id string, line int, ps *peopleSlots) (caseSeen, bool) {
	f := foldID(id)
	if prev, ok := c.upper[f]; ok {
		return prev, true
	}
	if f == id {
		return caseSeen{}, false
	}
	c.upper[f] = caseSeen{id, line}
	if j, ok := nw.Index(f); ok {
		return caseSeen{f, ps.lineOf(j)}, true
	}
	return caseSeen{}, false
}

// otherCase returns a person whose id differs from ref only in case, for
// the note on an unknown person; the index of the network's ids is built
// when first needed and kept up to date as people are added.
func (l *loader) otherCase(ref string) (string, bool) {
	if l.folded == nil {
		l.folded = map[string]string{}
	}
	for ; l.foldedN < len(l.nw.People); l.foldedN++ {
		id := l.nw.People[l.foldedN].ID
		k := foldID(id)
		if _, ok := l.folded[k]; !ok {
			l.folded[k] = id
		}
	}
	id, ok := l.folded[foldID(ref)]
	return id, ok && id != ref
}
