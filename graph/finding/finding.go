package finding

// Finding is one sentence: a code that says what was found, and its
// arguments, in the order the sentence uses them.
type Finding struct {
	Code Code
	// Args are the figures and names the sentence needs: int and float64
	// (figures), string (names from the data: an attribute, a value, a
	// network, which are never translated), Term (a word the output
	// translates), Count (a number with a noun), People and Person (people,
	// named by the output).
	Args []any
}

// Code names a kind of sentence, e.g. "brokers.top". Codes are stable:
// message catalogs are keyed by them.
type Code string

// New returns a finding.
func New(code Code, args ...any) Finding { return Finding{Code: code, Args: args} }

// Term is a word or phrase the output translates, e.g. a level ("high")
// chosen by the analysis from a figure.
type Term string

// Count is a number of things: the output writes the number with the noun
// in the right form ("1 person", "3 people").
type Count struct {
	N    int
	Noun Term // the noun's catalog term, e.g. "person"
}

// People are people by index, written by the output as a list ("a, b and
// c") of names, ids or pseudonyms.
type People []int

// Person is one person by index.
type Person int

// PersonID is one person by index, written as a quoted id (or pseudonym).
type PersonID int

// Values are values of an attribute from the data (never translated),
// written as alternatives ("Germany or Poland").
type Values []string

// Amount is a quantity from the data or counted (hours, a fee, ties
// given): written as a plain number, never in exponent form ("1200000",
// "1.5").
type Amount float64

// Networks are names of networks from the data (never translated), written
// as a list: "a, b and c", or "a, b, c, d, e and 4 more" beyond five.
type Networks []string

// PeopleAndMore are the first people of a longer list and how many more
// there are: written "a, b, c and 4 more".
type PeopleAndMore struct {
	People People
	More   int
}
