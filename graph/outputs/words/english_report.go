package words

import "github.com/tiesnet/ties/graph/finding"

// The report's words in English (ties report, graph/outputs/report): headings,
// column names, sentences, the glossary and the methods note. The report's
// templates hold no prose of their own: they print these codes, so a
// second language is a second catalog. Figures are formatted by the report
// the way the reasons format them (graph/outputs/report/figures.go) and arrive
// here as strings (%s) where a table shows them too.
var englishReport = map[finding.Code]string{
	"report.lang":            "en",
	"report.you":             "you",
	"report.you.table":       "You",
	"report.title":           "Do your networks bring you new perspectives?",
	"report.title.client":    "%s: do your networks bring you new perspectives?",
	"report.meta":            "A report by ties · %s",
	"report.meta.for":        "A report by ties for %s · %s",
	"report.meta.anonymized": "names replaced by pseudonyms",
	"report.more":            "and %d more",
	"report.unknown":         "unknown",
	"report.unknown.purpose": "unknown: ask the organiser",
	"report.formal":          "formal",
	"report.informal":        "informal",
	"report.net.not_member":  "not a member",

	// Headings.
	"report.h.summary":      "In short",
	"report.h.next":         "What to do next",
	"report.h.evaluation":   "Each network judged",
	"report.h.checklist":    "Välj dina nätverk med omsorg! Choose your networks with care",
	"report.h.needs":        "1. Know your professional needs",
	"report.h.purposes":     "2. Learn each network's purpose and who runs it",
	"report.h.goals":        "3. Set goals for taking part",
	"report.h.cost":         "4. Weigh time and fees against what comes back",
	"report.h.charts":       "Charts",
	"report.h.contacts":     "Who you know",
	"report.h.contacts_all": "Who is in the data",
	"report.h.clusters":     "Colleague clusters",
	"report.h.timeline":     "When your ties began",
	"report.h.give_take":    "Give and take",
	"report.h.brokers":      "Brokers and bridges",
	"report.h.diversity":    "Diversity and reciprocity",
	"report.h.diagrams":     "Diagrams",
	"report.h.add_next":     "What to add next",
	"report.h.glossary":     "Glossary",
	"report.h.methods":      "How this report was made",

	// Column names.
	"report.col.network":          "Network",
	"report.col.members":          "Members",
	"report.col.held":             "Held only here",
	"report.col.new":              "New to you",
	"report.col.their":            "Their contacts",
	"report.col.score":            "Score",
	"report.col.overlap":          "Overlap",
	"report.col.balance":          "Give and take",
	"report.col.verdict":          "Verdict",
	"report.col.no_ties":          "Without ties",
	"report.col.bridging":         "Bridging",
	"report.col.ei":               "E-I index",
	"report.col.redundant":        "Most like",
	"report.verdict.population":   "for everyone",
	"report.advice.population":    "Described for everyone in the data; name the client with --ego to judge each network for them.",
	"report.eval.note_population": "Nobody is the report's \"you\" (name the client with --ego to judge each network for them), so each network is described for everyone in the data: its members, those of them without any tie, those tied to members of at least two other networks (bridging), the E-I index of its members' ties (−1 all inside, +1 all outside), and the network it overlaps most (Jaccard).",
	"report.col.purpose":          "Purpose",
	"report.col.organiser":        "Organiser",
	"report.col.scope":            "Scope",
	"report.col.form":             "Form",
	"report.col.fit":              "Fit with your goals",
	"report.col.why":              "Why",
	"report.col.hours":            "Hours a month",
	"report.col.fee":              "Fee a year",
	"report.col.per_hour":         "Score per hour",
	"report.col.attribute":        "Attribute",
	"report.col.known_for":        "Known for",
	"report.col.common":           "Most common",
	"report.col.iqv":              "IQV",
	"report.col.organisation":     "Organisation",
	"report.col.people":           "People",
	"report.col.who":              "Who",
	"report.col.functions":        "Functions",
	"report.col.kind":             "Kind",
	"report.col.gave":             "You gave",
	"report.col.received":         "You received",
	"report.col.person":           "Person",
	"report.col.betweenness":      "Betweenness",
	"report.col.constraint":       "Constraint",
	"report.col.ties":             "Ties",

	"report.fact.people":      "People",
	"report.fact.pairs":       "Tied pairs",
	"report.fact.communities": "Communities",
	"report.fact.modularity":  "Modularity",
	"report.fact.density":     "Density",
	"report.fact.reciprocity": "Reciprocity",

	// The answer.
	"report.headline.yes":          "Yes: your networks bring you new perspectives.",
	"report.headline.yes_budget":   "Yes: your networks bring you new perspectives, but together they take more than your budget: %d to reconsider.",
	"report.headline.partly":       "Partly: %d of your %d networks bring new perspectives; %d do not.",
	"report.headline.little":       "Not much: your networks bring no one and no perspective you do not meet elsewhere.",
	"report.headline.none":         "You belong to none of these networks yet.",
	"report.headline.no_ego":       "No one is named as you (--ego), so these networks are described, not judged for a person.",
	"report.headline.contacts_ego": "Who you know: %s, and what they bring",
	"report.headline.contacts_all": "Who is here: %s",
	"report.headline.nothing":      "Nothing to describe yet",
	"report.summary.member":        "You belong to %s, for %s hours a month and %s a year in fees.",
	"report.summary.member_some_cost": "You belong to %s, for %s hours a month and %s a year in fees as far as known: " +
		"the cost of %s is not given.",
	"report.summary.member_no_cost": "You belong to %s; what they cost in time and fees is not given.",
	"report.summary.good":           "Worth your time: %s.",
	"report.summary.change":         "Worth a change in how you take part: %s.",
	"report.summary.weak":           "Worth a second look: %s.",
	"report.summary.join":           "Worth joining: %s.",
	"report.summary.iqv":            "By %s, %s are spread with an IQV of %s (0: all alike, 1: as even as the values allow): %s.",
	"report.summary.no_networks":    "No network can be judged yet: the data names no networks (memberships). The section \"What to add next\" says how.",
	"report.population.ego":         "your %s",
	"report.population.all":         "the %s",
	"report.population.ego.one":     "your one contact",
	"report.population.all.one":     "the one person",

	// Verdicts and what to do.
	"report.verdict.keep_and_invest":          "keep and invest",
	"report.verdict.keep":                     "keep",
	"report.verdict.change_how_you_take_part": "change how you take part",
	"report.verdict.reconsider":               "reconsider",
	"report.verdict.leave":                    "leave",
	"report.verdict.consider_joining":         "consider joining",
	"report.verdict.not_worth_joining":        "not worth joining",
	"report.verdict.none":                     "no verdict",
	"report.verdict.close_call":               "%s (close call)",
	"report.advice.keep_and_invest":           "Take a more active part (volunteer, speak, organise): these networks bring people you reach no other way, and more beyond them.",
	"report.advice.keep":                      "They bring people or perspectives you meet nowhere else; review them again in a year.",
	"report.advice.change_how_you_take_part":  "They bring something, but you only give, only take, or meet none of the members. Ask for something back, give something back, or meet the people.",
	"report.advice.consider_joining":          "They would bring you people or perspectives you meet nowhere else.",
	"report.advice.reconsider":                "They bring nobody and no perspective you do not meet elsewhere, or your budget is better spent on others. Talk to the organiser about what you want from them, set yourself a goal for the next months, or give the time to a network that brings more.",
	"report.advice.leave":                     "They repeat another of your networks that brings more. Keep in touch with the people you value directly instead.",
	"report.advice.not_worth_joining":         "They would bring nothing you do not already have.",
	"report.advice.none":                      "No members are listed besides you, or who else is in them is unknown.",

	// Each network judged.
	"report.eval.note": "Score: the people you reach only through the network (held only here + new to you + their contacts); " +
		"networks are listed by it. Give and take runs from −1 (you only receive) to +1 (you only give). The glossary explains each column.",
	"report.eval.brings": "Beside each network, what it brings you: you in the centre, its members in rings by what they are to you " +
		"(kept without it, held only here, new to you), and the people reached only through it outside.",
	"report.networks.left_out": "%d more networks you are not in are left out; the %d shown are your own and those that would bring you the most (ties evaluate lists every one).",

	// Reasons the report words together: the evaluation's diversity
	// reasons (evaluate.diversity_up, evaluate.diversity_down) of one
	// network in one sentence, with the same figures.
	"report.reason.diversity":      "Diversity of the people you reach, IQV without it → with it: %s.",
	"report.reason.diversity_up":   "more varied by %s",
	"report.reason.diversity_down": "less evenly spread by %s",
	"report.reason.diversity_sep":  "; ",
	"report.reason.diversity_item": "%s (%.2f\u00a0→\u00a0%.2f)", // no line break inside the pair
	// evaluate.unseen_values with a long list: the first values and how
	// many more.
	"report.reason.unseen_more": "Only here do you meet people whose %s is %s, or one of %d more values.",

	// The checklist.
	"report.needs.missing":    "No goals given. Write down what you need from your networks (more diversity in an attribute, contacts in a profession, at most so many hours and so much in fees) and run the report with a goals file (--goals).",
	"report.needs.diversity":  "More diversity in %s among your contacts",
	"report.needs.contacts":   "At least %d contacts whose %s is %s",
	"report.needs.hours":      "At most %s hours a month on networks",
	"report.needs.fee":        "At most %s a year in fees",
	"report.goals.none":       "For each network you keep, decide what you want from it in the coming months (people to meet, a role to take, knowledge to bring and to get) and check it again in a year.",
	"report.goals.why":        "advances %d of your %d goals",
	"report.cost.total":       "Your networks take %s hours a month and %s a year in fees.",
	"report.cost.total_known": "Your networks take at least %s hours a month and %s a year in fees.",
	"report.cost.none":        "The data gives no hours or fees for your networks (a networks file: fee, hours_per_month): ask each organiser, and weigh them against the scores above.",
	"report.purposes.none":    "The data says nothing of the networks' purposes or organisers (a networks file: purpose, organiser, scope, formal): ask each organiser what the network is for, who runs it, and what it expects of its members.",
	"report.cost.unknown":     "The cost of %s is not known (the networks file gives no fee or no hours); the totals leave them out.",
	"report.cost.nothing":     "No hours or fees are known for these networks: give them in the networks file (fee, hours_per_month) to weigh what you give against what comes back.",

	// Charts.
	"report.chart.unknown":        "unknown",
	"report.chart.no_exchange":    "nothing recorded",
	"report.chart.score.title":    "People you reach only through each network",
	"report.chart.score.desc":     "The score: your contacts held only by it, members new to you, and the people beyond them you reach no other way. Bar colour is the verdict.",
	"report.chart.gain.title":     "Diversity each network adds to the people you reach",
	"report.chart.gain.desc":      "The largest diversity gain over the attributes: the IQV of the people you reach with the network against without it (0 to 1). Right of the line: more varied with it.",
	"report.chart.gain_label":     "%s %s (%s\u00a0→\u00a0%s)", // the gain, the attribute, the IQVs as the reasons print them
	"report.chart.cost.title":     "Time against what comes back",
	"report.chart.cost.desc":      "Each network as a numbered point: hours a month across, its score up. Networks up and to the left bring the most for the time; networks low and to the right cost time and bring little. Networks without known hours have no point.",
	"report.chart.cost.x":         "hours a month",
	"report.chart.cost.y":         "score",
	"report.chart.cost.point":     "%s: %s hours a month, score %s",
	"report.chart.balance.title":  "Give and take with each network's members",
	"report.chart.balance.desc":   "Your balance of advice, information and help with the members: +1 you only give, −1 you only receive, 0 balanced. Knowledge should flow both ways.",
	"report.chart.attr.title":     "Diversity of everybody in the data, per attribute",
	"report.chart.attr.desc":      "IQV: 0 = everybody alike, 1 = spread as evenly as possible over the values.",
	"report.chart.attr.label":     "%s (%d values)",
	"report.chart.attr.label.one": "%s (%d value)",
	"report.md.charts":            "The HTML report draws these charts; here are their figures.",

	// Who you know, give and take.
	"report.contacts.intro":         "The backgrounds of %s: how many have each attribute, the most common values, and how evenly they spread (IQV: 0 all alike, 1 as even as the values allow).",
	"report.contacts.no_values":     "No one here has a value for any attribute (organisation, country, profession …): add such columns to the people file to see their backgrounds.",
	"report.contacts.known":         "%d of %d",
	"report.contacts.classified":    "%s (%.0f%% of the titles classified)",
	"report.contacts.value":         "%s %.0f%%",
	"report.contacts.derived":       "Marked *: derived from the job titles (see function and seniority in the glossary).",
	"report.contacts.likely":        "Your data has few or no ties among your contacts (fewer than half of them are tied to another contact), so colleagues at one organisation are assumed to know each other: these likely ties count in the structure figures and pictures only, never as contacts.",
	"report.timeline.desc":          "Contacts you connected with each year (LinkedIn's Connected On).",
	"report.timeline.note":          "%d of your %d connections have a date, from %s to %s; more began in %s than in any other year (%d).", // years as written, never grouped
	"report.timeline.note_even":     "%d of your %d connections have a date, from %s to %s.",
	"report.timeline.note_year":     "%d of your %d connections have a date, all in %s.",
	"report.timeline.note_one":      "1 of your connections has a date, in %s.",
	"report.timeline.desc_networks": "Contacts you connected with each year (LinkedIn's Connected On, a tie's since), by the network you share with them: the first of yours they are in, in the order of the verdict table.",
	"report.timeline.none":          "No shared network",
	"report.timeline.other":         "Other networks",
	"report.timeline.all":           "Contacts",
	"report.col.year":               "Year",
	"report.col.total":              "In all",
	"report.h.changed":              "What changed since your last export",
	"report.changed.intro":          "Compared with your earlier export, contact by contact:",
	"report.col.measure":            "Figure",
	"report.col.before":             "Before",
	"report.col.after":              "Now",
	"report.changed.contacts":       "Contacts",
	"report.changed.iqv":            "Diversity by %s (IQV)",
	"report.changed.effective_size": "Your effective size",
	"report.changed.constraint":     "Your constraint",
	"report.give_take.ties":         "ties",
	"report.give_take.all":          "All kinds",
	"report.give_take.note":         "Give and take: (given − received) / (given + received); +1 you only give, −1 you only receive. A message counts from its sender to each recipient, an endorsement or a recommendation from its author.",

	// Brokers and bridges.
	"report.bridge.item":        "%s and %s: a bridge, the only path between the two sides",
	"report.local_bridge.item":  "%s and %s: a local bridge; without it the two are %d steps apart",
	"report.bridges.more":       "… and %d more bridges",
	"report.local_bridges.more": "… and %d more local bridges",

	// Diagrams.
	"report.diagram.omitted":          "This diagram was left out: %s",
	"report.diagram.md_missing":       "%s: not included in the Markdown report (see the HTML report, or draw it with ties render).",
	"report.diagram.ego.title":        "You and your contacts",
	"report.diagram.ego.caption":      "You in the centre, your contacts grouped by the networks you share with them: clusters that repeat each other and gaps between them at a glance.",
	"report.diagram.groupmap.title":   "Your networks and how they overlap",
	"report.diagram.groupmap.caption": "One circle per network, sized by its members, linked by the members they share besides you; the legend says what the colours mean.",
	"report.diagram.network.title":    "The whole network",
	"report.diagram.network.caption":  "Everybody in the data, coloured and sized as the legend says; bridges stand out.",
	"report.diagram.brings.title":     "What %s brings you",
	"report.diagram.brings.caption":   "You in the centre; members in rings by what they are to you (kept without it, held only here, new to you), the people reached only through it outside.",

	// What to add next.
	"report.add.memberships": "List the networks (associations, clubs, groups) you and your contacts belong to: ties writes a sheet with one " +
		"row per contact and one column per network; mark who belongs where and give it back with --memberships. " +
		"Then each network is judged for what it brings you.",
	"report.add.archive": "Add who gives and who takes: LinkedIn's full archive (Settings → Data privacy → Get a copy of your data: the larger " +
		"archive) holds your messages, invitations, endorsements and recommendations; give the .zip as --people. Or write " +
		"a ties file of who gave advice, information or introductions to whom.",
	"report.add.ties":  "Add who knows whom among your contacts (a ties file: source,target), so that bridging can be measured on real ties, not assumed ones.",
	"report.add.goals": "Write down what you need from your networks (a goals file: more diversity in an attribute, contacts in a field, a budget of hours and fees).",

	"report.note.anonymized": "Every person but you is shown under a stable pseudonym (the same in the text and in the diagrams); the names of the networks are kept.",

	// The methods note.
	"report.methods.data":           "The data: %s, %s and %s in %s, as given for this report.",
	"report.methods.directed":       "Ties have a direction (who gave advice, information or an introduction to whom), so give and take can be measured.",
	"report.methods.undirected":     "Ties have no direction (a connection, an address-book entry), so who gives and who takes cannot be told.",
	"report.methods.ego":            "The point of view is yours: your contacts are the people you have a tie with. Sharing a network or an employer does not make two people contacts.",
	"report.methods.population":     "There is no one person's point of view: each network is described against the rest of the data.",
	"report.methods.exact":          "Every figure follows the published definition the glossary names, computed exactly on these data (nothing sampled or estimated), so it can be checked by hand.",
	"report.methods.sampled":        "Every figure follows the published definition the glossary names, computed exactly on these data, except betweenness: it is estimated from %v, one shortest path each (Riondato and Kornaropoulos; KADABRA), and with %.0f %% confidence every person's value lies within their interval, at most ±%.2g from the estimate.",
	"report.methods.defaults":       "Defaults: communities by the Louvain method (resolution %g, seed %s: a rerun gives the same communities); constraint over %s; a network of more than %d members counts in every figure about networks but does not make each pair of its members tied (so large a network is not a place where members meet one another).",
	"report.methods.defaults_nocap": "Defaults: communities by the Louvain method (resolution %g, seed %s: a rerun gives the same communities); constraint over %s; every network, however large, makes each pair of its members tied.",
	"report.methods.holes_whole":    "the whole network",
	"report.methods.holes_ego":      "each person's own contacts",
	"report.methods.star":           "Assumed: your data holds no ties among your contacts (a contact export alone looks like this), so which ties depend on a network rests on memberships alone, and how embedded your ties are cannot be told.",
	"report.methods.likely":         "Assumed: colleagues at one organisation know each other. These likely ties count in the structure figures and pictures only, never as contacts.",
	"report.methods.group_ties":     "Assumed: people who share a network know each other. These ties count in the structure figures (betweenness, constraint, communities, the pictures), because the ties given do not say who knows whom among your contacts; they never count as contacts.",
	"report.methods.partial":        "Only some members of %s are listed: what these networks bring is then at least what is shown.",
	"report.methods.verdicts":       "Each verdict follows fixed rules with stated thresholds (the glossary gives each verdict's rule): a network repeats another when at least half their members are shared; give and take is one-sided from a balance of ±0.5. Nothing is tuned to these data.",
	"report.methods.budget":         "Time and fees decide a verdict only through the budget in your goals: when your networks exceed it, those that bring the fewest people per hour (or per fee) are reconsidered first.",
	"report.methods.no_budget":      "Time and fees are shown, not weighed: without a budget in your goals they decide no verdict, since only you know what an hour is worth to you.",

	// The glossary.
	"report.glossary.intro": "Each measure this report shows, in plain words, with the research it comes from.",

	"report.glossary.score.name":   "Score",
	"report.glossary.score.text":   "The people you reach only through a network: the contacts it holds only here, the members new to you, and their contacts. Networks are listed by it.",
	"report.glossary.score.source": "Non-redundant reach: Burt, Structural holes and good ideas, 2004.",

	"report.glossary.held_only_here.name":   "Held only here",
	"report.glossary.held_only_here.text":   "Your contacts whose tie to you rests on this network alone: they are in none of your other networks, and you share no contact outside it. Such ties tend to fade when you leave.",
	"report.glossary.held_only_here.source": "Foci: Feld 1981; bridge decay: Burt 2002.",

	"report.glossary.new_to_you.name":   "New to you",
	"report.glossary.new_to_you.text":   "Members you do not know and do not meet in any of your other networks.",
	"report.glossary.new_to_you.source": "Foci: Feld 1981.",

	"report.glossary.their_contacts.name":   "Their contacts (reach only here)",
	"report.glossary.their_contacts.text":   "People two steps away, contacts of the network's members, whom you reach through no other contact or network of yours.",
	"report.glossary.their_contacts.source": "Second-step reach: Burt 2004.",

	"report.glossary.unseen_values.name":   "Met only here (unseen values)",
	"report.glossary.unseen_values.text":   "Values of an attribute (a country, a profession, an organisation) that some members have and nobody else you reach has: perspectives you meet only in this network.",
	"report.glossary.unseen_values.source": "Range: Reagans and McEvily 2003.",

	"report.glossary.diversity_gain.name":   "Diversity gain",
	"report.glossary.diversity_gain.text":   "How much more varied (IQV) the people you reach are with the network than without it. A negative gain means they are less evenly spread, not that a value is lost.",
	"report.glossary.diversity_gain.source": "Reagans and McEvily 2003.",

	"report.glossary.overlap.name":   "Overlap",
	"report.glossary.overlap.text":   "The members two of your networks share, over all members of either, you left out (Jaccard): 0 none shared, 1 the same people. A network that shares at least half with another that brings more repeats it.",
	"report.glossary.overlap.source": "Jaccard 1912.",

	"report.glossary.embeddedness.name":   "Embeddedness",
	"report.glossary.embeddedness.text":   "How many contacts you and a member share, against all your and their other contacts (0 to 1). Embedded ties are trusted and last, but bring what you already know; ties with no contact in common bring news and decay faster.",
	"report.glossary.embeddedness.source": "Granovetter 1985; Uzzi 1997; Onnela et al. 2007; Burt 2002.",

	"report.glossary.balance.name":   "Give and take (balance)",
	"report.glossary.balance.text":   "(given − received) / (given + received) over the advice, information and help recorded between you and others: +1 you only give, −1 you only receive, near 0 both ways. Knowledge should flow both ways; one-sided ties fade.",
	"report.glossary.balance.source": "\"Välj dina nätverk med omsorg!\": transfer must be mutual.",

	"report.glossary.score_per_hour.name":   "Score per hour, per fee unit",
	"report.glossary.score_per_hour.text":   "The score divided by the hours a month the network takes, or by its yearly fee. It decides a verdict only when your goals set a budget.",
	"report.glossary.score_per_hour.source": "\"Välj dina nätverk med omsorg!\": weigh what you give against what comes back.",

	"report.glossary.goal_fit.name":   "Fit with your goals",
	"report.glossary.goal_fit.text":   "The share of your goals (more diversity in an attribute, contacts with a value) the network advances, 0 to 1.",
	"report.glossary.goal_fit.source": "\"Välj dina nätverk med omsorg!\": know your professional needs.",

	"report.glossary.betweenness.name":   "Betweenness",
	"report.glossary.betweenness.text":   "The share of the shortest paths between two other people that pass through a person (0 to 1). People high on it hear news first and can join groups that would not otherwise meet.",
	"report.glossary.betweenness.source": "Freeman 1977.",

	"report.glossary.constraint.name":   "Constraint",
	"report.glossary.constraint.text":   "How much a person's contacts are tied to each other (about 0 to 1). Low: the contacts sit in separate groups, a broker's position with varied information; high: one closed circle. A network lowers yours when it brings people who do not know each other.",
	"report.glossary.constraint.source": "Burt, Structural holes, 1992.",

	"report.glossary.effective_size.name":   "Effective size",
	"report.glossary.effective_size.text":   "The number of your contacts less their redundancy (how many of them know each other): the contacts who each bring something the others do not.",
	"report.glossary.effective_size.source": "Burt 1992.",

	"report.glossary.bridge.name":   "Bridge",
	"report.glossary.bridge.text":   "A tie whose removal cuts the network apart: the only path between two sides.",
	"report.glossary.bridge.source": "Granovetter 1973; Easley and Kleinberg, Networks, Crowds, and Markets, 2010.",

	"report.glossary.local_bridge.name":   "Local bridge",
	"report.glossary.local_bridge.text":   "A tie between two people who share no contact: without it they would be three or more steps apart. New information tends to come through such weak ties.",
	"report.glossary.local_bridge.source": "Granovetter, The strength of weak ties, 1973; Easley and Kleinberg 2010.",

	"report.glossary.density.name":   "Density",
	"report.glossary.density.text":   "The share of all possible pairs of people that are tied, 0 to 1.",
	"report.glossary.density.source": "Wasserman and Faust 1994.",

	"report.glossary.communities.name":   "Communities and modularity",
	"report.glossary.communities.text":   "Groups of people more tied among themselves than to others, found by the Louvain method. Modularity (up to 1) says how clear the division is: above about 0.3, clear groups.",
	"report.glossary.communities.source": "Blondel et al. 2008; Newman and Girvan 2004.",

	"report.glossary.reciprocity.name":   "Reciprocity",
	"report.glossary.reciprocity.text":   "The share of ties given one way that are returned the other way, 0 to 1.",
	"report.glossary.reciprocity.source": "Wasserman and Faust 1994.",

	"report.glossary.iqv.name":   "IQV (diversity)",
	"report.glossary.iqv.text":   "How evenly people spread over the values of an attribute: 0 when all share one value, 1 when they spread as evenly as the number of values allows. It is the Blau index (the chance that two people picked at random differ) scaled to its largest value.",
	"report.glossary.iqv.source": "Blau 1977; Agresti and Agresti 1978; Mueller and Schuessler 1961.",

	"report.glossary.ei.name":   "E-I index",
	"report.glossary.ei.text":   "(ties across a line − ties within it) / all ties, for an attribute: −1 all ties stay among people alike, +1 all cross. People alike tend to know the same things.",
	"report.glossary.ei.source": "Krackhardt and Stern 1988.",

	"report.glossary.herfindahl.name":   "Herfindahl index",
	"report.glossary.herfindahl.text":   "The sum of the squared shares of the people per organisation: 1 when all work at one, near 0 when they spread over many.",
	"report.glossary.herfindahl.source": "Herfindahl 1950; Hirschman 1945.",

	"report.glossary.function_seniority.name":   "Function and seniority",
	"report.glossary.function_seniority.text":   "Derived by ties from job titles by published rules for English and Swedish titles: function is the field of work, seniority the level of the role. A title no rule fits stays unknown, never guessed.",
	"report.glossary.function_seniority.source": "ties' title rules, checked on 705 hand-labelled titles.",

	"report.glossary.likely_colleagues.name":   "Likely colleagues",
	"report.glossary.likely_colleagues.text":   "When fewer than half of your contacts are tied to another contact in the data (a contact export alone has no such ties), colleagues at one organisation are assumed to know each other, for the structure figures and pictures only.",
	"report.glossary.likely_colleagues.source": "Organisations as foci: Feld 1981.",

	"report.glossary.verdict_keep_and_invest.name":   "Keep and invest",
	"report.glossary.verdict_keep_and_invest.text":   "The network brings people or values you meet nowhere else and opens people beyond its members (their contacts), and you take part in it fairly: give and take is not one-sided and some members are your contacts.",
	"report.glossary.verdict_keep_and_invest.source": "ties' verdict rule 2 of 5 (fixed thresholds, after the article).",

	"report.glossary.verdict_keep.name":   "Keep",
	"report.glossary.verdict_keep.text":   "The network brings people (held only here, new to you) or values you meet nowhere else, and you take part in it fairly.",
	"report.glossary.verdict_keep.source": "ties' verdict rule 3 of 5 (fixed thresholds, after the article).",

	"report.glossary.verdict_change_how_you_take_part.name":   "Change how you take part",
	"report.glossary.verdict_change_how_you_take_part.text":   "The network brings something, but give and take is one-sided (a balance of ±0.5 or beyond) or none of its members is your contact.",
	"report.glossary.verdict_change_how_you_take_part.source": "ties' verdict rule 1 of 5 (fixed thresholds, after the article).",

	"report.glossary.verdict_reconsider.name":   "Reconsider",
	"report.glossary.verdict_reconsider.text":   "The network brings nobody and no value you do not meet elsewhere, or your budget is over and it brings the fewest people per hour (or per fee).",
	"report.glossary.verdict_reconsider.source": "ties' verdict rule 5 of 5, and the budget rule.",

	"report.glossary.verdict_leave.name":   "Leave",
	"report.glossary.verdict_leave.text":   "The network brings nothing of its own and shares at least half its members with another of your networks that does bring something.",
	"report.glossary.verdict_leave.source": "ties' verdict rule 4 of 5 (fixed thresholds, after the article).",

	"report.glossary.verdict_consider_joining.name":   "Consider joining",
	"report.glossary.verdict_consider_joining.text":   "A network you are not in that would bring people or values you meet nowhere else.",
	"report.glossary.verdict_consider_joining.source": "ties' verdict rule for networks you are not in.",

	"report.glossary.verdict_not_worth_joining.name":   "Not worth joining",
	"report.glossary.verdict_not_worth_joining.text":   "A network you are not in that would bring nobody and no value you do not already meet.",
	"report.glossary.verdict_not_worth_joining.source": "ties' verdict rule for networks you are not in.",

	"report.glossary.verdict_none.name":   "No verdict",
	"report.glossary.verdict_none.text":   "No members are listed besides you, or only some are listed and who else is in it is unknown.",
	"report.glossary.verdict_none.source": "ties' verdict rules.",

	// The controls of the diagrams to explore (graph/outputs/report/interactive.js);
	// the script fills a %s placeholder with a count.
	"report.ui.tools":                "Explore the diagrams",
	"report.ui.find":                 "Find a person",
	"report.ui.find.hint":            "name",
	"report.ui.found":                "Found: %s",
	"report.ui.none_found":           "Nobody found",
	"report.ui.filter":               "Show only",
	"report.ui.filter.any_attribute": "any attribute",
	"report.ui.filter.any_value":     "any value",
	"report.ui.network":              "Highlight a network",
	"report.ui.network.none":         "none",
	"report.ui.clear":                "Clear",
	"report.ui.zoom_in":              "Zoom in",
	"report.ui.zoom_out":             "Zoom out",
	"report.ui.fit":                  "Show the whole diagram",
	"report.ui.help":                 "Drag a diagram to move it; Ctrl and the wheel, or its buttons, zoom. Point at, tap or tab to a person to see their ties and who they are; click a network to see its members.",
	"report.ui.card.networks":        "Networks",
	"report.ui.card.members":         "%s members, %s of them in the diagrams",
	"report.ui.card.more":            "and %s more",
}

// NounTiedPair counts tied pairs ("97 tied pairs") in the report.
const NounTiedPair finding.Term = "tied pair"

// NounSampledPair counts the pairs of people sampled for betweenness.
const NounSampledPair finding.Term = "sampled pair"

func init() {
	for c, s := range englishReport {
		english.messages[c] = s
	}
	english.nouns[NounTiedPair] = [2]string{"tied pair", "tied pairs"}
	english.nouns[NounSampledPair] = [2]string{"sampled pair of people", "sampled pairs of people"}
}
