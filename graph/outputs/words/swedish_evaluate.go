package words

import (
	"github.com/tiesnet/ties/graph/evaluate"
	"github.com/tiesnet/ties/graph/finding"
)

// The evaluation's reasons in Swedish, with the figures of
// english_evaluate.go (the same verbs, the same arguments).
var swedishEvaluate = map[finding.Code]string{
	evaluate.NoNetworks: "Det finns inga nätverk att bedöma: underlaget har inga medlemskap. Ange vilka nätverk personerna tillhör (--memberships person_id,network).",
	evaluate.StarNote: "Ditt underlag har inga band mellan dina kontakter (som i en kontaktexport): om ett band hänger på ett nätverk avgörs enbart av medlemskapen, " +
		"och hur inbäddade dina band är går inte att säga.",
	evaluate.NoContactsNote: "Du har inga kontakter i underlaget (inga band till eller från dig): inget nätverk håller ett band som är ditt, och varje medlem du inte möter på annat håll är ny för dig.",

	evaluate.ReasonOneSidedGive: "Här ger du mycket mer än du får tillbaka (du gav %s, fick %s; balans %+.2f): ett nätverk där du bara ger tynar bort; be om något tillbaka.",
	evaluate.ReasonOneSidedTake: "Här tar du mycket mer än du ger (du gav %s, fick %s; balans %+.2f): ge något tillbaka, annars tynar banden bort.",
	evaluate.ReasonPassive:      "Ingen av dess %s är din kontakt: du deltar inte i det än; träffa några av dem.",
	evaluate.ReasonKeepAndInvest: "Det ger dig personer du inte når på något annat sätt och öppnar för fler bortom dem " +
		"(%s som du bara når genom det): värt mer av din tid.",
	evaluate.ReasonKeep:             "Det ger dig personer eller perspektiv du inte möter någon annanstans (%s som du bara når genom det).",
	evaluate.ReasonLeave:            "Det upprepar mest %s (överlapp %.2f), som ger mer: det du får här möter du där också.",
	evaluate.ReasonReconsider:       "Det ger dig ingen person och inget perspektiv som du inte redan möter någon annanstans.",
	evaluate.ReasonBudgetHours:      "Dina nätverk tar %s h i månaden, över din budget på %s h: det här ger minst antal personer per timme (%.2f), så det är det första att ompröva.",
	evaluate.ReasonBudgetFee:        "Dina nätverk kostar %s om året i avgifter, över din budget på %s: det här ger minst antal personer per avgiftsenhet (%.4f), så det är det första att ompröva.",
	evaluate.ReasonBudgetHoursNext:  "Dina nätverk tar %s h i månaden, över din budget på %s h: efter %s som ger färre personer per timme är det här (%.2f) nästa att ompröva.",
	evaluate.ReasonBudgetFeeNext:    "Dina nätverk kostar %s om året i avgifter, över din budget på %s: efter %s som ger färre personer per avgiftsenhet är det här (%.4f) nästa att ompröva.",
	evaluate.ReasonJoin:             "Det skulle ge dig personer eller perspektiv du inte möter någon annanstans (%s som du bara skulle nå genom det).",
	evaluate.ReasonNotJoin:          "Det skulle inte ge dig någon person eller något perspektiv som du inte redan möter.",
	evaluate.NoMembers:              "Inga andra medlemmar än du finns angivna: inget att bedöma.",
	evaluate.NoMembersListed:        "Inga medlemmar finns angivna: inget att bedöma.",
	evaluate.ReasonNewcomersUnknown: "De angivna medlemmarna (%s, av %d totalt) är alla dina kontakter: vilka de övriga är framgår inte, så vad det skulle ge går inte att bedöma.",
	evaluate.ReasonBorderline:       "Ett gränsfall: en siffra mer eller mindre skulle ändra bedömningen.",
	evaluate.ReasonHeld:             "Knutna till dig bara genom det: %[2]s (%[1]s); utan det skulle de här banden troligen tyna bort.",
	evaluate.ReasonHeldStar:         "Knutna till dig bara genom det, enligt medlemskapen ensamma (ditt underlag har inga band mellan dina kontakter att pröva): %[2]s (%[1]s); utan det skulle de här banden troligen tyna bort.",
	evaluate.ReasonNew:              "Nya för dig: %[2]s (%[1]s); du känner ingen av dem och möter ingen av dem i dina andra nätverk.",
	evaluate.ReasonNewMore:          "Nya för dig: %[2]s (%[1]s); du känner ingen av dem och möter ingen av dem i dina andra nätverk.",
	evaluate.ReasonNewPartial:       "Minst %d av de %d medlemmar du angav (av %d totalt): nya för dig.",
	evaluate.ReasonPartialList:      "Bara %d av dess %d medlemmar är angivna: vilka och vad det ger dig kan vara mer än dessa siffror visar (de är nedre gränser).",
	evaluate.ReasonTheirContacts:    "Bortom medlemmarna når du %s som du inte når på något annat sätt (deras kontakter).",
	evaluate.ReasonNothingNew:       "Alla %s är dina kontakter eller personer du möter i dina andra nätverk.",
	evaluate.ReasonNothingNewOne:    "Dess enda medlem är din kontakt eller någon du möter i dina andra nätverk.",
	evaluate.ReasonUnseen:           "Bara här möter du personer vars %s är %s.",
	evaluate.ReasonDiversityUp:      "Det gör de personer du når mer varierade i %s (IQV %.2f utan det, %.2f med det).",
	evaluate.ReasonDiversityDown:    "Det gör de personer du når mindre jämnt fördelade i %s (IQV %.2f utan det, %.2f med det).",
	evaluate.ReasonKnown:            "Medlemmar du känner: %d av %d; utan det skulle du ändå möta %d av dem.",
	evaluate.ReasonSinceJoining:     "Sedan du gick med i %s %s har du knutit kontakt med %d av dess medlemmar (%.1f om året).",
	evaluate.ReasonSinceJoiningNow:  "Sedan du gick med i %s %s har du knutit kontakt med %d av dess medlemmar.",
	evaluate.OverlapWith:            "Det delar %s med %s (överlapp %.2f).",
	evaluate.ReasonEmbedded:         "Du har %s där; var och en delar i median %s av dina kontakter (inbäddning %.2f).",
	evaluate.ReasonLocalBridges:     "Lokala bryggor in i det (de två ändarna har ingen gemensam kontakt; varifrån ny information kommer, Granovetter): %s.",
	evaluate.ReasonStarTies:         "Du har %s där; var och en delar i median %s av dina kontakter (inbäddning %.2f; lokala bryggor: %s), men ditt underlag har inga band mellan dina kontakter, så talen säger inget om hur inbäddade dina band in i det är.",
	evaluate.ReasonBalanced:         "Givande och tagande är i balans: du gav %s och fick %s (balans %+.2f).",
	evaluate.ReasonGivesMore:        "Du ger mer än du får tillbaka: du gav %s och fick %s (balans %+.2f).",
	evaluate.ReasonTakesMore:        "Du tar mer än du ger: du gav %s och fick %s (balans %+.2f).",
	evaluate.ReasonNoExchange:       "Inget utbyte av råd eller hjälp mellan dig och medlemmarna finns registrerat.",
	evaluate.ReasonUndirected:       "Vem som ger och vem som tar går inte att säga: banden saknar riktning.",
	evaluate.ReasonNoTies:           "Vem som ger och vem som tar går inte att säga: underlaget har inga band (ange en fil med band: vem som hjälpt, gett råd till eller skrivit till vem).",
	evaluate.ReasonConstraintDown:   "Det sänker din begränsning med %.3f: det ger dig tillgång till personer som inte har band till varandra.",
	evaluate.ReasonConstraintUp:     "Det höjer din begränsning med %.3f: dess medlemmar har band till dina andra kontakter.",
	evaluate.ReasonCostHours:        "Det tar %s h i månaden: %.2f personer som du bara når genom det per timme.",
	evaluate.ReasonCostFee:          "Avgiften är %s om året: %.4f personer som du bara når genom det per avgiftsenhet.",
	evaluate.ReasonGoals:            "Det för dig närmare %d av dina %d mål.",
	evaluate.ReasonGoalOne:          "Det för dig närmare ditt mål.",
	evaluate.ReasonGoalOneNot:       "Det för dig inte närmare ditt mål.",

	evaluate.PopMembers:  "%s.",
	evaluate.PopUnseen:   "Bara dess medlemmar har värdet %[2]s för %[1]s.",
	evaluate.PopEI:       "E-I %+.2f: band till personer utanför det %d, mellan dess medlemmar %d.",
	evaluate.PopPassive:  "Utan något band: %s.",
	evaluate.PopBridging: "Med band till medlemmar i minst två andra nätverk: %s.",
}

var swedishEvaluateNouns = map[finding.Term][2]string{
	evaluate.NounMember:  {"medlem", "medlemmar"},
	evaluate.NounContact: {"kontakt", "kontakter"},
	evaluate.NounTie:     {"band", "band"},
}

func init() {
	for c, s := range swedishEvaluate {
		swedish.messages[c] = s
	}
	for t, f := range swedishEvaluateNouns {
		swedish.nouns[t] = f
	}
}
