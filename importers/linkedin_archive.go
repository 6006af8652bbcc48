package importers

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tiesnet/ties/graph"
)

// Tie types of a LinkedIn archive (docs/linkedin-archive.md): each is a
// directed tie from the one who gave or wrote to the one who received.
const (
	TieMessage        = "message"        // sender → each recipient, weight = messages
	TieInvitation     = "invitation"     // inviter → invitee
	TieEndorsement    = "endorsement"    // endorser → endorsed, weight = skills endorsed
	TieRecommendation = "recommendation" // author → the person recommended
)

// archiveFile is one file of an archive that holds directed ties.
type archiveFile struct {
	name   string   // base name, as LinkedIn writes it
	format string   // the format reported
	needs  []string // header cells that identify it (lower case)
	read   func(x *archiveReader, t *table) error
}

var archiveFiles = []archiveFile{
	{"messages.csv", "linkedin-messages", []string{"from", "to", "date"}, (*archiveReader).messages},
	{"Invitations.csv", "linkedin-invitations", []string{"from", "to", "direction"}, (*archiveReader).invitations},
	{"Endorsement_Received_Info.csv", "linkedin-endorsements-received", []string{"endorser first name"}, (*archiveReader).endorsementsReceived},
	{"Endorsement_Given_Info.csv", "linkedin-endorsements-given", []string{"endorsee first name"}, (*archiveReader).endorsementsGiven},
	{"Recommendations_Received.csv", "linkedin-recommendations-received", []string{"first name", "last name", "creation date"}, (*archiveReader).recommendationsReceived},
	{"Recommendations_Given.csv", "linkedin-recommendations-given", []string{"first name", "last name", "creation date"}, (*archiveReader).recommendationsGiven},
}

// archiveReader turns an archive's rows into directed ties between the
// ego and contacts (and between two contacts, where a group message says
// one wrote to the other).
type archiveReader struct {
	l   *loader
	ego int
	// egoSlug and egoName identify the ego, who is never in
	// Connections.csv: by the profile URL the archive's own rows give, or
	// by the name in Profile.csv.
	egoSlug, egoName string
	bySlug           map[string]int
	byName           map[string][]int
	arcs             map[arcKey]*arcSum
	order            []arcKey
}

type arcKey struct {
	from, to int
	kind     string
}

type arcSum struct {
	weight float64
	since  graph.Date
	rep    *FileReport
	line   int
}

// readArchiveTies reads every file of directed ties the archive has.
func (l *loader) readArchiveTies(a *archive) error {
	if l.nw.Ego < 0 {
		return nil // --no-ego: a list of people, nobody's own ties
	}
	x := &archiveReader{l: l, ego: l.nw.Ego, bySlug: map[string]int{}, byName: map[string][]int{}, arcs: map[arcKey]*arcSum{}}
	for i, p := range l.nw.People {
		if i == x.ego {
			continue
		}
		x.bySlug[strings.ToLower(p.ID)] = i
		if k := slug(p.Name); k != "" {
			x.byName[k] = append(x.byName[k], i)
		}
	}
	x.identifyEgo(a)
	if x.egoName == "" {
		x.egoNameFromURL(a)
	}
	if x.egoName == "" {
		x.egoNameFromDirection(a)
	}
	for _, f := range archiveFiles {
		raw, where, err := a.file(f.name)
		if err != nil {
			return err
		}
		if raw == nil {
			continue
		}
		if in, err := bytesInput(where, raw); err == nil && in.empty() {
			// Any of these files may be missing; an empty one (nothing
			// but a byte-order mark or blank lines too) is as good as
			// missing (docs/linkedin-archive.md), listed so that the
			// report shows it was seen.
			r := newFileReport("archive", where)
			r.Format = f.format
			r.note("empty file", Problem{Reason: "the file is empty: nothing to read, as if it were missing"})
			l.rep.Files = append(l.rep.Files, r)
			continue
		}
		t, err := openTableBytes("archive", where, raw, func(cells []string) string {
			lower := make([]string, len(cells))
			for k, c := range cells {
				lower[k] = strings.ToLower(strings.TrimSpace(c))
			}
			for _, n := range f.needs {
				if !slices.Contains(lower, n) {
					return ""
				}
			}
			return f.format
		})
		if err != nil {
			return err
		}
		if t == nil {
			return &Error{Path: where, Line: 1, Msg: "not the file LinkedIn writes under this name: its header was not recognised",
				Hint: "give the archive as LinkedIn sent it; docs/linkedin-archive.md lists the headers ties reads"}
		}
		t.rep.Format = f.format
		t.redact = true // message bodies and notes never reach a report
		l.rep.Files = append(l.rep.Files, t.rep)
		if err := f.read(x, t); err != nil {
			return err
		}
		noteEncoding(t.rep, t.in)
	}
	for _, k := range x.order {
		s := x.arcs[k]
		if err := l.addTie(graph.Tie{From: k.from, To: k.to, Weight: s.weight, Type: l.nw.AddTieType(k.kind), Since: s.since}, s.rep, s.line); err != nil {
			return err
		}
	}
	return nil
}

// identifyEgo finds the ego's own profile URL: from the invitations (the
// inviter of an outgoing one, the invitee of an incoming one), else the
// URL of the most messages; and the ego's name from Profile.csv.
func (x *archiveReader) identifyEgo(a *archive) {
	if raw, _, _ := a.file("Profile.csv"); raw != nil {
		if t, _ := openTableBytes("profile", "Profile.csv", raw, func(c []string) string {
			if len(c) > 1 && strings.EqualFold(strings.TrimSpace(c[0]), "first name") {
				return "profile"
			}
			return ""
		}); t != nil {
			d := t.rows(nil)
			if rec, _, err := d.next(); err == nil && len(rec) >= 2 {
				x.egoName = slug(rec[0] + " " + rec[1])
			}
		}
	}
	if raw, _, _ := a.file("Invitations.csv"); raw != nil {
		if t, _ := openTableBytes("invitations", "Invitations.csv", raw, func(c []string) string { return "x" }); t != nil {
			col := columns(t.header)
			d := t.rows(nil)
			for {
				rec, _, err := d.next()
				if err != nil {
					break
				}
				dir := strings.ToUpper(get(rec, col, "direction"))
				switch {
				case dir == "OUTGOING" && get(rec, col, "inviterprofileurl") != "":
					x.egoSlug = strings.ToLower(profileSlug(get(rec, col, "inviterprofileurl")))
				case dir == "INCOMING" && get(rec, col, "inviteeprofileurl") != "":
					x.egoSlug = strings.ToLower(profileSlug(get(rec, col, "inviteeprofileurl")))
				}
				if x.egoSlug != "" {
					return
				}
			}
		}
	}
	if raw, _, _ := a.file("messages.csv"); raw != nil {
		if t, _ := openTableBytes("messages", "messages.csv", raw, func(c []string) string { return "x" }); t != nil {
			col := columns(t.header)
			count := map[string]int{}
			d := t.rows(nil)
			for {
				rec, _, err := d.next()
				if err != nil {
					break
				}
				if s := strings.ToLower(profileSlug(get(rec, col, "sender profile url"))); s != "" {
					count[s]++
				}
				for _, u := range splitList(get(rec, col, "recipient profile urls")) {
					if s := strings.ToLower(profileSlug(u)); s != "" {
						count[s]++
					}
				}
			}
			best := 0
			for s, n := range count {
				if _, contact := x.bySlug[s]; !contact && (n > best || n == best && s < x.egoSlug) {
					x.egoSlug, best = s, n
				}
			}
		}
	}
}

// egoNameFromURL finds the ego's name, when Profile.csv does not give it,
// in messages.csv: the FROM of a row sent from the ego's URL. A message to
// the ego in the 2021 layout names its recipients without URLs, so the
// ego is known there by name only.
func (x *archiveReader) egoNameFromURL(a *archive) {
	if x.egoSlug == "" {
		return
	}
	raw, _, _ := a.file("messages.csv")
	if raw == nil {
		return
	}
	t, _ := openTableBytes("messages", "messages.csv", raw, func(c []string) string { return "x" })
	if t == nil {
		return
	}
	col := columns(t.header)
	d := t.rows(nil)
	for {
		rec, _, err := d.next()
		if err != nil {
			return
		}
		if strings.ToLower(profileSlug(get(rec, col, "sender profile url"))) == x.egoSlug {
			if k := slug(get(rec, col, "from")); k != "" {
				if _, contact := x.byName[k]; !contact {
					x.egoName = k
					return
				}
			}
		}
	}
}

// egoNameFromDirection finds the ego's name, when Profile.csv does not
// give it, from the 2018 Messages.csv, whose rows have no URLs but say
// their Direction: the most frequent sender of OUTGOING rows that is not a
// connection's name is the ego's.
func (x *archiveReader) egoNameFromDirection(a *archive) {
	raw, _, _ := a.file("messages.csv")
	if raw == nil {
		return
	}
	t, _ := openTableBytes("messages", "messages.csv", raw, func(c []string) string { return "x" })
	if t == nil {
		return
	}
	col := columns(t.header)
	if _, ok := col["direction"]; !ok {
		return
	}
	count := map[string]int{}
	d := t.rows(nil)
	for {
		rec, _, err := d.next()
		if err != nil {
			break
		}
		if k := slug(get(rec, col, "from")); k != "" && strings.EqualFold(get(rec, col, "direction"), "OUTGOING") {
			count[k]++
		}
	}
	best := 0
	for k, n := range count {
		if _, contact := x.byName[k]; !contact && (n > best || n == best && k < x.egoName) {
			x.egoName, best = k, n
		}
	}
}

// columns maps a header's lower-case names to their 0-based columns.
func columns(header []string) map[string]int {
	out := make(map[string]int, len(header))
	for k, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := out[h]; !dup {
			out[h] = k
		}
	}
	return out
}

// get returns the named cell, or "".
func get(rec []string, col map[string]int, name string) string {
	if k, ok := col[name]; ok && k < len(rec) {
		return strings.TrimSpace(rec[k])
	}
	return ""
}

// splitList splits LinkedIn's comma-separated list of URLs or names.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// splitNames splits a list of names (a message's TO) on its commas, but
// keeps together the pieces that make the name of a connection or the ego:
// "Agnieszka Kowalczyk, PhD, Bo Ek" is two names when a connection is
// named "Agnieszka Kowalczyk, PhD". The longest such name wins.
func (x *archiveReader) splitNames(s string) []string {
	pieces := strings.Split(s, ",")
	var out []string
	for i := 0; i < len(pieces); {
		j := i + 1
		for k := min(len(pieces), i+4); k > i+1; k-- {
			if n := slug(strings.Join(pieces[i:k], ",")); n != "" && (len(x.byName[n]) > 0 || n == x.egoName) {
				j = k
				break
			}
		}
		if p := strings.TrimSpace(strings.Join(pieces[i:j], ",")); p != "" {
			out = append(out, p)
		}
		i = j
	}
	return out
}

// who is the result of finding a person named in an archive row.
type who struct {
	i      int    // the person, or -1
	reason string // why nobody, for the report
}

// find finds a person by profile URL, then by full name (a member can
// change their URL; recommendations carry none). A name two contacts
// share matches neither.
func (x *archiveReader) find(url, name string) who {
	if s := strings.ToLower(profileSlug(url)); s != "" {
		if s == x.egoSlug {
			return who{i: x.ego}
		}
		if i, ok := x.bySlug[s]; ok {
			return who{i: i}
		}
	}
	k := slug(name)
	if k == "" || strings.EqualFold(strings.TrimSpace(name), "LinkedIn Member") {
		return who{i: -1, reason: "a hidden or closed account (no profile URL or name)"}
	}
	if k == x.egoName && x.egoName != "" && profileSlug(url) == "" {
		return who{i: x.ego}
	}
	switch ids := x.byName[k]; len(ids) {
	case 1:
		return who{i: ids[0]}
	case 0:
		return who{i: -1, reason: fmt.Sprintf("%s is not among your connections", short(strings.TrimSpace(name)))}
	default:
		return who{i: -1, reason: fmt.Sprintf("%d of your connections are named %s: cannot tell which", len(ids), short(strings.TrimSpace(name)))}
	}
}

// add counts one arc of a kind, with its date.
func (x *archiveReader) add(from, to int, kind string, w float64, when graph.Date, rep *FileReport, line int) {
	k := arcKey{from, to, kind}
	s, ok := x.arcs[k]
	if !ok {
		s = &arcSum{rep: rep, line: line}
		x.arcs[k] = s
		x.order = append(x.order, k)
	}
	s.weight += w
	if !when.IsZero() && (s.since.IsZero() || when.Before(s.since)) {
		s.since = when
	}
}

// date reads the named date column of an archive row (month first where
// slashes come first, a time of day after the date: monthFirstDate, whose
// rules parseDates shares). An empty cell is no date; a cell that holds no
// date ties can read is noted by its column, never its value (a row cut
// wrong could put a message's text there), and the tie is counted without
// it. example is how LinkedIn writes the column.
func (x *archiveReader) date(rec []string, col map[string]int, name, example string, note rowNote) graph.Date {
	s := get(rec, col, name)
	if s == "" {
		return graph.Date{}
	}
	d, ok := monthFirstDate(s, x.l.now().Year())
	if !ok {
		note("bad date", col[name]+1, fmt.Sprintf("not a date ties can read (the cell is not shown): the row is counted without its date; LinkedIn writes %s like %s, and a date like 2024-04-15 is read too", name, example))
	}
	return d
}

// rowNote notes something about an archive row; column is the 1-based
// column it concerns, 0 for the whole row.
type rowNote func(kind string, column int, why string)

// rowsOf runs fn over a table's rows with their column map, then flushes
// the row accounting.
func rowsOf(t *table, fn func(rec []string, col map[string]int, line int, skip func(kind, why string), note rowNote)) {
	col := columns(t.header)
	d := t.rows(nil)
	for {
		rec, pos, err := d.next()
		if err != nil {
			break
		}
		done := true
		skip := func(kind, why string) {
			done = false
			d.skipped = append(d.skipped, kindProblem{kind, Problem{Line: pos.line, Reason: why}})
		}
		note := func(kind string, column int, why string) {
			p := Problem{Line: pos.lineOf(column), Column: column, Reason: why}
			if column > 0 && column <= len(t.header) {
				p.Field = t.header[column-1]
			}
			d.notes = append(d.notes, kindProblem{kind, p})
		}
		fn(rec, col, pos.line, skip, note)
		if done {
			t.rep.Imported++
		}
	}
	d.flush()
}

// messages: an arc from the sender to each recipient, weight one per
// message; only the names and URLs are read, never the subject or body.
func (x *archiveReader) messages(t *table) error {
	rowsOf(t, func(rec []string, col map[string]int, line int, skip func(kind, why string), note rowNote) {
		if strings.EqualFold(get(rec, col, "is message draft"), "yes") {
			skip("draft", "a draft, never sent")
			return
		}
		if strings.EqualFold(get(rec, col, "conversation title"), "Sponsored Conversation") {
			skip("sponsored", "a sponsored message: an advertisement, not a tie")
			return
		}
		dir := strings.ToUpper(get(rec, col, "direction")) // the 2018 Messages.csv's
		from := x.find(get(rec, col, "sender profile url"), get(rec, col, "from"))
		if from.i < 0 && dir == "OUTGOING" {
			from = who{i: x.ego} // the ego sent it, whatever the name
		}
		if from.i < 0 {
			skip("unknown sender", "the sender: "+from.reason)
			return
		}
		to := x.recipients(rec, col, dir)
		var ends []int
		unknown, self := 0, 0
		for _, r := range to {
			switch {
			case r.i < 0:
				unknown++
			case r.i == from.i:
				self++
			default:
				ends = append(ends, r.i)
			}
		}
		if len(ends) > 0 {
			when := x.date(rec, col, "date", "2026-04-06 16:35:35 UTC", note)
			for _, i := range ends {
				x.add(from.i, i, TieMessage, 1, when, t.rep, line)
			}
		}
		kept := len(ends)
		switch {
		case kept == 0 && len(to) == 0:
			skip("no recipient", "no recipient named")
		case kept == 0 && unknown == 0:
			skip("same person", "the only recipient is the sender: a tie needs two people")
		case kept == 0:
			skip("unknown recipient", "the recipients are not among your connections (a group, an InMail, a closed account)")
		case unknown > 0:
			note("recipients left out", 0, fmt.Sprintf("%d of the %d recipients are not among your connections: those pairs are left out", unknown, len(to)))
		}
		if kept > 0 && self > 0 {
			note("same person", 0, "the recipients name the sender too: that pair of the same person is left out")
		}
	})
	return nil
}

// recipients finds the recipients of a message: by their URLs (names
// paired with them only when the counts agree), else by their names. In
// the 2018 Messages.csv, which has no URLs, Direction INCOMING says that
// the ego received the message: when no recipient is found to be the ego,
// the one recipient not among the connections is (the ego is in no
// Connections.csv), or, when there is none such, the ego is added to the
// recipients.
func (x *archiveReader) recipients(rec []string, col map[string]int, dir string) []who {
	urls := splitList(get(rec, col, "recipient profile urls"))
	names := x.splitNames(get(rec, col, "to"))
	var to []who
	switch {
	case len(urls) > 0:
		for k, u := range urls {
			name := ""
			if len(names) == len(urls) {
				name = names[k]
			}
			to = append(to, x.find(u, name))
		}
	case len(names) > 0:
		for _, n := range names {
			to = append(to, x.find("", n))
		}
	}
	if dir != "INCOMING" || slices.ContainsFunc(to, func(r who) bool { return r.i == x.ego }) {
		return to
	}
	unknown := -1
	for k, r := range to {
		if r.i < 0 {
			if unknown >= 0 {
				return append(to, who{i: x.ego}) // several: which is the ego is not known
			}
			unknown = k
		}
	}
	if unknown >= 0 {
		to[unknown] = who{i: x.ego}
		return to
	}
	return append(to, who{i: x.ego})
}

// invitations: an arc from the inviter to the invitee.
func (x *archiveReader) invitations(t *table) error {
	rowsOf(t, func(rec []string, col map[string]int, line int, skip func(kind, why string), note rowNote) {
		from := x.find(get(rec, col, "inviterprofileurl"), get(rec, col, "from"))
		to := x.find(get(rec, col, "inviteeprofileurl"), get(rec, col, "to"))
		switch dir := strings.ToUpper(get(rec, col, "direction")); {
		case dir == "OUTGOING" && from.i < 0:
			from = who{i: x.ego}
		case dir == "INCOMING" && to.i < 0:
			to = who{i: x.ego}
		}
		switch {
		case from.i < 0:
			skip("not a connection", "the inviter: "+from.reason+" (an invitation never accepted)")
		case to.i < 0:
			skip("not a connection", "the invitee: "+to.reason+" (an invitation never accepted)")
		case from.i == to.i:
			skip("self", "an invitation to oneself")
		default:
			x.add(from.i, to.i, TieInvitation, 1, x.date(rec, col, "sent at", "4/6/26, 2:12 PM", note), t.rep, line)
		}
	})
	return nil
}

// endorsed reads an endorsement file; received: the endorser endorsed the
// ego, else the ego endorsed the endorsee. Each skill endorsed weighs one.
func (x *archiveReader) endorsed(t *table, received bool) {
	who := "endorsee"
	if received {
		who = "endorser"
	}
	rowsOf(t, func(rec []string, col map[string]int, line int, skip func(kind, why string), note rowNote) {
		if s := strings.ToUpper(get(rec, col, "endorsement status")); s != "" && s != "ACCEPTED" {
			skip("not accepted", fmt.Sprintf("status %s: not counted", short(s)))
			return
		}
		other := x.find(get(rec, col, who+" public url"), get(rec, col, who+" first name")+" "+get(rec, col, who+" last name"))
		if other.i < 0 || other.i == x.ego {
			skip("not a connection", "the "+who+": "+other.reason)
			return
		}
		from, to := x.ego, other.i
		if received {
			from, to = to, from
		}
		x.add(from, to, TieEndorsement, 1, x.date(rec, col, "endorsement date", "2024/12/15 08:53:43 UTC", note), t.rep, line)
	})
}

func (x *archiveReader) endorsementsReceived(t *table) error { x.endorsed(t, true); return nil }
func (x *archiveReader) endorsementsGiven(t *table) error    { x.endorsed(t, false); return nil }

// recommended reads a recommendations file: by name only (it carries no
// URL); the text is never read.
func (x *archiveReader) recommended(t *table, received bool) {
	rowsOf(t, func(rec []string, col map[string]int, line int, skip func(kind, why string), note rowNote) {
		if s := strings.ToUpper(get(rec, col, "status")); s != "" && s != "VISIBLE" {
			skip("not visible", fmt.Sprintf("status %s: not counted", short(s)))
			return
		}
		other := x.find("", get(rec, col, "first name")+" "+get(rec, col, "last name"))
		if other.i < 0 || other.i == x.ego {
			skip("not a connection", other.reason)
			return
		}
		from, to := x.ego, other.i
		if received {
			from, to = to, from
		}
		x.add(from, to, TieRecommendation, 1, x.date(rec, col, "creation date", "04/15/24, 09:25 PM", note), t.rep, line)
	})
}

func (x *archiveReader) recommendationsReceived(t *table) error { x.recommended(t, true); return nil }
func (x *archiveReader) recommendationsGiven(t *table) error    { x.recommended(t, false); return nil }

// ArchiveTieTypes lists the tie types an archive gives, for documentation
// and outputs.
var ArchiveTieTypes = []string{TieMessage, TieInvitation, TieEndorsement, TieRecommendation}
