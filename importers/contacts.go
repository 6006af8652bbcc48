package importers

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/tiesnet/ties/graph"
)

// Attribute names that contact exports fill. Every contact format maps its
// own columns to these, so that data from LinkedIn, Google, Outlook and
// vCard can be analysed together.
const (
	AttrOrganization = "organization"
	AttrPosition     = "position"
	AttrDepartment   = "department"
	AttrCountry      = "country"
	// Derived from a job title (docs/titles.md).
	AttrFunction  = "function"
	AttrSeniority = "seniority"
)

// contact is one person read from a contact export, in the terms shared by
// every contact format.
type contact struct {
	line int // where the contact starts in the file

	name                     string // full display name; built from the parts if empty
	first, middle, last      string
	emails                   []string
	slug                     string // the LinkedIn profile's (profileSlug), "" if none
	organization, position   string
	department, country      string
	groups                   []string   // labels / categories: become memberships
	connectedOn              graph.Date // LinkedIn's "Connected On"
	nameColumn, groupsColumn int        // 1-based columns, for reports; 0 if none
	urlColumn                int
	urlField                 string
}

func (c *contact) displayName() string {
	if c.name != "" {
		return c.name
	}
	return strings.Join(strings.Fields(strings.Join([]string{c.first, c.middle, c.last}, " ")), " ")
}

// contactID chooses a stable id for a contact: the LinkedIn profile's slug,
// else the first e-mail address, else a slug of the name. It also says
// whether the id identifies the person (a URL or e-mail does, a name may
// not).
func (c *contact) contactID() (id string, unique bool) {
	if c.slug != "" {
		return c.slug, true
	}
	for _, e := range c.emails {
		if e = strings.ToLower(strings.TrimSpace(e)); e != "" {
			return e, true
		}
	}
	return slug(c.displayName()), false
}

// profileSlug returns "asa-oberg-12ab" for
// "https://www.linkedin.com/in/asa-oberg-12ab/".
func profileSlug(u string) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	// The endorsement files write "www.linkedin.com/in/…" without a scheme.
	if !strings.Contains(u, "://") && strings.Contains(u, "linkedin.com/") {
		u = "https://" + u
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	parts := strings.Split(strings.Trim(p.Path, "/"), "/")
	if len(parts) >= 2 && parts[0] == "in" && parts[1] != "" {
		if s, err := url.PathUnescape(parts[1]); err == nil {
			return s
		}
		return parts[1]
	}
	return ""
}

// foldLetters are letters that Unicode does not decompose into a base
// letter and a mark.
var foldLetters = strings.NewReplacer("ø", "o", "Ø", "o", "æ", "ae", "Æ", "ae", "ß", "ss",
	"đ", "d", "Đ", "d", "ł", "l", "Ł", "l", "þ", "th", "Þ", "th", "ð", "d", "Ð", "d", "œ", "oe", "Œ", "oe", "ı", "i")

// slug makes an id from a name: "Åsa Öberg" -> "asa-oberg",
// "Željko Šimić" -> "zeljko-simic", "O'Neil" -> "oneil".
func slug(name string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, err := transform.String(t, foldLetters.Replace(name))
	if err != nil {
		s = name
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}

// systemLabels are groups that address books put every contact in; they
// say nothing about which networks a person belongs to.
var systemLabels = map[string]bool{
	"* mycontacts": true, "* my contacts": true, "* starred": true, "* friends": false,
	"mycontacts": true, "my contacts": true, "starred": true,
}

// addContacts puts the contacts read from one export into the network: the
// ego (unless NoEgo) with a mutual tie to each contact, the contact's
// attributes, and a membership for each label or category. Rows that
// identify nobody are skipped; duplicates are merged and noted. Each contact
// is counted as imported or skipped here; RowsRead is counted by the
// reader, which also reads rows that never become contacts (the CSV row
// decoder via flush, readVCard per card).
func (l *loader) addContacts(rep *FileReport, tieType string, cs []contact) error {
	ego := -1
	if !l.opt.NoEgo {
		id := l.opt.Ego
		if id == "" {
			id = DefaultEgo
		}
		// The exporter is the reader: "you", unless they give their name.
		name := l.opt.EgoName
		if name == "" {
			name = graph.You
		}
		ego, _ = l.nw.AddPerson(id, name)
		l.nw.Ego = ego
	}
	// Attributes are added when a first value turns up, so that a format
	// without departments does not add an all-missing "department".
	names := [4]string{AttrOrganization, AttrPosition, AttrDepartment, AttrCountry}
	attrs := [4]int{-1, -1, -1, -1}
	seen := contactsSeen{firstLine: map[string]int{}}
	var egoTie map[int]int // contact → their tie to the ego in nw.Ties
	for k := range cs {
		c := &cs[k]
		id, unique := c.contactID()
		if id == "" {
			rep.skip("no name", Problem{Line: c.line, Column: c.nameColumn,
				Reason: "no name, e-mail or profile URL: cannot tell who this is"})
			continue
		}
		id = l.sameProfile(rep, c, id)
		values := [4]string{clean(c.organization), clean(c.position), clean(c.department), clean(c.country)}
		i, isNew := l.nw.AddPerson(id, clean(c.displayName()))
		if !isNew {
			i, id, isNew = l.contactRepeat(rep, c, &seen, i, ego, id, unique, names[:], values[:])
		}
		l.noteProfile(rep, c, id, i)
		if isNew {
			seen.firstLine[id] = c.line
		}
		if values[0] == "" && len(c.emails) > 0 {
			if name, _ := domainOrg(c.emails[0]); name != "" {
				if l.domainHints == nil {
					l.domainHints = map[int]string{}
				}
				l.domainHints[i] = name
			}
		}
		for k := range attrs {
			if values[k] == "" {
				continue
			}
			if attrs[k] < 0 {
				attrs[k] = l.nw.Attribute(names[k])
			}
			if l.nw.Attr(i, attrs[k]) == "" {
				l.nw.SetAttr(i, attrs[k], values[k])
			}
		}
		if ego >= 0 && i != ego && isNew {
			if err := l.addTie(graph.Tie{From: ego, To: i, Weight: 1, Type: l.nw.AddTieType(tieType), Since: c.connectedOn, Mutual: true}, rep, c.line); err != nil {
				return err
			}
			if egoTie == nil {
				egoTie = map[int]int{}
			}
			egoTie[i] = len(l.nw.Ties) - 1
		} else if t, ok := egoTie[i]; ok && !c.connectedOn.IsZero() {
			// The same contact again: the tie began on the earliest day
			// either row gives (docs/time.md), one tie all the same.
			if since := &l.nw.Ties[t].Since; since.IsZero() || c.connectedOn.Before(*since) {
				*since = c.connectedOn
			}
		}
		for _, g := range c.groups {
			g = clean(g)
			if g == "" || systemLabels[strings.ToLower(g)] {
				continue
			}
			gi := l.group(g, rep, c.line, 0, "")
			l.nw.AddMember(gi, i, "")
		}
		rep.Imported++
	}
	return nil
}

// contactsSeen is what addContacts remembers of one export's contacts:
// the line each id was first read on, and the people kept apart from the
// holder of an e-mail address they share (by the address), so that a
// third row of any of them is merged with the right one.
type contactsSeen struct {
	firstLine map[string]int
	apart     map[string][]int
}

// profileSeen is the contact first read with a LinkedIn profile, and where.
type profileSeen struct {
	person int
	rep    *FileReport
	line   int
}

// isProfile reports whether id is the slug of c's LinkedIn profile.
func (c *contact) isProfile(id string) bool {
	return c.slug != "" && c.slug == id
}

// sameProfile returns the id of the contact first read with the LinkedIn
// profile of id, a slug, when id itself is nobody's yet: LinkedIn's
// profile addresses ignore case (linkedin.com/in/AnnaBerg is
// linkedin.com/in/annaberg), so two rows whose slugs differ only in case
// are one contact, noted, and merged as any repeated contact is. Case is
// compared letter by letter (strings.ToLower), not folded: "straße" and
// "strasse" are two slugs.
func (l *loader) sameProfile(rep *FileReport, c *contact, id string) string {
	if !c.isProfile(id) {
		return id
	}
	if _, ok := l.nw.Index(id); ok {
		return id // a repeat, or the ego: settled as such
	}
	p, ok := l.profiles[strings.ToLower(id)]
	if !ok {
		return id
	}
	first := l.nw.People[p.person].ID
	where := fmt.Sprintf("line %d", p.line)
	if p.rep != rep {
		where = fmt.Sprintf("%s line %d", p.rep.Path, p.line)
	}
	rep.note("profile address case", Problem{Line: c.line, Column: c.urlColumn, Field: c.urlField,
		Reason: fmt.Sprintf("the profile %q differs from %q (%s) only in case: LinkedIn reads them as one profile, so they are one contact", id, first, where)})
	return first
}

// noteProfile records that person i was read with the LinkedIn profile id.
func (l *loader) noteProfile(rep *FileReport, c *contact, id string, i int) {
	if !c.isProfile(id) {
		return
	}
	k := strings.ToLower(id)
	if _, ok := l.profiles[k]; ok {
		return
	}
	if l.profiles == nil {
		l.profiles = map[string]profileSeen{}
	}
	l.profiles[k] = profileSeen{person: i, rep: rep, line: c.line}
}

// contactRepeat settles a contact whose id, person i, was read before. Two
// people who share an e-mail address (an office's info@) but whose names
// clearly differ (sameName) are kept apart: the second gets an id of its
// own (contactApartID), noted. Two contacts of the same name with
// different details and nothing unique to tell them apart are kept apart
// as name-2, noted. Anything else is one person, merged and noted. It
// returns the person, the id and whether the person is new.
func (l *loader) contactRepeat(rep *FileReport, c *contact, seen *contactsSeen, i, ego int, id string, unique bool, names, values []string) (int, string, bool) {
	name := clean(c.displayName())
	if i != ego && unique && c.slug == "" && !sameName(l.nw.People[i].Name, name) {
		k := slices.IndexFunc(seen.apart[id], func(j int) bool { return sameName(l.nw.People[j].Name, name) })
		if k < 0 {
			apart := l.contactApartID(c, name)
			j, _ := l.nw.AddPerson(apart, name)
			if seen.apart == nil {
				seen.apart = map[string][]int{}
			}
			seen.apart[id] = append(seen.apart[id], j)
			rep.note("shared e-mail", Problem{Line: c.line, Column: c.nameColumn,
				Reason: fmt.Sprintf("shares the e-mail address %q of line %d with another name (%q, then %q): kept apart as %q, since an address can be shared (an office's); if they are one person, write the name the same way",
					id, seen.firstLine[id], l.nw.People[i].Name, name, apart)})
			return j, apart, true
		}
		i = seen.apart[id][k]
		id = l.nw.People[i].ID
	}
	conflict := l.conflicts(i, names, values)
	isNew := false
	switch {
	case conflict != "" && !unique:
		// Two people of the same name: keep them apart.
		base := id
		for n := 2; !isNew; n++ {
			id = fmt.Sprintf("%s-%d", base, n)
			i, isNew = l.nw.AddPerson(id, name)
		}
		rep.note("same name", Problem{Line: c.line, Column: c.nameColumn,
			Reason: fmt.Sprintf("same name as the contact on line %d but %s: kept apart as %q", seen.firstLine[base], conflict, id)})
	case i == ego:
		rep.note("ego in contacts", Problem{Line: c.line, Reason: fmt.Sprintf("this contact has the ego's id %q: merged with the ego", id)})
	case conflict != "":
		rep.note("duplicate merged", Problem{Line: c.line,
			Reason: fmt.Sprintf("same person as line %d (id %q) but %s: the first values are kept", seen.firstLine[id], id, conflict)})
	default:
		rep.note("duplicate merged", Problem{Line: c.line,
			Reason: fmt.Sprintf("same person as line %d (id %q): merged", seen.firstLine[id], id)})
	}
	return i, id, isNew
}

// contactApartID is the id of a contact kept apart from another who has
// its e-mail address: its next e-mail address that is no one's id, else a
// slug of its name, else that slug numbered (name-2, name-3 …).
func (l *loader) contactApartID(c *contact, name string) string {
	for _, e := range c.emails[1:] {
		if e = strings.ToLower(strings.TrimSpace(e)); e != "" {
			if _, taken := l.nw.Index(e); !taken {
				return e
			}
		}
	}
	base := slug(name)
	id := base
	for n := 2; ; n++ {
		if _, taken := l.nw.Index(id); !taken {
			return id
		}
		id = fmt.Sprintf("%s-%d", base, n)
	}
}

// sameName reports whether two contacts' names may be one person's: when
// either is empty, or every word of the shorter is a word of the longer
// or its initial ("Anna Berg", "Berg, Anna", "A. Berg" and "Anna" are
// one; "Anna Berg" and "Bo Ek" are not). Case, accents and punctuation do
// not count (slug).
func sameName(a, b string) bool {
	x, y := slug(a), slug(b)
	if x == "" || y == "" || x == y {
		return true
	}
	short, long := strings.Split(x, "-"), strings.Split(y, "-")
	if len(short) > len(long) {
		short, long = long, short
	}
	for _, w := range short {
		if !slices.ContainsFunc(long, func(v string) bool {
			return v == w || len(w) == 1 && strings.HasPrefix(v, w) || len(v) == 1 && strings.HasPrefix(w, v)
		}) {
			return false
		}
	}
	return true
}

// conflicts describes how values of the named attributes differ from what
// person i has, or returns "".
func (l *loader) conflicts(i int, names []string, values []string) string {
	for k, name := range names {
		a, ok := l.nw.AttributeIndex(name)
		if !ok {
			continue
		}
		if old := l.nw.Attr(i, a); old != "" && values[k] != "" && old != values[k] {
			return fmt.Sprintf("%s differs (%q, then %q)", name, old, values[k])
		}
	}
	return ""
}
