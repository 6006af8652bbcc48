package render

import (
	"fmt"
	"math"
	"strings"

	"github.com/tiesnet/ties/graph/evaluate"
)

// bringsCaption is the brings view's caption: the figures of
// docs/spec/evaluate.md for the network, as ties evaluate computed them
// (so the picture and the table agree), then what the rings and colours
// mean. A thumbnail keeps only the verdict line.
func (s *scene) bringsCaption(ev *evaluate.Result, n *evaluate.Network, rings []*bringsRing, unseen map[int][]string, unplaced int) []attr {
	name := labelText(n.Name)
	if s.opt.Small {
		return []attr{
			text("label", verdictLine(n)),
			raw("labelloc", "b"), raw("labeljust", "c"), raw("fontsize", "10"),
		}
	}
	lg := &legend{}
	if n.Member {
		lg.title("What " + name + " brings you")
	} else {
		lg.title("What " + name + " would bring you if you joined")
	}
	lg.note(verdictLine(n))
	held, newTo := len(n.HeldOnlyHere), len(n.NewToEgo)
	members := fmt.Sprintf("%s of its %s members (%s held only here, %s new to you)",
		fmtInt(held+newTo), fmtInt(n.NMembers), fmtInt(held), fmtInt(newTo))
	if !n.Member {
		members = fmt.Sprintf("%s of its %s members new to you", fmtInt(newTo), fmtInt(n.NMembers))
	}
	reach := "Reach only here"
	if !n.Member {
		reach = "Reach if you joined"
	}
	lg.note(fmt.Sprintf("%s: %s, and %s of their contacts", reach, members, fmtInt(n.TheirContacts)))
	if n.Partial {
		lg.note(fmt.Sprintf("(%s of %s members listed: these counts are at least)", fmtInt(n.NListed), fmtInt(n.NTotal)))
	}
	lg.title("Values you meet nowhere else")
	anyUnseen := false
	for k, attrName := range ev.Attributes {
		if k < len(n.UnseenValues) && len(n.UnseenValues[k]) > 0 {
			anyUnseen = true
			vs := make([]string, len(n.UnseenValues[k]))
			for j, v := range n.UnseenValues[k] {
				vs[j] = labelText(v)
			}
			lg.note(labelText(attrName) + ": " + listSome(vs, 4))
		}
	}
	if !anyUnseen {
		lg.note("none")
	}
	lg.title("Diversity gain (IQV of the people you reach, without it → with it)")
	for k, attrName := range ev.Attributes {
		if k >= len(n.DiversityGain) {
			break
		}
		g := n.DiversityGain[k]
		if !finite(g) {
			lg.note(labelText(attrName) + ": not defined")
			continue
		}
		lg.note(fmt.Sprintf("%s: %.2f → %.2f (%s)", labelText(attrName), n.IQVWithout[k], n.IQVWith[k], signed(g, 2)))
	}
	lg.title("Constraint, embeddedness, give and take")
	if finite(n.ConstraintChange) {
		way := "it lowers your constraint: access to people not tied to each other"
		if n.ConstraintChange > 0 {
			way = "it raises your constraint: its people are tied to each other"
		} else if n.ConstraintChange == 0 {
			way = "no change"
		}
		lg.note(fmt.Sprintf("constraint with it %.3f, without %.3f: %s (%s)", n.ConstraintWith, n.ConstraintWithout, signed(n.ConstraintChange, 3), way))
	} else {
		lg.note("constraint change: not defined (no contact with it or without it)")
	}
	if n.ContactsInIt > 0 && finite(n.EmbeddednessMedian) {
		lg.note(fmt.Sprintf("your %s contacts in it: median embeddedness %.2f, median mutual contacts %s, %s local %s",
			fmtInt(n.ContactsInIt), n.EmbeddednessMedian, fmtNum(n.MutualContactsMedian), fmtInt(n.LocalBridges), plural(n.LocalBridges, "bridge", "bridges")))
	} else {
		lg.note("embeddedness: none of your contacts is in it")
	}
	if ev.Star {
		lg.note("(no ties among your contacts in the data: embeddedness says nothing)")
	}
	if finite(n.EgoBalance) {
		lg.note(fmt.Sprintf("give and take: you gave %s and received %s (balance %s: %s)",
			fmtNum(n.Given), fmtNum(n.Received), signed(n.EgoBalance, 2), balanceWords(n.EgoBalance)))
	} else {
		lg.note("give and take: no directed ties with its members")
	}
	lg.title("Rings, inside out")
	for k, r := range rings {
		what := []string{
			"kept without it: in your world through a tie or another network",
			"held only here: your contacts tied to you only through it",
			"new to you" + strings.TrimPrefix(r.title, "new to you") + ": not your contacts, in none of your other networks",
			"reached only through it: their contacts, two steps away",
		}[k]
		lg.note(fmt.Sprintf("%s (%s)", what, fmtInt(len(r.people))))
	}
	lg.swatchOutline(colorSeen, "#000000", outlineThick, "black outline: held only here")
	lg.swatchOutline(colorSeen, "#000000", outlineDashed, "dashed outline: new to you, no tie yet")
	holders := 0
	for _, ps := range unseen {
		if len(ps) > 0 {
			holders++
		}
	}
	lg.swatch(colorUnseen, colorOutline, fmt.Sprintf("holds a value you meet nowhere else (%s %s)", fmtInt(holders), plural(holders, "person", "people")))
	lg.swatch(colorSeen, colorOutline, "holds none")
	lg.line("#9A9A9A", 1, "", "your tie to a member; grey lines outside: the ties you reach them through")
	if unplaced > 0 {
		lg.note(unplacedNote(unplaced))
	}
	if s.opt.Anonymize {
		lg.note("names replaced by pseudonyms")
	}
	return lg.attrs()
}

// verdictLine is the verdict with its score, as the thumbnail shows it.
func verdictLine(n *evaluate.Network) string {
	v := string(n.Verdict)
	if v == "" {
		v = "no verdict"
		if n.NMembers == 0 {
			v += ": no members listed besides you"
		}
	}
	if n.Borderline {
		v += " (close call)"
	}
	v = strings.ToUpper(v[:1]) + v[1:]
	return fmt.Sprintf("%s · %s %s only through it", v, fmtNum(n.Score), plural(int(n.Score), "person", "people"))
}

// signed writes x with its sign (−0.022, +0.15).
func signed(x float64, digits int) string {
	if math.Abs(x) < 0.5*math.Pow(10, -float64(digits)) {
		return fmt.Sprintf("%.*f", digits, 0.0)
	}
	s := fmt.Sprintf("%+.*f", digits, x)
	return strings.Replace(s, "-", "−", 1)
}

// balanceWords words a give-and-take balance as the spec does: balanced
// only when |balance| < 0.2.
func balanceWords(b float64) string {
	switch {
	case math.Abs(b) < 0.2:
		return "balanced"
	case b > 0:
		return "you give more"
	}
	return "you take more"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
