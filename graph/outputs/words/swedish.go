package words

import (
	"golang.org/x/text/language"

	"github.com/tiesnet/ties/graph/analysis"
	"github.com/tiesnet/ties/graph/finding"
)

// swedish is the Swedish catalog: the same codes, terms and nouns as
// english, for Swedish consultants and their clients. Files swedish_*.go
// add their parts in init, as english_*.go do. The reader is "du"; the
// network science terms are the ones Swedish researchers write, with the
// English term in parentheses where a reader may look it up
// (mellanhandsposition (betweenness), begränsning (Burts constraint)).
// Figures are printed through x/text (words.go): the formats keep the
// English verbs, in the same order or reordered with explicit indexes,
// and write "%" after a non-breaking space ("16 %"), as Swedish does.
var swedish = &catalog{
	tag: language.Swedish,
	messages: map[finding.Code]string{
		analysis.StructureNoTies: "Det finns inga band: ingen är kopplad till någon, inte ens genom ett gemensamt nätverk. " +
			"Ange vem som känner vem (--ties), vilka nätverk personerna tillhör (--memberships) " +
			"eller räkna en gemensam organisation som en grupp (--org-as-group).",
		analysis.StructureStar: "Det här är en stjärna: %s har band till alla %d andra och ingen av dem har band till någon annan " +
			"(en export från LinkedIn eller en adressbok ser ut så). Mått på överbryggande (mellanhandsposition, " +
			"begränsning, effektiv storlek, mäklarroller) säger ingenting i en stjärna. " + howToAddTiesSv,
		analysis.StructureStarEgo: "Det här är en stjärna: du har band till alla %d andra och ingen av dem har band till någon annan " +
			"(en export från LinkedIn eller en adressbok ser ut så). Mått på överbryggande (mellanhandsposition, " +
			"begränsning, effektiv storlek, mäklarroller) säger ingenting i en stjärna. " + howToAddTiesSv,
		analysis.StructureNetwork: "%s, varav %d mellan kontakter: mått på överbryggande kan beräknas.",
		analysis.StructureStarByOrgs: "Ditt eget underlag är en stjärna: du har band till alla %d andra och ingen av dem till någon annan " +
			"(en export från LinkedIn eller en adressbok ser ut så), och mått på överbryggande säger ingenting i en stjärna. " +
			"De %s som finns mellan dina kontakter är antagna utifrån organisationerna de delar, så måtten på överbryggande nedan vilar på det antagandet, inte på kända band.",
		analysis.StructureStarByNetworks: "Ditt eget underlag är en stjärna: du har band till alla %d andra och ingen av dem till någon annan " +
			"(en export från LinkedIn eller en adressbok ser ut så), och mått på överbryggande säger ingenting i en stjärna. " +
			"De %s som finns mellan dina kontakter kommer från nätverken de delar, så måtten på överbryggande nedan vilar på gemensamma medlemskap, inte på kända band.",
		analysis.StructureStarByBoth: "Ditt eget underlag är en stjärna: du har band till alla %d andra och ingen av dem till någon annan " +
			"(en export från LinkedIn eller en adressbok ser ut så), och mått på överbryggande säger ingenting i en stjärna. " +
			"De %s som finns mellan dina kontakter kommer från organisationerna och nätverken de delar, så måtten på överbryggande nedan vilar på dem, inte på kända band.",
		analysis.LikelyColleagues: "Antagande: personer som arbetar i samma organisation känner varandra (%s, %s). " +
			"Dessa troliga band mellan kollegor räknas bara i strukturmåtten (mellanhandsposition, begränsning, grupper, " +
			"bilderna), aldrig som kontakter; --org-as-group=false utelämnar dem.",

		analysis.NoBrokersStar:   "Inga mellanhänder går att urskilja: underlaget är en stjärna (en person med band till alla, inga band mellan de andra), så ingen står mellan andra.",
		analysis.NoBrokersNoTies: "Inga mellanhänder går att urskilja: det finns inga band.",
		analysis.BrokersNobody:   "Ingen står mellan andra: alla par som är förbundna är förbundna direkt.",
		analysis.BrokersTop:      "%s ligger på flest kortaste vägar mellan andra (mellanhandsposition, betweenness): nyheter och idéer passerar där först.",
		analysis.BrokersTopOne:   "%s ligger på flest kortaste vägar mellan andra (mellanhandsposition, betweenness): nyheter och idéer passerar där först.",
		analysis.BrokersCutOne:   "1 person förbinder delar av nätverket som annars inte skulle mötas.",
		analysis.BrokersCut:      "%d personer förbinder delar av nätverket som annars inte skulle mötas.",

		analysis.BrokersTop + youSuffix:    "%s ligger på flest kortaste vägar mellan andra (mellanhandsposition, betweenness): nyheter och idéer passerar genom er först.",
		analysis.BrokersTopOne + youSuffix: "%s ligger på flest kortaste vägar mellan andra (mellanhandsposition, betweenness): nyheter och idéer passerar genom dig först.",

		analysis.BridgesNone:       "Inget band är en brygga: varje band backas upp av en gemensam kontakt eller en annan väg (ett slutet, redundant nätverk).",
		analysis.BridgesOne:        "1 band är en brygga: utan det faller nätverket isär.",
		analysis.BridgesMany:       "%d band är bryggor: utan vilket som helst av dem faller nätverket isär.",
		analysis.LocalBridgesOne:   "1 band förbinder två personer som inte har någon gemensam kontakt (en lokal brygga: ett svagt band i Granovetters mening, varifrån ny information kommer).",
		analysis.LocalBridgesMany:  "%d band förbinder personer som inte har någon gemensam kontakt (lokala bryggor: svaga band i Granovetters mening, varifrån ny information kommer).",
		analysis.BridgesComponents: "Nätverket består av %d separata delar.",
		analysis.NoBridgesStar: "Varje band är en brygga, och ingen av dem säger något: underlaget är en stjärna (en person med band till alla, " +
			"inga band mellan de andra), så varje band är den enda vägen till någon som inte har något annat band.",
		analysis.NoBridgesStarEgo: "Varje band är en brygga, och ingen av dem säger något: underlaget är en stjärna (du och dina kontakter, " +
			"inga band mellan dem), så varje band är den enda vägen till en kontakt som inte har något annat band.",
		analysis.NoBridgesNoTies: "Det finns inga bryggor: det finns inga band.",

		analysis.EgoNoTies:   "Du har inga band i det här underlaget.",
		analysis.EgoContacts: "Du har %s; din effektiva storlek är %.1f, så ungefär %.0f\u00a0%% av dina kontakter är redundanta (de känner varandra).",
		analysis.EgoContactsWithGroups: "Du har %s; med de personer du delar ett nätverk med, %s totalt, är din effektiva storlek %.1f, " +
			"så ungefär %.0f\u00a0%% av dem är redundanta (de känner varandra eller delar ett nätverk).",
		analysis.EgoContactsWithColleagues: "Du har %s; med de personer du delar ett nätverk eller en organisation med, %s totalt, är din effektiva storlek %.1f, " +
			"så ungefär %.0f\u00a0%% av dem är redundanta (de känner varandra eller delar ett nätverk eller en organisation).",
		analysis.EgoNoContactsWithGroups: "Du har inga egna band i underlaget; räknat med de personer du delar ett nätverk eller en organisation med, %s, " +
			"är din effektiva storlek %.1f, så ungefär %.0f\u00a0%% av dem är redundanta (de känner varandra eller delar ett nätverk eller en organisation).",
		analysis.EgoConstraintLow:      "Din begränsning (Burts constraint) är %.2f (låg: dina kontakter är spridda över separata grupper, ett läge som mellanhand).",
		analysis.EgoConstraintModerate: "Din begränsning (Burts constraint) är %.2f (måttlig).",
		analysis.EgoConstraintHigh:     "Din begränsning (Burts constraint) är %.2f (hög: dina kontakter har band till varandra, få strukturella hål).",

		analysis.DiversityNobody:         "Ingen har någon uppgift om %s.",
		analysis.DiversityEgoNone:        "Ingen av dina kontakter har någon uppgift om %s.",
		analysis.DiversityEgoCover:       "Tre fjärdedelar av dina %[1]s med uppgift om %[2]s finns i %[3]d av deras %[4]d värden för %[2]s.",
		analysis.DiversityAllCover:       "Tre fjärdedelar av de %[1]s som har uppgift om %[2]s finns i %[3]d av deras %[4]d värden för %[2]s.",
		analysis.DiversityEgoCoverMore:   "Mer än tre fjärdedelar av dina %[1]s med uppgift om %[2]s finns i %[3]d av deras %[4]d värden för %[2]s.",
		analysis.DiversityAllCoverMore:   "Mer än tre fjärdedelar av de %[1]s som har uppgift om %[2]s finns i %[3]d av deras %[4]d värden för %[2]s.",
		analysis.DiversityEgoSpread:      "Dina %[1]s med uppgift om %[2]s är spridda över %[3]d värden för %[2]s: inga färre rymmer tre fjärdedelar av dem.",
		analysis.DiversityAllSpread:      "De %[1]s som har uppgift om %[2]s är spridda över %[3]d värden för %[2]s: inga färre rymmer tre fjärdedelar av dem.",
		analysis.DiversityEgoSame:        "Alla dina %[1]s med uppgift om %[2]s har samma värde för %[2]s: %[3]s.",
		analysis.DiversityAllSame:        "Alla %[1]s som har uppgift om %[2]s har samma värde för %[2]s: %[3]s.",
		analysis.DiversityEgoOne:         "Bara %[1]s har uppgift om %[2]s: %[3]s.",
		analysis.DiversityAllOne:         "Bara %[1]s har uppgift om %[2]s: %[3]s.",
		analysis.DiversityLargest:        "Det största, %s, rymmer %.0f\u00a0%% av dem.",
		analysis.DiversityNoLargest:      "Inget enskilt värde är störst: %d rymmer %.0f\u00a0%% av dem vardera.",
		analysis.DiversityLevelIQV:       "Deras mångfald är %s (IQV %.2f).",
		analysis.DiversityLevel:          "Deras mångfald är %s.",
		analysis.DiversityHomophily:      "Banden går mest mellan personer med samma %s (E-I %.2f): lika dras till lika, och personer som liknar varandra vet ofta samma saker.",
		analysis.DiversityHeterophily:    "Banden går mest mellan personer med olika %s (E-I %.2f): nya perspektiv.",
		analysis.DiversityMixed:          "Banden går lika gärna mellan personer med samma som med olika %s (E-I %.2f).",
		analysis.DiversityEgoHomophily:   "Dina band går mest till personer med samma %s som du (E-I %.2f): lika dras till lika, och personer som liknar varandra vet ofta samma saker.",
		analysis.DiversityEgoHeterophily: "Dina band går mest till personer vars %s skiljer sig från din (E-I %.2f): nya perspektiv.",
		analysis.DiversityEgoMixed:       "Dina band går lika gärna till personer med samma %s som du som till andra (E-I %.2f).",
		analysis.DiversityMissing:        "(För %s saknas uppgift om %s.)",
		analysis.DiversityEgoMissing:     "(För %d av dina kontakter saknas uppgift om %s.)",

		analysis.ReciprocityUndirected:  "Inget band har en riktning, så det går inte att säga vem som ger och vem som tar.",
		analysis.ReciprocityWhyFlag:     "Banden lästes in utan riktning (--undirected).",
		analysis.ReciprocityWhyExport:   "En kontakt på LinkedIn (eller en post i en adressbok) är ömsesidig: den säger ingenting om vem som hjälper vem.",
		analysis.ReciprocityWhyNoTies:   "Det finns inga band, så det går inte att säga vem som ger och vem som tar.",
		analysis.ReciprocityHowToAnswer: "En fil med band som visar vem som gav råd, information eller introduktioner till vem (--ties, source,target) ger svaret.",
		analysis.ReciprocityReturned:    "%.0f\u00a0%% av banden är besvarade (ömsesidighet %.2f; %s ömsesidiga, %s enkelriktade).",
		analysis.ReciprocityTakers:      "%s tar bara emot och ger aldrig: %s.",
		analysis.ReciprocityTakersOne:   "%s tar bara emot och ger aldrig: %s.",
		analysis.ReciprocityTakersMore:  "%s tar bara emot och ger aldrig: %s.",
		analysis.ReciprocityEgoGives:    "Du ger till %d och tar emot från %d; du ger mer än du får tillbaka (balans %+.2f).",
		analysis.ReciprocityEgoTakes:    "Du ger till %d och tar emot från %d; du tar mer än du ger (balans %+.2f).",
		analysis.ReciprocityEgoBalanced: "Du ger till %d och tar emot från %d; givande och tagande är i balans (%+.2f).",

		analysis.ConcentrationThird:       "En tredjedel av dina %[2]d kontakter med känd organisation arbetar på %[1]s; den största, %[3]s, sysselsätter %.0[4]f\u00a0%% (Herfindahlindex %.2[5]f: 1 är alla på en organisation, nära 0 spridda över många).",
		analysis.ConcentrationThirdTied:   "En tredjedel av dina %[2]d kontakter med känd organisation arbetar på %[1]s; ingen enskild organisation är störst bland %[3]d (Herfindahlindex %.2[4]f: 1 är alla på en organisation, nära 0 spridda över många).",
		analysis.ConcentrationThirdAll:    "En tredjedel av de %[2]d personerna med känd organisation arbetar på %[1]s; den största, %[3]s, sysselsätter %.0[4]f\u00a0%% (Herfindahlindex %.2[5]f).",
		analysis.ConcentrationThirdAllTie: "En tredjedel av de %[2]d personerna med känd organisation arbetar på %[1]s; ingen enskild organisation är störst bland %[3]d (Herfindahlindex %.2[4]f).",
		analysis.ConcentrationSpread:      "Var och en av dina %d kontakter med känd organisation arbetar på en egen organisation: de är inte samlade någonstans (Herfindahlindex %.2f: 1 är alla på en organisation, nära 0 spridda över många).",
		analysis.ConcentrationSpreadAll:   "Var och en av de %d personerna med känd organisation arbetar på en egen organisation (Herfindahlindex %.2f).",
		analysis.ConcentrationOne:         "Av dina kontakter har bara 1 känd organisation: %s.",
		analysis.ConcentrationOneAll:      "Bara 1 person har känd organisation: %s.",
		analysis.ConcentrationAllAtOne:    "Alla %d av dina kontakter med känd organisation arbetar på %s: de är så samlade de kan vara (Herfindahlindex 1).",
		analysis.ConcentrationAllAtOneAll: "Alla %d personer med känd organisation arbetar på %s (Herfindahlindex 1).",
		analysis.TwoModeSummary:           "%s, %s; %s med minst ett gemensamt.",
		analysis.TwoModeDominant: "Ett nätverk, %s, står ensamt för %.0f\u00a0%% av de paren och dominerar alla mått som bygger på " +
			"gemensamma nätverk; överväg Newmanviktning (--newman) eller ett tak för storleken (--max-group-size).",
		analysis.TwoModeDominantCapped: "Av paren som räknas som band (de i nätverken under storlekstaket) står ett nätverk, %s, " +
			"ensamt för %.0f\u00a0%% och dominerar alla mått som bygger på gemensamma nätverk; överväg Newmanviktning (--newman).",
		listAnd:     "%s och %s",
		listOr:      "%s eller %s",
		listAndMore: "%s och %d till",

		analysis.TwoModeAboveCap: "%[1]s med fler än %[3]d medlemmar (%[2]s) räknas i alla siffror om nätverk men inte som band " +
			"mellan varje par av sina medlemmar: i ett så stort nätverk möter medlemmarna inte varandra " +
			"(--max-group-size 0 räknar in dem).",
	},
	terms: map[finding.Term]string{
		analysis.LevelHigh:      "hög",
		analysis.LevelModerate:  "måttlig",
		analysis.LevelLow:       "låg",
		analysis.LevelUndefined: "odefinierad (en enda kategori)",
		// The months of Printer.Date.
		"January": "januari", "February": "februari", "March": "mars", "April": "april",
		"May": "maj", "June": "juni", "July": "juli", "August": "augusti",
		"September": "september", "October": "oktober", "November": "november", "December": "december",
	},
	nouns: map[finding.Term][2]string{
		analysis.NounPerson:           {"person", "personer"},
		analysis.NounContact:          {"kontakt", "kontakter"},
		analysis.NounPair:             {"par", "par"},
		analysis.NounNetwork:          {"nätverk", "nätverk"},
		analysis.NounMembership:       {"medlemskap", "medlemskap"},
		analysis.NounPairOfPeople:     {"personpar", "personpar"},
		analysis.NounOrganization:     {"organisation", "organisationer"},
		analysis.NounPairOfColleagues: {"kollegapar", "kollegapar"},
		analysis.NounTiedPair:         {"par med band", "par med band"},
	},
}

const howToAddTiesSv = "Lägg till band mellan kontakterna genom att ange vilka nätverk personerna tillhör (--memberships), " +
	"räkna en gemensam organisation som en grupp (--org-as-group) eller ange vem som känner vem (--ties)."

// catalogs are the languages a Printer speaks, by BCP 47 tag.
var catalogs = map[string]*catalog{"en": english, "sv": swedish}
