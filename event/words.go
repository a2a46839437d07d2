package event

// Closed word classes the coder reasons with. They are grammar, not domain
// vocabulary: the domain lives in data/triggers.tsv and the actor dictionary.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	determiners = set("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
		"our", "my", "your", "some", "any", "all", "both", "each", "every", "several", "many", "few",
		"no", "another", "other", "such", "one")
	prepositions = set("of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "onto", "against",
		"near", "outside", "inside", "over", "under", "after", "before", "during", "since", "until", "about",
		"across", "through", "between", "among", "via", "per", "as", "like", "toward", "towards", "without",
		"within", "upon", "behind", "beyond", "amid", "despite", "following", "including", "than", "off",
		"along", "alongside", "beside", "throughout", "around")
	conjunctions = set("and", "or", "but", "while", "whereas", "because", "although", "though", "that",
		"which", "who", "whom", "whose", "where", "when", "if", "unless", "whether", "so", "then", "nor")
	auxiliaries = set("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
		"do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "'s")
	beForms   = set("is", "are", "was", "were", "be", "been", "being", "'s", "got", "get", "gets")
	pronouns  = set("he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "himself", "herself", "themselves")
	personPro = set("he", "she", "they", "him", "her", "them")
	// speech and other reporting verbs: their subjects are sources, not actors.
	reportingVerbs = set("said", "says", "say", "told", "tells", "announced", "announces", "stated", "added",
		"reported", "reports", "confirmed", "confirms", "claimed", "claims", "alleged", "alleges", "believes",
		"believed", "wrote", "argued", "noted", "explained", "insisted", "insists", "acknowledged", "admitted",
		"according", "revealed", "disclosed", "declared", "decided", "warned", "accused", "accuses", "blamed", "blames")
	// announcement verbs whose government subject makes a following "would" a decision.
	decisionVerbs = set("said", "says", "announced", "announces", "decided", "declared", "confirmed", "stated", "agreed")
	// adverbs that may sit between a subject and its verb.
	adverbs = set("also", "then", "later", "reportedly", "allegedly", "subsequently", "previously", "already",
		"eventually", "finally", "now", "recently", "immediately", "quickly", "each", "both", "formally",
		"publicly", "jointly", "separately", "again", "last", "apparently", "swiftly", "promptly", "officially",
		"twice", "thrice")
	// nouns for people who carry out attacks for a state.
	operativeNouns = set("agent", "agents", "operative", "operatives", "officer", "officers", "spy", "spies",
		"assassin", "assassins", "hitman", "hitmen", "gunman", "gunmen", "killer", "killers", "team", "squad",
		"diplomat", "diplomats", "henchmen", "proxies", "proxy", "network", "cell", "hackers", "hacker",
		"intelligence", "regime", "government", "state", "services", "service", "authorities", "security",
		"military", "forces", "police", "ministry", "operation", "mercenaries", "courier", "couriers", "men",
		"assailants", "assailant", "attackers", "attacker", "militants", "militant", "insurgents", "fighters", "staff", "personnel",
		"perpetrators", "suspects", "bomber", "bombers", "terrorists", "terrorist", "soldiers", "troops", "rebels",
		"militia", "militiamen", "jihadists", "bandits", "extremists", "insurgent", "rebel", "combatants", "officials",
		"kidnappers", "kidnapper", "abductors", "abductor", "captors", "cadres", "raiders")
	// nouns for authorities that respond: arrest, charge, expel, sanction.
	authorityNouns = set("police", "authorities", "prosecutors", "prosecutor", "court", "courts", "judge",
		"judges", "government", "governments", "ministry", "minister", "officials", "investigators",
		"agents", "officers", "treasury", "department", "office", "service", "parliament", "council",
		"cabinet", "state", "states", "administration", "tribunal", "jury", "detectives", "counter-terrorism",
		"counterterrorism", "border", "guards", "intelligence", "foreign", "justice", "interior", "fbi", "bureau")
	// nouns that name a place when led by a demonym: "on Danish soil", "Iranian cities".
	locationNouns = set("soil", "territory", "city", "cities", "town", "towns", "capital", "streets",
		"airspace", "waters", "border", "borders", "province", "provinces", "region", "regions", "village",
		"villages", "countryside", "mainland")
	// nouns for victims of repression.
	victimNouns = set("dissident", "dissidents", "activist", "activists", "journalist", "journalists",
		"critic", "critics", "exile", "exiles", "defector", "defectors", "blogger", "bloggers", "opponent",
		"opponents", "refugee", "refugees", "asylum", "diaspora", "writer", "writers", "lawyer", "lawyers",
		"student", "students", "family", "relatives", "member", "members", "supporters", "leader", "leaders", "founder",
		"poet", "rapper", "businessman", "official", "fugitive", "fugitives", "émigré", "emigre", "émigrés")
	quantifiers = set("several", "many", "numerous", "multiple", "dozens", "hundreds", "thousands", "scores",
		"some", "various", "countless", "series", "string", "wave", "spate", "number", "eight", "two", "three",
		"four", "five", "six", "seven", "nine", "ten", "eleven", "twelve", "twenty", "more", "most", "fewer",
		"such", "these", "those", "similar", "other", "further", "separate", "any",
		// (a summary's nouns: "our weekly round-up of threats against exiles")
		"round-up", "roundup", "overview", "tally", "catalogue")
	negations = set("not", "n't", "never", "no", "nobody", "none", "neither", "nor", "without", "denied",
		// (a contraction is one token: "didn't", "haven't")
		"didn't", "doesn't", "don't", "haven't", "hasn't", "hadn't", "wasn't", "weren't", "isn't", "aren't",
		"won't", "wouldn't", "couldn't", "can't", "shouldn't",
		"denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "refuted", "failed",
		"unable", "cannot", "no-one", "nothing", "declined", "declines", "refused", "refuses", "reluctant",
		// frequency adverbs make a habit of a statement, not an event
		"rarely", "seldom", "often", "usually", "typically", "routinely", "sometimes", "generally", "regularly", "frequently")
	// cues that make a verb hypothetical, a wish or a demand.
	irrealis = set("if", "unless", "could", "might", "may", "should", "must", "would", "will", "shall",
		"ought", "whether", "possible", "possibly", "potential", "potentially", "considering", "consider",
		"considers", "proposed", "proposes", "propose", "urged", "urges", "urge", "demanded", "demands",
		"demand", "demanding", "calls", "called", "call", "calling", "urging", "want", "wants", "wanted", "seek", "seeks", "sought", "needs",
		"need", "threatened", "threatens", "vowed", "vows", "pledged", "pledges", "promised", "promises", "meant", "intended",
		"planning", "plans", "plan", "intends", "preparing", "prepares", "poised", "weighing", "mulling", "face", "faces", "facing", "faced", "risk", "risks",
		"allow", "allows", "enable", "enables", "ways", "how", "push", "pushing", "pressed", "pressing",
		"asked", "asks", "ask", "asking", "requested", "requests", "appealed", "appeals", "hoped", "hopes", "expected", "likely",
		"unlikely", "ready", "suppose", "imagine", "supposing")
	// status cues for attacks.
	foiledCues = set("foiled", "foil", "thwarted", "thwart", "prevented", "disrupted", "intercepted", "stopped", "averted", "uncovered", "dismantled", "busted", "frustrated", "derailed",
		"defused", "defuse", "defusing", "neutralised", "neutralized", "deactivated")
	// stopCues are foiled cues only when what they stop is the attack: "police
	// stopped the attack", not "gunmen stopped a bus and abducted ..."
	stopCues      = set("stopped", "intercepted", "disrupted")
	attemptedCues = set("attempted", "attempt", "attempts", "tried", "trying", "failed", "survived", "survive", "botched", "would-be", "unsuccessful", "unsuccessfully", "wounded", "injured", "critically", "unconscious", "recovered", "unhurt", "unharmed")
	plannedCues   = set("plot", "plots", "plotted", "plotting", "planned", "planning", "plan", "plans", "conspiracy", "conspired", "conspiring", "scheme", "schemed", "intended", "intention", "intending", "preparing", "prepared", "hired", "hire", "recruited", "recruit", "tasked", "murder-for-hire", "contract")
	// words that mark a sentence as a summary or statistic, not an event.
	summaryCues = set("counting", "altogether", "tally", "total", "statistics", "figures", "cases", "incidents", "instances", "documented", "recorded", "counted", "tracked", "average")
	// imperative verbs that open demands in lists ("Expel all diplomats").
	imperatives = set("expel", "prosecute", "use", "stop", "ban", "impose", "shut", "end", "hold", "take",
		"make", "let", "protect", "ensure", "designate", "sanction", "close", "condemn", "support", "give",
		"create", "adopt", "establish", "introduce", "release", "free", "investigate", "punish", "arrest",
		"freeze", "recall", "cut", "sever", "deny", "bar", "list", "extradite", "charge", "pass", "enact",
		"provide", "offer", "tell", "demand", "hold", "reject", "refuse", "increase", "strengthen", "cease", "halt", "suspend", "grant", "allow", "refrain")
	// verbs of accusation: their objects are the actors of the attack.
	accusationVerbs = set("blamed", "blames", "blame", "accused", "accuses", "accuse", "implicated", "implicates", "linked", "links", "linking", "attributed", "attributes", "tied", "ties")
	monthWords      = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
	// calendarWords are the weekdays and the short forms of months and weekdays.
	calendarWords = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
)
