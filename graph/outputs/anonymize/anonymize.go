package anonymize

import (
	"crypto/hmac"
	"crypto/sha256"
	"slices"
	"strings"
)

// pseudonymAlphabet is Crockford's base 32 without the digits and letters
// that are easily confused (0/O, 1/I/L) or help spell words (U): 30
// symbols.
const pseudonymAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ"

// Pseudonym returns a stable pseudonym for an id, like "Person K7QX": the
// same id and key always give the same pseudonym, in every run and view.
// With an empty key it is a plain hash of the id, which hides names from a
// reader of the picture but not from someone who can guess ids and hash
// them; a key (kept by the user) closes that. Four symbols give 810 000
// pseudonyms, so in a set of a few thousand people some collide: use
// Pseudonyms for a set, which resolves collisions.
func Pseudonym(id, key string) string { return pseudonym(id, key, 4) }

func pseudonym(id, key string, length int) string {
	mac := hmac.New(sha256.New, []byte("ties pseudonym\x00"+key))
	mac.Write([]byte(id))
	sum := mac.Sum(nil)
	out := []byte("Person ")
	// 32 bytes of hash give up to 32 symbols; lengths stop well before.
	for k := range min(length, len(sum)) {
		out = append(out, pseudonymAlphabet[int(sum[k])%len(pseudonymAlphabet)])
	}
	return string(out)
}

// Pseudonyms returns one distinct pseudonym per id, parallel to ids. Ids
// whose four-symbol pseudonyms collide get longer ones (five symbols, then
// six, …) in the order of the ids themselves, so the result depends only on
// the set of ids and the key, never on their order in a file.
func Pseudonyms(ids []string, key string) []string {
	out := make([]string, len(ids))
	byName := make(map[string][]int, len(ids))
	for i, id := range ids {
		out[i] = pseudonym(id, key, 4)
		byName[out[i]] = append(byName[out[i]], i)
	}
	used := make(map[string]bool, len(ids))
	for _, p := range out {
		used[p] = true
	}
	var clashes [][]int
	for _, idx := range byName {
		if len(idx) > 1 {
			clashes = append(clashes, idx)
		}
	}
	// The map's order is random: sort the clashes by their smallest id.
	for _, idx := range clashes {
		slices.SortFunc(idx, func(a, b int) int { return strings.Compare(ids[a], ids[b]) })
	}
	slices.SortFunc(clashes, func(a, b []int) int { return strings.Compare(ids[a[0]], ids[b[0]]) })
	for _, idx := range clashes {
		// The smallest id keeps the short pseudonym; the others lengthen
		// until they are unique in the whole set.
		for _, i := range idx[1:] {
			for length := 5; ; length++ {
				p := pseudonym(ids[i], key, length)
				if !used[p] || length >= 32 {
					out[i] = p
					used[p] = true
					break
				}
			}
		}
	}
	return out
}
