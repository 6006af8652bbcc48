package importers

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime/quotedprintable"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// readVCard reads a file of vCards (2.1, 3.0 or 4.0, mixed freely). Each
// BEGIN:VCARD … END:VCARD is one row read: a contact with a mutual tie of
// type "vcard" from the ego. FN is the name (else N), ORG gives the
// organization and, from its second component, the department, TITLE (else
// ROLE) the position, CATEGORIES the memberships, EMAIL the id (a PREF one
// first), and ADR's seventh component the country (a work address's
// first). Property groups ("item1.EMAIL") are read as the property.
//
// A card without END:VCARD (a truncated file, or two cards run together) is
// skipped with the line it begins on; text outside cards is noted with its
// lines; KIND:group, org or location cards are skipped, being no person.
//
// The line parser is ties' own, for three reasons. Every card must be
// accounted for with the line it begins on, and problems inside it with
// their own line, and no vCard library reports positions. vCard 2.1's
// quoted-printable soft line breaks (a value line ending in "=" continues on
// the next line, without the leading space of a folded line) are not
// folding: a 3.0/4.0 parser reads the continuation as a broken property.
// And one bad card must be reported, not stop the file. Decoding is left to
// libraries: mime/quotedprintable, encoding/base64, and
// golang.org/x/text/encoding/htmlindex for CHARSET.
func (l *loader) readVCard(rep *FileReport, text []byte) error {
	rep.Delimiter, rep.HeaderLine = "", 0
	if len(bytes.TrimSpace(text)) == 0 {
		return &Error{Path: rep.Path, Msg: "the file is empty", Hint: "export it again, or leave the option out"}
	}
	var cs []contact
	var card *vcard
	var junk junkRun
	for _, ln := range vcardLines(text) {
		if strings.TrimSpace(ln.text) == "" {
			continue
		}
		p, ok := parseVCardLine(ln.text)
		isCard := ok && p.group == "" && strings.EqualFold(strings.TrimSpace(p.value), "VCARD")
		if card != nil && card.agent != nil {
			// Inside an AGENT's card (vCard 2.1): its lines are the
			// agent's, up to its own END:VCARD.
			if card.agent.feed(p, ok, isCard) {
				card.noteAgent(rep)
			}
			continue
		}
		if card != nil && card.agentLine > 0 {
			// "AGENT:" with its card on the next line.
			if isCard && p.name == "BEGIN" {
				card.agent = &agentCard{depth: 1}
				continue
			}
			rep.note("agent", Problem{Line: card.agentLine, Field: "AGENT",
				Reason: "the AGENT property (the contact's assistant or agent) has no card: ignored"})
			card.agentLine = 0
		}
		switch {
		case isCard && p.name == "BEGIN":
			junk.flush(rep)
			if card != nil {
				rep.RowsRead++
				rep.skip("no END:VCARD", Problem{Line: card.begin,
					Reason: fmt.Sprintf("the card that begins here is not closed: no END:VCARD before the BEGIN:VCARD on line %d; it is not imported", ln.line)})
			}
			card = &vcard{begin: ln.line, c: contact{line: ln.line}}
		case isCard && p.name == "END" && card != nil:
			rep.RowsRead++
			if c, ok := card.finish(rep); ok {
				cs = append(cs, c)
			}
			card = nil
		case card != nil && ok && p.name == "AGENT":
			card.startAgent(rep, p, ln.line)
		case card != nil && ok:
			card.apply(rep, p, ln.line)
		case card != nil:
			rep.note("not a property", Problem{Line: ln.line,
				Reason: fmt.Sprintf("%q is not a vCard property (NAME:value): ignored", short(strings.TrimSpace(ln.text)))})
		default:
			junk.add(ln)
		}
	}
	junk.flush(rep)
	if card != nil {
		rep.RowsRead++
		rep.skip("no END:VCARD", Problem{Line: card.begin,
			Reason: "the card that begins here has no END:VCARD: the file may be cut off; the card is not imported"})
	}
	if rep.RowsRead == 0 {
		return &Error{Path: rep.Path, Line: 1, Msg: "not a vCard file: no BEGIN:VCARD found",
			Hint: "export the contacts as vCard (.vcf) again, or give the right --people-format"}
	}
	return l.addContacts(rep, FormatVCard, cs)
}

// vline is one logical line of a vCard file: physical lines joined where
// folded (a line starting with a space or tab continues the one before) or
// soft-broken (a quoted-printable value ending in "=").
type vline struct {
	line, end int // the first and last physical lines, 1-based
	text      string
}

// vcardLines splits text into logical lines. Folding removes the line break
// and the one space or tab after it (RFC 6350). A quoted-printable soft line
// break is kept as "=\r\n", for mime/quotedprintable to remove; it never
// joins a BEGIN:VCARD or END:VCARD line, so that a value wrongly ending in
// "=" cannot swallow the end of its card. Long folded values (photos) are
// joined in linear time.
func vcardLines(text []byte) []vline {
	phys := strings.Split(string(text), "\n")
	for i := range phys {
		phys[i] = strings.TrimSuffix(phys[i], "\r")
	}
	var out []vline
	for i := 0; i < len(phys); i++ {
		start := i
		var b strings.Builder
		b.WriteString(phys[i])
		last := phys[i]
		head := strings.IndexByte(last, ':') >= 0 // the parameters are complete
		qp := head && isQuotedPrintable(last)
		canFold := strings.TrimSpace(last) != ""
		for i+1 < len(phys) {
			next := phys[i+1]
			if qp && strings.HasSuffix(strings.TrimRight(last, " \t"), "=") && !isCardDelimiter(next) {
				b.WriteString("\r\n")
				b.WriteString(next)
			} else if canFold && next != "" && (next[0] == ' ' || next[0] == '\t') {
				b.WriteString(next[1:])
				if !head && strings.IndexByte(next, ':') >= 0 {
					head = true
					qp = isQuotedPrintable(b.String())
				}
			} else {
				break
			}
			last = next
			i++
		}
		out = append(out, vline{line: start + 1, end: i + 1, text: b.String()})
	}
	return out
}

// isQuotedPrintable reports whether a property line's parameters say its
// value is quoted-printable (ENCODING=QUOTED-PRINTABLE, or 2.1's bare
// QUOTED-PRINTABLE).
func isQuotedPrintable(s string) bool {
	head, _, ok := strings.Cut(s, ":")
	return ok && strings.Contains(strings.ToUpper(head), "QUOTED-PRINTABLE")
}

func isCardDelimiter(s string) bool {
	s = strings.ToUpper(strings.TrimSpace(s))
	return strings.HasPrefix(s, "BEGIN:VCARD") || strings.HasPrefix(s, "END:VCARD")
}

// vprop is one property line: [group.]NAME[;param…]:value.
type vprop struct {
	group, name string
	params      map[string][]string // upper-case keys
	value       string              // as written (still encoded and escaped)
}

// parseVCardLine splits a logical line into a property, or says it is none.
// Parameter values may be quoted ("…"), and may then hold ':' and ';'.
func parseVCardLine(s string) (vprop, bool) {
	colon, inQuote := -1, false
	for i := 0; i < len(s) && colon < 0; i++ {
		switch s[i] {
		case '"':
			inQuote = !inQuote
		case ':':
			if !inQuote {
				colon = i
			}
		}
	}
	if colon <= 0 {
		return vprop{}, false
	}
	parts := splitOutsideQuotes(s[:colon], ';')
	p := vprop{name: strings.TrimSpace(parts[0]), params: map[string][]string{}, value: s[colon+1:]}
	if i := strings.LastIndexByte(p.name, '.'); i >= 0 {
		p.group, p.name = p.name[:i], p.name[i+1:]
	}
	if p.name == "" || strings.IndexFunc(p.name, func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_')
	}) >= 0 {
		return vprop{}, false
	}
	p.name = strings.ToUpper(p.name)
	for _, param := range parts[1:] {
		key, val, hasValue := strings.Cut(param, "=")
		key = strings.ToUpper(strings.TrimSpace(key))
		if !hasValue {
			// vCard 2.1 writes bare values: EMAIL;INTERNET;PREF, QUOTED-PRINTABLE.
			switch key {
			case "QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT":
				p.params["ENCODING"] = append(p.params["ENCODING"], key)
			default:
				p.params["TYPE"] = append(p.params["TYPE"], key)
			}
			continue
		}
		for _, v := range splitOutsideQuotes(val, ',') {
			v = strings.TrimSpace(v)
			if key == "TYPE" && len(v) > 1 && v[0] == '"' && v[len(v)-1] == '"' {
				// RFC 6350 quotes a list of types: TYPE="work,voice".
				for _, t := range strings.Split(v[1:len(v)-1], ",") {
					p.params[key] = append(p.params[key], strings.TrimSpace(t))
				}
				continue
			}
			p.params[key] = append(p.params[key], strings.Trim(v, `"`))
		}
	}
	return p, true
}

func splitOutsideQuotes(s string, sep byte) []string {
	var out []string
	inQuote, start := false, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			inQuote = !inQuote
		case sep:
			if !inQuote {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// param returns the first value of a parameter, or "".
func (p vprop) param(key string) string {
	if v := p.params[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// hasType reports whether TYPE (or 2.1's bare parameters) includes t.
// prefRank is how preferred a property is marked: vCard 4.0's PREF=1 to
// 100 (1 most), or 1 for TYPE=pref (vCard 2.1 and 3.0); ok is false when
// it is not marked. A PREF that is not a number counts as 1.
func (p vprop) prefRank() (rank int, ok bool) {
	if v := p.param("PREF"); v != "" {
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n >= 1 {
			return n, true
		}
		return 1, true
	}
	return 1, p.hasType("pref")
}

func (p vprop) hasType(t string) bool {
	for _, v := range p.params["TYPE"] {
		if strings.EqualFold(v, t) {
			return true
		}
	}
	return false
}

// decoded returns the value with its transfer encoding (quoted-printable,
// base64) and charset undone; escapes are left for the property to undo.
// CHARSET applies to encoded values, and to others when it names a
// charset other than the file's (undeclared).
func (p vprop) decoded(rep *FileReport, line int) string {
	var raw []byte
	switch enc := strings.ToUpper(p.param("ENCODING")); enc {
	case "QUOTED-PRINTABLE":
		b, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(p.value)))
		if err != nil {
			rep.note("bad quoted-printable", Problem{Line: line, Field: p.name,
				Reason: fmt.Sprintf("the %s value is not valid quoted-printable (%v): read as written", p.name, err)})
			return strings.ReplaceAll(p.value, "=\r\n", "")
		}
		raw = b
	case "B", "BASE64":
		b, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(p.value), ""))
		if err != nil {
			rep.note("bad base64", Problem{Line: line, Field: p.name,
				Reason: fmt.Sprintf("the %s value is not valid base64: read as written", p.name)})
			return p.value
		}
		raw = b
	default:
		return p.undeclared(rep, line)
	}
	if cs := p.param("CHARSET"); cs != "" {
		enc, err := htmlindex.Get(cs)
		if err == nil {
			if s, err := enc.NewDecoder().Bytes(raw); err == nil {
				return string(s)
			}
		}
		rep.note("unknown charset", Problem{Line: line, Field: p.name,
			Reason: fmt.Sprintf("CHARSET=%s is not a character set ties knows: the value is read as UTF-8 if valid, else as Windows-1252", short(cs))})
	}
	if utf8.Valid(raw) {
		return string(raw)
	}
	s, _ := charmap.Windows1252.NewDecoder().Bytes(raw)
	return string(s)
}

// undeclared is a value not encoded (no ENCODING): the file was decoded
// as a whole, and a line that was no UTF-8 was read as Windows-1252. A
// CHARSET other than those (Shift_JIS, ISO-8859-5 …) names the bytes'
// own encoding: they are taken back to bytes and decoded so.
func (p vprop) undeclared(rep *FileReport, line int) string {
	cs := p.param("CHARSET")
	if cs == "" || isASCII(p.value) {
		return p.value
	}
	enc, err := htmlindex.Get(cs)
	if err != nil {
		rep.note("unknown charset", Problem{Line: line, Field: p.name,
			Reason: fmt.Sprintf("CHARSET=%s is not a character set ties knows: the value is read as the file is", short(cs))})
		return p.value
	}
	if name, _ := htmlindex.Name(enc); name == "utf-8" || name == "windows-1252" {
		return p.value // what the file was read as (ISO-8859-1 is read as Windows-1252)
	}
	raw, err := charmap.Windows1252.NewEncoder().Bytes([]byte(p.value))
	if err != nil {
		return p.value // read as UTF-8: the bytes were not in the charset after all
	}
	if s, err := enc.NewDecoder().Bytes(raw); err == nil && utf8.Valid(s) {
		return string(s)
	}
	return p.value
}

// splitUnescaped splits a value at each sep that is not escaped with a
// backslash, leaving escapes in the parts.
func splitUnescaped(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case sep:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// unescape undoes vCard's text escapes \, \; \: \\ and \n (or \N); any
// other backslash is kept as written.
func unescape(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		case ',', ';', ':', '\\':
			b.WriteByte(s[i])
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// vcard collects one card's properties.
type vcard struct {
	begin       int
	c           contact
	fn          string
	pref        []string // e-mail addresses marked preferred, before the others
	prefRank    []int    // parallel to pref, ascending: PREF=1 is the most preferred
	emails      []string
	workCountry string
	role        string
	kind        string
	showAs      string // Apple's X-ABShowAs: COMPANY for a company card
	// agentLine is the line of an AGENT property whose card is still to
	// be read; agent collects that card.
	agentLine int
	agent     *agentCard
}

// agentCard is a card held by an AGENT property: the contact's assistant
// or agent (vCard 2.1 and 3.0; 4.0 has RELATED instead). It is noted in
// the report with its name, and not imported as a contact: it is someone
// the contact works with, not necessarily one of the exporter's contacts.
type agentCard struct {
	depth int // nested cards still open; 0 when complete
	v     vcard
}

// feed reads one line of the agent's card and reports whether the card
// is complete.
func (a *agentCard) feed(p vprop, ok, isCard bool) bool {
	switch {
	case isCard && p.name == "BEGIN":
		a.depth++
	case isCard && p.name == "END":
		a.depth--
	case ok && a.depth == 1:
		a.v.apply(newFileReport("", ""), p, 0)
	}
	return a.depth == 0
}

// name is how the agent's card names the agent.
func (a *agentCard) name() string {
	c := a.v.c
	c.name = a.v.fn
	c.emails = append(a.v.pref, a.v.emails...)
	if n := c.displayName(); n != "" {
		return n
	}
	if len(c.emails) > 0 {
		return c.emails[0]
	}
	return ""
}

// startAgent reads an AGENT property: a card that follows (2.1: "AGENT:"
// and the card on the next lines), a card in the value, escaped (3.0), or
// a reference to another contact (VALUE=uri).
func (v *vcard) startAgent(rep *FileReport, p vprop, line int) {
	value := strings.TrimSpace(p.value)
	switch {
	case value == "":
		v.agentLine = line
	case strings.EqualFold(value, "BEGIN:VCARD"):
		v.agentLine, v.agent = line, &agentCard{depth: 1}
	case len(value) >= 11 && strings.EqualFold(value[:11], "BEGIN:VCARD"):
		// The whole card, escaped: "\n" between its lines, "\;" and "\,"
		// in its values.
		a := &agentCard{}
		body := strings.NewReplacer(`\n`, "\n", `\N`, "\n").Replace(p.decoded(rep, line))
		for _, l := range strings.Split(body, "\n") {
			l = strings.TrimRight(l, "\r")
			if strings.TrimSpace(l) == "" {
				continue
			}
			q, ok := parseVCardLine(l)
			if ok {
				q.value = strings.NewReplacer(`\;`, ";", `\,`, ",", `\:`, ":", `\\`, `\`).Replace(q.value)
			}
			a.feed(q, ok, ok && q.group == "" && strings.EqualFold(strings.TrimSpace(q.value), "VCARD"))
		}
		v.agentLine, v.agent = line, a
		v.noteAgent(rep)
	default:
		rep.note("agent", Problem{Line: line, Field: "AGENT",
			Reason: fmt.Sprintf("the contact's assistant or agent is another contact (%q): noted, not imported", short(value))})
	}
}

// noteAgent notes the agent's card once it is read.
func (v *vcard) noteAgent(rep *FileReport) {
	who := "a card without a name"
	if n := v.agent.name(); n != "" {
		who = fmt.Sprintf("%q", short(n))
	}
	rep.note("agent", Problem{Line: v.agentLine, Field: "AGENT",
		Reason: fmt.Sprintf("the contact's assistant or agent (AGENT: %s) is noted, not imported as a contact; the card is the contact's own", who)})
	v.agentLine, v.agent = 0, nil
}

func (v *vcard) apply(rep *FileReport, p vprop, line int) {
	switch p.name {
	case "FN":
		if v.fn == "" {
			v.fn = clean(unescape(p.decoded(rep, line)))
		}
	case "N":
		parts := splitUnescaped(p.decoded(rep, line), ';')
		comp := func(k int) string {
			if k >= len(parts) {
				return ""
			}
			var words []string
			for _, w := range splitUnescaped(parts[k], ',') {
				if w = clean(unescape(w)); w != "" {
					words = append(words, w)
				}
			}
			return strings.Join(words, " ")
		}
		if v.c.first == "" && v.c.last == "" {
			v.c.last, v.c.first, v.c.middle = comp(0), comp(1), comp(2)
		}
	case "ORG":
		if v.c.organization == "" && v.c.department == "" {
			parts := splitUnescaped(p.decoded(rep, line), ';')
			v.c.organization = clean(unescape(parts[0]))
			if len(parts) > 1 {
				v.c.department = clean(unescape(parts[1]))
			}
		}
	case "TITLE":
		if v.c.position == "" {
			v.c.position = clean(unescape(p.decoded(rep, line)))
		}
	case "ROLE":
		if v.role == "" {
			v.role = clean(unescape(p.decoded(rep, line)))
		}
	case "CATEGORIES":
		for _, g := range splitUnescaped(p.decoded(rep, line), ',') {
			if g = clean(unescape(g)); g != "" {
				v.c.groups = append(v.c.groups, g)
			}
		}
	case "EMAIL":
		value := clean(unescape(p.decoded(rep, line)))
		if value == "" {
			return
		}
		e := emailAddress(value)
		if e == "" {
			rep.note("not an e-mail address", Problem{Line: line, Field: "EMAIL",
				Reason: fmt.Sprintf("%q is not an e-mail address: not used as the id", short(value))})
			return
		}
		if rank, ok := p.prefRank(); ok {
			// Most preferred first (PREF=1), the file's order among equals.
			at := len(v.pref)
			for at > 0 && v.prefRank[at-1] > rank {
				at--
			}
			v.pref = slices.Insert(v.pref, at, e)
			v.prefRank = slices.Insert(v.prefRank, at, rank)
		} else {
			v.emails = append(v.emails, e)
		}
	case "ADR":
		parts := splitUnescaped(p.decoded(rep, line), ';')
		if len(parts) < 7 {
			return
		}
		country := clean(unescape(parts[6]))
		if country == "" {
			return
		}
		if v.c.country == "" {
			v.c.country = country
		}
		if v.workCountry == "" && p.hasType("work") {
			v.workCountry = country
		}
	case "KIND", "X-ADDRESSBOOKSERVER-KIND":
		v.kind = strings.ToLower(clean(p.value))
	case "X-ABSHOWAS":
		v.showAs = strings.ToUpper(clean(p.value))
	}
}

// finish returns the card's contact, or skips a card that is no person.
func (v *vcard) finish(rep *FileReport) (contact, bool) {
	if v.kind == "org" || v.showAs == "COMPANY" {
		// An organisation's own card (vCard 4.0's KIND:org, Apple's
		// X-ABShowAs:COMPANY): an organisation, not a person.
		what := "KIND:org"
		if v.kind != "org" {
			what = "X-ABShowAs:COMPANY"
		}
		name := v.c.organization
		if name == "" {
			name = v.fn
		}
		rep.skip("company card", Problem{Line: v.begin,
			Reason: fmt.Sprintf("a company card (%s) for %q: an organisation, not a person; not imported", what, short(name))})
		return contact{}, false
	}
	switch v.kind {
	case "group", "location":
		rep.skip("not a person", Problem{Line: v.begin,
			Reason: fmt.Sprintf("a KIND:%s card is not a person: not imported", v.kind)})
		return contact{}, false
	}
	c := v.c
	c.name = v.fn
	c.emails = append(v.pref, v.emails...)
	if v.workCountry != "" {
		c.country = v.workCountry
	}
	if c.position == "" {
		c.position = v.role
	}
	return c, true
}

// junkRun gathers consecutive lines outside any card into one note.
type junkRun struct {
	first, last int
	text        string
}

func (j *junkRun) add(ln vline) {
	if j.first == 0 {
		j.first, j.text = ln.line, strings.TrimSpace(ln.text)
	}
	j.last = ln.end
}

func (j *junkRun) flush(rep *FileReport) {
	if j.first == 0 {
		return
	}
	where := fmt.Sprintf("line %d (%q) is", j.first, short(j.text))
	if j.last > j.first {
		where = fmt.Sprintf("lines %d-%d (from %q) are", j.first, j.last, short(j.text))
	}
	rep.note("outside a card", Problem{Line: j.first,
		Reason: where + " outside any BEGIN:VCARD … END:VCARD: ignored"})
	*j = junkRun{}
}
