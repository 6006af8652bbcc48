package words

import (
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/finding"
)

// The evaluation's reasons in English. Every figure printed is the one in
// the JSON and the tables (docs/evaluate.md), rounded for reading.
var englishEvaluate = map[finding.Code]string{
	evaluate.NoNetworks: "There are no networks to judge: the data has no memberships. Give the networks people belong to (--memberships person_id,network).",
	evaluate.StarNote: "Your data holds no ties among your contacts (as in a contact export alone): whether a tie depends on a network rests on memberships alone, " +
		"and how embedded your ties are cannot be told.",
	evaluate.NoContactsNote: "You have no contacts in the data (no tie to or from you): no network holds a tie of yours, and every member you do not meet elsewhere is new to you.",

	evaluate.ReasonOneSidedGive: "You give much more than you get back here (you gave %s, received %s; balance %+.2f): a network where you only give fades; ask for something back.",
	evaluate.ReasonOneSidedTake: "You take much more than you give here (you gave %s, received %s; balance %+.2f): give something back, or the ties will fade.",
	evaluate.ReasonPassive:      "None of its %s is your contact: you take no part in it yet; meet some of them.",
	evaluate.ReasonKeepAndInvest: "It brings people you reach no other way and opens more people beyond them " +
		"(%s reached only through it): worth more of your time.",
	evaluate.ReasonKeep:             "It brings people or perspectives you meet nowhere else (%s reached only through it).",
	evaluate.ReasonLeave:            "It mostly repeats %s (overlap %.2f), which brings more: what it gives you, you meet there too.",
	evaluate.ReasonReconsider:       "It brings nobody and no perspective you do not already meet elsewhere.",
	evaluate.ReasonBudgetHours:      "Your networks take %s h a month, over your budget of %s h: this one brings the fewest people per hour (%.2f), so it is the first to reconsider.",
	evaluate.ReasonBudgetFee:        "Your networks cost %s a year in fees, over your budget of %s: this one brings the fewest people per fee unit (%.4f), so it is the first to reconsider.",
	evaluate.ReasonBudgetHoursNext:  "Your networks take %s h a month, over your budget of %s h: after %s bringing fewer people per hour, this one (%.2f) is the next to reconsider.",
	evaluate.ReasonBudgetFeeNext:    "Your networks cost %s a year in fees, over your budget of %s: after %s bringing fewer people per fee unit, this one (%.4f) is the next to reconsider.",
	evaluate.ReasonJoin:             "It would bring people or perspectives you meet nowhere else (%s reached only through it).",
	evaluate.ReasonNotJoin:          "It would bring nobody and no perspective you do not already meet.",
	evaluate.NoMembers:              "No members listed besides you: nothing to judge.",
	evaluate.NoMembersListed:        "No members listed: nothing to judge.",
	evaluate.ReasonNewcomersUnknown: "The members listed (%s, of %d in all) are all your contacts: who else is in it is unknown, so what it would bring cannot be judged.",
	evaluate.ReasonBorderline:       "A close call: one figure more or less would change the verdict.",
	evaluate.ReasonHeld:             "Tied to you only through it: %[2]s (%[1]s); without it these ties would likely fade.",
	evaluate.ReasonHeldStar:         "Tied to you only through it, by the memberships alone (your data has no ties among your contacts to test): %[2]s (%[1]s); without it these ties would likely fade.",
	evaluate.ReasonNew:              "New to you: %[2]s (%[1]s); you know none of them and meet none of them in your other networks.",
	evaluate.ReasonNewMore:          "New to you: %[2]s (%[1]s); you know none of them and meet none of them in your other networks.",
	evaluate.ReasonNewPartial:       "At least %d of the %d members you listed (of %d in all): new to you.",
	evaluate.ReasonPartialList:      "Only %d of its %d members are listed: who it brings you, and what, may be more than these figures say (they are lower bounds).",
	evaluate.ReasonTheirContacts:    "Beyond its members you reach %s whom you reach no other way (their contacts).",
	evaluate.ReasonNothingNew:       "All %s are your contacts or people you meet in your other networks.",
	evaluate.ReasonNothingNewOne:    "Its one member is your contact or someone you meet in your other networks.",
	evaluate.ReasonUnseen:           "Only here do you meet people whose %s is %s.",
	evaluate.ReasonDiversityUp:      "It makes the people you reach more varied by %s (IQV %.2f without it, %.2f with it).",
	evaluate.ReasonDiversityDown:    "It makes the people you reach less evenly spread by %s (IQV %.2f without it, %.2f with it).",
	evaluate.ReasonKnown:            "Members you know: %d of %d; without it you would still meet %d of them.",
	evaluate.ReasonSinceJoining:     "Since you joined in %s %s, you connected with %d of its members (%.1f a year).",
	evaluate.ReasonSinceJoiningNow:  "Since you joined in %s %s, you connected with %d of its members.",
	evaluate.OverlapWith:            "It shares %s with %s (overlap %.2f).",
	evaluate.ReasonEmbedded:         "You have %s in it; each shares a median of %s of your contacts (embeddedness %.2f).",
	evaluate.ReasonLocalBridges:     "Local bridges into it (the two ends share no contact; where new information comes from, Granovetter): %s.",
	evaluate.ReasonStarTies:         "You have %s in it; each shares a median of %s of your contacts (embeddedness %.2f; local bridges: %s), but your data has no ties among your contacts, so these figures say nothing of how embedded your ties into it are.",
	evaluate.ReasonBalanced:         "Give and take are balanced: you gave %s and received %s (balance %+.2f).",
	evaluate.ReasonGivesMore:        "You give more than you get back: you gave %s and received %s (balance %+.2f).",
	evaluate.ReasonTakesMore:        "You take more than you give: you gave %s and received %s (balance %+.2f).",
	evaluate.ReasonNoExchange:       "No advice or help between you and its members is recorded.",
	evaluate.ReasonUndirected:       "Who gives and who takes cannot be told: the ties have no direction.",
	evaluate.ReasonNoTies:           "Who gives and who takes cannot be told: the data holds no ties (give a ties file: who helped, advised or wrote to whom).",
	evaluate.ReasonConstraintDown:   "It lowers your constraint by %.3f: it gives you access to people who are not tied to each other.",
	evaluate.ReasonConstraintUp:     "It raises your constraint by %.3f: its members are tied to your other contacts.",
	evaluate.ReasonCostHours:        "It takes %s h a month: %.2f people reached only through it per hour.",
	evaluate.ReasonCostFee:          "Its fee is %s a year: %.4f people reached only through it per fee unit.",
	evaluate.ReasonGoals:            "It advances %d of your %d goals.",
	evaluate.ReasonGoalOne:          "It advances your goal.",
	evaluate.ReasonGoalOneNot:       "It does not advance your goal.",

	evaluate.PopMembers:  "%s.",
	evaluate.PopUnseen:   "Only its members have the %s %s.",
	evaluate.PopEI:       "E-I %+.2f: ties to people outside it %d, among its members %d.",
	evaluate.PopPassive:  "Without any tie: %s.",
	evaluate.PopBridging: "Tied to members of at least two other networks: %s.",
}

var englishEvaluateNouns = map[finding.Term][2]string{
	evaluate.NounMember:  {"member", "members"},
	evaluate.NounContact: {"contact", "contacts"},
	evaluate.NounTie:     {"tie", "ties"},
}

func init() {
	for c, s := range englishEvaluate {
		english.messages[c] = s
	}
	for t, f := range englishEvaluateNouns {
		english.nouns[t] = f
	}
}
