package titles

import (
	"cmp"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Functions lists the values of function in the order of the guide
// (docs/titles.md).
var Functions = []string{
	"engineering", "data", "design", "product", "sales", "marketing",
	"people", "finance", "legal", "operations", "research", "education",
	"health", "consulting", "management",
}

// Seniorities lists the values of seniority in the order of the guide,
// from the lowest level to the highest.
var Seniorities = []string{"entry", "mid", "senior", "manager", "director", "executive"}

// Result is what a title says. A value no rule gave is empty (unknown).
type Result struct {
	Function, Seniority string
	// FunctionRule and SeniorityRule name the rule that decided, as
	// "rules.tsv:LINE: kind value pattern", so that a value can be
	// explained; they are empty when the value is unknown.
	FunctionRule, SeniorityRule string
}

// Classify derives function and seniority from a job title by the rules
// in rules.tsv.
func Classify(title string) Result {
	return standard.classify(title)
}

// defaultMid explains the seniority of a title that names a function and
// no level word (guide: "a professional title with no level word").
const defaultMid = "default: a title that names a function and no level word is mid (docs/titles.md)"

// taglineSeparators start the text after a title: a tagline, an employer,
// a former employer. Only the text before the first of them is read.
var taglineSeparators = []string{
	"|", " - ", " – ", " — ", "•", "·", "@",
	" at ", " på ", " hos ", ", hjälper", ", helping",
}

// maxWords bounds the words of a title that are read, so that the words a
// rule claims fit in one uint64. Real titles have far fewer.
const maxWords = 64

//go:embed rules.tsv
var rulesTSV string

// standard is the rule set of rules.tsv. The file is part of the build,
// so an error in it is a programming error, caught by every test.
var standard = mustParseRules(rulesTSV)

// The kinds of rule, in the words of rules.tsv.
type kind uint8

const (
	kindTitle     kind = iota // the title names no job: both values unknown
	kindFunction              // names a field of work
	kindFallback              // names a function but no field (consultant, founder)
	kindSeniority             // names a level
	numKinds
)

var kindNames = [numKinds]string{"title", "function", "fallback", "seniority"}

// How one word of a pattern matches one word of a title.
type matchMode uint8

const (
	wholeWord matchMode = iota // "chef"
	wordStart                  // "sälj*": the modifier of a Swedish compound
	wordEnd                    // "*chef": the head of a Swedish compound
	anyWord                    // "*"
)

type wordPattern struct {
	text string // folded (see fold)
	mode matchMode
}

func (p wordPattern) matches(word string) bool {
	switch p.mode {
	case wordStart:
		return strings.HasPrefix(word, p.text)
	case wordEnd:
		return strings.HasSuffix(word, p.text)
	case anyWord:
		return true
	}
	return word == p.text
}

// rule is one line of rules.tsv.
type rule struct {
	line    int
	kind    kind
	value   string // "" for "-": claims its words, gives no value
	level   int    // index of a seniority value in seniorityOrder
	pattern string // as written
	words   []wordPattern
	text    string // "rules.tsv:LINE: kind value pattern", for Result
}

// functionOrder and seniorityOrder are private copies of the exported
// lists, so that a caller changing those cannot change the rules.
var (
	functionOrder  = slices.Clone(Functions)
	seniorityOrder = slices.Clone(Seniorities)
)

// ruleSet holds the rules in file order (which is their priority) and an
// index from a title's word to the rules that can start there.
type ruleSet struct {
	rules     []rule
	byWord    map[string][]int32 // rules whose first pattern word is a whole word
	byPattern []int32            // rules whose first pattern word is a prefix or suffix
}

// match is a rule that matched words[start:end] of a title.
type match struct {
	rule       int32
	start, end int
}

func (rs *ruleSet) classify(title string) Result {
	return rs.decide(rs.claims(readTitle(title)))
}

// readTitle returns the words of a title as the rules read them: the
// title before any tagline, lower-cased and folded, without punctuation.
func readTitle(title string) []string {
	s := cutTagline(strings.ToLower(title))
	s = strings.Map(fold, s)
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) > maxWords {
		words = words[:maxWords]
	}
	return words
}

// cutTagline returns s up to the first tagline separator. When nothing
// but punctuation comes before it ("| Founder"), the text after it is
// read instead.
func cutTagline(s string) string {
	for {
		cut, rest := len(s), ""
		for _, sep := range taglineSeparators {
			if i := strings.Index(s[:cut], sep); i >= 0 {
				cut, rest = i, s[i+len(sep):]
			}
		}
		if cut == len(s) || strings.IndexFunc(s[:cut], isWordRune) >= 0 {
			return s[:cut]
		}
		s = rest
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// fold reads the Swedish letters and other accented letters as their
// base letter, so that a title typed without them still matches, and
// drops combining marks, so that decomposed text (a + ¨) reads the same.
func fold(r rune) rune {
	switch r {
	case 'å', 'ä', 'à', 'á', 'â', 'ã', 'æ':
		return 'a'
	case 'ö', 'ø', 'ó', 'ò', 'ô', 'õ':
		return 'o'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'ü', 'ú', 'ù', 'û':
		return 'u'
	case 'í', 'ì', 'î', 'ï':
		return 'i'
	}
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	return r
}

// claims returns the matches that claimed words of the title: rules are
// tried in file order, and within one kind a word that an earlier rule
// claimed is not read again. So an exception such as "product manager"
// (mid) keeps "manager" (manager) from reading the same word.
func (rs *ruleSet) claims(words []string) []match {
	var found []match
	for i, w := range words {
		for _, ri := range rs.byWord[w] {
			found = rs.appendMatch(found, ri, words, i)
		}
		for _, ri := range rs.byPattern {
			if rs.rules[ri].words[0].matches(w) {
				found = rs.appendMatch(found, ri, words, i)
			}
		}
	}
	slices.SortFunc(found, func(a, b match) int {
		return cmp.Or(cmp.Compare(a.rule, b.rule), cmp.Compare(a.start, b.start))
	})
	var claimed [numKinds]uint64
	kept := found[:0]
	for _, m := range found {
		k := rs.rules[m.rule].kind
		span := (uint64(1)<<(m.end-m.start) - 1) << m.start
		if claimed[k]&span != 0 {
			continue
		}
		claimed[k] |= span
		kept = append(kept, m)
	}
	return kept
}

// appendMatch appends rule ri if its pattern matches the words from i on;
// its first word is known to match.
func (rs *ruleSet) appendMatch(found []match, ri int32, words []string, i int) []match {
	pattern := rs.rules[ri].words
	if i+len(pattern) > len(words) {
		return found
	}
	for j := 1; j < len(pattern); j++ {
		if !pattern[j].matches(words[i+j]) {
			return found
		}
	}
	return append(found, match{rule: ri, start: i, end: i + len(pattern)})
}

// decide turns the claims into values, as the guide says: the leftmost
// function, a fallback function only when no function was named, the
// highest level, and mid for a function with no level word.
func (rs *ruleSet) decide(claims []match) Result {
	var function, fallback, seniority *match
	for i := range claims {
		m := &claims[i]
		r := &rs.rules[m.rule]
		if r.value == "" {
			continue
		}
		switch r.kind {
		case kindTitle:
			return Result{}
		case kindFunction:
			if function == nil || m.start < function.start {
				function = m
			}
		case kindFallback:
			if fallback == nil || m.start < fallback.start {
				fallback = m
			}
		case kindSeniority:
			if seniority == nil {
				seniority = m
				break
			}
			best := &rs.rules[seniority.rule]
			if r.level > best.level || r.level == best.level && m.start < seniority.start {
				seniority = m
			}
		}
	}
	if function == nil {
		function = fallback
	}
	var res Result
	if function != nil {
		r := &rs.rules[function.rule]
		res.Function, res.FunctionRule = r.value, r.text
	}
	switch {
	case seniority != nil:
		r := &rs.rules[seniority.rule]
		res.Seniority, res.SeniorityRule = r.value, r.text
	case res.Function != "":
		res.Seniority, res.SeniorityRule = "mid", defaultMid
	}
	return res
}

func mustParseRules(src string) *ruleSet {
	rs, err := parseRules(src)
	if err != nil {
		panic(err)
	}
	return rs
}

// parseRules reads rules.tsv: lines of kind, value, pattern and an
// optional note, separated by tabs; blank lines and lines starting with #
// are skipped.
func parseRules(src string) (*ruleSet, error) {
	var rules []rule
	seen := make(map[string]int)
	for i, line := range strings.Split(src, "\n") {
		n := i + 1
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var cols []string
		for _, c := range strings.Split(line, "\t") {
			if c = strings.TrimSpace(c); c != "" {
				cols = append(cols, c)
			}
		}
		if len(cols) < 3 || len(cols) > 4 {
			return nil, fmt.Errorf("rules.tsv:%d: want kind, value, pattern and an optional note separated by tabs, got %d columns", n, len(cols))
		}
		r, err := newRule(n, cols[0], cols[1], cols[2])
		if err != nil {
			return nil, fmt.Errorf("rules.tsv:%d: %w", n, err)
		}
		key := cols[0] + "\t" + r.pattern
		if prev, ok := seen[key]; ok {
			return nil, fmt.Errorf("rules.tsv:%d: %s %q is already on line %d", n, cols[0], r.pattern, prev)
		}
		seen[key] = n
		rules = append(rules, r)
	}
	if len(rules) == 0 {
		return nil, fmt.Errorf("rules.tsv: no rules")
	}
	return newRuleSet(rules), nil
}

func newRule(line int, kindName, value, pattern string) (rule, error) {
	r := rule{line: line, pattern: strings.Join(strings.Fields(pattern), " ")}
	k := slices.Index(kindNames[:], kindName)
	if k < 0 {
		return r, fmt.Errorf("unknown kind %q (want title, function, fallback or seniority)", kindName)
	}
	r.kind = kind(k)
	switch {
	case value == "-":
	case r.kind == kindTitle && value == "unknown":
		r.value = value
	case (r.kind == kindFunction || r.kind == kindFallback) && slices.Contains(functionOrder, value):
		r.value = value
	case r.kind == kindSeniority && slices.Contains(seniorityOrder, value):
		r.value, r.level = value, slices.Index(seniorityOrder, value)
	default:
		return r, fmt.Errorf("%s has no value %q", kindName, value)
	}
	for i, w := range strings.Fields(pattern) {
		p, err := newWordPattern(w)
		if err != nil {
			return r, fmt.Errorf("pattern %q: %w", pattern, err)
		}
		if i == 0 && p.mode == anyWord {
			return r, fmt.Errorf("pattern %q: a lone * cannot come first", pattern)
		}
		r.words = append(r.words, p)
	}
	if len(r.words) == 0 {
		return r, fmt.Errorf("empty pattern")
	}
	r.text = fmt.Sprintf("rules.tsv:%d: %s %s %s", line, kindName, value, r.pattern)
	return r, nil
}

func newWordPattern(w string) (wordPattern, error) {
	if w == "*" {
		return wordPattern{mode: anyWord}, nil
	}
	p := wordPattern{mode: wholeWord}
	switch {
	case strings.HasPrefix(w, "*") && strings.HasSuffix(w, "*"):
		return p, fmt.Errorf("%q: a * goes at one end of a word, not both", w)
	case strings.HasPrefix(w, "*"):
		p.mode, w = wordEnd, w[1:]
	case strings.HasSuffix(w, "*"):
		p.mode, w = wordStart, w[:len(w)-1]
	}
	if w == "" || strings.Contains(w, "*") {
		return p, fmt.Errorf("%q: a * goes at one end of a word", w)
	}
	for _, c := range w {
		// A title's punctuation splits words, so a pattern word with
		// punctuation could never match: write "co founder", not "co-founder".
		if !isWordRune(c) {
			return p, fmt.Errorf("%q: a word has only letters and digits (write co-founder as \"co founder\")", w)
		}
		if unicode.IsUpper(c) {
			return p, fmt.Errorf("%q: write patterns in lower case", w)
		}
	}
	p.text = strings.Map(fold, w)
	return p, nil
}

func newRuleSet(rules []rule) *ruleSet {
	rs := &ruleSet{rules: rules, byWord: make(map[string][]int32)}
	for i, r := range rules {
		if first := r.words[0]; first.mode == wholeWord {
			rs.byWord[first.text] = append(rs.byWord[first.text], int32(i))
		} else {
			rs.byPattern = append(rs.byPattern, int32(i))
		}
	}
	return rs
}
