package render

import (
	"math"

	"github.com/tiesnet/ties/graph/evaluate"
)

// bringsCaption is the brings view's caption: the figures of
// docs/spec/evaluate.md for the network, as ties evaluate computed them
// (so the picture and the table agree), then what the rings and colours
// mean. A thumbnail keeps only the verdict line.
func (s *scene) bringsCaption(ev *evaluate.Result, n *evaluate.Network, rings []*bringsRing, unseen map[int][]string, unplaced int) []attr {
	w := s.w
	name := labelText(n.Name)
	if s.opt.Small {
		return []attr{
			text("label", w.verdictLine(n)),
			raw("labelloc", "b"), raw("labeljust", "c"), raw("fontsize", "10"),
		}
	}
	lg := &legend{w: s.w}
	if n.Member {
		lg.title(w.t("render.brings.title", name))
	} else {
		lg.title(w.t("render.brings.title.join", name))
	}
	lg.note(w.verdictLine(n))
	held, newTo := len(n.HeldOnlyHere), len(n.NewToEgo)
	if n.Member {
		lg.note(w.t("render.brings.reach", w.t("render.brings.reach.members",
			w.int(held+newTo), w.int(n.NMembers), w.int(held), w.int(newTo)), w.int(n.TheirContacts)))
	} else {
		lg.note(w.t("render.brings.reach.join", w.t("render.brings.reach.members.join",
			w.int(newTo), w.int(n.NMembers)), w.int(n.TheirContacts)))
	}
	if n.Partial {
		lg.note(w.t("render.brings.partial", w.int(n.NListed), w.int(n.NTotal)))
	}
	lg.title(w.t("render.brings.unseen"))
	anyUnseen := false
	for k, attrName := range ev.Attributes {
		if k < len(n.UnseenValues) && len(n.UnseenValues[k]) > 0 {
			anyUnseen = true
			vs := make([]string, len(n.UnseenValues[k]))
			for j, v := range n.UnseenValues[k] {
				vs[j] = labelText(v)
			}
			lg.note(labelText(attrName) + ": " + w.some(vs, 4))
		}
	}
	if !anyUnseen {
		lg.note(w.t("render.none"))
	}
	lg.title(w.t("render.brings.gain"))
	for k, attrName := range ev.Attributes {
		if k >= len(n.DiversityGain) {
			break
		}
		g := n.DiversityGain[k]
		if !finite(g) {
			lg.note(w.t("render.brings.gain.undefined", labelText(attrName)))
			continue
		}
		lg.note(w.t("render.brings.gain.attribute", labelText(attrName), w.dec(n.IQVWithout[k], 2), w.dec(n.IQVWith[k], 2), w.signed(g, 2)))
	}
	lg.title(w.t("render.brings.structure"))
	if finite(n.ConstraintChange) {
		way := w.t("render.brings.constraint.lowers")
		if n.ConstraintChange > 0 {
			way = w.t("render.brings.constraint.raises")
		} else if n.ConstraintChange == 0 {
			way = w.t("render.brings.constraint.same")
		}
		lg.note(w.t("render.brings.constraint", w.dec(n.ConstraintWith, 3), w.dec(n.ConstraintWithout, 3), w.signed(n.ConstraintChange, 3), way))
	} else {
		lg.note(w.t("render.brings.constraint.undefined"))
	}
	if n.ContactsInIt > 0 && finite(n.EmbeddednessMedian) {
		lg.note(w.n("render.brings.embedded", n.LocalBridges,
			w.int(n.ContactsInIt), w.dec(n.EmbeddednessMedian, 2), w.num(n.MutualContactsMedian), w.int(n.LocalBridges)))
	} else {
		lg.note(w.t("render.brings.embedded.none"))
	}
	if ev.Star {
		lg.note(w.t("render.brings.star"))
	}
	if finite(n.EgoBalance) {
		lg.note(w.t("render.brings.balance", w.num(n.Given), w.num(n.Received), w.signed(n.EgoBalance, 2), w.balance(n.EgoBalance)))
	} else {
		lg.note(w.t("render.brings.balance.none"))
	}
	lg.title(w.t("render.brings.rings"))
	for k, r := range rings {
		what := []string{
			w.t("render.brings.ring.kept"),
			w.t("render.brings.ring.held"),
			w.t("render.brings.ring.new", r.title),
			w.t("render.brings.ring.their"),
		}[k]
		lg.note(w.t("render.ring.title", what, w.int(len(r.people))))
	}
	lg.swatchOutline(colorSeen, "#000000", outlineThick, w.t("render.brings.key.held"))
	lg.swatchOutline(colorSeen, "#000000", outlineDashed, w.t("render.brings.key.new"))
	holders := 0
	for _, ps := range unseen {
		if len(ps) > 0 {
			holders++
		}
	}
	lg.swatch(colorUnseen, colorOutline, w.n("render.brings.key.unseen", holders, w.int(holders)))
	lg.swatch(colorSeen, colorOutline, w.t("render.brings.key.seen"))
	lg.line("#9A9A9A", 1, "", w.t("render.brings.key.tie"))
	if unplaced > 0 {
		lg.note(w.unplacedNote(unplaced))
	}
	if s.opt.Anonymize {
		lg.note(w.t("render.anonymized"))
	}
	return lg.attrs()
}

// verdictLine is the verdict with its score, as the thumbnail shows it.
func (w wording) verdictLine(n *evaluate.Network) string {
	v := w.verdict(n.Verdict)
	if n.Verdict == "" && n.NMembers == 0 {
		v = w.t("render.brings.verdict.no_members", v)
	}
	if n.Borderline {
		v = w.t("report.verdict.close_call", v)
	}
	return w.n("render.brings.verdict", int(n.Score), capital(v), w.num(n.Score))
}

// balance words a give-and-take balance as the spec does: balanced only
// when |balance| < 0.2.
func (w wording) balance(b float64) string {
	switch {
	case math.Abs(b) < 0.2:
		return w.t("render.balance.balanced")
	case b > 0:
		return w.t("render.balance.gives_more")
	}
	return w.t("render.balance.takes_more")
}
