package evaluate

import (
	"math"

	"github.com/tiesnet/ties/graph"
)

// DaysPerYear turns days into years for contacts_per_year_since_joining:
// the mean Gregorian year.
const DaysPerYear = 365.2425

// sinceJoining is what a network brought since the ego joined it (Feld
// 1981: ties form around the foci people share). contacts_since_joining
// counts e's contacts among M_g whose tie to e began on or after the day
// e joined g: the ego's row of the memberships gives the day, the tie's
// since (LinkedIn's Connected On) when it began. Contacts whose tie has no
// date are not counted (they may be older). It is unknown when e is not a
// member or e's since is unknown. contacts_per_year_since_joining divides
// the count by the years from the day e joined to the day the evaluation
// is as of (Options.AsOf, by default the latest date in the data); unknown
// when that span is not positive. docs/time.md.
func (e *eval) sinceJoining(g int, n *Network) {
	n.ContactsPerYearSinceJoining = math.NaN()
	if !e.egoIn[g] {
		return
	}
	joined, _ := e.nw.MemberSince(g, e.ego)
	if joined.IsZero() {
		return
	}
	n.Joined = joined
	if e.starts == nil {
		e.starts = e.nw.TieStarts(e.ego)
	}
	n.SinceJoining = []int{}
	for _, p := range e.members[g] {
		if s := e.starts[p]; e.contact[p] && !s.IsZero() && !s.Before(joined) {
			n.SinceJoining = append(n.SinceJoining, p)
		}
	}
	if days := e.asOf.Time().Sub(joined.Time()).Hours() / 24; !e.asOf.IsZero() && days > 0 {
		n.ContactsPerYearSinceJoining = float64(len(n.SinceJoining)) / (days / DaysPerYear)
	}
}

// asOfDate is the day the evaluation is as of: opt.AsOf, or the latest
// date of the data.
func asOfDate(nw *graph.Network, opt Options) graph.Date {
	if !opt.AsOf.IsZero() {
		return opt.AsOf
	}
	return nw.LatestDate()
}
