// Package change compares two exports of the same network taken at
// different times (a LinkedIn export now and a year ago): which contacts
// were added, dropped and kept, what changed for the kept ones, and how
// the ego's network changed as a whole. docs/time.md defines every figure.
//
//   - Contacts are matched by the ids the importer gives (a LinkedIn
//     profile, an e-mail address, a people file's id). A contact left
//     unmatched on both sides is matched again by full name and the day
//     the tie began (LinkedIn's Connected On), when both are known and
//     the pair is the only one: a changed profile address must not read
//     as one contact dropped and one added.
//   - Tie churn, (added + dropped) / (kept + added + dropped): the share
//     of the ties of either export that came or went; E-Net's measure of
//     ego-network change between two waves (Borgatti, Everett and
//     Johnson, Analyzing Social Networks, 2nd ed. 2018, ch. 15; E-Net's
//     "tie churn").
//   - Diversity before and after: the IQV of the contacts' values of an
//     attribute (Agresti and Agresti 1978), over the same categories on
//     both sides, so that the two compare.
//   - Brokerage change: the ego's effective size and constraint (Burt
//     1992) in each export, when ties among the contacts are known, as
//     UCINET compares ego networks of two waves.
//   - What each network brought (Feld 1981, foci): how many added
//     contacts are members of each network.
//
// It owns the comparison of two exports, with its findings as codes
// (graph/finding). It must not write anything or word a finding:
// graph/outputs/words does.
package change
