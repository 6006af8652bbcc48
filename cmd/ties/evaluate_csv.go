package main

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/tiesnet/ties/graph/outputs/cells"
	"github.com/tiesnet/ties/graph/outputs/evaluatejson"
)

// writeEvaluateCSV writes one row per network from the evaluation's JSON
// document, so that every cell has the JSON's value (docs/evaluate.md,
// "The table and the CSV"): in ego mode the ego's figures, in population
// mode (no ego) the population's. Text cells are escaped against formula
// injection; an undefined number is an empty cell; lists of people or
// values are joined by "; ".
func writeEvaluateCSV(w io.Writer, doc *evaluatejson.Document, attrs []string) error {
	cw := csv.NewWriter(w)
	if doc.Mode == "population" {
		writePopulationCSV(cw, doc, attrs)
	} else {
		writeEgoCSV(cw, doc, attrs)
	}
	cw.Flush()
	return cw.Error()
}

func num(x evaluatejson.Num) string { return cells.Float(float64(x)) }

func joinCells(xs []string) string { return cells.Safe(strings.Join(xs, "; ")) }

func optString(s *string) string {
	if s == nil {
		return ""
	}
	return cells.Safe(*s)
}

func optInt(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

// egoCSVHead is the ego mode's columns before the attributes', in the
// order docs/evaluate.md lists them; new columns go at its end.
var egoCSVHead = []string{"network", "member", "n_members", "new_to_ego", "held_only_here", "reach_only_here_members",
	"reach_only_here_their_contacts", "already_known", "kept_without", "overlap", "redundant_with", "constraint_change",
	"embeddedness_median", "mutual_contacts_median", "local_bridges", "given", "received", "ego_balance", "score",
	"score_per_hour", "score_per_fee", "goal_fit", "verdict", "borderline", "held_only_here_people", "new_to_ego_people",
	"joined", "contacts_since_joining", "contacts_per_year_since_joining",
	"rule", "hours_per_month", "fee_per_year", "n_members_listed", "n_members_total", "members_partial",
	"constraint_with", "constraint_without", "contacts_since_joining_people"}

func writeEgoCSV(cw *csv.Writer, doc *evaluatejson.Document, attrs []string) {
	head := append([]string(nil), egoCSVHead...)
	for _, a := range attrs {
		head = append(head, "unseen_values."+cells.Safe(a), "diversity_gain."+cells.Safe(a))
	}
	for _, a := range attrs {
		head = append(head, "iqv_without."+cells.Safe(a), "iqv_with."+cells.Safe(a))
	}
	_ = cw.Write(head)
	for _, x := range doc.Networks {
		n := x.(*evaluatejson.Network)
		partial := ""
		if n.MembersPartial != nil {
			partial = strconv.FormatBool(*n.MembersPartial)
		}
		row := []string{cells.Safe(n.Network), strconv.FormatBool(n.Member), strconv.Itoa(n.NMembers), strconv.Itoa(n.NewToEgo),
			strconv.Itoa(n.HeldOnlyHere), strconv.Itoa(n.ReachOnlyHere.Members), strconv.Itoa(n.ReachOnlyHere.TheirContacts),
			num(n.AlreadyKnown), num(n.KeptWithout), num(n.Overlap), optString(n.RedundantWith), num(n.ConstraintChg),
			num(n.Embeddedness), num(n.MutualContacts), strconv.Itoa(n.LocalBridges), num(n.Given), num(n.Received),
			num(n.EgoBalance), num(n.Score), num(n.ScorePerHour), num(n.ScorePerFee), num(n.GoalFit), optString(n.Verdict),
			strconv.FormatBool(n.Borderline), joinCells(n.HeldOnlyHerePeople), joinCells(n.NewToEgoPeople),
			optString(n.Joined), optInt(n.ContactsSinceJoining), num(n.ContactsPerYearSinceJoining),
			strconv.Itoa(n.Rule), num(n.HoursPerMonth), num(n.FeePerYear), optInt(n.NMembersListed), optInt(n.NMembersTotal), partial,
			num(n.ConstraintWith), num(n.ConstraintWithout), joinCells(n.ContactsSinceJoiningPeople)}
		for _, a := range attrs {
			row = append(row, joinCells(n.UnseenValues[a]), num(n.DiversityGain[a]))
		}
		for _, a := range attrs {
			row = append(row, num(n.IQVWithout[a]), num(n.IQVWith[a]))
		}
		_ = cw.Write(row)
	}
}

func writePopulationCSV(cw *csv.Writer, doc *evaluatejson.Document, attrs []string) {
	head := []string{"network", "n_members", "members_without_ties", "bridging_members", "ei_external", "ei_internal", "ei_index",
		"overlap", "redundant_with", "hours_per_month", "fee_per_year", "members_without_ties_people", "bridging_members_people"}
	for _, a := range attrs {
		a = cells.Safe(a)
		head = append(head, "iqv_members."+a, "iqv_everyone."+a, "unseen_values."+a)
	}
	_ = cw.Write(head)
	for _, x := range doc.Networks {
		n := x.(*evaluatejson.Population)
		row := []string{cells.Safe(n.Network), strconv.Itoa(n.NMembers), strconv.Itoa(n.MembersWithoutTies), strconv.Itoa(n.BridgingMembers),
			strconv.Itoa(n.EI.External), strconv.Itoa(n.EI.Internal), num(n.EI.Index), num(n.Overlap), optString(n.RedundantWith),
			num(n.HoursPerMonth), num(n.FeePerYear), joinCells(n.WithoutTiesPeople), joinCells(n.BridgingPeople)}
		for _, a := range attrs {
			row = append(row, num(n.IQV[a].Members), num(n.IQV[a].Everyone), joinCells(n.UnseenValues[a]))
		}
		_ = cw.Write(row)
	}
}
