package anonymize

import (
	"fmt"
	"regexp"
	"testing"
)

func TestPseudonym(t *testing.T) {
	re := regexp.MustCompile(`^Person [2-9A-HJKMNP-TV-Z]{4}$`)
	for _, id := range []string{"me", "maria.h", "", `"><script>`} {
		p := Pseudonym(id, "")
		if !re.MatchString(p) {
			t.Errorf("Pseudonym(%q) = %q", id, p)
		}
		if p != Pseudonym(id, "") {
			t.Errorf("Pseudonym(%q) not stable", id)
		}
		if p == Pseudonym(id, "secret") {
			t.Errorf("Pseudonym(%q) does not depend on the key", id)
		}
	}
	if Pseudonym("me", "") == Pseudonym("you", "") {
		t.Error("two ids share a pseudonym")
	}
}

func TestPseudonymsDistinct(t *testing.T) {
	// 50 000 ids in 810 000 four-symbol pseudonyms: about 1 500 collide
	// (birthday problem), and every one must be resolved.
	ids := make([]string, 50000)
	for i := range ids {
		ids[i] = fmt.Sprintf("p%d", i)
	}
	ps := Pseudonyms(ids, "")
	seen := map[string]bool{}
	longer := 0
	for i, p := range ps {
		if seen[p] {
			t.Fatalf("pseudonym %q given twice", p)
		}
		seen[p] = true
		if len(p) > len("Person XXXX") {
			longer++
		} else if p != Pseudonym(ids[i], "") {
			t.Fatalf("short pseudonym of %q is not Pseudonym's", ids[i])
		}
	}
	if longer == 0 || longer > 3000 {
		t.Errorf("%d pseudonyms lengthened; expected some hundreds", longer)
	}
	// The same set in another order gives each id the same pseudonym.
	rev := make([]string, len(ids))
	for i := range ids {
		rev[len(ids)-1-i] = ids[i]
	}
	for i, p := range Pseudonyms(rev, "") {
		if p != ps[len(ids)-1-i] {
			t.Fatalf("pseudonym of %q depends on order: %q vs %q", rev[i], p, ps[len(ids)-1-i])
		}
	}
}
