package words

import "github.com/tiesnet/ties/graph/finding"

// The report's words in Swedish (ties report --lang sv): every code of
// english_report.go, with the same verbs. Verdicts, measures and nouns are
// named alike everywhere (the verdict table, the steps, the glossary, the
// charts): behåll och satsa, behåll, ändra hur du deltar, ompröva, lämna,
// överväg att gå med, inte värt att gå med. "Underlaget" is the data, "band"
// a tie, "kontakt" a contact. Figures arrive formatted by the report
// (Swedish through x/text) or are formatted here by the printer.
var swedishReport = map[finding.Code]string{
	"report.lang":            "sv",
	"report.you":             "du",
	"report.you.table":       "Du",
	"report.title":           "Ger dina nätverk dig nya perspektiv?",
	"report.title.client":    "%s: ger dina nätverk dig nya perspektiv?",
	"report.meta":            "En rapport från ties · %s",
	"report.meta.for":        "En rapport från ties för %s · %s",
	"report.meta.anonymized": "namnen ersatta med pseudonymer",
	"report.more":            "och %d till",
	"report.unknown":         "okänd",
	"report.unknown.purpose": "okänt: fråga arrangören",
	// The networks' form: the column "Formellt", ja or nej (a value as
	// long as "informellt" would be cut inside the word in a narrow column).
	"report.formal":         "ja",
	"report.informal":       "nej",
	"report.net.not_member": "inte medlem",

	// Headings. The checklist is the article's: its title and its four
	// steps in Swedish.
	"report.h.summary":      "I korthet",
	"report.h.next":         "Nästa steg",
	"report.h.evaluation":   "Bedömning av varje nätverk",
	"report.h.checklist":    "Välj dina nätverk med omsorg!",
	"report.h.needs":        "1. Känn dina professionella behov",
	"report.h.purposes":     "2. Ta reda på varje nätverks syfte och vem som driver det",
	"report.h.goals":        "3. Sätt upp mål för ditt deltagande",
	"report.h.cost":         "4. Väg tid och avgifter mot vad du får tillbaka",
	"report.h.charts":       "Diagram",
	"report.h.contacts":     "Vilka du känner",
	"report.h.contacts_all": "Vilka som finns i underlaget",
	"report.h.clusters":     "Kollegor i samma organisation",
	"report.h.timeline":     "När dina band började",
	"report.h.give_take":    "Ge och ta",
	"report.h.brokers":      "Mellanhänder och bryggor",
	"report.h.diversity":    "Mångfald och ömsesidighet",
	"report.h.diagrams":     "Bilder av nätverken",
	"report.h.add_next":     "Vad du kan lägga till",
	"report.h.glossary":     "Ordlista",
	"report.h.methods":      "Så togs rapporten fram",

	// Column names.
	"report.col.network":          "Nätverk",
	"report.col.members":          "Medlemmar",
	"report.col.held":             "Hålls bara här",
	"report.col.new":              "Nya för dig",
	"report.col.their":            "Deras kontakter",
	"report.col.score":            "Poäng",
	"report.col.overlap":          "Överlapp",
	"report.col.balance":          "Ge och ta",
	"report.col.verdict":          "Bedömning",
	"report.col.no_ties":          "Utan band",
	"report.col.bridging":         "Brobyggare",
	"report.col.ei":               "E-I-index",
	"report.col.redundant":        "Mest likt",
	"report.verdict.population":   "för alla",
	"report.advice.population":    "Beskrivna för alla i underlaget; ange klienten med --ego för att bedöma varje nätverk för henne eller honom.",
	"report.eval.note_population": "Ingen är rapportens \"du\" (ange klienten med --ego för att bedöma varje nätverk för henne eller honom), så varje nätverk beskrivs för alla i underlaget: dess medlemmar, de av dem som saknar band, de med band till medlemmar i minst två andra nätverk (brobyggare), E-I-index för medlemmarnas band (−1 alla inom, +1 alla utanför) och det nätverk det överlappar mest (Jaccard).",
	"report.col.purpose":          "Syfte",
	"report.col.organiser":        "Arrangör",
	"report.col.scope":            "Omfattning",
	"report.col.form":             "Formellt",
	"report.col.fit":              "Passar dina mål",
	"report.col.why":              "Varför",
	"report.col.hours":            "Timmar per månad",
	"report.col.fee":              "Avgift per år",
	"report.col.per_hour":         "Poäng per timme",
	"report.col.attribute":        "Egenskap",
	"report.col.known_for":        "Uppgift finns för",
	"report.col.common":           "Vanligast",
	"report.col.iqv":              "IQV",
	"report.col.organisation":     "Organisation",
	"report.col.people":           "Personer",
	"report.col.who":              "Vilka",
	"report.col.functions":        "Funktioner",
	"report.col.kind":             "Slag",
	"report.col.gave":             "Du gav",
	"report.col.received":         "Du fick",
	"report.col.person":           "Person",
	"report.col.betweenness":      "Mellanhandsposition",
	"report.col.constraint":       "Begränsning",
	"report.col.ties":             "Band",

	"report.fact.people":      "Personer",
	"report.fact.pairs":       "Par med band",
	"report.fact.communities": "Grupper",
	"report.fact.modularity":  "Modularitet",
	"report.fact.density":     "Täthet",
	"report.fact.reciprocity": "Ömsesidighet",

	// The answer.
	"report.headline.yes":          "Ja: dina nätverk ger dig nya perspektiv.",
	"report.headline.yes_budget":   "Ja: dina nätverk ger dig nya perspektiv, men tillsammans tar de mer än din budget: %d att ompröva.",
	"report.headline.partly":       "Delvis: %d av dina %d nätverk ger dig nya perspektiv; %d gör det inte.",
	"report.headline.little":       "Inte mycket: dina nätverk ger dig ingen person och inget perspektiv som du inte möter på annat håll.",
	"report.headline.none":         "Du är ännu inte med i något av de här nätverken.",
	"report.headline.no_ego":       "Ingen är angiven som du (--ego), så nätverken beskrivs men bedöms inte för någon.",
	"report.headline.contacts_ego": "Vilka du känner: %s, och vad de ger dig",
	"report.headline.contacts_all": "Vilka som finns här: %s",
	"report.headline.nothing":      "Inget att beskriva än",
	"report.summary.member":        "Du är med i %s, som tar %s timmar i månaden och kostar %s om året i avgifter.",
	"report.summary.member_some_cost": "Du är med i %s, som tar %s timmar i månaden och kostar %s om året i avgifter så långt det är känt: " +
		"kostnaden för %s är inte angiven.",
	"report.summary.member_no_cost": "Du är med i %s; vad de kostar i tid och avgifter är inte angivet.",
	"report.summary.good":           "Värda din tid: %s.",
	"report.summary.change":         "Här lönar det sig att ändra hur du deltar: %s.",
	"report.summary.weak":           "Värda att se över: %s.",
	"report.summary.join":           "Värda att gå med i: %s.",
	"report.summary.iqv":            "I fråga om %s är %s fördelade med en IQV på %s (0: alla lika, 1: så jämnt som värdena tillåter): %s.",
	"report.summary.no_networks":    "Inget nätverk kan bedömas än: underlaget nämner inga nätverk (medlemskap). Avsnittet ”Vad du kan lägga till” visar hur.",
	"report.population.ego":         "dina %s",
	"report.population.all":         "alla %s",
	"report.population.ego.one":     "din enda kontakt",
	"report.population.all.one":     "den enda personen",

	// Verdicts and what to do.
	"report.verdict.keep_and_invest":          "behåll och satsa",
	"report.verdict.keep":                     "behåll",
	"report.verdict.change_how_you_take_part": "ändra hur du deltar",
	"report.verdict.reconsider":               "ompröva",
	"report.verdict.leave":                    "lämna",
	"report.verdict.consider_joining":         "överväg att gå med",
	"report.verdict.not_worth_joining":        "inte värt att gå med",
	"report.verdict.none":                     "ingen bedömning",
	"report.verdict.close_call":               "%s (gränsfall)",
	"report.advice.keep_and_invest":           "Ta en mer aktiv roll (engagera dig, tala, arrangera): de här nätverken ger dig personer du inte når på annat sätt, och fler bortom dem.",
	"report.advice.keep":                      "De ger dig personer eller perspektiv du inte möter någon annanstans; se över dem igen om ett år.",
	"report.advice.change_how_you_take_part":  "De ger något, men du bara ger, bara tar eller träffar ingen av medlemmarna. Be om något tillbaka, ge något tillbaka eller träffa människorna.",
	"report.advice.consider_joining":          "De skulle ge dig personer eller perspektiv du inte möter någon annanstans.",
	"report.advice.reconsider":                "De ger dig ingen person och inget perspektiv som du inte möter på annat håll, eller så gör din budget mer nytta i andra nätverk. Prata med arrangören om vad du vill få ut av nätverket, sätt upp ett mål för de närmaste månaderna eller lägg tiden på ett nätverk som ger mer.",
	"report.advice.leave":                     "De upprepar ett annat av dina nätverk som ger mer. Håll i stället direkt kontakt med de personer du värdesätter.",
	"report.advice.not_worth_joining":         "De skulle inte ge dig något du inte redan har.",
	"report.advice.none":                      "Inga andra medlemmar än du finns angivna, eller så är det okänt vilka andra som är med.",

	// Each network judged.
	"report.eval.note": "Poäng: de personer du bara når genom nätverket (hålls bara här + nya för dig + deras kontakter); " +
		"nätverken är ordnade efter den. Ge och ta går från −1 (du bara tar emot) till +1 (du bara ger). Ordlistan förklarar varje kolumn.",
	"report.eval.brings": "Bredvid varje nätverk syns vad det ger dig: du i mitten, medlemmarna i ringar efter vad de är för dig " +
		"(kvar även utan det, hålls bara här, nya för dig) och ytterst de personer du bara når genom det.",
	"report.networks.left_out": "%d nätverk till som du inte är med i har utelämnats; de %d som visas är dina egna och de som skulle ge dig mest (ties evaluate listar alla).",

	"report.reason.diversity":      "Mångfalden bland de personer du når, IQV utan det → med det: %s.",
	"report.reason.diversity_up":   "mer varierade i %s",
	"report.reason.diversity_down": "mindre jämnt fördelade i %s",
	"report.reason.diversity_sep":  "; ",
	"report.reason.diversity_item": "%s (%.2f\u00a0→\u00a0%.2f)",
	"report.reason.unseen_more":    "Bara här möter du personer vars %s är %s, eller ett av %d värden till.",

	// The checklist.
	"report.needs.missing":    "Inga mål angivna. Skriv ner vad du behöver från dina nätverk (mer mångfald i en egenskap, kontakter inom ett yrke, högst så många timmar och så mycket i avgifter) och kör rapporten med en målfil (--goals).",
	"report.needs.diversity":  "Mer mångfald i %s bland dina kontakter",
	"report.needs.contacts":   "Minst %d kontakter vars %s är %s",
	"report.needs.hours":      "Högst %s timmar i månaden på nätverk",
	"report.needs.fee":        "Högst %s om året i avgifter",
	"report.goals.none":       "Bestäm för varje nätverk du behåller vad du vill få ut av det de kommande månaderna (personer att träffa, en roll att ta, kunskap att ge och få) och följ upp det om ett år.",
	"report.goals.why":        "för dig närmare %d av dina %d mål",
	"report.cost.total":       "Dina nätverk tar %s timmar i månaden och kostar %s om året i avgifter.",
	"report.cost.total_known": "Dina nätverk tar minst %s timmar i månaden och kostar minst %s om året i avgifter.",
	"report.cost.none":        "Underlaget anger inga timmar eller avgifter för dina nätverk (en nätverksfil: fee, hours_per_month): fråga varje arrangör och väg dem mot poängen ovan.",
	"report.purposes.none":    "Underlaget säger inget om nätverkens syften eller arrangörer (en nätverksfil: purpose, organiser, scope, formal): fråga varje arrangör vad nätverket är till för, vem som driver det och vad det förväntar sig av sina medlemmar.",
	"report.cost.unknown":     "Kostnaden för %s är okänd (nätverksfilen anger ingen avgift eller inga timmar); summorna räknar inte med dem.",
	"report.cost.nothing":     "Inga timmar eller avgifter är kända för de här nätverken: ange dem i nätverksfilen (fee, hours_per_month) för att väga det du ger mot det du får tillbaka.",

	// Charts.
	"report.chart.unknown":        "okänt",
	"report.chart.no_exchange":    "inget registrerat",
	"report.chart.score.title":    "Personer du bara når genom varje nätverk",
	"report.chart.score.desc":     "Poängen: dina kontakter som hålls bara av nätverket, medlemmar som är nya för dig och personerna bortom dem som du inte når på annat sätt. Stapelns färg är bedömningen.",
	"report.chart.gain.title":     "Mångfald som varje nätverk tillför bland de personer du når",
	"report.chart.gain.desc":      "Den största mångfaldsvinsten bland egenskaperna: IQV för de personer du når med nätverket jämfört med utan det (0 till 1). Till höger om linjen: mer varierat med nätverket.",
	"report.chart.gain_label":     "%s %s (%s\u00a0→\u00a0%s)",
	"report.chart.cost.title":     "Tid mot vad du får tillbaka",
	"report.chart.cost.desc":      "Varje nätverk som en numrerad punkt: timmar i månaden längs den vågräta axeln, poängen uppåt. Nätverk uppe till vänster ger mest för tiden; nätverk nere till höger tar tid och ger lite. Nätverk utan kända timmar saknar punkt.",
	"report.chart.cost.x":         "timmar i månaden",
	"report.chart.cost.y":         "poäng",
	"report.chart.cost.point":     "%s: %s timmar i månaden, poäng %s",
	"report.chart.balance.title":  "Ge och ta med varje nätverks medlemmar",
	"report.chart.balance.desc":   "Din balans av råd, information och hjälp med medlemmarna: +1 du bara ger, −1 du bara tar emot, 0 i balans. Kunskap bör flöda åt båda hållen.",
	"report.chart.attr.title":     "Mångfald bland alla i underlaget, per egenskap",
	"report.chart.attr.desc":      "IQV: 0 = alla lika, 1 = så jämnt fördelade över värdena som möjligt.",
	"report.chart.attr.label":     "%s (%d värden)",
	"report.chart.attr.label.one": "%s (%d värde)",
	"report.md.charts":            "HTML-rapporten ritar de här diagrammen; här är deras siffror.",

	// Who you know, give and take.
	"report.contacts.intro":         "Bakgrunden hos %s: hur många som har varje egenskap angiven, de vanligaste värdena och hur jämnt de fördelar sig (IQV: 0 alla lika, 1 så jämnt som värdena tillåter).",
	"report.contacts.no_values":     "Ingen här har något värde för någon egenskap (organisation, land, yrke …): lägg till sådana kolumner i personfilen för att se deras bakgrund.",
	"report.contacts.known":         "%d av %d",
	"report.contacts.classified":    "%s (%.0f\u00a0%% av titlarna klassade)",
	"report.contacts.value":         "%s %.0f\u00a0%%",
	"report.contacts.derived":       "Markerat med *: härlett ur yrkestitlarna (se funktion och senioritet i ordlistan).",
	"report.contacts.likely":        "Ditt underlag har få eller inga band mellan dina kontakter (färre än hälften av dem har band till en annan kontakt), så kollegor i samma organisation antas känna varandra: dessa troliga band räknas bara i strukturmåtten och bilderna, aldrig som kontakter.",
	"report.timeline.desc":          "Kontakter du knöt varje år (LinkedIns Connected On).",
	"report.timeline.note":          "%d av dina %d kontakter har ett datum, från %s till %s; flest tillkom %s (%d).",
	"report.timeline.note_even":     "%d av dina %d kontakter har ett datum, från %s till %s.",
	"report.timeline.note_year":     "%d av dina %d kontakter har ett datum, samtliga år %s.",
	"report.timeline.note_one":      "1 av dina kontakter har ett datum, år %s.",
	"report.timeline.desc_networks": "Kontakter du knöt varje år (LinkedIns Connected On, ett bands since), efter nätverket ni delar: det första av dina som de finns i, i bedömningstabellens ordning.",
	"report.timeline.none":          "Inget gemensamt nätverk",
	"report.timeline.other":         "Andra nätverk",
	"report.timeline.all":           "Kontakter",
	"report.col.year":               "År",
	"report.col.total":              "Totalt",
	"report.h.changed":              "Vad som ändrats sedan din förra export",
	"report.changed.intro":          "Jämfört med din tidigare export, kontakt för kontakt:",
	"report.col.measure":            "Mått",
	"report.col.before":             "Före",
	"report.col.after":              "Nu",
	"report.changed.contacts":       "Kontakter",
	"report.changed.iqv":            "Mångfald i %s (IQV)",
	"report.changed.effective_size": "Din effektiva storlek",
	"report.changed.constraint":     "Din begränsning",
	"report.give_take.ties":         "band",
	"report.give_take.all":          "Alla slag",
	"report.give_take.note":         "Ge och ta: (givet − mottaget) / (givet + mottaget); +1 du bara ger, −1 du bara tar emot. Ett meddelande räknas från avsändaren till varje mottagare, en rekommendation eller ett omdöme (endorsement) från den som skrev det.",

	// Brokers and bridges.
	"report.bridge.item":        "%s och %s: en brygga, den enda vägen mellan de två sidorna",
	"report.local_bridge.item":  "%s och %s: en lokal brygga; utan den är de två %d steg från varandra",
	"report.bridges.more":       "… och %d bryggor till",
	"report.local_bridges.more": "… och %d lokala bryggor till",

	// Diagrams.
	"report.diagram.omitted":          "Den här bilden utelämnades: %s",
	"report.diagram.md_missing":       "%s: finns inte med i Markdown-rapporten (se HTML-rapporten, eller rita bilden med ties render).",
	"report.diagram.ego.title":        "Du och dina kontakter",
	"report.diagram.ego.caption":      "Du i mitten, dina kontakter grupperade efter de nätverk ni delar: grupper som upprepar varandra och luckor mellan dem syns direkt.",
	"report.diagram.groupmap.title":   "Dina nätverk och hur de överlappar",
	"report.diagram.groupmap.caption": "En cirkel per nätverk, stor efter antalet medlemmar, förbunden med andra genom de medlemmar de delar förutom dig; förklaringen visar vad färgerna betyder.",
	"report.diagram.network.title":    "Hela nätverket",
	"report.diagram.network.caption":  "Alla i underlaget, med färg och storlek som förklaringen anger; bryggorna sticker ut.",
	"report.diagram.brings.title":     "Vad %s ger dig",
	"report.diagram.brings.caption":   "Du i mitten; medlemmarna i ringar efter vad de är för dig (kvar även utan det, hålls bara här, nya för dig) och ytterst de personer du bara når genom det.",

	// What to add next.
	"report.add.memberships": "Ange vilka nätverk (föreningar, klubbar, grupper) du och dina kontakter tillhör: ties skriver ett kalkylark med en " +
		"rad per kontakt och en kolumn per nätverk; markera vem som hör till vad och lämna tillbaka det med --memberships. " +
		"Då bedöms varje nätverk efter vad det ger dig.",
	"report.add.archive": "Lägg till vem som ger och vem som tar: LinkedIns fullständiga arkiv (Inställningar → Datasekretess → Hämta en kopia av dina data: det större " +
		"arkivet) innehåller dina meddelanden, inbjudningar, omdömen och rekommendationer; ange .zip-filen som --people. Eller skriv " +
		"en fil med band över vem som gav råd, information eller introduktioner till vem.",
	"report.add.ties":  "Lägg till vem som känner vem bland dina kontakter (en fil med band: source,target), så att överbryggande kan mätas på verkliga band, inte antagna.",
	"report.add.goals": "Skriv ner vad du behöver från dina nätverk (en målfil: mer mångfald i en egenskap, kontakter inom ett område, en budget för timmar och avgifter).",

	"report.note.anonymized": "Alla utom du visas under en stabil pseudonym (samma i texten och i bilderna); nätverkens namn står kvar.",

	// The methods note.
	"report.methods.data":           "Underlaget: %s, %s och %s i %s, så som det lämnades för den här rapporten.",
	"report.methods.directed":       "Banden har en riktning (vem som gav råd, information eller en introduktion till vem), så givande och tagande kan mätas.",
	"report.methods.undirected":     "Banden saknar riktning (en kontakt, en post i en adressbok), så vem som ger och vem som tar går inte att säga.",
	"report.methods.ego":            "Perspektivet är ditt: dina kontakter är de personer du har ett band till. Att dela ett nätverk eller en arbetsgivare gör inte två personer till kontakter.",
	"report.methods.population":     "Det finns inget enskilt perspektiv: varje nätverk beskrivs i förhållande till resten av underlaget.",
	"report.methods.exact":          "Varje siffra följer den publicerade definition som ordlistan anger och är beräknad exakt på de här uppgifterna (inget stickprov, inga skattningar), så den kan kontrolleras för hand.",
	"report.methods.sampled":        "Varje siffra följer den publicerade definition som ordlistan anger och är beräknad exakt på de här uppgifterna, utom mellanhandsposition (betweenness): den skattas från %v, en kortaste väg vardera (Riondato och Kornaropoulos; KADABRA), och med %.0f %% säkerhet ligger varje persons värde inom sitt intervall, högst ±%.2g från skattningen.",
	"report.methods.defaults":       "Standardval: grupper enligt Louvainmetoden (upplösning %g, frö %s: en ny körning ger samma grupper); begränsning över %s; ett nätverk med fler än %d medlemmar räknas i alla siffror om nätverk men räknar inte varje par av dess medlemmar som förbundna (i ett så stort nätverk möter medlemmarna inte varandra).",
	"report.methods.defaults_nocap": "Standardval: grupper enligt Louvainmetoden (upplösning %g, frö %s: en ny körning ger samma grupper); begränsning över %s; varje nätverk, hur stort det än är, räknar varje par av sina medlemmar som förbundna.",
	"report.methods.holes_whole":    "hela nätverket",
	"report.methods.holes_ego":      "varje persons egna kontakter",
	"report.methods.star":           "Antagande: ditt underlag har inga band mellan dina kontakter (en kontaktexport ensam ser ut så), så vilka band som hänger på ett nätverk avgörs enbart av medlemskapen, och hur inbäddade dina band är går inte att säga.",
	"report.methods.likely":         "Antagande: kollegor i samma organisation känner varandra. Dessa troliga band räknas bara i strukturmåtten och bilderna, aldrig som kontakter.",
	"report.methods.group_ties":     "Antagande: personer som delar ett nätverk känner varandra. Dessa band räknas i strukturmåtten (mellanhandsposition, begränsning, grupper, bilderna), eftersom de angivna banden inte säger vem som känner vem bland dina kontakter; de räknas aldrig som kontakter.",
	"report.methods.partial":        "Bara en del av medlemmarna i %s finns angivna: vad de här nätverken ger är då minst det som visas.",
	"report.methods.verdicts":       "Varje bedömning följer fasta regler med angivna tröskelvärden (ordlistan ger regeln för varje bedömning): ett nätverk upprepar ett annat när minst hälften av medlemmarna är gemensamma; ge och ta är ensidigt från en balans på ±0,5. Inget är anpassat till de här uppgifterna.",
	"report.methods.budget":         "Tid och avgifter avgör en bedömning bara genom budgeten i dina mål: när dina nätverk överskrider den omprövas först de som ger minst antal personer per timme (eller per avgift).",
	"report.methods.no_budget":      "Tid och avgifter visas men vägs inte in: utan en budget i dina mål avgör de ingen bedömning, eftersom bara du vet vad en timme är värd för dig.",

	// The glossary.
	"report.glossary.intro": "Varje mått som rapporten visar, med enkla ord och den forskning det kommer från.",

	"report.glossary.score.name":   "Poäng",
	"report.glossary.score.text":   "De personer du bara når genom ett nätverk: kontakterna som hålls bara där, medlemmarna som är nya för dig och deras kontakter. Nätverken ordnas efter den.",
	"report.glossary.score.source": "Icke-redundant räckvidd: Burt, Structural holes and good ideas, 2004.",

	"report.glossary.held_only_here.name":   "Hålls bara här",
	"report.glossary.held_only_here.text":   "Dina kontakter vars band till dig vilar på det här nätverket ensamt: de finns inte i något av dina andra nätverk, och ni har ingen gemensam kontakt utanför det. Sådana band brukar tyna bort när du lämnar.",
	"report.glossary.held_only_here.source": "Foci: Feld 1981; bryggor som försvagas: Burt 2002.",

	"report.glossary.new_to_you.name":   "Nya för dig",
	"report.glossary.new_to_you.text":   "Medlemmar du inte känner och inte möter i något av dina andra nätverk.",
	"report.glossary.new_to_you.source": "Foci: Feld 1981.",

	"report.glossary.their_contacts.name":   "Deras kontakter (räckvidd bara här)",
	"report.glossary.their_contacts.text":   "Personer två steg bort, kontakter till nätverkets medlemmar, som du inte når genom någon annan av dina kontakter eller något annat av dina nätverk.",
	"report.glossary.their_contacts.source": "Räckvidd i andra ledet: Burt 2004.",

	"report.glossary.unseen_values.name":   "Möts bara här (unika värden)",
	"report.glossary.unseen_values.text":   "Värden för en egenskap (ett land, ett yrke, en organisation) som några medlemmar har och ingen annan du når har: perspektiv du bara möter i det här nätverket.",
	"report.glossary.unseen_values.source": "Spännvidd (range): Reagans och McEvily 2003.",

	"report.glossary.diversity_gain.name":   "Mångfaldsvinst",
	"report.glossary.diversity_gain.text":   "Hur mycket mer varierade (IQV) de personer du når är med nätverket än utan det. En negativ vinst betyder att de är mindre jämnt fördelade, inte att något värde går förlorat.",
	"report.glossary.diversity_gain.source": "Reagans och McEvily 2003.",

	"report.glossary.overlap.name":   "Överlapp",
	"report.glossary.overlap.text":   "De medlemmar två av dina nätverk delar, delat med alla som är medlemmar i något av dem, dig oräknad (Jaccard): 0 inga gemensamma, 1 samma personer. Ett nätverk som delar minst hälften med ett annat som ger mer upprepar det.",
	"report.glossary.overlap.source": "Jaccard 1912.",

	"report.glossary.embeddedness.name":   "Inbäddning",
	"report.glossary.embeddedness.text":   "Hur många kontakter du och en medlem delar, mot alla dina och medlemmens övriga kontakter (0 till 1). Inbäddade band bygger på tillit och håller, men ger det du redan vet; band utan gemensamma kontakter ger nyheter och försvagas snabbare.",
	"report.glossary.embeddedness.source": "Granovetter 1985; Uzzi 1997; Onnela m.fl. 2007; Burt 2002.",

	"report.glossary.balance.name":   "Ge och ta (balans)",
	"report.glossary.balance.text":   "(givet − mottaget) / (givet + mottaget) för de råd, den information och den hjälp som registrerats mellan dig och andra: +1 du bara ger, −1 du bara tar emot, nära 0 åt båda hållen. Kunskap bör flöda åt båda hållen; ensidiga band tynar bort.",
	"report.glossary.balance.source": "”Välj dina nätverk med omsorg!”: utbytet ska vara ömsesidigt.",

	"report.glossary.score_per_hour.name":   "Poäng per timme, per avgiftsenhet",
	"report.glossary.score_per_hour.text":   "Poängen delad med antalet timmar i månaden som nätverket tar, eller med dess årsavgift. Den avgör en bedömning bara när dina mål anger en budget.",
	"report.glossary.score_per_hour.source": "”Välj dina nätverk med omsorg!”: väg det du ger mot det du får tillbaka.",

	"report.glossary.goal_fit.name":   "Passar dina mål",
	"report.glossary.goal_fit.text":   "Andelen av dina mål (mer mångfald i en egenskap, kontakter med ett visst värde) som nätverket för dig närmare, 0 till 1.",
	"report.glossary.goal_fit.source": "”Välj dina nätverk med omsorg!”: känn dina professionella behov.",

	"report.glossary.betweenness.name":   "Mellanhandsposition (betweenness)",
	"report.glossary.betweenness.text":   "Andelen av de kortaste vägarna mellan två andra personer som går genom en person (0 till 1). Den som ligger högt hör nyheter först och kan föra samman grupper som annars inte skulle mötas.",
	"report.glossary.betweenness.source": "Freeman 1977.",

	"report.glossary.constraint.name":   "Begränsning (Burts constraint)",
	"report.glossary.constraint.text":   "Hur mycket en persons kontakter har band till varandra (ungefär 0 till 1). Låg: kontakterna finns i separata grupper med strukturella hål emellan, ett läge som mellanhand med varierad information; hög: en enda sluten krets. Ett nätverk sänker din begränsning när det ger dig personer som inte känner varandra.",
	"report.glossary.constraint.source": "Burt, Structural holes, 1992.",

	"report.glossary.effective_size.name":   "Effektiv storlek",
	"report.glossary.effective_size.text":   "Antalet kontakter minus deras redundans (hur många av dem som känner varandra): de kontakter som var och en tillför något som de andra inte gör.",
	"report.glossary.effective_size.source": "Burt 1992.",

	"report.glossary.bridge.name":   "Brygga",
	"report.glossary.bridge.text":   "Ett band som delar nätverket i två om det tas bort: den enda vägen mellan två sidor.",
	"report.glossary.bridge.source": "Granovetter 1973; Easley och Kleinberg, Networks, Crowds, and Markets, 2010.",

	"report.glossary.local_bridge.name":   "Lokal brygga",
	"report.glossary.local_bridge.text":   "Ett band mellan två personer som inte har någon gemensam kontakt: utan det vore de tre eller fler steg från varandra. Ny information kommer ofta genom sådana svaga band.",
	"report.glossary.local_bridge.source": "Granovetter, The strength of weak ties, 1973; Easley och Kleinberg 2010.",

	"report.glossary.density.name":   "Täthet",
	"report.glossary.density.text":   "Andelen av alla möjliga par av personer som har ett band, 0 till 1.",
	"report.glossary.density.source": "Wasserman och Faust 1994.",

	"report.glossary.communities.name":   "Grupper (communities) och modularitet",
	"report.glossary.communities.text":   "Grupper av personer med fler band sinsemellan än till andra, funna med Louvainmetoden. Modulariteten (högst 1) anger hur tydlig indelningen är: över ungefär 0,3 är grupperna tydliga.",
	"report.glossary.communities.source": "Blondel m.fl. 2008; Newman och Girvan 2004.",

	"report.glossary.reciprocity.name":   "Ömsesidighet",
	"report.glossary.reciprocity.text":   "Andelen band åt ena hållet som besvaras åt andra hållet, 0 till 1.",
	"report.glossary.reciprocity.source": "Wasserman och Faust 1994.",

	"report.glossary.iqv.name":   "IQV (mångfald)",
	"report.glossary.iqv.text":   "Hur jämnt personerna fördelar sig över värdena för en egenskap: 0 när alla har samma värde, 1 när de fördelar sig så jämnt som antalet värden tillåter. Det är Blaus index (sannolikheten att två slumpvis valda personer skiljer sig åt) skalat till sitt största möjliga värde.",
	"report.glossary.iqv.source": "Blau 1977; Agresti och Agresti 1978; Mueller och Schuessler 1961.",

	"report.glossary.ei.name":   "E-I-index",
	"report.glossary.ei.text":   "(band över en gräns − band inom den) / alla band, för en egenskap: −1 alla band stannar bland lika, +1 alla går över gränsen. Personer som liknar varandra vet ofta samma saker.",
	"report.glossary.ei.source": "Krackhardt och Stern 1988.",

	"report.glossary.herfindahl.name":   "Herfindahlindex",
	"report.glossary.herfindahl.text":   "Summan av de kvadrerade andelarna personer per organisation: 1 när alla arbetar på samma, nära 0 när de är spridda över många.",
	"report.glossary.herfindahl.source": "Herfindahl 1950; Hirschman 1945.",

	"report.glossary.function_seniority.name":   "Funktion och senioritet",
	"report.glossary.function_seniority.text":   "Härledda av ties ur yrkestitlarna enligt publicerade regler för engelska och svenska titlar: funktion är arbetsområdet, senioritet rollens nivå. En titel som ingen regel passar förblir okänd och gissas aldrig.",
	"report.glossary.function_seniority.source": "Reglerna för titlar i ties, prövade på 705 handklassade titlar.",

	"report.glossary.likely_colleagues.name":   "Troliga kollegor",
	"report.glossary.likely_colleagues.text":   "När färre än hälften av dina kontakter har band till en annan kontakt i underlaget (en kontaktexport ensam har inga sådana band) antas kollegor i samma organisation känna varandra, men bara i strukturmåtten och bilderna.",
	"report.glossary.likely_colleagues.source": "Organisationer som foci: Feld 1981.",

	"report.glossary.verdict_keep_and_invest.name":   "Behåll och satsa",
	"report.glossary.verdict_keep_and_invest.text":   "Nätverket ger dig personer eller värden du inte möter någon annanstans och öppnar för personer bortom medlemmarna (deras kontakter), och du deltar på jämlika villkor: ge och ta är inte ensidigt och några medlemmar är dina kontakter.",
	"report.glossary.verdict_keep_and_invest.source": "Bedömningsregel 2 av 5 i ties (fasta tröskelvärden, efter artikeln).",

	"report.glossary.verdict_keep.name":   "Behåll",
	"report.glossary.verdict_keep.text":   "Nätverket ger dig personer (hålls bara här, nya för dig) eller värden du inte möter någon annanstans, och du deltar på jämlika villkor.",
	"report.glossary.verdict_keep.source": "Bedömningsregel 3 av 5 i ties (fasta tröskelvärden, efter artikeln).",

	"report.glossary.verdict_change_how_you_take_part.name":   "Ändra hur du deltar",
	"report.glossary.verdict_change_how_you_take_part.text":   "Nätverket ger något, men ge och ta är ensidigt (en balans på ±0,5 eller längre ut) eller ingen av medlemmarna är din kontakt.",
	"report.glossary.verdict_change_how_you_take_part.source": "Bedömningsregel 1 av 5 i ties (fasta tröskelvärden, efter artikeln).",

	"report.glossary.verdict_reconsider.name":   "Ompröva",
	"report.glossary.verdict_reconsider.text":   "Nätverket ger dig ingen person och inget värde som du inte möter på annat håll, eller så är din budget överskriden och nätverket ger minst antal personer per timme (eller per avgift).",
	"report.glossary.verdict_reconsider.source": "Bedömningsregel 5 av 5 i ties, och budgetregeln.",

	"report.glossary.verdict_leave.name":   "Lämna",
	"report.glossary.verdict_leave.text":   "Nätverket ger inget eget och delar minst hälften av medlemmarna med ett annat av dina nätverk som ger något.",
	"report.glossary.verdict_leave.source": "Bedömningsregel 4 av 5 i ties (fasta tröskelvärden, efter artikeln).",

	"report.glossary.verdict_consider_joining.name":   "Överväg att gå med",
	"report.glossary.verdict_consider_joining.text":   "Ett nätverk du inte är med i som skulle ge dig personer eller värden du inte möter någon annanstans.",
	"report.glossary.verdict_consider_joining.source": "Bedömningsregeln i ties för nätverk du inte är med i.",

	"report.glossary.verdict_not_worth_joining.name":   "Inte värt att gå med",
	"report.glossary.verdict_not_worth_joining.text":   "Ett nätverk du inte är med i som inte skulle ge dig någon person eller något värde som du inte redan möter.",
	"report.glossary.verdict_not_worth_joining.source": "Bedömningsregeln i ties för nätverk du inte är med i.",

	"report.glossary.verdict_none.name":   "Ingen bedömning",
	"report.glossary.verdict_none.text":   "Inga andra medlemmar än du finns angivna, eller bara några av dem, och det är okänt vilka de övriga är.",
	"report.glossary.verdict_none.source": "Bedömningsreglerna i ties.",

	// The controls of the diagrams to explore (graph/outputs/report/interactive.js).
	"report.ui.tools":                "Utforska bilderna",
	"report.ui.find":                 "Hitta en person",
	"report.ui.find.hint":            "namn",
	"report.ui.found":                "Hittade: %s",
	"report.ui.none_found":           "Ingen hittades",
	"report.ui.filter":               "Visa bara",
	"report.ui.filter.any_attribute": "valfri egenskap",
	"report.ui.filter.any_value":     "valfritt värde",
	"report.ui.network":              "Markera ett nätverk",
	"report.ui.network.none":         "inget",
	"report.ui.clear":                "Rensa",
	"report.ui.zoom_in":              "Zooma in",
	"report.ui.zoom_out":             "Zooma ut",
	"report.ui.fit":                  "Visa hela bilden",
	"report.ui.help":                 "Dra i en bild för att flytta den; Ctrl och scrollhjulet, eller bildens knappar, zoomar. Peka på, tryck på eller tabba till en person för att se personens band och vem det är; klicka på ett nätverk för att se dess medlemmar.",
	"report.ui.card.networks":        "Nätverk",
	"report.ui.card.members":         "%s medlemmar, varav %s i bilderna",
	"report.ui.card.more":            "och %s till",
}

func init() {
	for c, s := range swedishReport {
		swedish.messages[c] = s
	}
	swedish.nouns[NounTiedPair] = [2]string{"par med band", "par med band"}
	swedish.nouns[NounSampledPair] = [2]string{"slumpvis valt par av personer", "slumpvis valda par av personer"}
}
