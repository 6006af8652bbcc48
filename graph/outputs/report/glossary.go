package report

import (
	"strings"

	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/finding"
	"github.com/tiesnet/ties/graph/outputs/words"
)

// term is a glossary entry: its words are the catalog's
// "report.glossary.<term>.name", ".text" and ".source".
type term string

// The glossary's terms, in the order the glossary lists them: what a
// network brings, then the structure of the whole, then diversity, then
// the verdicts. The glossary shows only the terms the report uses (the
// builder marks each as it shows it), so a client never reads about a
// measure that is not in front of them.
const (
	tScore        term = "score"
	tHeld         term = "held_only_here"
	tNew          term = "new_to_you"
	tTheir        term = "their_contacts"
	tUnseen       term = "unseen_values"
	tGain         term = "diversity_gain"
	tOverlap      term = "overlap"
	tEmbedded     term = "embeddedness"
	tBalance      term = "balance"
	tPerHour      term = "score_per_hour"
	tGoalFit      term = "goal_fit"
	tBetweenness  term = "betweenness"
	tConstraint   term = "constraint"
	tEffective    term = "effective_size"
	tBridge       term = "bridge"
	tLocalBridge  term = "local_bridge"
	tDensity      term = "density"
	tCommunities  term = "communities"
	tReciprocity  term = "reciprocity"
	tIQV          term = "iqv"
	tEI           term = "ei"
	tHerfindahl   term = "herfindahl"
	tDerived      term = "function_seniority"
	tLikely       term = "likely_colleagues"
	verdictPrefix term = "verdict_"
)

var glossaryOrder = []term{
	tScore, tHeld, tNew, tTheir, tUnseen, tGain, tOverlap, tEmbedded, tBalance, tPerHour, tGoalFit,
	tBetweenness, tConstraint, tEffective, tBridge, tLocalBridge, tDensity, tCommunities, tReciprocity,
	tIQV, tEI, tHerfindahl, tDerived, tLikely,
}

// verdictTerm is the glossary term of a verdict ("" is no verdict).
func verdictTerm(v evaluate.Verdict) term {
	if v == "" {
		return verdictPrefix + "none"
	}
	return verdictPrefix + term(strings.ReplaceAll(string(v), " ", "_"))
}

// glossaryEntry is one term as the templates show it.
type glossaryEntry struct {
	ID, Name, Text, Source string
}

// glossary is the set of terms a report uses.
type glossary map[term]bool

func (g glossary) use(ts ...term) {
	for _, t := range ts {
		g[t] = true
	}
}

// reasonTerms are the terms a reason's sentence names.
var reasonTerms = map[finding.Code][]term{
	evaluate.ReasonOneSidedGive:    {tBalance},
	evaluate.ReasonOneSidedTake:    {tBalance},
	evaluate.ReasonHeld:            {tHeld},
	evaluate.ReasonNew:             {tNew},
	evaluate.ReasonNewMore:         {tNew},
	evaluate.ReasonNewPartial:      {tNew},
	evaluate.ReasonTheirContacts:   {tTheir},
	evaluate.ReasonUnseen:          {tUnseen},
	evaluate.ReasonDiversityUp:     {tGain, tIQV},
	evaluate.ReasonDiversityDown:   {tGain, tIQV},
	evaluate.OverlapWith:           {tOverlap},
	evaluate.ReasonLeave:           {tOverlap},
	evaluate.ReasonEmbedded:        {tEmbedded},
	evaluate.ReasonLocalBridges:    {tLocalBridge},
	evaluate.ReasonBalanced:        {tBalance},
	evaluate.ReasonGivesMore:       {tBalance},
	evaluate.ReasonTakesMore:       {tBalance},
	evaluate.ReasonConstraintUp:    {tConstraint},
	evaluate.ReasonConstraintDown:  {tConstraint},
	evaluate.ReasonCostHours:       {tPerHour},
	evaluate.ReasonCostFee:         {tPerHour},
	evaluate.ReasonBudgetHours:     {tPerHour},
	evaluate.ReasonBudgetFee:       {tPerHour},
	evaluate.ReasonBudgetHoursNext: {tPerHour},
	evaluate.ReasonBudgetFeeNext:   {tPerHour},
	evaluate.ReasonGoals:           {tGoalFit},
}

// entries are the used terms, in the glossary's order, worded by p; the
// verdicts last, best first.
func (g glossary) entries(p *words.Printer) []glossaryEntry {
	var out []glossaryEntry
	add := func(t term) {
		k := "report.glossary." + string(t)
		out = append(out, glossaryEntry{
			ID:     "g-" + strings.ReplaceAll(string(t), "_", "-"),
			Name:   p.Text(finding.Code(k + ".name")),
			Text:   p.Text(finding.Code(k + ".text")),
			Source: p.Text(finding.Code(k + ".source")),
		})
	}
	for _, t := range glossaryOrder {
		if g[t] {
			add(t)
		}
	}
	for _, v := range append(evaluate.Verdicts, "") {
		if t := verdictTerm(v); g[t] {
			add(t)
		}
	}
	return out
}

// allTerms lists every term, verdicts included (for the catalog's test).
func allTerms() []term {
	out := append([]term{}, glossaryOrder...)
	for _, v := range append(evaluate.Verdicts, "") {
		out = append(out, verdictTerm(v))
	}
	return out
}
