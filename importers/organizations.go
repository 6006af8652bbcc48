package importers

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Organisations are written many ways in a contact export: "Volvo Cars",
// "VOLVO CARS AB", "Volvo Cars  "; counting them as different employers
// makes a network look more diverse than it is. For counting, ties reads an
// organisation by a key: case, spacing and punctuation folded, legal
// suffixes dropped (AB, Inc., GmbH, Ltd, d.o.o., LLP, …). The people who
// share a key get one spelling, the most common among them (the first seen
// on a tie). An alias file merges names the user knows are one
// ("Volvo Car Corporation" → "Volvo Cars"); where the company is empty, the
// e-mail domain stands in as a hint, never a public mail domain.

// legalSuffixes are the words of a company's legal form, dropped from the
// end of its name for the key (lower case, without dots).
var legalSuffixes = map[string]bool{
	"ab": true, "aktiebolag": true, "publ": true, "hb": true, "kb": true, "ek för": true,
	"inc": true, "incorporated": true, "corp": true, "co": true, "company": true, "llc": true, "ltd": true,
	"limited": true, "plc": true, "llp": true, "lp": true, "pllc": true, "pc": true,
	"gmbh": true, "ag": true, "kg": true, "ug": true, "ev": true, "mbh": true, "gmbh & co kg": true,
	"sa": true, "sas": true, "sarl": true, "srl": true, "spa": true, "sl": true, "sau": true,
	"bv": true, "nv": true, "oy": true, "oyj": true, "as": true, "asa": true, "aps": true, "a/s": true,
	"doo": true, "d o o": true, "sp z o o": true, "sp zoo": true, "zoo": true, "sro": true, "kft": true,
	"pty": true, "pty ltd": true, "pvt": true, "pvt ltd": true, "private limited": true, "se": true,
	"b v": true, "n v": true, "s a": true, "s a s": true, "s r l": true, "s p a": true, "s l": true, "a g": true,
	"s r o": true, "l l c": true, "l t d": true, "p l c": true,
}

// publicMailDomains are e-mail providers anyone can use: a domain among
// them says nothing about the employer.
var publicMailDomains = map[string]bool{
	"gmail": true, "googlemail": true, "hotmail": true, "outlook": true, "live": true, "msn": true,
	"yahoo": true, "ymail": true, "icloud": true, "me": true, "mac": true, "aol": true, "gmx": true,
	"web": true, "proton": true, "protonmail": true, "pm": true, "telia": true, "bredband": true,
	"spray": true, "comhem": true, "bahnhof": true, "tele2": true, "yandex": true, "mail": true,
	"qq": true, "163": true, "126": true, "zoho": true, "fastmail": true, "hey": true,
	"t-online": true, "orange": true, "free": true, "laposte": true, "libero": true, "seznam": true,
	"wp": true, "o2": true, "interia": true, "onet": true, "rocketmail": true, "tutanota": true,
	"example": true, "inbox": true, "ownit": true, "passagen": true, "swipnet": true, "glocalnet": true,
}

// orgKey is the key an organisation is counted by.
func orgKey(name string) string {
	s := strings.ToLower(norm.NFKC.String(name))
	// Punctuation becomes space, except where it joins a word ("a/s" is
	// read whole below).
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '/':
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	words := strings.Fields(b.String())
	for len(words) > 1 {
		cut := 0
		for n := min(4, len(words)-1); n >= 1; n-- {
			if legalSuffixes[strings.Join(words[len(words)-n:], " ")] {
				cut = n
				break
			}
		}
		if cut == 0 {
			break
		}
		words = words[:len(words)-cut]
	}
	return strings.Join(words, " ")
}

// domainOrg returns the organisation an e-mail address hints at: the
// domain's name under its public suffix ("erik@nordvik.se" → "nordvik.se",
// key "nordvik"), or "" for a public mail provider.
func domainOrg(email string) (name, key string) {
	at := strings.LastIndexByte(email, '@')
	if at < 0 {
		return "", ""
	}
	host := strings.ToLower(strings.Trim(email[at+1:], ". "))
	labels := strings.Split(host, ".")
	if len(labels) < 2 {
		return "", ""
	}
	n := len(labels)
	switch labels[n-1] {
	case "example", "test", "invalid", "localhost", "local":
		// Reserved top-level names (RFC 2606, 6761, 6762): no organisation.
		return "", ""
	}
	// "co.uk", "com.au": a two-level public suffix.
	base := labels[n-2]
	if n >= 3 && (base == "co" || base == "com" || base == "ac" || base == "org" || base == "net" || base == "gov") && len(labels[n-1]) == 2 {
		base = labels[n-3]
	}
	if base == "" || publicMailDomains[base] {
		return "", ""
	}
	return strings.Join(labels[max(0, slices.Index(labels, base)):], "."), base
}

// fromContactExport reports whether the people came from a contact export
// (LinkedIn, Google, Outlook, vCard), not a people file.
func (l *loader) fromContactExport() bool {
	for _, f := range l.rep.Files {
		if f.Role == "people" {
			switch f.Format {
			case FormatLinkedIn, FormatGoogle, FormatOutlook, FormatVCard:
				return true
			}
		}
	}
	return false
}

// normalizeOrganizations gives every spelling of one organisation (one key,
// or merged by the alias file) the same value, and notes what it merged.
// With exact, values are keys as written: only the alias file merges.
func (l *loader) normalizeOrganizations(hints map[int]string, aliases map[string]string, exact bool) {
	a, ok := l.nw.AttributeIndex(AttrOrganization)
	if !ok && len(hints) == 0 {
		return
	}
	if !ok {
		a = l.nw.Attribute(AttrOrganization)
	}
	targets := map[string]bool{}
	for _, to := range aliases {
		targets[to] = true
	}
	key := func(v string) string {
		k := orgKey(v)
		if to, ok := aliases[k]; ok {
			return to
		}
		if exact && !targets[k] {
			// As written, apart from every key (an organisation the alias
			// file names joins its aliases).
			return "\x00" + v
		}
		return k
	}
	type spelling struct {
		value string
		count int
		first int
	}
	byKey := map[string][]spelling{}
	keyOf := make([]string, len(l.nw.People))
	for i := range l.nw.People {
		v := l.nw.Attr(i, a)
		k := ""
		if v != "" {
			k = key(v)
		} else if h, ok := hints[i]; ok {
			v = h
			_, k = domainOrg("x@" + h)
			if to, ok := aliases[k]; ok {
				k = to
			}
		}
		if k == "" {
			continue
		}
		keyOf[i] = k
		sp := byKey[k]
		j := slices.IndexFunc(sp, func(s spelling) bool { return s.value == v })
		if j < 0 {
			sp = append(sp, spelling{value: v, first: i})
			j = len(sp) - 1
		}
		sp[j].count++
		byKey[k] = sp
	}
	canonical := map[string]string{}
	for k, sp := range byKey {
		// A name written as a company beats a hint from an e-mail domain.
		best := -1
		for j, s := range sp {
			domain := strings.Contains(s.value, ".") && !strings.Contains(s.value, " ")
			bestDomain := best >= 0 && strings.Contains(sp[best].value, ".") && !strings.Contains(sp[best].value, " ")
			switch {
			case best < 0, bestDomain && !domain,
				domain == bestDomain && (s.count > sp[best].count || s.count == sp[best].count && s.first < sp[best].first):
				best = j
			}
		}
		canonical[k] = sp[best].value
		if len(sp) > 1 {
			var variants []string
			for _, s := range sp {
				if s.value != sp[best].value {
					variants = append(variants, s.value)
				}
			}
			slices.Sort(variants)
			l.orgMerges = append(l.orgMerges, OrgMerge{As: sp[best].value, Variants: variants})
		}
	}
	slices.SortFunc(l.orgMerges, func(x, y OrgMerge) int { return strings.Compare(x.As, y.As) })
	for i, k := range keyOf {
		if k == "" {
			continue
		}
		if c := canonical[k]; l.nw.Attr(i, a) != c {
			l.nw.SetAttr(i, a, c)
		}
	}
}

// OrgMerge says which spellings were counted as one organisation.
type OrgMerge struct {
	As       string   `json:"as"`
	Variants []string `json:"variants"`
}

// readOrgAliases reads an alias file: alias,organization (a header first),
// each alias counted as the organisation. It returns alias key → key.
func (l *loader) readOrgAliases(path string) (map[string]string, error) {
	in, err := l.openInput(path)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	t, err := l.openFile("aliases", in, func(cells []string) bool {
		return len(cells) >= 2 && strings.EqualFold(strings.TrimSpace(cells[0]), "alias")
	})
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	type aliasRow struct {
		from, to string // keys
		line     int
		name     string // the organisation as written
	}
	var rows []aliasRow
	row := map[string]int{} // alias key → its row in rows
	d := t.rows(nil)
	for {
		rec, pos, err := d.next()
		if err != nil {
			break
		}
		if clean(rec[0]) == "" || len(rec) < 2 || clean(rec[1]) == "" {
			d.skipped = append(d.skipped, kindProblem{"not an alias", Problem{Line: pos.line,
				Reason: "an alias row names an alias and the organisation it stands for"}})
			continue
		}
		// A row whose two names share a key is kept too: a people file's
		// organisations are merged by the alias file alone ("Acme" is
		// "Acme AB").
		from, to := orgKey(rec[0]), orgKey(rec[1])
		if j, ok := row[from]; ok && rows[j].to != to {
			d.skipped = append(d.skipped, kindProblem{"conflicting alias", Problem{Line: pos.line, Column: 2, Field: t.header[1],
				Reason: fmt.Sprintf("%q stands for %q on line %d already: this row is not read; give each alias one organisation", short(clean(rec[0])), short(rows[j].name), rows[j].line)}})
			continue
		} else if !ok {
			row[from] = len(rows)
			rows = append(rows, aliasRow{from, to, pos.line, clean(rec[1])})
			out[from] = to
		}
		t.rep.Imported++
	}
	d.flush()
	if err := nothingImported(t.rep); err != nil {
		return nil, err
	}
	// Aliases in a circle (Acme is Beta, Beta is Acme) are one
	// organisation: the one the circle's first row names, whose own row
	// is then set aside, noted.
	for _, r := range rows {
		at, on := r.from, map[string]bool{}
		for !on[at] {
			on[at] = true
			next, ok := out[at]
			if !ok || next == at {
				break
			}
			at = next
		}
		if next, ok := out[at]; !ok || next == at {
			continue
		}
		// at is on a circle: find its first row, and break the circle there.
		first := row[at]
		for k := out[at]; k != at; k = out[k] {
			first = min(first, row[k])
		}
		name := rows[first].to
		closing := rows[row[name]]
		delete(out, name)
		t.rep.note("circular aliases", Problem{Line: closing.line, Column: 2, Field: t.header[1],
			Reason: fmt.Sprintf("this row and line %d (%q) name each other's organisation, directly or through other rows: all the names in the circle are one organisation", rows[first].line, short(rows[first].name))})
	}
	// Follow chains (a → b → c), so that every alias points at a name that
	// is no alias itself.
	for k, v := range out {
		for range len(out) {
			next, ok := out[v]
			if !ok || next == v {
				break
			}
			v = next
		}
		out[k] = v
	}
	return out, nil
}
