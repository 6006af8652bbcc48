package words

import (
	"golang.org/x/text/language"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/finding"
)

const howToAddTies = "To add ties among contacts, list the networks people belong to (--memberships), treat a shared " +
	"organisation as a group (--org-as-group), or give who-knows-whom ties (--ties)."

var english = &catalog{
	tag: language.English,
	messages: map[finding.Code]string{
		analysis.StructureNoTies: "There are no ties: nobody is linked to anybody, not even through a shared network. " +
			"Add who-knows-whom ties (--ties), the networks people belong to (--memberships) " +
			"or treat a shared organisation as a group (--org-as-group).",
		analysis.StructureStar: "This is a star: %s is tied to all %d others and none of them is tied to another " +
			"(a LinkedIn or address-book export alone looks like this). Bridging measures (betweenness, " +
			"constraint, effective size, brokerage) mean nothing on a star. " + howToAddTies,
		analysis.StructureStarEgo: "This is a star: you are tied to all %d others and none of them is tied to another " +
			"(a LinkedIn or address-book export alone looks like this). Bridging measures (betweenness, " +
			"constraint, effective size, brokerage) mean nothing on a star. " + howToAddTies,
		analysis.StructureNetwork: "%s, %d of them among contacts: bridging measures can be computed.",
		analysis.StructureStarByOrgs: "Your own data is a star: you are tied to all %d others and none of them to another (a LinkedIn or " +
			"address-book export alone looks like this), and bridging measures mean nothing on a star. The %s among your contacts " +
			"are assumed from the organisations they share, so the bridging figures below rest on that assumption, not on known ties.",
		analysis.StructureStarByNetworks: "Your own data is a star: you are tied to all %d others and none of them to another (a LinkedIn or " +
			"address-book export alone looks like this), and bridging measures mean nothing on a star. The %s among your contacts " +
			"come from the networks they share, so the bridging figures below rest on shared memberships, not on known ties.",
		analysis.StructureStarByBoth: "Your own data is a star: you are tied to all %d others and none of them to another (a LinkedIn or " +
			"address-book export alone looks like this), and bridging measures mean nothing on a star. The %s among your contacts " +
			"come from the organisations and networks they share, so the bridging figures below rest on those, not on known ties.",
		analysis.LikelyColleagues: "Assumed: people who work at the same organisation know each other (%s, %s). " +
			"These likely ties between colleagues count in the structure measures only (betweenness, constraint, communities, " +
			"pictures), never as contacts; --org-as-group=false leaves them out.",

		analysis.NoBrokersStar:   "No brokers can be told apart: the data is a star (one person tied to all, no ties among the others), so nobody stands between others.",
		analysis.NoBrokersNoTies: "No brokers can be told apart: there are no ties.",
		analysis.BrokersNobody:   "Nobody lies between others: every pair that is connected is connected directly.",
		analysis.BrokersTop:      "%s lie on the most shortest paths between others (betweenness): news and ideas pass through them first.",
		analysis.BrokersTopOne:   "%s lies on the most shortest paths between others (betweenness): news and ideas pass through them first.",
		analysis.BrokersCutOne:   "1 person connects parts of the network that otherwise would not meet.",
		analysis.BrokersCut:      "%d people connect parts of the network that otherwise would not meet.",

		// The reader among the brokers (a Namer that names them "you",
		// Printer.Sentence): you lie, through you.
		analysis.BrokersTop + youSuffix:    "%s lie on the most shortest paths between others (betweenness): news and ideas pass through you and them first.",
		analysis.BrokersTopOne + youSuffix: "%s lie on the most shortest paths between others (betweenness): news and ideas pass through you first.",

		analysis.BridgesNone:       "No tie is a bridge: every tie is backed by a common contact or another path (a closed, redundant network).",
		analysis.BridgesOne:        "1 tie is a bridge: removing it cuts the network apart.",
		analysis.BridgesMany:       "%d ties are bridges: removing any one cuts the network apart.",
		analysis.LocalBridgesOne:   "1 tie links two people who have no contact in common (a local bridge: a weak tie in Granovetter's sense, where new information comes from).",
		analysis.LocalBridgesMany:  "%d ties link people who have no contact in common (local bridges: weak ties in Granovetter's sense, where new information comes from).",
		analysis.BridgesComponents: "The network falls into %d separate parts.",
		analysis.NoBridgesStar: "Every tie is a bridge, and none of them means anything: the data is a star (one person tied to all, " +
			"no ties among the others), so each tie is the only path to someone who has no other tie.",
		analysis.NoBridgesStarEgo: "Every tie is a bridge, and none of them means anything: the data is a star (you and your contacts, " +
			"no ties among them), so each tie is the only path to a contact who has no other tie.",
		analysis.NoBridgesNoTies: "There are no bridges: there are no ties.",

		analysis.EgoNoTies:   "You have no ties in this data.",
		analysis.EgoContacts: "You have %s; your effective size is %.1f, so about %.0f%% of your contacts are redundant (they know each other).",
		analysis.EgoContactsWithGroups: "You have %s; with the people you share a network with, %s in all, your effective size is %.1f, " +
			"so about %.0f%% of them are redundant (they know each other or share a network).",
		analysis.EgoContactsWithColleagues: "You have %s; with the people you share a network or an organisation with, %s in all, your effective size is %.1f, " +
			"so about %.0f%% of them are redundant (they know each other or share a network or an organisation).",
		analysis.EgoNoContactsWithGroups: "You have no tie of your own in the data; counting the people you share a network or an organisation with, %s, " +
			"your effective size is %.1f, so about %.0f%% of them are redundant (they know each other or share a network or an organisation).",
		analysis.EgoConstraintLow:      "Your constraint is %.2f (low: your contacts are spread over separate groups, a broker's position).",
		analysis.EgoConstraintModerate: "Your constraint is %.2f (moderate).",
		analysis.EgoConstraintHigh:     "Your constraint is %.2f (high: your contacts are tied to each other, few structural holes).",

		analysis.DiversityNobody:         "Nobody has a value for %s.",
		analysis.DiversityEgoNone:        "None of your contacts has a value for %s.",
		analysis.DiversityEgoCover:       "Three quarters of your %[1]s with a known %[2]s are in %[3]d of their %[4]d %[2]s values.",
		analysis.DiversityAllCover:       "Three quarters of the %[1]s with a known %[2]s are in %[3]d of their %[4]d %[2]s values.",
		analysis.DiversityEgoCoverMore:   "More than three quarters of your %[1]s with a known %[2]s are in %[3]d of their %[4]d %[2]s values.",
		analysis.DiversityAllCoverMore:   "More than three quarters of the %[1]s with a known %[2]s are in %[3]d of their %[4]d %[2]s values.",
		analysis.DiversityEgoSpread:      "Your %[1]s with a known %[2]s are spread over %[3]d %[2]s values: no fewer hold three quarters of them.",
		analysis.DiversityAllSpread:      "The %[1]s with a known %[2]s are spread over %[3]d %[2]s values: no fewer hold three quarters of them.",
		analysis.DiversityEgoSame:        "All of your %[1]s with a known %[2]s have the same %[2]s: %[3]s.",
		analysis.DiversityAllSame:        "All %[1]s with a known %[2]s have the same %[2]s: %[3]s.",
		analysis.DiversityEgoOne:         "Only %[1]s has a known %[2]s: %[3]s.",
		analysis.DiversityAllOne:         "Only %[1]s has a known %[2]s: %[3]s.",
		analysis.DiversityLargest:        "The largest, %s, holds %.0f%% of them.",
		analysis.DiversityNoLargest:      "No one value is the largest: %d hold %.0f%% of them each.",
		analysis.DiversityLevelIQV:       "Their diversity is %s (IQV %.2f).",
		analysis.DiversityLevel:          "Their diversity is %s.",
		analysis.DiversityHomophily:      "Ties mostly stay within the same %s (E-I %.2f): like ties to like, and people who are alike tend to know the same things.",
		analysis.DiversityHeterophily:    "Ties mostly cross %s lines (E-I %.2f): new perspectives.",
		analysis.DiversityMixed:          "Ties within and across %s are mixed (E-I %.2f).",
		analysis.DiversityEgoHomophily:   "Your ties mostly go to people of your own %s (E-I %.2f): like ties to like, and people who are alike tend to know the same things.",
		analysis.DiversityEgoHeterophily: "Your ties mostly go to people of another %s than yours (E-I %.2f): new perspectives.",
		analysis.DiversityEgoMixed:       "Your ties go to people of your own %s and of others alike (E-I %.2f).",
		analysis.DiversityMissing:        "(For %s the %s is unknown.)",
		analysis.DiversityEgoMissing:     "(For %d of your contacts the %s is unknown.)",

		analysis.ReciprocityUndirected:  "No tie has a direction, so who gives and who takes cannot be told.",
		analysis.ReciprocityWhyFlag:     "The ties were read without direction (--undirected).",
		analysis.ReciprocityWhyExport:   "A LinkedIn connection (or an address-book entry) is mutual: it says nothing about who helps whom.",
		analysis.ReciprocityWhyNoTies:   "There are no ties, so who gives and who takes cannot be told.",
		analysis.ReciprocityHowToAnswer: "A ties file of who gave advice, information or introductions to whom (--ties, source,target) answers it.",
		analysis.ReciprocityReturned:    "%.0f%% of ties are returned (reciprocity %.2f; %s mutual, %s one way).",
		analysis.ReciprocityTakers:      "%s only take (receive, never give): %s.",
		analysis.ReciprocityTakersOne:   "%s only takes (receives, never gives): %s.",
		analysis.ReciprocityTakersMore:  "%s only take (receive, never give): %s.",
		analysis.ReciprocityEgoGives:    "You give to %d and receive from %d; you give more than you get back (balance %+.2f).",
		analysis.ReciprocityEgoTakes:    "You give to %d and receive from %d; you take more than you give (balance %+.2f).",
		analysis.ReciprocityEgoBalanced: "You give to %d and receive from %d; giving and receiving are in balance (%+.2f).",

		analysis.ConcentrationThird:       "A third of your %[2]d contacts with a known organisation work at %[1]s; the largest, %[3]s, employs %.0[4]f%% (Herfindahl index %.2[5]f: 1 is everyone at one organisation, near 0 spread over many).",
		analysis.ConcentrationThirdTied:   "A third of your %[2]d contacts with a known organisation work at %[1]s; no one organisation is the largest among %[3]d (Herfindahl index %.2[4]f: 1 is everyone at one organisation, near 0 spread over many).",
		analysis.ConcentrationThirdAll:    "A third of the %[2]d people with a known organisation work at %[1]s; the largest, %[3]s, employs %.0[4]f%% (Herfindahl index %.2[5]f).",
		analysis.ConcentrationThirdAllTie: "A third of the %[2]d people with a known organisation work at %[1]s; no one organisation is the largest among %[3]d (Herfindahl index %.2[4]f).",
		analysis.ConcentrationSpread:      "Each of your %d contacts with a known organisation works at a different one: they are concentrated nowhere (Herfindahl index %.2f: 1 is everyone at one organisation, near 0 spread over many).",
		analysis.ConcentrationSpreadAll:   "Each of the %d people with a known organisation works at a different one (Herfindahl index %.2f).",
		analysis.ConcentrationOne:         "Of your contacts, only 1 has a known organisation: %s.",
		analysis.ConcentrationOneAll:      "Only 1 person has a known organisation: %s.",
		analysis.ConcentrationAllAtOne:    "All %d of your contacts with a known organisation work at %s: they are as concentrated as can be (Herfindahl index 1).",
		analysis.ConcentrationAllAtOneAll: "All %d people with a known organisation work at %s (Herfindahl index 1).",
		analysis.TwoModeSummary:           "%s, %s; %s with at least one in common.",
		analysis.TwoModeDominant: "One network, %s, alone makes %.0f%% of those pairs and dominates every measure built on " +
			"shared networks; consider Newman weighting (--newman) or a size cap (--max-group-size).",
		analysis.TwoModeDominantCapped: "Of the pairs that count as ties (those of the networks within the size cap), one network, %s, " +
			"alone makes %.0f%% and dominates every measure built on shared networks; consider Newman weighting (--newman).",
		// Lists (words.go): the head of a list joined by ", ", then the
		// last item or how many more.
		listAnd:     "%s and %s",
		listOr:      "%s or %s",
		listAndMore: "%s and %d more",

		analysis.TwoModeAboveCap: "%s with more than %[3]d members (%[2]s) count in every network figure but not as ties " +
			"between each pair of their members: a network that large is not a place where members meet one another " +
			"(--max-group-size 0 counts them).",
	},
	terms: map[finding.Term]string{},
	nouns: map[finding.Term][2]string{
		analysis.NounPerson:           {"person", "people"},
		analysis.NounContact:          {"contact", "contacts"},
		analysis.NounPair:             {"pair", "pairs"},
		analysis.NounNetwork:          {"network", "networks"},
		analysis.NounMembership:       {"membership", "memberships"},
		analysis.NounPairOfPeople:     {"pair of people", "pairs of people"},
		analysis.NounOrganization:     {"organisation", "organisations"},
		analysis.NounPairOfColleagues: {"pair of colleagues", "pairs of colleagues"},
		analysis.NounTiedPair:         {"tied pair", "tied pairs"},
	},
}
