package render

import (
	"cmp"
	"slices"
)

// egoGroupedBrokers is how many of the ego's contacts a grouped ego view
// draws as top brokers, besides the people its networks alone bring.
const egoGroupedBrokers = 30

// egoGrouped draws an ego with more than CollapseAbove people around
// them: one by one only the people one of the ego's networks alone brings
// (held only here, then new to the ego: foci.go) and the top brokers among
// the contacts, at most CollapseAbove in all and MaxLabelled labelled; the
// others are counted on their network's box, and contacts in none of the
// ego's networks are grouped by community.
func (s *scene) egoGrouped(ego int, edges []edge, tied map[int]bool, hubs []egoHub, byNetworks bool, around int) (*Picture, error) {
	f := foci{}
	if byNetworks {
		f = egoFoci(s.r, s.opt.Evaluation, ego)
	}
	groupOf := map[string]int{}
	for g, grp := range s.nw.Groups {
		groupOf[grp.Name] = g
	}
	chosen := map[int]bool{}
	why := map[int]string{}
	rank := s.topBrokers()
	byRank := func(xs []int) []int {
		xs = slices.Clone(xs)
		slices.SortStableFunc(xs, func(a, b int) int { return cmp.Or(cmp.Compare(rank[a], rank[b]), cmp.Compare(a, b)) })
		return xs
	}
	// Each list takes turns over the ego's networks, so that one large
	// network does not fill the picture alone.
	var heldBy, newBy [][]int
	for _, h := range hubs {
		g := groupOf[h.name]
		heldBy = append(heldBy, byRank(f.held[g]))
		newBy = append(newBy, byRank(f.newTo[g]))
	}
	held, newTo := roundRobin(heldBy), roundRobin(newBy)
	contacts := byRank(sortedKeys(tied))
	budget := s.opt.CollapseAbove
	take := func(i int, reason string) {
		if len(chosen) < budget && !chosen[i] && i != ego {
			chosen[i] = true
			why[i] = reason
		}
	}
	for _, i := range held {
		take(i, "held-only-here")
	}
	brokers := 0
	for _, i := range contacts {
		if brokers >= egoGroupedBrokers || rank[i] > float64(len(rank)) {
			break
		}
		if !chosen[i] {
			take(i, "broker")
			brokers++
		}
	}
	for _, i := range newTo {
		take(i, "new-to-ego")
	}
	hubs = s.groupedHubs(hubs, chosen, tied, contacts)
	// Drawn contacts outside the ego's networks sit in no hub: tied to
	// the ego directly.
	people := append(sortedKeys(chosen), ego)
	slices.Sort(people)
	labelled := map[int]float64{}
	order := slices.Clone(held)
	for _, i := range contacts {
		if why[i] == "broker" {
			order = append(order, i)
		}
	}
	order = append(order, newTo...)
	for _, i := range order {
		if len(labelled) >= MaxLabelled {
			break
		}
		if chosen[i] {
			if _, ok := labelled[i]; !ok {
				labelled[i] = float64(len(labelled) + 1)
			}
		}
	}
	notes := s.groupedNotes(why, around, len(labelled))
	return s.drawEgo(ego, edges, tied, hubs, people, byNetworks, &egoDraw{labelled: labelled, notes: notes, why: why})
}

// groupedHubs keeps each hub's drawn (chosen) members and counts the
// rest; contacts in no network of the ego's and not drawn go to community
// hubs, counted, appended.
func (s *scene) groupedHubs(hubs []egoHub, chosen, tied map[int]bool, contacts []int) []egoHub {
	inHub := map[int]bool{}
	for k := range hubs {
		var drawnMembers []int
		for _, m := range hubs[k].members {
			inHub[m] = true
			if chosen[m] {
				drawnMembers = append(drawnMembers, m)
			} else {
				hubs[k].hidden++
				if tied[m] {
					hubs[k].hiddenContacts++
				}
			}
		}
		hubs[k].members = drawnMembers
	}
	var loose []int
	for _, i := range contacts {
		if !inHub[i] && !chosen[i] {
			loose = append(loose, i)
		}
	}
	slices.Sort(loose)
	for _, h := range s.communityHubs(loose) {
		h.hidden, h.hiddenContacts = len(h.members), len(h.members)
		h.name = s.w.t("render.hub.contacts_in", h.name)
		h.members = nil
		hubs = append(hubs, h)
	}
	return hubs
}

// groupedNotes are the legend's notes on who the grouped ego view draws
// (why: each drawn person's reason) around the ego's around contacts.
func (s *scene) groupedNotes(why map[int]string, around, labelled int) []string {
	nHeld, nNew, nBrokers := 0, 0, 0
	for _, w := range why {
		switch w {
		case "held-only-here":
			nHeld++
		case "new-to-ego":
			nNew++
		case "broker":
			nBrokers++
		}
	}
	return []string{
		s.w.t("render.ego.grouped.1", s.w.int(around)),
		s.w.t("render.ego.grouped.2", nHeld, nNew),
		s.w.t("render.ego.grouped.3", nBrokers),
		s.w.t("render.ego.grouped.4"),
		s.w.t("render.ego.grouped.5"),
		s.w.t("render.ego.grouped.6", min(MaxLabelled, labelled)),
	}
}

// roundRobin merges lists by taking one from each in turn, each person
// once.
func roundRobin(lists [][]int) []int {
	var out []int
	seen := map[int]bool{}
	for k := 0; ; k++ {
		more := false
		for _, l := range lists {
			if k < len(l) {
				more = true
				if !seen[l[k]] {
					seen[l[k]] = true
					out = append(out, l[k])
				}
			}
		}
		if !more {
			return out
		}
	}
}
