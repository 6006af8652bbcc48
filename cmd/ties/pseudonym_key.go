package main

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph"
)

// anonymizeKeyEnv names the environment variable that sets the key of the
// pseudonyms of --anonymize.
const anonymizeKeyEnv = "TIES_ANONYMIZE_KEY"

// pseudonymKey returns the key of the pseudonyms of --anonymize for the
// network nw: $TIES_ANONYMIZE_KEY when set, else a hash of the people's
// ids, names and attribute values and of the ties.
//
// Without a key a pseudonym is a hash of the id alone, and ids are often
// made from names (a LinkedIn profile's slug, an e-mail address): anyone
// with a list of names could hash them and undo the pseudonyms. A key from
// the data itself keeps the pseudonyms the same for the same files, in
// every command (a report and an export of one data set name a person
// alike), while only someone who holds all of the data can compute it;
// and reports of different data cannot be linked by their pseudonyms. A
// key of one's own keeps them the same across versions of the data.
func pseudonymKey(nw *graph.Network) string {
	if k := os.Getenv(anonymizeKeyEnv); k != "" {
		return k
	}
	order := make([]int, len(nw.People))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(nw.People[a].ID, nw.People[b].ID) })
	h := sha256.New()
	for _, i := range order {
		p := nw.People[i]
		h.Write([]byte(p.ID))
		h.Write([]byte{0})
		h.Write([]byte(p.Name))
		for a := range nw.Attributes {
			h.Write([]byte{0})
			h.Write([]byte(nw.Attr(i, a)))
		}
		h.Write([]byte{1})
	}
	// The ties, in an order of their own: sums that do not depend on it.
	var n, ends, weight uint64
	for _, t := range nw.Ties {
		n++
		ends += uint64(t.From)*0x9E3779B97F4A7C15 ^ uint64(t.To)
		weight += math.Float64bits(t.Weight)
	}
	var b [24]byte
	binary.LittleEndian.PutUint64(b[0:], n)
	binary.LittleEndian.PutUint64(b[8:], ends)
	binary.LittleEndian.PutUint64(b[16:], weight)
	h.Write(b[:])
	return hex.EncodeToString(h.Sum(nil))
}

// anonymizeKeyOf is pseudonymKey(nw) with --anonymize, else "".
func anonymizeKeyOf(anon bool, nw *graph.Network) string {
	if !anon {
		return ""
	}
	return pseudonymKey(nw)
}
