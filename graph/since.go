package graph

// TieStarts returns, for every person, the day their tie with person e
// began: the earliest Since of the ties between them, in either
// direction and of any type (a LinkedIn connection before the messages
// that followed it). It is zero for e, for people not tied to e, and for
// ties without a date.
func (nw *Network) TieStarts(e int) []Date {
	out := make([]Date, len(nw.People))
	for _, t := range nw.Ties {
		j := -1
		switch e {
		case t.From:
			j = t.To
		case t.To:
			j = t.From
		}
		if j < 0 || t.Since.IsZero() {
			continue
		}
		if out[j].IsZero() || t.Since.Before(out[j]) {
			out[j] = t.Since
		}
	}
	return out
}

// MemberSince returns the days person i joined and left group g (zero:
// unknown, or i is not a member).
func (nw *Network) MemberSince(g, i int) (since, until Date) {
	grp := &nw.Groups[g]
	for k, m := range grp.Members {
		if m == i {
			if k < len(grp.Since) {
				since = grp.Since[k]
			}
			if k < len(grp.Until) {
				until = grp.Until[k]
			}
			return since, until
		}
	}
	return Date{}, Date{}
}

// LatestDate returns the latest day any tie or membership of the network
// is dated with (zero when none is): the day the data says it was taken,
// at the earliest.
func (nw *Network) LatestDate() Date {
	var last Date
	later := func(d Date) {
		if last.Before(d) {
			last = d
		}
	}
	for _, t := range nw.Ties {
		later(t.Since)
	}
	for _, g := range nw.Groups {
		for _, d := range g.Since {
			later(d)
		}
		for _, d := range g.Until {
			later(d)
		}
	}
	return last
}
