package importers

import (
	"fmt"
	"strings"
)

// outlookAliases maps the columns of an Outlook contacts CSV to canonical
// names, which are the English headers of Outlook's classic export. It
// accepts the Swedish, Norwegian, Danish, Finnish, German, French and
// Spanish exports' name, organisation and e-mail columns (Outlook writes its
// headers in the language of its user interface), Outlook.com's newer
// export, and a few
// spellings that spreadsheets and other versions use. Outlook's "Title"
// (Tilltal, Anrede) is a courtesy title such as "Dr.", not a job title, and
// is not read.
var outlookAliases = newAliases(map[string][]string{
	"First Name":  {"förnamn", "vorname", "given name", "fornavn", "etunimi", "prénom", "nombre"},
	"Middle Name": {"mellannamn", "andra förnamn", "weitere vornamen", "zweiter vorname", "mellomnavn", "mellemnavn", "toinen nimi", "deuxième prénom", "segundo nombre"},
	"Last Name":   {"efternamn", "nachname", "surname", "etternavn", "efternavn", "sukunimi", "nom", "apellidos"},
	"Company":     {"företag", "firma", "company name", "organization", "yritys", "société", "compañía"},
	"Department":  {"avdelning", "abteilung", "avdeling", "afdeling", "osasto", "service", "departamento"},
	"Job Title":   {"befattning", "arbetstitel", "yrkestitel", "jobbtitel", "position", "jobbezeichnung", "stilling", "tehtävänimike", "fonction", "puesto"},
	"Business Country/Region": {"business country", "business country/region", "country/region (business)",
		"land/region, arbete", "land/region (arbete)", "land/region arbete", "land/region - arbete", "land, arbete", "arbete land/region", "land/region för arbete",
		"land/region geschäftlich", "land geschäftlich", "land/region (geschäftlich)"},
	"Home Country/Region": {"home country", "country/region (home)",
		"land/region, hem", "land/region (hem)", "land/region hem", "land/region - hem", "land, hem", "hem land/region", "land/region för hem",
		"land/region privat", "land privat", "land/region (privat)"},
	"Other Country/Region": {"other country", "country/region (other)",
		"land/region, annan", "land/region (annan)", "annan land/region", "annat land/region",
		"weiteres/e land/region", "weiteres land/region", "land/region weitere", "weiteres land"},
	"Categories":          {"kategorier", "kategorien", "category", "luokat", "catégories", "categorías"},
	"E-mail Address":      {"email address", "e-mail 1 address", "e-postadress", "e-post adress", "e-post", "e-mail-adresse", "e-mail adresse", "e-postadresse", "mailadresse", "sähköpostiosoite", "adresse de messagerie", "dirección de correo electrónico"},
	"E-mail Type":         {"email type", "e-posttyp", "e-post typ", "e-mail-typ"},
	"E-mail Display Name": {"email display name", "e-postvisningsnamn", "visningsnamn för e-post", "e-post visningsnamn", "e-mail: angezeigter name", "e-mail angezeigter name"},
	"E-mail 2 Address":    {"email 2 address", "e-postadress 2", "e-post 2 adress", "e-mail 2: adresse", "e-mail 2 adresse"},
	"E-mail 2 Type":       {"email 2 type", "e-posttyp 2", "e-post 2 typ", "e-mail 2: typ", "e-mail 2 typ"},
	"E-mail 3 Address":    {"email 3 address", "e-postadress 3", "e-post 3 adress", "e-mail 3: adresse", "e-mail 3 adresse"},
	"E-mail 3 Type":       {"email 3 type", "e-posttyp 3", "e-post 3 typ", "e-mail 3: typ", "e-mail 3 typ"},
})

// outlookMarks are columns that an Outlook export has and a plain list of
// names has not; a header needs two of them.
var outlookMarks = []string{"Company", "Job Title", "Department", "E-mail Address", "Categories", "Business Country/Region", "Home Country/Region"}

// isOutlookHeader recognises an Outlook contacts CSV (classic desktop export
// in English, Swedish or German, or Outlook.com's): a name column and at
// least two of Outlook's contact columns. A header that is LinkedIn's,
// Google's (E-mail 1 - Value, Labels) or a people file's (id) is not
// Outlook's, also when the format is forced.
func isOutlookHeader(cells []string) bool {
	if !outlookAliases.has(cells, "First Name") && !outlookAliases.has(cells, "Last Name") {
		return false
	}
	n := 0
	for _, m := range outlookMarks {
		if outlookAliases.has(cells, m) {
			n++
		}
	}
	return n >= 2 && !isLinkedInHeader(cells) && !isGoogleHeader(cells) && !isPeopleHeader(cells)
}

type outlookRow struct {
	RowMeta
	First        string `csv:"First Name"`
	Middle       string `csv:"Middle Name"`
	Last         string `csv:"Last Name"`
	Company      string `csv:"Company"`
	Department   string `csv:"Department"`
	JobTitle     string `csv:"Job Title"`
	Business     string `csv:"Business Country/Region"`
	Home         string `csv:"Home Country/Region"`
	Other        string `csv:"Other Country/Region"`
	Categories   string `csv:"Categories"`
	Email        string `csv:"E-mail Address"`
	EmailType    string `csv:"E-mail Type"`
	EmailDisplay string `csv:"E-mail Display Name"`
	Email2       string `csv:"E-mail 2 Address"`
	Email2Type   string `csv:"E-mail 2 Type"`
	Email3       string `csv:"E-mail 3 Address"`
	Email3Type   string `csv:"E-mail 3 Type"`
}

// readOutlook reads an Outlook contacts CSV. Each contact gets a mutual tie
// of type "outlook" from the ego. Categories, separated by ";" or ",",
// become memberships. The country is the business address's, else the
// home address's, else the other address's. An Exchange address (E-mail
// Type "EX", "/o=…") is not an e-mail address and is not used as the id,
// unless the display name holds one in parentheses.
func (l *loader) readOutlook(t *table) error {
	_, col, _ := outlookAliases.canonical(t.header)
	nameCol := col["First Name"]
	if nameCol == 0 {
		nameCol = col["Last Name"]
	}
	var cs []contact
	err := decodeStructs(t, outlookAliases, func(r outlookRow) {
		pos := r.position()
		c := contact{
			line:         pos.line,
			first:        r.First,
			middle:       r.Middle,
			last:         r.Last,
			organization: r.Company,
			department:   r.Department,
			position:     r.JobTitle,
			groups:       splitAny(r.Categories, ";", ","),
			nameColumn:   nameCol,
			groupsColumn: col["Categories"],
		}
		for _, country := range []string{r.Business, r.Home, r.Other} {
			if country = clean(country); country != "" {
				c.country = country
				break
			}
		}
		display := clean(r.EmailDisplay)
		for _, e := range [][3]string{{"E-mail Address", r.Email, r.EmailType}, {"E-mail 2 Address", r.Email2, r.Email2Type}, {"E-mail 3 Address", r.Email3, r.Email3Type}} {
			n := col[e[0]]
			addr := clean(e[1])
			if n == 0 || addr == "" {
				continue
			}
			if strings.EqualFold(clean(e[2]), "EX") || strings.HasPrefix(strings.ToLower(addr), "/o=") {
				if smtp := parenthesisedEmail(display); smtp != "" && e[0] == "E-mail Address" {
					c.emails = append(c.emails, smtp)
					continue
				}
				t.rep.note("exchange address", Problem{Line: pos.lineOf(n), Column: n, Field: t.header[n-1],
					Reason: fmt.Sprintf("%q is an Exchange address, not an e-mail address: not used as the id", short(addr))})
				continue
			}
			c.emails = append(c.emails, contactEmails(t.rep, addr, pos.lineOf(n), n, t.header[n-1])...)
		}
		if c.displayName() == "" && display != "" {
			// A contact with only a company or an address: Outlook's display
			// name ("Nordvik Reception (info@nordvik.se)") is the best name.
			name := display
			if i := strings.LastIndexByte(name, '('); i > 0 && parenthesisedEmail(name) != "" {
				name = clean(name[:i])
			}
			if emailAddress(name) == "" {
				c.name = name
			}
		}
		cs = append(cs, c)
	})
	if err != nil {
		return &Error{Path: t.path, Msg: err.Error(), Err: err}
	}
	return l.addContacts(t.rep, FormatOutlook, cs)
}

// parenthesisedEmail returns the address in "Åsa Öberg (asa@nordvik.se)",
// the form of Outlook's E-mail Display Name, or "".
func parenthesisedEmail(s string) string {
	i, j := strings.LastIndexByte(s, '('), strings.LastIndexByte(s, ')')
	if i < 0 || j < i {
		return ""
	}
	return emailAddress(s[i+1 : j])
}
