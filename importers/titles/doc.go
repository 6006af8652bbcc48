// Package titles derives two attributes from a job title, function (what
// the person works with: engineering, sales, health, ...) and seniority
// (the level of the role: entry, mid, senior, manager, director,
// executive), for English and Swedish titles. The labelling guide that
// defines every value is docs/titles.md; Classify implements it.
//
// The rules are data: rules.tsv, embedded at build time, has one rule a
// line (kind, value, pattern, and a note saying why), so a reader can see
// why a title got its value, and Result names the line that decided.
//
// A title is read as the guide says:
//
//   - Only the title itself counts: it is cut at the first separator that
//     starts a tagline or an employer: "|", " - ", " – ", " — ", "•", "·",
//     "@", " at ", " på ", " hos ", ", hjälper", ", helping". "Senior UX
//     designer | Hjälper företag att växa" is read as "senior ux designer".
//   - Case and punctuation are ignored, and å ä ö é are read as a a o e,
//     so "Sr. Software Eng." is the words "sr software eng" and
//     "Forsaljningschef" matches like "Försäljningschef".
//   - Rules match whole words, or phrases of whole words ("head of").
//     Swedish compounds are matched by their parts: a pattern "*chef"
//     matches the head of "försäljningschef" and "sälj*" the modifier of
//     "säljingenjör".
//   - The function is the one named first (leftmost); words that name no
//     field of work (consultant, founder, owner) count only when no field
//     is named, so "IT-konsult" is engineering and "Co-founder & CTO" is
//     engineering. The seniority is the highest level named ("Senior
//     Director" is director); a title with a function and no level word
//     is mid.
//
// A title that no rule fits stays unknown (the empty string): nothing is
// guessed. Titles that name no current job ("Student", "Open to work")
// are unknown for both attributes.
//
// It owns function and seniority from a job title. It must not read input
// files or know the model (graph).
package titles
