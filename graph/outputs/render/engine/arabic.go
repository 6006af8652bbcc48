package engine

import "unicode"

// Arabic letters join: each takes one of up to four shapes (isolated,
// final, initial, medial) depending on whether its neighbours connect to
// it. Fonts do this with OpenType substitutions (GSUB), which x/image does
// not apply, so the rasteriser joins letters itself, the old way: it
// replaces each letter with its contextual form from Unicode's Arabic
// Presentation Forms-A and -B blocks, which fonts such as Noto Naskh Arabic
// and DejaVu Sans map. That is legible, connected Arabic, not typeset
// Arabic: no optional ligatures, no mark positioning (GPOS).
//
// The table covers the basic Arabic letters (U+0622–U+064A; hamza joins
// nothing and keeps its own code), the Persian
// and Urdu letters peh, tcheh, jeh, keheh, gaf and Farsi yeh, and the four
// lam-alef ligatures. Other Arabic letters are drawn in their isolated
// shape and break the joining, as Unicode's non-joining letters do.

// arabicForms maps a letter to its presentation forms: isolated, final,
// initial, medial (0 where the letter has no such form: it does not join
// the next letter).
var arabicForms = map[rune][4]rune{
	0x0622: rightJoining(0xFE81),             // alef with madda above
	0x0623: rightJoining(0xFE83),             // alef with hamza above
	0x0624: rightJoining(0xFE85),             // waw with hamza above
	0x0625: rightJoining(0xFE87),             // alef with hamza below
	0x0626: dualJoining(0xFE89),              // yeh with hamza above
	0x0627: rightJoining(0xFE8D),             // alef
	0x0628: dualJoining(0xFE8F),              // beh
	0x0629: rightJoining(0xFE93),             // teh marbuta
	0x062A: dualJoining(0xFE95),              // teh
	0x062B: dualJoining(0xFE99),              // theh
	0x062C: dualJoining(0xFE9D),              // jeem
	0x062D: dualJoining(0xFEA1),              // hah
	0x062E: dualJoining(0xFEA5),              // khah
	0x062F: rightJoining(0xFEA9),             // dal
	0x0630: rightJoining(0xFEAB),             // thal
	0x0631: rightJoining(0xFEAD),             // reh
	0x0632: rightJoining(0xFEAF),             // zain
	0x0633: dualJoining(0xFEB1),              // seen
	0x0634: dualJoining(0xFEB5),              // sheen
	0x0635: dualJoining(0xFEB9),              // sad
	0x0636: dualJoining(0xFEBD),              // dad
	0x0637: dualJoining(0xFEC1),              // tah
	0x0638: dualJoining(0xFEC5),              // zah
	0x0639: dualJoining(0xFEC9),              // ain
	0x063A: dualJoining(0xFECD),              // ghain
	0x0641: dualJoining(0xFED1),              // feh
	0x0642: dualJoining(0xFED5),              // qaf
	0x0643: dualJoining(0xFED9),              // kaf
	0x0644: dualJoining(0xFEDD),              // lam
	0x0645: dualJoining(0xFEE1),              // meem
	0x0646: dualJoining(0xFEE5),              // noon
	0x0647: dualJoining(0xFEE9),              // heh
	0x0648: rightJoining(0xFEED),             // waw
	0x0649: {0xFEEF, 0xFEF0, 0xFBE8, 0xFBE9}, // alef maksura (its joining forms are in Forms-A)
	0x064A: dualJoining(0xFEF1),              // yeh
	0x067E: dualJoining(0xFB56),              // peh
	0x0686: dualJoining(0xFB7A),              // tcheh
	0x0698: rightJoining(0xFB8A),             // jeh
	0x06A9: dualJoining(0xFB8E),              // keheh
	0x06AF: dualJoining(0xFB92),              // gaf
	0x06CC: dualJoining(0xFBFC),              // Farsi yeh
}

// lamAlef maps the alef after a lam to their ligature's isolated form (the
// final form is the next code point).
var lamAlef = map[rune]rune{
	0x0622: 0xFEF5, // with madda above
	0x0623: 0xFEF7, // with hamza above
	0x0625: 0xFEF9, // with hamza below
	0x0627: 0xFEFB, // alef
}

const (
	lam        = 0x0644
	tatweel    = 0x0640
	zwj, zwnj  = 0x200D, 0x200C
	joinNone   = 'U' // Unicode joining types (ArabicShaping.txt)
	joinRight  = 'R'
	joinDual   = 'D'
	joinCauses = 'C'
	joinTransp = 'T'
)

func dualJoining(isolated rune) [4]rune {
	return [4]rune{isolated, isolated + 1, isolated + 2, isolated + 3}
}

func rightJoining(isolated rune) [4]rune { return [4]rune{isolated, isolated + 1} }

// joiningType is a character's Unicode joining type, for the letters of
// arabicForms (others that join are treated as non-joining).
func joiningType(r rune) byte {
	if f, ok := arabicForms[r]; ok {
		switch {
		case f[2] != 0:
			return joinDual
		case f[1] != 0:
			return joinRight
		}
		return joinNone
	}
	switch {
	case r == tatweel || r == zwj:
		return joinCauses
	case r == zwnj:
		return joinNone
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return joinTransp // marks (harakat) do not break the joining
	}
	return joinNone
}

// arabicJoin returns, for text in logical order, each character's
// contextual presentation form (0: keep the character) and, at a lam
// directly followed by an alef, the lam-alef ligature that replaces both
// (0: none). When a font lacks a ligature, the lam's and alef's own forms
// are right for drawing them apart.
func arabicJoin(s []rune) (forms, ligatures []rune) {
	types := make([]byte, len(s))
	joins := false
	for i, r := range s {
		types[i] = joiningType(r)
		joins = joins || types[i] == joinDual || types[i] == joinRight
	}
	forms = make([]rune, len(s))
	ligatures = make([]rune, len(s))
	if !joins {
		for i, r := range s {
			forms[i] = arabicForms[r][0]
		}
		return forms, ligatures
	}
	// joinsBefore: the previous non-transparent character joins towards
	// this one; joinsAfter: the next one accepts a join from this one.
	joinsBefore := func(i int) bool {
		for j := i - 1; j >= 0; j-- {
			if types[j] != joinTransp {
				return types[j] == joinDual || types[j] == joinCauses
			}
		}
		return false
	}
	joinsAfter := func(i int) bool {
		for j := i + 1; j < len(s); j++ {
			if types[j] != joinTransp {
				return types[j] == joinDual || types[j] == joinRight || types[j] == joinCauses
			}
		}
		return false
	}
	for i, r := range s {
		f, ok := arabicForms[r]
		if !ok {
			continue
		}
		before := joinsBefore(i)
		switch types[i] {
		case joinDual:
			switch after := joinsAfter(i); {
			case before && after:
				forms[i] = f[3]
			case before:
				forms[i] = f[1]
			case after:
				forms[i] = f[2]
			default:
				forms[i] = f[0]
			}
		case joinRight:
			if before {
				forms[i] = f[1]
			} else {
				forms[i] = f[0]
			}
		default:
			forms[i] = f[0]
		}
		if r == lam && i+1 < len(s) {
			if l, ok := lamAlef[s[i+1]]; ok {
				if before {
					l++ // final form
				}
				ligatures[i] = l
			}
		}
	}
	return forms, ligatures
}

// arabicShape returns s (logical order) with the contextual forms and
// lam-alef ligatures of arabicJoin in place: what the rasteriser draws
// when the font has every form. Used by the tests.
func arabicShape(s []rune) []rune {
	forms, ligatures := arabicJoin(s)
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch {
		case ligatures[i] != 0:
			out = append(out, ligatures[i])
			i++
		case forms[i] != 0:
			out = append(out, forms[i])
		default:
			out = append(out, s[i])
		}
	}
	return out
}
