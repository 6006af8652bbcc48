package words

import "github.com/tiesnet/ties/graph/finding"

// swedish is the Swedish catalog: the same codes, terms and nouns as
// english. Files swedish_*.go add their parts in init, as english_*.go do.
var swedish = &catalog{
	messages: map[finding.Code]string{},
	terms:    map[finding.Term]string{},
	nouns:    map[finding.Term][2]string{},
}

// catalogs are the languages a Printer speaks, by BCP 47 tag.
var catalogs = map[string]*catalog{"en": english, "sv": swedish}
