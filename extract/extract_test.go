package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"vigil"
	"vigil/article"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

var (
	sharedOnce sync.Once
	shared     *Extractor
	sharedErr  error
)

// extractor loads the pipeline once for all tests: the gazetteer takes a moment.
func extractor(tb testing.TB) *Extractor {
	tb.Helper()
	sharedOnce.Do(func() { shared, sharedErr = New(Options{Explain: true}) })
	if sharedErr != nil {
		tb.Fatalf("New: %v", sharedErr)
	}
	return shared
}

// brief is an event reduced to what the grammar tests check.
type brief struct {
	Type, Status, Date, Country, ActorCountry, Target string
}

func briefs(t *testing.T, text, published string) []brief {
	t.Helper()
	a := &vigil.Article{ID: "t", Text: text}
	if published != "" {
		d, err := vigil.ParseDate(published)
		if err != nil {
			t.Fatal(err)
		}
		a.Published = d
	}
	var out []brief
	for _, ev := range extractor(t).Extract(a).Events {
		b := brief{Type: string(ev.Type), Status: string(ev.Status), Date: ev.Date.String(), Country: ev.Country}
		if ev.Actor != nil {
			b.ActorCountry = ev.Actor.Country
		}
		if ev.Target != nil {
			b.Target = ev.Target.Name
		}
		out = append(out, b)
	}
	return out
}

// TestGrammar pins the constructions that decide whether and how an event is
// coded. The sentences are written for this test.
func TestGrammar(t *testing.T) {
	tests := []struct {
		name, text, published string
		want                  []brief
	}{
		{"active voice", "Dutch police arrested two men in Rotterdam on Tuesday.", "2021-03-12",
			[]brief{{"arrest", "carried_out", "2021-03-09", "NL", "NL", "two men"}}},
		{"passive voice", "Two men were arrested in Rotterdam on Tuesday.", "2021-03-12",
			[]brief{{"arrest", "carried_out", "2021-03-09", "NL", "NL", "Two men"}}},
		{"plot to kill", "Iran's Ministry of Intelligence plotted to kill a dissident journalist in Copenhagen in March.", "2019-06-01",
			[]brief{{"assassination", "planned", "2019-03", "DK", "IR", "dissident journalist"}}},
		{"foiled", "Police in Vienna foiled a bomb plot against an opposition rally last June.", "2019-02-01",
			[]brief{{"bombing", "foiled", "2018-06", "AT", "", "opposition rally"}}},
		{"negation", "Police did not arrest anyone after the protest outside the embassy.", "2020-01-01", nil},
		{"demand", "The government should expel all Russian diplomats.", "2020-01-01", nil},
		{"imperative list", "1) Expel the diplomats.\n2) Freeze the assets of the ministry.", "2020-01-01", nil},
		{"hypothetical", "If convicted, the men could be sentenced to life in prison.", "2020-01-01", nil},
		{"count", "Investigators have recorded eight separate plots to attack exiles since 2020.", "2022-01-01", nil},
		{"denial", "The Kremlin denied that Russian agents had poisoned the defector.", "2020-01-01", nil},
		{"incident summary with a claim", "03/12/2016: Assailants detonated an explosives-laden vehicle near a police checkpoint in Mosul, Iraq. ISIL claimed responsibility for the incident.", "2016-03-12",
			[]brief{{"bombing", "carried_out", "2016-03-12", "IQ", "", "police checkpoint"}}},
		{"gunmen killing passengers are an armed attack", "Gunmen opened fire on a bus carrying civilians near Mandera, Kenya. Eight passengers were killed.", "2014-07-02",
			[]brief{{"armed_attack", "carried_out", "", "KE", "", "bus"}}},
		{"a village no gazetteer holds", "Unidentified gunmen abducted a local chief in Kagara village, Nigeria, on 12 March.", "2020-03-15",
			[]brief{{"abduction", "carried_out", "2020-03-12", "NG", "", "local chief"}}},
		{"a pronoun object after the verb is the target", "Mariam Sayed fled to Vilnius in 2021. In March a court in Minsk sentenced her in absentia to ten years.", "2024-06-01",
			[]brief{{"conviction", "carried_out", "2024-03", "BY", "BY", "Mariam Sayed"}}},
		{"the subject a coordinated passive shares", "Omar Haddad, a poet, left Doha in May. He landed in Amman on May 14 and was detained at passport control.", "2024-06-01",
			[]brief{{"arrest", "carried_out", "2024-05-14", "JO", "JO", "Omar Haddad"}}},
		{"a possessive pronoun before a response names its target", "Omar Haddad, a poet, was arrested in Amman. The court approved his extradition on May 20.", "2024-06-01",
			[]brief{{"arrest", "carried_out", "", "JO", "JO", "Omar Haddad"}, {"extradition", "carried_out", "2024-05-20", "JO", "JO", "Omar Haddad"}}},
		{"a protest at a foreign embassy is in the town the report is about", "Many exiles live in Vienna, Austria. Dozens gathered outside the Iranian embassy on Tuesday.", "2024-06-07",
			[]brief{{"protest", "carried_out", "2024-06-04", "AT", "", "Iranian embassy"}}},
		{"a frequency before a noun is part of the target", "On 3 May 2022, gunmen attacked the weekly market in Tillabéri, Niger.", "2022-05-10",
			[]brief{{"armed_attack", "carried_out", "2022-05-03", "NE", "", "weekly market"}}},
		{"what ran onto a roadside bomb is its target", "04/02/2019: An army truck struck an improvised explosive device near Gao, Mali.", "2019-04-02",
			[]brief{{"bombing", "carried_out", "2019-04-02", "ML", "", "army truck"}}},
		{"the bomb is no target of its own detonation", "A roadside bomb was detonated as a police patrol passed near Kirkuk, Iraq, on 9 March 2017.", "2017-03-20",
			[]brief{{"bombing", "carried_out", "2017-03-09", "IQ", "", "police patrol"}}},
		{"whoever received the threats is their target", "In June 2021, three synagogues in Lyon, France, received threats by email.", "2021-07-01",
			[]brief{{"intimidation", "carried_out", "2021-06", "FR", "", "three synagogues"}}},
		{"a piece of what was blown up", "On 2 June 2018, militants blew up a stretch of gas pipeline near Quetta, Pakistan.", "2018-06-05",
			[]brief{{"bombing", "carried_out", "2018-06-02", "PK", "", "stretch of gas pipeline"}}},
		{"a namesake abroad found by another of its names is not the place", "On 3 May 2021, a Malian army truck struck a landmine near Boni (Douentza, Mopti), killing two soldiers.", "2021-05-10",
			[]brief{{"bombing", "carried_out", "2021-05-03", "ML", "", "two soldiers"}}},
		{"a region of a country the text never names, in a sentence whose address ends in another", "Rebels bombed the Caño Limón pipeline in a rural area of Saravena municipality, Arauca department, Colombia, on 2 March 2020.", "2020-03-10",
			[]brief{{"bombing", "carried_out", "2020-03-02", "CO", "", "Caño Limón pipeline"}}},
		{"the size of a crowd is no count of protests", "Around 300 protesters gathered in front of the town hall in Goma on 4 July 2019.", "2019-07-10",
			[]brief{{"protest", "carried_out", "2019-07-04", "CD", "", "town hall"}}},
		{"armed men killing a counted group on a day and in a place is an attack", "On 2 May 2017, Boko Haram fighters killed 14 civilians in Kuda, Nigeria.", "2017-05-10",
			[]brief{{"armed_attack", "carried_out", "2017-05-02", "NG", "", "14 civilians"}}},
		{"armed men raid as an attack", "On 8 March 2018, militants raided the village of Dogon Dawa, Nigeria.", "2018-03-12",
			[]brief{{"armed_attack", "carried_out", "2018-03-08", "NG", "", "village of Dogon Dawa"}}},
		{"police raid a relative's home as intimidation", "In May, police raided the home of his brother in Tehran.", "2017-06-10",
			[]brief{{"intimidation", "carried_out", "2017-05", "IR", "IR", "home of his brother"}}},
		{"policemen killed in an attack told before are its toll", "Insurgents attacked a checkpoint in Ghazni, Afghanistan, on 9 August 2018. Twelve policemen were killed.", "2018-08-12",
			[]brief{{"armed_attack", "carried_out", "2018-08-09", "AF", "", "checkpoint"}}},
		{"a museum named like a person is no person", "03/18/2015: Gunmen attacked the Bardo National Museum in Tunis, Tunisia, killing 22 people.", "2015-03-20",
			[]brief{{"armed_attack", "carried_out", "2015-03-18", "TN", "", "Bardo National Museum"}}},
		{"US before a title is the country, not the pronoun", "On 11 September 2012, gunmen killed US Ambassador John Smith in Benghazi, Libya.", "2012-09-15",
			[]brief{{"assassination", "carried_out", "2012-09-11", "LY", "", "US Ambassador John Smith"}}},
		{"a killing told after an attack is its toll", "09/11/2012: Armed men attacked the consulate in Benghazi, Libya, killing the ambassador.", "2012-09-15",
			[]brief{{"armed_attack", "carried_out", "2012-09-11", "LY", "", "consulate"}}},
		{"an attack by suicide bombers is a bombing", "04/21/2019: Suicide bombers attacked three churches in Colombo, Sri Lanka.", "2019-04-25",
			[]brief{{"bombing", "carried_out", "2019-04-21", "LK", "", "three churches"}}},
		{"a place after a preposition is no attacker", "06/03/2017: Two men drove a van into pedestrians on London Bridge and then stabbed people in Southwark, London.", "2017-06-05",
			[]brief{{"armed_attack", "carried_out", "2017-06-03", "GB", "", "pedestrians"}}},
		{"soldiers firing on a crowd attack it for their state", "On 20 October 2020, soldiers fired on demonstrators in Lagos, Nigeria.", "2020-10-22",
			[]brief{{"armed_attack", "carried_out", "2020-10-20", "NG", "NG", "demonstrators"}}},
		{"men of a militia beat an opponent", "On 7 March 2018, members of a youth militia beat a member of the opposition in Kayanza, Burundi.", "2018-03-10",
			[]brief{{"armed_attack", "carried_out", "2018-03-07", "BI", "", "member of the opposition"}}},
		{"men doing something else are not the attackers", "Armed bandits abducted 39 students in Afaka, Nigeria, on 11 March 2021. Soldiers responding to the attack rescued 180 others.", "2021-03-12",
			[]brief{{"abduction", "carried_out", "2021-03-11", "NG", "", "39 students"}}},
		{"a home in a town is in the town", "Security forces raided the Alexandria home of a dissident's parents on Monday.", "2020-02-14",
			[]brief{{"intimidation", "carried_out", "2020-02-10", "EG", "EG", "Alexandria home of a dissident's parents"}}},
		{"where a government sits is not where it spied", "PARIS, May 3 - A man was charged on Friday with spying on exiles for the government in Kigali.", "2024-05-04",
			[]brief{{"charge", "carried_out", "2024-05-03", "FR", "FR", "man"}, {"surveillance", "carried_out", "", "", "RW", "exiles"}}},
		{"a state blamed by a speaker stands behind the attack", "An exiled politician survived a shooting outside his home in Pretoria on Saturday. His party blamed the Rwandan government, which denied involvement.", "2021-06-02",
			[]brief{{"armed_attack", "attempted", "2021-05-29", "ZA", "RW", "exiled politician"}}},
		{"a participle coordinated with a passive is passive", "In May, an Uzbek blogger was detained in Istanbul at the request of Tashkent and deported days later.", "2024-01-12",
			[]brief{{"arrest", "carried_out", "2023-05", "TR", "TR", "Uzbek blogger"}, {"extradition", "carried_out", "2023-05", "TR", "TR", "Uzbek blogger"}}},
		{"the object after in absentia", "A court in Ankara on Wednesday sentenced in absentia a Sweden-based journalist to 11 years.", "2024-01-12",
			[]brief{{"conviction", "carried_out", "2024-01-10", "TR", "TR", "Sweden-based journalist"}}},
		{"a name before an irregular past verb is a person's", "Tajik activist Ravshan Karimov went missing in Moscow. Rights groups said he had been forcibly returned.", "2023-09-20",
			[]brief{{"abduction", "carried_out", "", "RU", "", "Ravshan Karimov"}}},
		{"who foiled a plot did not plot it", "Dutch police foiled a plot to kill a Pakistani blogger in Rotterdam last year.", "2021-10-01",
			[]brief{{"assassination", "foiled", "2020", "NL", "", "Pakistani blogger"}}},
		{"a cause further back across a list", "Lithuania recalled its ambassador from Minsk on Monday in protest at the forced landing of a jet and the arrest of a dissident journalist.", "2021-05-26",
			[]brief{{"ambassador_recall", "carried_out", "2021-05-24", "LT", "LT", "its ambassador"}, {"arrest", "carried_out", "", "", "", "dissident journalist"}}},
		{"declared persona non grata", "BERLIN, April 19 - Germany declared two Iranian diplomats persona non grata on Wednesday.", "2023-04-20",
			[]brief{{"expulsion", "carried_out", "2023-04-19", "DE", "DE", "two Iranian diplomats"}}},
		{"sanctions on a day on someone", "The United States imposed sanctions on Tuesday on five Chinese officials over the harassment of Uyghur activists.", "2022-03-10",
			[]brief{{"sanction", "carried_out", "2022-03-08", "US", "US", "five Chinese officials"}, {"intimidation", "carried_out", "", "", "", "Uyghur activists"}}},
		{"filming a protest is watching its people", "Two men were seen filming a rally by Uyghur activists in Munich on Saturday.", "2019-05-20",
			[]brief{{"surveillance", "carried_out", "2019-05-18", "DE", "", "Uyghur activists"}}},
		{"a court's name is no person's", "The suspect was named as Omar Haddad, and he appeared at Westminster Magistrates Court on Friday. He was charged with a terrorism offence.", "2024-06-17",
			[]brief{{"charge", "carried_out", "2024-06-14", "", "", "Omar Haddad"}}},
		{"sanctions of their own name no target", "On Monday, Britain and Canada announced sanctions of their own.", "2021-06-22",
			[]brief{{"sanction", "carried_out", "2021-06-21", "GB", "GB", ""}, {"sanction", "carried_out", "2021-06-21", "CA", "CA", ""}}},
		{"a capital's court sits in the capital", "In June a Moscow court sentenced him in absentia to eight years in prison.", "2024-09-01",
			[]brief{{"conviction", "carried_out", "2024-06", "RU", "RU", "him"}}},
		{"through the centre of a capital", "Hundreds of exiles marched through central San José on Sunday.", "2024-04-16",
			[]brief{{"protest", "carried_out", "2024-04-14", "CR", "", ""}}},
		{"a court named without its state sits where the report is filed", "LYON, 13 June 2025 - The assize court on Thursday sentenced Adam Volkov to twenty years.", "",
			[]brief{{"conviction", "carried_out", "2025-06-12", "FR", "FR", "Adam Volkov"}}},
		{"a dated heading dates the paragraph below it", "Timeline\n\nMay 2024 — Sweden\nThe activist Babak Karimi is beaten with a hammer near his home in Gothenburg.", "2025-03-10",
			[]brief{{"armed_attack", "carried_out", "2024-05", "SE", "", "activist Babak Karimi"}}},
		{"an armed group raids as an attack", "On 14 June 2021, ADF combatants raided Kisima village (Beni territory, North Kivu), DR Congo, killing nine civilians.", "2021-06-20",
			[]brief{{"armed_attack", "carried_out", "2021-06-14", "CD", "", "Kisima village"}}},
		{"the man an authority arrested is the 'he' charged next", "On 24 September 2021, FBI agents arrested a 22-year-old man at the airport in Houston, Texas. He was charged the following day.", "2021-09-30",
			[]brief{{"arrest", "carried_out", "2021-09-24", "US", "US", "22-year-old man"}, {"charge", "carried_out", "2021-09-25", "US", "US", "22-year-old man"}}},
		{"about seventy websites", "On 14 January 2022, hackers defaced about 70 government websites in Ukraine.", "2022-01-20",
			[]brief{{"cyberattack", "carried_out", "2022-01-14", "UA", "", "about 70 government websites"}}},
		{"the servers of a hospital", "On 10 September 2020, a ransomware attack encrypted 30 servers of the University Hospital in Düsseldorf, Germany.", "2020-09-20",
			[]brief{{"cyberattack", "carried_out", "2020-09-10", "DE", "", "University Hospital"}}},
		{"what a suicide bomber drove into", "On 23 November 2017, a suicide bomber drove a vehicle laden with explosives into the gate of a hotel in Mogadishu, Somalia.", "2017-11-30",
			[]brief{{"bombing", "carried_out", "2017-11-23", "SO", "", "gate of a hotel"}}},
		{"a rally of supporters is theirs", "In October, about 60 supporters held a rally of about 60 exiles outside the Cambodian embassy in Bangkok.", "2024-11-29",
			[]brief{{"protest", "carried_out", "2024-10", "TH", "", "Cambodian embassy"}}},
		{"IS before a noun is the group", "2018-11-04: IS fighters attacked army positions near Hajin, Syria.", "2018-11-10",
			[]brief{{"armed_attack", "carried_out", "2018-11-04", "SY", "", "army positions"}}},
		{"clashes between two forces", "Clashes between government troops and rebels in Kajo Keji county, South Sudan, on 2 March 2017 left 11 soldiers dead.", "2017-03-10",
			[]brief{{"armed_attack", "carried_out", "2017-03-02", "SS", "", ""}}},
		{"a group overruns a town", "Boko Haram overran the town of Baga, Borno state, Nigeria, on 3 January 2015.", "2015-01-10",
			[]brief{{"armed_attack", "carried_out", "2015-01-03", "NG", "", "town of Baga"}}},
		{"mortar fire and airstrikes are bombings", "On 6 April 2021, an airstrike by the military on Hpakant township, Myanmar, killed eight civilians. On 7 April, mortar fire hit a school in Hpakant.", "2021-04-10",
			[]brief{{"bombing", "carried_out", "2021-04-06", "MM", "", "Hpakant township"}, {"bombing", "carried_out", "2021-04-07", "MM", "", "school"}}},
		{"killing three members of a militia is an attack", "Unknown gunmen killed three members of a village militia near Djibo, Burkina Faso, on 6 September 2020.", "2020-09-10",
			[]brief{{"armed_attack", "carried_out", "2020-09-06", "BF", "", "three members of a village militia"}}},
		{"soldiers executing civilians attack them", "On 6 February 2023, soldiers executed 15 civilians in the village of Ouenkoro, Mali.", "2023-02-10",
			[]brief{{"armed_attack", "carried_out", "2023-02-06", "ML", "ML", "15 civilians"}}},
		{"a protest in front of a ministry targets it", "On 10 May 2022, around 500 teachers demonstrated in front of the Ministry of Education in Niamey, Niger.", "2022-05-12",
			[]brief{{"protest", "carried_out", "2022-05-10", "NE", "", "Ministry of Education"}}},
		{"a man carrying a rifle", "A man carrying a loaded rifle was arrested near the home of a journalist in Brooklyn on Friday.", "2022-07-30",
			[]brief{{"arrest", "carried_out", "2022-07-29", "US", "US", "man"}}},
		{"three of them", "Four men have been charged with his murder; three of them were arrested in Edmonton in May.", "2024-10-15",
			[]brief{{"charge", "carried_out", "2024-05", "", "", "Four men"}, {"arrest", "carried_out", "2024-05", "CA", "CA", "three of them"}}},
		{"a participle set off after a name", "The Tajik activist Sharof Nazarov, deported from Istanbul on Tuesday, was detained at the airport in Dushanbe.", "2023-11-16",
			[]brief{{"extradition", "carried_out", "2023-11-14", "TR", "TR", "Tajik activist Sharof Nazarov"}, {"arrest", "carried_out", "2023-11-14", "TJ", "TJ", "Tajik activist Sharof Nazarov"}}},
		{"a relative's house raided", "In March, plainclothes men raided his uncle's house in Lahore.", "2024-08-20",
			[]brief{{"intimidation", "carried_out", "2024-03", "PK", "", "uncle"}}},
		{"the noun a relative clause at the start hangs on", "A Pakistani YouTuber who has spent two years accusing the army of rigging politics was beaten outside his home in Mississauga on Thursday.", "2024-08-17",
			[]brief{{"armed_attack", "carried_out", "2024-08-15", "CA", "", "Pakistani YouTuber"}}},
		{"whose assets were frozen", "On Monday Britain froze the assets of seven people and one company.", "2021-06-22",
			[]brief{{"sanction", "carried_out", "2021-06-21", "GB", "GB", "seven people"}}},
		{"a name, an age and an apposition before the passive", "GUPTA, 52, an Indian national, was arrested by Czech authorities in the Czech Republic on June 30, 2023.", "2024-06-17",
			[]brief{{"arrest", "carried_out", "2023-06-30", "CZ", "CZ", "GUPTA"}}},
		{"a subject before an aside in dashes", "The six men — five teachers and a doctor — were picked up by Kosovo police on Thursday morning in Pristina.", "2018-03-31",
			[]brief{{"arrest", "carried_out", "2018-03-29", "XK", "XK", "six men"}}},
		{"sent home two diplomats", "In December 2019 Germany sent home two Russian diplomats.", "2020-01-10",
			[]brief{{"expulsion", "carried_out", "2019-12", "DE", "DE", "two Russian diplomats"}}},
		{"the arrests in April of two men", "Prosecutors pursue several cases, including the arrests in April of two men in Manhattan.", "2023-07-05",
			[]brief{{"arrest", "carried_out", "2023-04", "US", "US", "two men"}}},
		{"spying for a state's services", "A man spied on Uyghurs in Sweden for China's intelligence services.", "2019-03-10",
			[]brief{{"surveillance", "carried_out", "", "SE", "CN", "Uyghurs"}}},
		{"working for a state in a relative clause describes the victim", "In March 2018 Sergei Petrov, a former officer who had worked for British intelligence, was poisoned in Salisbury.", "2018-04-01",
			[]brief{{"assassination", "carried_out", "2018-03", "GB", "", "Sergei Petrov"}}},
		{"threatened to harm her family", "Agents threatened to harm her family, the student said on Tuesday.", "2022-02-10",
			[]brief{{"intimidation", "carried_out", "", "", "", "her family"}}},
		{"hackers targeted the phones of journalists", "In June, hackers targeted the phones of three exiled journalists in London.", "2021-07-20",
			[]brief{{"cyberattack", "carried_out", "2021-06", "GB", "", "three exiled journalists"}}},
		{"protests in the background", "Relations have been strained since the start of nationwide protests in Iran last September.", "2023-02-20", nil},
		{"protests a channel helped organise", "The channel helped organise mass protests against the president last year.", "2021-05-24", nil},
		{"a date in a relative clause dates nothing after it", "On 23 May, officers took off Roman Pratasevich, a co-founder of a channel which helped organise protests last year. His girlfriend was also detained.", "2021-05-24",
			[]brief{{"arrest", "carried_out", "2021-05-23", "", "", "His girlfriend"}}},
		{"the subject after a subordinator acts", "Relations between Canada and Saudi Arabia remain frozen after Riyadh expelled Canada's ambassador in August.", "2018-10-01",
			[]brief{{"expulsion", "carried_out", "2018-08", "SA", "SA", "Canada's ambassador"}}},
		{"a coordinated clause has its own date", "Berlin expelled two Iranian diplomats within a week, and in November 2024 a Hamburg court jailed the pair.", "2025-03-01",
			[]brief{{"expulsion", "carried_out", "2025-03", "DE", "DE", "two Iranian diplomats"}, {"conviction", "carried_out", "2024-11", "DE", "DE", "pair"}}},
		{"since the year of an agreement bounds, it does not date", "The EU imposes sanctions on two Iranian officials, the first EU sanctions on Iran since the 2015 nuclear agreement.", "2019-01-10",
			[]brief{{"sanction", "carried_out", "2019-01", "", "EU", "two Iranian officials"}}},
		{"two days after the attack", "On 9 January 2024, the blogger Adam Volkov was stabbed outside his home in Lille. A suspect was arrested in Liège two days after the attack.", "2024-06-12",
			[]brief{{"armed_attack", "carried_out", "2024-01-09", "FR", "", "blogger Adam Volkov"}, {"arrest", "carried_out", "2024-01-11", "BE", "BE", "suspect"}}},
		{"the arrest a press release condemns happened where the story says", "Berlin, 7 June 2023\n\nThe forum condemns the arrest of Mahmoud Mansour, the father of an exiled activist. Officers arrested him at his home in Alexandria, Egypt, on Saturday.", "",
			[]brief{{"arrest", "carried_out", "2023-06-03", "EG", "EG", "Mahmoud Mansour"}}},
		{"hostages handed to a commission are released, not extradited", "Rebels kidnapped two police officers in Tame, Colombia, on 3 September 2018. They were handed over to a humanitarian commission in late September.", "2018-10-10",
			[]brief{{"abduction", "carried_out", "2018-09-03", "CO", "", "two police officers"}}},
		{"an armed group ordering people to leave a town expels no diplomat", "Pamphlets distributed in Tumaco, Colombia, in June 2020 ordered 14 social leaders to leave the municipality within 48 hours.", "2020-07-10", nil},
		{"an attack sources attributed to a group", "04/02/2015: Assailants set off an explosive device near a market in Maiduguri, Nigeria. No group claimed responsibility; however, sources attributed the attack to Boko Haram.", "2015-04-10",
			[]brief{{"bombing", "carried_out", "2015-04-02", "NG", "", "market"}}},
		{"the suspects are no belief", "Police said the suspects had monitored the homes of several exiles in Istanbul.", "2023-03-03",
			[]brief{{"surveillance", "carried_out", "", "TR", "", "homes of several exiles"}}},
		{"suspected of spying is an accusation, not a belief", "Turkish police have detained six people suspected of spying on Iranian dissidents in Istanbul on behalf of Iran.", "2023-03-03",
			[]brief{{"arrest", "carried_out", "", "TR", "TR", "six people"}, {"surveillance", "carried_out", "", "TR", "IR", "Iranian dissidents"}}},
		{"six killed when fighters attacked", "2016-05-01: Six people were killed when Boko Haram fighters attacked the village of Kuda, Nigeria.", "2016-05-10",
			[]brief{{"armed_attack", "carried_out", "2016-05-01", "NG", "", "village of Kuda"}}},
		{"airstrikes that hit positions", "2015-10-01: Russian airstrikes hit rebel positions near Talbiseh, Homs governorate, Syria.", "2015-10-10",
			[]brief{{"bombing", "carried_out", "2015-10-01", "SY", "RU", "rebel positions"}}},
		{"an airstrike on a town is no assassination", "2019-03-02: Five civilians were killed in a government airstrike on Maarat al-Numan, Syria.", "2019-03-10",
			[]brief{{"bombing", "carried_out", "2019-03-02", "SY", "", "Maarat al-Numan"}}},
		{"a region named so is where it happened when nothing nearer says", "2021-06-05: JNIM fighters ambushed an army convoy between Hombori and Douentza, Mopti region.", "2021-06-10",
			[]brief{{"armed_attack", "carried_out", "2021-06-05", "ML", "", "army convoy"}}},
		{"filming a building is watching those inside", "In February 2023, two men were seen filming the building of an exile television channel in London.", "2023-03-10",
			[]brief{{"surveillance", "carried_out", "2023-02", "GB", "", "exile television channel"}}},
		{"a sentencing set for later is not one", "A jury convicted two men on Tuesday. Sentencing is set for January.", "2018-10-03",
			[]brief{{"conviction", "carried_out", "2018-10-02", "", "", "two men"}}},
		{"one of the men", "Police in Utrecht arrested one of the men on Monday.", "2024-06-12",
			[]brief{{"arrest", "carried_out", "2024-06-10", "NL", "NL", "one of the men"}}},
		{"hackers working for a government compromised accounts", "Hackers working for the Iranian government compromised the email accounts of several journalists in London in October.", "2021-11-10",
			[]brief{{"cyberattack", "carried_out", "2021-10", "GB", "IR", "several journalists"}}},
		{"dissidents who received phishing emails", "Exiled Rwandan dissidents in Belgium received phishing emails in April.", "2022-05-10",
			[]brief{{"cyberattack", "carried_out", "2022-04", "BE", "", "Exiled Rwandan dissidents"}}},
		{"a campaign on a platform targeted someone", "A coordinated harassment campaign on X targeted a Uyghur activist in Germany in January.", "2024-02-10",
			[]brief{{"intimidation", "carried_out", "2024-01", "DE", "", "Uyghur activist"}}},
		{"a town before a warehouse is where it stands", "In March, arsonists set fire to a London warehouse linked to Ukraine.", "2024-04-20",
			[]brief{{"armed_attack", "carried_out", "2024-03", "GB", "", "London warehouse"}}},
		{"authorities have arrested dozens: a tally", "Similar cases have been reported in Poland, where authorities have arrested dozens of people.", "2024-04-20", nil},
		{"a coordinated 'announced it would' shares the sentence's subject", "On Tuesday India summoned the Canadian envoy and announced it would expel six Canadian diplomats.", "2024-10-16",
			[]brief{{"expulsion", "carried_out", "2024-10-15", "IN", "IN", "six Canadian diplomats"}}},
		{"relatives of someone as a passive subject", "Three relatives of the exiled journalist were detained by police in Cairo on Sunday.", "2020-07-10",
			[]brief{{"arrest", "carried_out", "2020-07-05", "EG", "EG", "Three relatives of the exiled journalist"}}},
		{"a kidnapping's victim taken home to the state behind it", "The dissident was lured from Sweden to Istanbul in October 2020 and abducted by men who smuggled him to Iran.", "2022-09-10",
			[]brief{{"abduction", "carried_out", "2020-10", "TR", "IR", "dissident"}}},
		{"what countries did in recent years is a summary", "Several Western countries have expelled Russian diplomats over such incidents in recent years.", "2023-05-06", nil},
		{"a plot its plotters were arrested over is foiled, and a later mention names its sponsor", "COPENHAGEN, Nov 3 - Danish police arrested two men on Thursday over a plot to kill an exiled activist.\n\nThe men were detained in Odense.\n\nProsecutors said Iran's Ministry of Intelligence had planned the attack.", "2023-11-03",
			[]brief{{"arrest", "carried_out", "2023-11-02", "DK", "DK", "two men"}, {"assassination", "foiled", "", "", "IR", "exiled activist"}}},
		{"a state's intelligence agents seizing someone abroad abduct him", "In May, the Turkish teacher was detained in Nairobi by Turkish intelligence agents and flown to Istanbul.", "2024-06-02",
			[]brief{{"abduction", "carried_out", "2024-05", "KE", "TR", "Turkish teacher"}}},
		{"a crowd protests", "Around 300 students protested in front of the governor's office in Kano on Tuesday.", "2021-06-03",
			[]brief{{"protest", "carried_out", "2021-06-01", "NG", "", "governor's office"}}},
		{"an ambassador's protest is diplomacy", "The ambassador protested against the decision on Tuesday.", "2021-06-03", nil},
		{"a capital inside an address is a place", "A suicide bomber blew himself up at a market in Karrada, Baghdad, Iraq, killing at least 80 people.", "2016-07-03",
			[]brief{{"bombing", "carried_out", "", "IQ", "", "market"}}},
		{"suspected as an adjective", "Suspected insurgents attacked a village near Maiduguri on 30 January, killing 65 civilians.", "2015-02-02",
			[]brief{{"armed_attack", "carried_out", "2015-01-30", "NG", "", "village"}}},
		{"denial in an aside", "Moscow, which denies any role, expelled two Estonian diplomats on Friday.", "2021-06-08",
			[]brief{{"expulsion", "carried_out", "2021-06-04", "RU", "RU", "two Estonian diplomats"}}},
		{"two events in one sentence", "The courier was arrested in Belgium, while the diplomat was arrested in Germany.", "2018-07-10",
			[]brief{{"arrest", "carried_out", "", "BE", "BE", "courier"}, {"arrest", "carried_out", "", "DE", "DE", "diplomat"}}},
		{"one event in two sentences", "In May, gunmen shot dead an exiled blogger in Lyon. The killing of the blogger shocked the city.", "2021-09-01",
			[]brief{{"assassination", "carried_out", "2021-05", "FR", "", "exiled blogger"}}},
		{"coordinated responders", "Sweden, Norway and Finland each expelled two Russian diplomats on Monday.", "2022-04-06",
			[]brief{{"expulsion", "carried_out", "2022-04-04", "SE", "SE", "two Russian diplomats"}, {"expulsion", "carried_out", "2022-04-04", "NO", "NO", "two Russian diplomats"}, {"expulsion", "carried_out", "2022-04-04", "FI", "FI", "two Russian diplomats"}}},
		{"relative date carried in the paragraph", "In August, two Chinese agents spied on a Uyghur activist in Munich. Police arrested them soon after.", "2021-11-20",
			[]brief{{"surveillance", "carried_out", "2021-08", "DE", "CN", "Uyghur activist"}, {"arrest", "carried_out", "2021-08", "DE", "DE", "them"}}},
		{"the accused did what they are charged with", "ROME — A Russian military intelligence officer and two accomplices were charged on Monday with plotting to poison a defector.", "2023-05-10",
			[]brief{{"charge", "carried_out", "2023-05-08", "IT", "IT", "two accomplices"}, {"assassination", "planned", "", "", "RU", "defector"}}},
		{"the shooting and the murder of one man are one assassination", "A court in Vienna convicted a Chechen man on Monday of the murder of an exiled blogger in 2020. The court found Adam Bekov guilty of shooting Mamikhan Umarov near Vienna on 4 July 2020.", "2021-11-15",
			[]brief{{"conviction", "carried_out", "2021-11-15", "AT", "AT", "Chechen man"}, {"assassination", "carried_out", "2020-07-04", "AT", "", "Mamikhan Umarov"}}},
		{"a country name inside a longer name", "Rebels ambushed an army patrol in Barangay Trinidad, Negros Oriental, on 3 May 2021.", "2021-05-04",
			[]brief{{"armed_attack", "carried_out", "2021-05-03", "PH", "", "army patrol"}}},
		{"an address ends in its country", "Gunmen attacked a checkpoint in Westphalia, Germany, on 2 March 2022.", "2022-03-04",
			[]brief{{"armed_attack", "carried_out", "2022-03-02", "DE", "", "checkpoint"}}},
		{"a cancelled rally", "On 3 May 2021, organisers cancelled a planned march in Lagos after police warnings.", "2021-05-04", nil},
		{"dismissed reports", "Police in Quetta dismissed reports of a bomb blast at the main bazaar as false.", "2021-05-04", nil},
		{"bomb disposal is no bombing", "Bomb disposal experts examined a bag left at the station in Sfax, Tunisia.", "2019-11-02", nil},
		{"ransomware is a cyberattack", "On 2 March 2021, a ransomware attack shut down the servers of a hospital in Lyon, France.", "2021-03-03",
			[]brief{{"cyberattack", "carried_out", "2021-03-02", "FR", "", ""}}},
		{"a bomb aimed at a named person", "On 4 May 2020, a magnetic bomb attached to the car of judge Amina Rahimi exploded in Herat, killing her.", "2020-05-05",
			[]brief{{"assassination", "carried_out", "2020-05-04", "AF", "", "judge Amina Rahimi"}}},
		{"a crowd attacked is no protest", "A man threw a grenade into a crowd gathered outside a mosque in Cotabato, Philippines, on 2 June 2019.", "2019-06-03",
			[]brief{{"bombing", "carried_out", "2019-06-02", "PH", "", "crowd"}}},
		{"a short report's one country", "On 3 March 2020, gunmen shot dead a village chief in Kawo Dala, Nigeria. On 9 March, police arrested two suspects.", "",
			[]brief{{"assassination", "carried_out", "2020-03-03", "NG", "", "village chief"}, {"arrest", "carried_out", "2020-03-09", "NG", "NG", "two suspects"}}},
		{"a dataset's date field and a device that killed a named official", "2 February 2021: A roadside bomb killed the district governor, Abdul Karim Sadat, and his guard in Ghazni city, Afghanistan.", "",
			[]brief{{"assassination", "carried_out", "2021-02-02", "AF", "", "Abdul Karim Sadat"}}},
		{"a defused device is foiled", "On 2 April 2019, a pipe bomb found beside a road in Yala, Thailand, was defused by an army team.", "2019-04-03",
			[]brief{{"bombing", "foiled", "2019-04-02", "TH", "", ""}}},
		{"gunmen who stop a bus do not foil", "On 28 May 2019, armed men stopped a bus near Gao, Mali, and abducted two passengers.", "2019-05-29",
			[]brief{{"abduction", "carried_out", "2019-05-28", "ML", "", "two passengers"}}},
		{"survivors make an attempt", "On 10 October 2021, a car bomb exploded as the convoy of governor Ahmed Lamlas passed through Aden, Yemen. The governor survived.", "2021-10-11",
			[]brief{{"assassination", "attempted", "2021-10-10", "YE", "", "governor Ahmed Lamlas"}}},
		{"what a blast was aimed at", "A device detonated near a police checkpoint in Kandahar, Afghanistan, on 19 August 2016.", "2016-08-20",
			[]brief{{"bombing", "carried_out", "2016-08-19", "AF", "", "police checkpoint"}}},
		{"the storming is how the abduction was done", "On 11 March 2021, armed bandits stormed a college in Afaka, Nigeria, and abducted 39 students.", "2021-03-12",
			[]brief{{"abduction", "carried_out", "2021-03-11", "NG", "", "39 students"}}},
		{"a landmine", "On 11 October 2021, an army vehicle struck a landmine near Hombori, Mali, killing four soldiers.", "2021-10-12",
			[]brief{{"bombing", "carried_out", "2021-10-11", "ML", "", "four soldiers"}}},
		{"threats for years are no incident", "A friend said the blogger had received threats for years.", "2021-10-12", nil},
		{"a date field beats a holiday", "23 December 2019: A man threw a grenade at a crowd in Cotabato, Philippines, during a Christmas novena.", "2019-12-23",
			[]brief{{"bombing", "carried_out", "2019-12-23", "PH", "", "crowd"}}},
		{"a district of a capital", "A Georgian citizen was shot dead in the Moabit district of Berlin on Friday.", "2019-08-24",
			[]brief{{"assassination", "carried_out", "2019-08-23", "DE", "", "Georgian citizen"}}},
		{"the dateline's town", "KABUL, 3 May (Reuters) - A gunman shot dead a judge on Sunday, Afghan officials said.", "2021-05-03",
			[]brief{{"assassination", "carried_out", "2021-05-02", "AF", "", "judge"}}},
		{"the noun a relative clause hangs on", "A blogger who had long mocked the leader of Chechnya was shot dead in Lille, France, on Saturday.", "2020-07-06",
			[]brief{{"assassination", "carried_out", "2020-07-04", "FR", "", "blogger"}}},
		{"the state served is not the place", "Prosecutors said the exile was killed in Lyon on behalf of the Russian Federation.", "2020-07-06",
			[]brief{{"assassination", "carried_out", "", "FR", "RU", "exile"}}},
		{"a place in an aside about the person", "His girlfriend, Sofia Sapega, a student in Vilnius, was detained in Minsk on 23 May.", "2021-05-25",
			[]brief{{"arrest", "carried_out", "2021-05-23", "BY", "BY", "Sofia Sapega"}}},
		{"the penalty the law allows", "Each count carries a maximum sentence of ten years in prison.", "2021-05-25", nil},
		{"still in detention is no arrest", "His girlfriend is also still in detention.", "2021-05-25", nil},
		{"counted plots spelled out by a verb", "Police have tracked at least 15 plots since the start of 2022 to kill or kidnap people in Britain.", "2023-02-20", nil},
		{"a place in the subject's relative clause", "A blogger who had mocked the leader of Chechnya, Ramzan Kadyrov, was shot dead in Gerasdorf, Austria, on Saturday.", "2020-07-06",
			[]brief{{"assassination", "carried_out", "2020-07-04", "AT", "RU", "blogger"}}},
		{"a protest across a country", "Tens of thousands of people demonstrated across Russia on 31 January.", "2021-02-08",
			[]brief{{"protest", "carried_out", "2021-01-31", "RU", "", ""}}},
		{"an arrest at the scene of a rally", "Police detained hundreds of people at rallies in Moscow on 23 January.", "2021-02-08",
			[]brief{{"arrest", "carried_out", "2021-01-23", "RU", "RU", "hundreds"}}},
		{"the state whose orders", "NEW YORK — Three men were charged on Friday with plotting to kill a journalist in New York on orders that came from Iran.", "2023-01-30",
			[]brief{{"charge", "carried_out", "2023-01-27", "US", "US", "Three men"}, {"assassination", "planned", "", "US", "IR", "journalist"}}},
		{"a record's field lines", "Type: state-based conflict\nDate: 2019-06-03\nLocation: Hombori, Mopti region, Mali\nDeaths: 4\nSummary: Militants ambushed an army patrol, killing four soldiers.", "",
			[]brief{{"armed_attack", "carried_out", "2019-06-03", "ML", "", "army patrol"}}},
		{"relatives summoned", "In October, the brother of the blogger was summoned by the security service in Kulob, Tajikistan, and warned to make him stop writing.", "2023-12-01",
			[]brief{{"intimidation", "carried_out", "2023-10", "TJ", "", "brother of the blogger"}}},
		{"two days after", "Costa Rica recalled its ambassador on Monday, April 15, two days after an exile was shot dead in Moravia, Costa Rica.", "2024-04-16",
			[]brief{{"ambassador_recall", "carried_out", "2024-04-15", "CR", "CR", "its ambassador"}, {"assassination", "carried_out", "2024-04-13", "CR", "", "exile"}}},
		{"a modal governs a list", "Governments can prosecute the agents, expel the diplomats who direct them, and sanction the officials behind them.", "2024-04-16", nil},
		{"a list of kinds", "The term covers the ways states silence critics abroad: killings, kidnappings, threats against relatives and hacking.", "2024-04-16", nil},
		{"a reward for an arrest is no arrest, but a bounty on the people sought", "Police offered rewards for information leading to the arrest of six activists living in Britain.", "2024-04-16",
			[]brief{{"intimidation", "carried_out", "", "GB", "", "six activists"}}},
		{"a definite subject's verb with an object", "The German government expelled two diplomats on Monday.", "2024-10-01",
			[]brief{{"expulsion", "carried_out", "2024-09-30", "DE", "DE", "two diplomats"}}},
		{"a participle describing a definite noun", "The two men arrested in April are accused of spying.", "2024-10-01", nil},
		{"the subject before the verb acts", "In August 2018, after Ottawa criticised the arrests, Saudi Arabia expelled the Canadian ambassador and recalled its own envoy.", "2023-05-01",
			[]brief{{"expulsion", "carried_out", "2018-08", "SA", "SA", "Canadian ambassador"}, {"ambassador_recall", "carried_out", "2018-08", "SA", "SA", "its own envoy"}}},
		{"a definite event with a date of its own", "The decision follows the arrest by police on September 19, 2024, of two people in Richmond, Canada.", "2024-10-01",
			[]brief{{"arrest", "carried_out", "2024-09-19", "CA", "CA", "two people"}}},
		{"a passive subject qualified by phrases", "Two Turkish teachers with refugee status in Tanzania were seized from their homes in Dar es Salaam on 10 July.", "2024-07-17",
			[]brief{{"abduction", "carried_out", "2024-07-10", "TZ", "", "Two Turkish teachers"}}},
		{"jailed on charges is held", "The two men have been jailed on terrorism charges in Ankara, Turkey.", "2024-07-17",
			[]brief{{"arrest", "carried_out", "", "TR", "TR", "two men"}}},
		{"the name in an apposition; to this day", "In March 2015 the leader of the movement, Umarali Kuvvatov, was shot dead in Istanbul, and his supporters to this day blame Dushanbe.", "2023-11-20",
			[]brief{{"assassination", "carried_out", "2015-03", "TR", "TJ", "Umarali Kuvvatov"}}},
		{"found killed", "In January 2020, a blogger was found killed by knife stabs in a hotel room in Lille.", "2024-01-15",
			[]brief{{"assassination", "carried_out", "2020-01", "FR", "", "blogger"}}},
		{"followed and tracked", "In February he was being followed in Maputo, Mozambique, by a car registered to the Rwandan embassy.", "2024-06-01",
			[]brief{{"surveillance", "carried_out", "2024-02", "MZ", "", "he"}}},
		{"a fear of being watched", "He believed he was being watched in Vienna.", "2024-06-01", nil},
		{"relatives taken for questioning", "On Friday, officers took Ho's mother and sister from their flat in Sha Tin for questioning.", "2024-11-23",
			[]brief{{"intimidation", "carried_out", "2024-11-22", "HK", "HK", "Ho's mother"}}},
		{"a date after a coordinated verb", "The suspect was arrested in Liège on 11 January and handed over to France in early February.", "2024-06-01",
			[]brief{{"arrest", "carried_out", "2024-01-11", "BE", "BE", "suspect"}, {"extradition", "carried_out", "2024-02", "BE", "BE", "suspect"}}},
		{"a generic noun before a modal", "Convictions can lead to life imprisonment.", "2024-06-01", nil},
		{"a court's town", "On Tuesday an Ankara court charged the two teachers with membership of a terrorist group.", "2024-07-17",
			[]brief{{"charge", "carried_out", "2024-07-16", "TR", "TR", "two teachers"}}},
		{"a place named as the text names it", "Two teenagers were arrested in Gothenburg, Sweden, in May 2024.", "2024-07-17",
			[]brief{{"arrest", "carried_out", "2024-05", "SE", "SE", "Two teenagers"}}},
		{"he, described the sentence before", "A 20-year-old Syrian man planned to drive a truck into a Christmas market in Hamburg. He was arrested in Hamburg, Germany, in September.", "2023-12-12",
			[]brief{{"armed_attack", "planned", "", "DE", "", "Christmas market"}, {"arrest", "carried_out", "2023-09", "DE", "DE", "20-year-old Syrian man"}}},
		{"what the device struck", "On 12 September 2016 a roadside bomb struck a military vehicle near Lice, Turkey.", "2016-09-13",
			[]brief{{"bombing", "carried_out", "2016-09-12", "TR", "", "military vehicle"}}},
		{"the name opening the sentence; a date in an aside", "Sok Vannak, 45, a party member who has lived in Thailand since 2018, was shot twice in Bangkok on Wednesday night.", "2024-11-29",
			[]brief{{"armed_attack", "carried_out", "2024-11-27", "TH", "", "Sok Vannak"}}},
		{"an office's verb with a pronoun object", "The Federal Prosecutor's Office indicted them in March.", "2024-11-29",
			[]brief{{"charge", "carried_out", "2024-03", "DE", "DE", "them"}}},
		{"forced into a car", "His family says he was forced into a car by armed men outside his shop in Maputo, Mozambique, on May 18.", "2024-06-01",
			[]brief{{"abduction", "carried_out", "2024-05-18", "MZ", "", "he"}}},
		{"a region of a country, not the dateline's town", "LAGOS, June 12 (AP) - Gunmen kidnapped 20 students from a school in northwestern Nigeria overnight, police said on Friday.", "2021-06-12",
			[]brief{{"abduction", "carried_out", "", "NG", "", "20 students"}}},
		{"a claim after an aside; the Somali capital", "A suicide car bomb exploded outside a restaurant in the Somali capital on Saturday. Al Shabaab, which is fighting the government, claimed responsibility.", "2024-03-11",
			[]brief{{"bombing", "carried_out", "2024-03-09", "SO", "", "restaurant"}}},
		{"a police raid is no attack", "Security forces later arrested three suspects in a raid on a house in Peshawar, Pakistan.", "2024-03-11",
			[]brief{{"arrest", "carried_out", "", "PK", "PK", "three suspects"}}},
		{"followed him home", "In January two men followed him home in Brussels, Belgium.", "2024-03-14",
			[]brief{{"surveillance", "carried_out", "2024-01", "BE", "", "him"}}},
		{"he is not the speaker who says so", "Paul Mugenzi was arrested in Kigali, Rwanda, on Monday. His daughter, Alice Mugenzi, wrote that he had been kidnapped in Dubai.", "2020-09-03",
			[]brief{{"arrest", "carried_out", "2020-08-31", "RW", "RW", "Paul Mugenzi"}, {"abduction", "carried_out", "", "AE", "", "Paul Mugenzi"}}},
		{"an unnamed ministry acts for the state that acted last", "Norway ordered Iran's consul in Oslo to leave the country on Monday. The Ministry of Foreign Affairs declared the consul persona non grata on Wednesday.", "2024-09-12",
			[]brief{{"expulsion", "carried_out", "2024-09-09", "NO", "NO", "Iran's consul"}, {"expulsion", "carried_out", "2024-09-11", "NO", "NO", "consul"}}},
		{"the place a where-clause hangs on, and whom its 'him' means", "In November 2022, Kazakh authorities handed a journalist over to Uzbekistan, where a court sentenced him the following year.", "2024-03-01",
			[]brief{{"extradition", "carried_out", "2022-11", "KZ", "KZ", "journalist"}, {"conviction", "carried_out", "2023", "UZ", "UZ", "journalist"}}},
		{"a trial that is a verdict's setting", "In July 2024, a court in Abu Dhabi sentenced 43 people to life imprisonment in a mass trial.", "2024-08-01",
			[]brief{{"conviction", "carried_out", "2024-07", "AE", "AE", "43 people"}}},
		{"a bounty is set where its issuer sits", "In December 2023, Hong Kong police put a bounty on five activists living in Canada and Britain.", "2024-07-01",
			[]brief{{"intimidation", "carried_out", "2023-12", "HK", "HK", "five activists"}}},
		{"a place elsewhere in the sentence; a name the gazetteer lacks before its address", "On 28 May 2019, armed men stopped a bus near Kaigourou (Ansongo, Gao), Mali, and held its passengers hostage.", "2019-06-01",
			[]brief{{"abduction", "carried_out", "2019-05-28", "ML", "", "its passengers hostage"}}},
		{"killed in an attack: the killers attacked", "Boko Haram insurgents killed at least 12 farmers in an attack on a village near Maiduguri, Nigeria, on Sunday.", "2024-02-09",
			[]brief{{"armed_attack", "carried_out", "2024-02-04", "NG", "", "at least 12 farmers"}}},
		{"a tally since a year", "The group has kidnapped hundreds of people in Borno state, Nigeria, since 2014.", "2024-02-09", nil},
		{"a destination is not where an abduction happened", "Agents seized the blogger in Kyiv on 3 June and flew him back to Minsk.", "2023-06-10",
			[]brief{{"abduction", "carried_out", "2023-06-03", "UA", "", "blogger"}}},
		{"a participle as an adjective tells no event", "The wife of a jailed Uyghur academic spoke to reporters in Istanbul on Monday.", "2023-06-10", nil},
		{"threats made against a named person are no bare plural", "Police in Oslo are investigating threats made against the activist Lina Karimi in May.", "2023-06-10",
			[]brief{{"intimidation", "carried_out", "2023-05", "NO", "", "activist Lina Karimi"}}},
		{"the car of a person is the target", "On 4 March, unknown men set fire to the car of exiled opposition member Tomas Vaitkus in Riga, Latvia.", "2023-06-10",
			[]brief{{"armed_attack", "carried_out", "2023-03-04", "LV", "", "car of exiled opposition member Tomas Vaitkus"}}},
		{"a pronoun follows the story's subject, not the last name said", "Ilya Morozov reached Vilnius by bus. He stabbed Pavel Lenski outside a cafe in Vilnius. He was arrested at the station an hour later.", "2023-06-10",
			[]brief{{"armed_attack", "carried_out", "", "LT", "", "Pavel Lenski"}, {"arrest", "carried_out", "", "LT", "LT", "Ilya Morozov"}}},
		{"they are the people the sentence before opened with", "The three couriers were detained in Antwerp on 2 July. Prosecutors charged them in September.", "2023-10-10",
			[]brief{{"arrest", "carried_out", "2023-07-02", "BE", "BE", "three couriers"}, {"charge", "carried_out", "2023-09", "BE", "BE", "three couriers"}}},
		{"whom a state placed under sanctions", "In March 2023, Canada placed four Iranian prison officials under sanctions.", "2023-10-10",
			[]brief{{"sanction", "carried_out", "2023-03", "CA", "CA", "four Iranian prison officials"}}},
		{"a pronoun the report names later", "Police in Oslo detained him on 3 May outside the offices of an exile radio station. He was later named as Arman Qasimov, 41.", "2023-10-10",
			[]brief{{"arrest", "carried_out", "2023-05-03", "NO", "NO", "Arman Qasimov"}}},
		{"them: the people the sentence opens with", "The three men who set the fire were tried by a court in Ghent, which sentenced them to four years in May.", "2023-10-10",
			[]brief{{"conviction", "carried_out", "2023-05", "BE", "BE", "three men"}}},
		{"an irregular participle shares the passive before it", "Nour Aziz was arrested in Germany and sent to Belgium for trial.", "2020-01-01",
			[]brief{{"arrest", "carried_out", "", "DE", "DE", "Nour Aziz"}, {"extradition", "carried_out", "", "DE", "DE", "Nour Aziz"}}},
		{"ties cut with a state", "On Monday Lithuania suspended all high-level contacts with Minsk.", "2021-06-10",
			[]brief{{"ambassador_recall", "carried_out", "2021-06-07", "LT", "LT", "Minsk"}}},
		{"a chain of pronouns leads back to the person it starts from; a surname cut to its initial", "A court in Riga convicted Ivan P., 40, of spying. Under Latvian privacy rules his surname was not published.\n\nProsecutors said he had watched exiles in Riga for a year. He was detained in May 2023.", "2024-01-01",
			[]brief{{"conviction", "carried_out", "", "LV", "LV", "Ivan P."}, {"arrest", "carried_out", "2023-05", "LV", "LV", "Ivan P."}}},
		{"a headline drops the be-form of its passive", "Two couriers jailed in Ghent for plot against exiled poet\n\nThe court said the men had been paid by a foreign intelligence service.", "2023-03-20",
			[]brief{{"conviction", "carried_out", "", "BE", "BE", "Two couriers"}}},
		{"a record's date standing alone before its sentence", "10 February 2020. Rebels killed 8 villagers with machetes in Mbau, Beni territory, DR Congo.", "2020-02-12",
			[]brief{{"armed_attack", "carried_out", "2020-02-10", "CD", "", "8 villagers"}}},
		{"shot and killed: an active 'shot' does not swallow the killing", "On 5 March 2021, gunmen shot and killed a local councillor in Goma.", "2021-03-10",
			[]brief{{"assassination", "carried_out", "2021-03-05", "CD", "", "local councillor"}}},
		{"a group of people is the target, not the group", "On 10 June 2014, gunmen opened fire on a group of worshippers in Kano, Nigeria.", "2014-06-12",
			[]brief{{"armed_attack", "carried_out", "2014-06-10", "NG", "", "group of worshippers"}}},
		{"hackers disrupting a ministry's website", "On 31 October 2018, hackers disrupted the website of the Ministry of Finance in Kyiv, Ukraine.", "2018-11-02",
			[]brief{{"cyberattack", "carried_out", "2018-10-31", "UA", "", "Ministry of Finance"}}},
		{"the host state that reports an attack on its soil is not behind it", "LONDON, Nov 14 - British police on Tuesday charged a man who had been filming the offices of an exile TV channel in London. Britain has protested to Iran over threats to the channel.", "2023-11-14",
			[]brief{{"charge", "carried_out", "2023-11-14", "GB", "GB", "man"}, {"surveillance", "carried_out", "2023-11-14", "GB", "", "exile TV channel"}}},
		{"he: the person the sentence opens with", "On 2 May 2021, a man armed with an axe attacked a priest outside a church in Nice, France, before he was detained by police.", "2021-05-05",
			[]brief{{"armed_attack", "carried_out", "2021-05-02", "FR", "", "priest"}, {"arrest", "carried_out", "2021-05-02", "FR", "FR", "man"}}},
		{"he: past an opening 'according to', the person the chain starts from", "On 3 March, prosecutors charged a 19-year-old Afghan man in Vienna. According to the charge sheet, he had planned to attack a synagogue. He was arrested in January.", "2024-03-10",
			[]brief{{"charge", "carried_out", "2024-03-03", "AT", "AT", "19-year-old Afghan man"}, {"armed_attack", "planned", "", "AT", "", "synagogue"}, {"arrest", "carried_out", "2024-01", "", "", "19-year-old Afghan man"}}},
		{"luring leads up to the killing the where-clause tells, done by the main clause's agents", "In October, Saudi agents lured the dissident to the consulate in Istanbul, where he was killed.", "2024-06-20",
			[]brief{{"assassination", "carried_out", "2023-10", "TR", "SA", "dissident"}}},
		{"authorities in a town arrest there; a date after a coordinated verb is that verb's", "On 3 May, authorities in Dubai arrested the Uzbek blogger and flew him home two days later.", "2024-06-20",
			[]brief{{"arrest", "carried_out", "2024-05-03", "AE", "AE", "Uzbek blogger"}}},
		{"a date after a coordinated verb dates that verb, not the trigger before it", "On 3 May police in Almaty detained the activist. Authorities in Dubai arrested his brother and flew him home two days later.", "2024-06-20",
			[]brief{{"arrest", "carried_out", "2024-05-03", "KZ", "KZ", "activist"}, {"arrest", "carried_out", "2024-05-03", "AE", "AE", "his brother"}}},
		{"a place's own police, named bare, act for its state", "Last year the journalist Arshad Sharif was shot dead by police at a roadblock outside Nairobi. Turkish agents had followed him in Dubai.", "2024-06-20",
			[]brief{{"assassination", "carried_out", "2023", "KE", "KE", "journalist Arshad Sharif"}, {"surveillance", "carried_out", "", "AE", "TR", "Arshad Sharif"}}},
		{"a mission's staff act for its state", "Eritrean embassy staff in Stockholm photographed refugees at a festival in July.", "2024-08-20",
			[]brief{{"surveillance", "carried_out", "2024-07", "SE", "ER", "refugees"}}},
		{"a verb after 'the embassy' with a bare plural object is the sentence's own, not a participle", "Staff of the Eritrean embassy photographed refugees at a festival in Oslo in July.", "2024-08-20",
			[]brief{{"surveillance", "carried_out", "2024-07", "NO", "ER", "refugees"}}},
		{"a phone's owner is the target", "The phone of an exiled activist was infected with Pegasus spyware in 2021.", "2024-06-20",
			[]brief{{"cyberattack", "carried_out", "2021", "", "", "exiled activist"}}},
		{"a device's owner is the target: a possessive pronoun, 'of' inside the phrase, past a participle", "Two Egyptian activists in Berlin say their phones were hacked in March 2022. The phone of a Saudi dissident living in Montreal was infected with spyware in June 2018.", "2023-05-10",
			[]brief{{"cyberattack", "carried_out", "2022-03", "DE", "", "Two Egyptian activists"}, {"cyberattack", "carried_out", "2018-06", "CA", "", "Saudi dissident"}}},
		{"breaking into an account targets its owner", "Hackers working for the Iranian government broke into the email account of a London-based journalist in 2020.", "2023-05-10",
			[]brief{{"cyberattack", "carried_out", "2020", "", "IR", "London-based journalist"}}},
		{"an operator linked to a government acts for it", "In June 2019, the laptop of a Togolese priest was hacked by an operator that researchers linked to the government of Togo.", "2023-05-10",
			[]brief{{"cyberattack", "carried_out", "2019-06", "", "TG", "Togolese priest"}}},
		{"shot and wounded: an armed attack told in the active voice", "Two gunmen shot and wounded an exiled Chechen blogger in Lille on Sunday.", "2024-09-03",
			[]brief{{"armed_attack", "carried_out", "2024-09-01", "FR", "", "exiled Chechen blogger"}}},
		{"a victim who speaks of 'him' means himself; his relative does not", "An Uyghur activist said men followed him through Istanbul in August. His daughter said he had been followed in Izmir in May.", "2024-09-03",
			[]brief{{"surveillance", "carried_out", "2024-08", "TR", "", "Uyghur activist"}, {"surveillance", "carried_out", "2024-05", "TR", "", "Uyghur activist"}}},
		{"police who report a threat in their town are its speaker, not its sender", "Police in Toronto said a Sikh community leader had received death threats in February.", "2024-09-03",
			[]brief{{"intimidation", "carried_out", "2024-02", "CA", "", "Sikh community leader"}}},
		{"a bomb set off by fighters under a vehicle targets the vehicle", "On 4 May 2020, militants triggered a roadside bomb under a truck carrying soldiers near Gao, Mali.", "2020-05-06",
			[]brief{{"bombing", "carried_out", "2020-05-04", "ML", "", "truck"}}},
		{"a bare title joined to a name is that named person", "On 2 June 2021, gunmen killed community leader and teacher Maria Lopez Cruz near Tumaco, Colombia.", "2021-06-04",
			[]brief{{"assassination", "carried_out", "2021-06-02", "CO", "", "community leader and teacher Maria Lopez Cruz"}}},
		{"a bare count is what the sentence counted before", "On 3 March 2020, gunmen stopped a minibus carrying four engineers near Maiduguri, Nigeria, and kidnapped all four along with their guard.", "2020-03-05",
			[]brief{{"abduction", "carried_out", "2020-03-03", "NG", "", "four engineers"}}},
		{"a critic of a named president is one person, not a group", "A critic of President Paul Kagame was shot dead outside his home in Maputo on Monday.", "2023-03-22",
			[]brief{{"assassination", "carried_out", "2023-03-20", "MZ", "", "critic of President Paul Kagame"}}},
		{"two descriptions joined before a singular verb are one person", "A Tajik businessman and outspoken critic of the government was stabbed to death in Istanbul on Monday.", "2023-03-22",
			[]brief{{"assassination", "carried_out", "2023-03-20", "TR", "", "Tajik businessman and outspoken critic of the government"}}},
		{"one member of a group is one person, whose killing is an assassination", "Gunmen killed a senior member of the MEK in Tirana on Monday. Men on a motorbike shot dead a supporter of the Free Syrian Army in Gaziantep on Tuesday.", "2023-03-22",
			[]brief{{"assassination", "carried_out", "2023-03-20", "AL", "", "senior member of the MEK"}, {"assassination", "carried_out", "2023-03-21", "TR", "", "supporter of the Free Syrian Army"}}},
		{"'him' after a coordinated verb is the one the first verb acted on, and a gerund's date is not the later verb's", "A court in Paris on Thursday convicted an Algerian man of stabbing a blogger in 2021 and sentenced him to 12 years in prison.", "2023-03-20",
			[]brief{{"conviction", "carried_out", "2023-03-16", "FR", "FR", "Algerian man"}, {"armed_attack", "carried_out", "2021", "", "", "blogger"}}},
		{"a year before an event noun dates it; protests someone fled after are background", "The June 2021 rally in Hong Kong drew thousands. The activist, who fled Hong Kong after the 2020 protests, was followed in London in May.", "2023-09-01",
			[]brief{{"protest", "carried_out", "2021-06", "HK", "", ""}, {"surveillance", "carried_out", "2023-05", "GB", "", "activist"}}},
		{"'also' tells a further act of the same kind", "The Treasury imposed sanctions on three Iranian intelligence officers in May. The State Department also imposed visa restrictions on 12 Iranian officials.", "2024-06-20",
			[]brief{{"sanction", "carried_out", "2024-05", "US", "US", "three Iranian intelligence officers"}, {"sanction", "carried_out", "2024-05", "US", "US", "12 Iranian officials"}}},
		{"a victim on board: the noun before a prepositional phrase; 'was also detained' adds to the arrest before", "A dissident journalist on board was arrested in Minsk on Sunday. His girlfriend was also detained.", "2021-05-25",
			[]brief{{"arrest", "carried_out", "2021-05-23", "BY", "BY", "dissident journalist"}}},
		{"a subordinate clause's refusal does not negate the main clause", "Two men approached the exile in Stockholm in May. When he refused, they threatened his sister in Tashkent.", "2024-06-20",
			[]brief{{"intimidation", "carried_out", "2024-05", "UZ", "", "his sister"}}},
		{"a pronoun after a warning is whom the warning was for; two verbs share their object", "In 2022, British police told two of its presenters that there were credible plots to kidnap or kill them.", "2024-06-20",
			[]brief{{"abduction", "planned", "2022", "", "", "two of its presenters"}, {"assassination", "planned", "2022", "", "", "two of its presenters"}}},
		{"a name in apposition after a town; a speaker named with a victim's title who speaks of 'he'", "In October, an Egyptian student in Berlin, Yasser Hamdy, was attacked by three men. On Monday, Pakistani journalist Omar Goraya, who lives in the Netherlands, said he was assaulted outside his home in Rotterdam in May.", "2024-06-20",
			[]brief{{"armed_attack", "carried_out", "2023-10", "DE", "", "Yasser Hamdy"}, {"armed_attack", "carried_out", "2024-05", "NL", "", "Pakistani journalist Omar Goraya"}}},
		{"who hired the killers is no plan, and a state after 'by' is no place", "Prosecutors say a network hired by Iran murdered an electrician in Almere in 2015.", "2024-06-20",
			[]brief{{"assassination", "carried_out", "2015", "NL", "IR", "electrician"}}},
		{"setting a car on fire; 'to capture or kill' is a plot; a gerund's date after a conviction is the gerund's; expelled from a state", "The activist's car was set on fire outside her home in Paris in January.\n\nThe crown prince approved an operation to capture or kill the columnist.\n\nTwo men were convicted in Vienna of murdering a blogger in 2020.\n\nAn Eritrean consul was expelled from Norway in 2024.", "2024-06-20",
			[]brief{{"armed_attack", "carried_out", "2024-01", "FR", "", "activist"}, {"assassination", "planned", "", "", "", "columnist"}, {"conviction", "carried_out", "", "AT", "AT", "Two men"}, {"assassination", "carried_out", "2020", "", "", "blogger"}, {"expulsion", "carried_out", "2024", "NO", "NO", "Eritrean consul"}}},
		{"the noun a 'whose' clause hangs on is the passive's subject", "The plane landed in Kigali, where the hotelier whose story inspired a film was arrested in August 2020.", "2024-06-20",
			[]brief{{"arrest", "carried_out", "2020-08", "RW", "RW", "hotelier"}}},
		{"taken by armed men is an abduction; the disappearance of a named person too", "A Thai activist living in exile in Laos has been missing since Sunday, when he was taken by armed men from a market in Vientiane.\n\nRights groups condemned the disappearance of Somchai Phet in Phnom Penh in 2019.", "2020-06-10",
			[]brief{{"abduction", "carried_out", "2020-06-07", "LA", "", "Thai activist"}, {"abduction", "carried_out", "2019", "KH", "", "Somchai Phet"}}},
		{"a date in an aside set off by commas is not the event's; a count after a dateline names no one; an unlisted neighbourhood may lie in the town", "DAR ES SALAAM, July 17 - Two Turkish teachers were seized in Dar es Salaam last week. Omer Kaya, 44, and Ali Demir, 39, who taught at a school until it was closed in 2017, were taken by men in plain clothes in the Mikocheni neighbourhood on Friday.", "2018-07-17",
			[]brief{{"abduction", "carried_out", "2018-07-13", "TZ", "", "Omer Kaya"}}},
		{"the authority that reports a passive response made it; media only report", "Five of the defendants were arrested on Wednesday, the Justice Department said. The teacher was sentenced in absentia to 15 years in July, state media reported.", "2024-09-20",
			[]brief{{"arrest", "carried_out", "2024-09-18", "US", "US", "defendants"}, {"conviction", "carried_out", "2024-07", "", "", "teacher"}}},
		{"a network 'led by' someone ends before the participle", "The UK sanctioned eight members of an Iranian criminal network led by Naji Zindashti on Monday.", "2024-06-20",
			[]brief{{"sanction", "carried_out", "2024-06-17", "GB", "GB", "eight members of an Iranian criminal network"}}},
		{"who found a tracker did not plant it", "Investigators had found a GPS tracker on the activist's car in Melbourne in May.", "2024-09-20",
			[]brief{{"surveillance", "carried_out", "2024-05", "AU", "", "activist"}}},
		{"the noun before a participle clause ('linked to', 'suspected of') is the passive's subject", "Three men linked to a criminal network were charged with murder in May. Two men suspected of spying for Iran were arrested in Berlin in June.", "2024-09-20",
			[]brief{{"charge", "carried_out", "2024-05", "", "", "Three men"}, {"surveillance", "carried_out", "", "IR", "IR", ""}, {"arrest", "carried_out", "2024-06", "DE", "DE", "Two men"}}},
		{"a dash joins a compound name", "On 28 January 2019, rebels detonated explosive charges on the Caño Limón–Coveñas oil pipeline near Saravena, Colombia.", "2019-01-30",
			[]brief{{"bombing", "carried_out", "2019-01-28", "CO", "", "Caño Limón–Coveñas oil pipeline"}}},
		{"a pronoun nothing nearer resolves is the person the article keeps naming", "Le Van Minh ran a popular blog from Bangkok. Friends said Le Van Minh had received threats. Rights groups accused Hanoi of abducting him in August.", "2024-09-20",
			[]brief{{"intimidation", "carried_out", "", "", "", "Le Van Minh"}, {"abduction", "carried_out", "2024-08", "", "VN", "Le Van Minh"}}},
		{"'what it called the detention' names a detention; 'called for the arrest' asks for one", "France protested against what it called the arbitrary detention of two French citizens in Tehran. Exiles called for the arrest of the consul in Paris.", "2023-03-03",
			[]brief{{"arrest", "carried_out", "", "IR", "IR", "two French citizens"}}},
		{"a town after 'in' is where someone works, not the state they work for", "Police are investigating threats made against journalists working for Persian-language media in London in January.", "2023-03-03",
			[]brief{{"intimidation", "carried_out", "2023-01", "GB", "", "journalists"}}},
		{"a state that will respond has announced it", "STOCKHOLM, Sept 12 - Sweden will expel a Chinese journalist who gathered information about Uyghurs, the security service said on Tuesday.", "2023-09-12",
			[]brief{{"expulsion", "carried_out", "2023-09-12", "SE", "SE", "Chinese journalist"}}},
		{"a Molotov cocktail thrown at a home is an arson attack on the home, not on the bottle", "A masked man threw a Molotov cocktail at the home of a Cambodian opposition activist in Bangkok on Monday.", "2024-06-20",
			[]brief{{"armed_attack", "carried_out", "2024-06-17", "TH", "", "home of a Cambodian opposition activist"}}},
		{"a dateline in mixed case; relatives made to record a video are its target, not the video, and are not where the report is filed", "Douai, 13 June 2025 — The assize court on Thursday sentenced Ruslan Dakaev to twenty years in prison. In May his father and two brothers were taken to a police station and made to record a video.", "2025-06-13",
			[]brief{{"conviction", "carried_out", "2025-06-12", "FR", "FR", "Ruslan Dakaev"}, {"intimidation", "carried_out", "2025-05", "", "", "two brothers"}}},
		{"a relative clause after a response dates its own deed; a detention centre is a place", "Police charged two men with the abduction of an activist who was snatched from a street in Nairobi in October and found in a detention centre in Khartoum.", "2023-11-14",
			[]brief{{"charge", "carried_out", "", "", "", "two men"}, {"abduction", "carried_out", "2023-10", "KE", "", "activist"}}},
		{"an exile warned by a state's agents is intimidated; a neighbour warned by police is not", "The activist was warned by Chinese police in May to stop posting. A neighbour was warned by police to keep the noise down.", "2024-06-20",
			[]brief{{"intimidation", "carried_out", "2024-05", "", "CN", "activist"}}},
		{"a victim who speaks may name the attackers before 'him'", "Pakistani blogger Omar Goraya said two men attacked him outside his home in Rotterdam on Saturday.", "2024-06-20",
			[]brief{{"armed_attack", "carried_out", "2024-06-15", "NL", "", "Pakistani blogger Omar Goraya"}}},
		{"'their assets' are the people's the sentence named before", "In April the government put 15 exiled activists on its terrorism list, freezing their assets.", "2024-06-20",
			[]brief{{"sanction", "carried_out", "2024-04", "", "", "15 exiled activists"}}},
		{"a flight to a town is where the killer went, not where the deed was; 'since 2011' dates no later sentence; a hammer attack survived", "A Chechen blogger was found shot dead in his car in Lille on Wednesday.\n\nImran Aliev had been living in France since 2011. Investigators believe he was killed by a man who left the country on a flight to Moscow hours later.\n\nIn 2020, another Chechen blogger, Tumso Abdurakhmanov, survived a hammer attack in Sweden.", "2019-01-31",
			[]brief{{"assassination", "carried_out", "2019-01-30", "FR", "", "Chechen blogger"}, {"assassination", "attempted", "2020", "SE", "", "Tumso Abdurakhmanov"}}},
		{"a bounty put on exiles; relatives taken in for questioning", "Hong Kong police put bounties on eight activists living abroad on Monday. In March, officers took in relatives of two of the activists for questioning.", "2023-07-05",
			[]brief{{"intimidation", "carried_out", "2023-07-03", "HK", "HK", "eight activists"}, {"intimidation", "carried_out", "2023-03", "HK", "HK", "relatives"}}},
		{"a verb's spelling inside a name is part of the name", "Omar Said's phone was infected with Pegasus spyware in 2021. A court sentenced the exiled journalist Can Ozturk in absentia.", "2024-06-20",
			[]brief{{"cyberattack", "carried_out", "2021", "", "", "Omar Said"}, {"conviction", "carried_out", "2021", "", "", "exiled journalist Can Ozturk"}}},
		{"a verb with no finite verb after it is the sentence's own, not a reduced relative", "On 3 April 2021, around 200 supporters of the opposition protested in Lahore against rising prices.", "2021-04-05",
			[]brief{{"protest", "carried_out", "2021-04-03", "PK", "", ""}}},
		{"security forces firing live ammunition at demonstrators", "On 10 December 2019, security forces fired live ammunition at demonstrators in Nasiriyah, Iraq, killing 3.", "2019-12-12",
			[]brief{{"armed_attack", "carried_out", "2019-12-10", "IQ", "IQ", "demonstrators"}}},
		{"a police station is no surveillance unless it is a covert one abroad; the compound of a building is the building's", "On 29 August 2022, unknown persons threw a grenade into the compound of a police station in Jalalabad, Afghanistan.", "2022-09-01",
			[]brief{{"bombing", "carried_out", "2022-08-29", "AF", "", "compound of a police station"}}},
		{"a state's covert police station abroad is surveillance", "From early 2022 an undeclared Chinese police station operated in an office building in Manhattan.", "2023-04-20",
			[]brief{{"surveillance", "carried_out", "2022", "US", "CN", ""}}},
		{"them: the pair the sentence named; one responder for two verbs", "In May, police in Oslo arrested a Bergen man and a Trondheim woman and later charged them.", "2024-08-20",
			[]brief{{"arrest", "carried_out", "2024-05", "NO", "NO", "Bergen man"}, {"charge", "carried_out", "2024-05", "NO", "NO", "Bergen man and a Trondheim woman"}}},
		{"a group named by whom it is of is no one by name", "Prosecutors charged a man with spying on Kurdish exiles in Cologne on behalf of Turkey. In 2021 a court in Duesseldorf convicted a man of spying on critics of President Recep Erdogan.", "2025-05-06",
			[]brief{{"charge", "carried_out", "", "", "", "man"}, {"surveillance", "carried_out", "", "DE", "TR", "Kurdish exiles"}, {"conviction", "carried_out", "2021", "DE", "DE", "man"}}},
		{"', who' after an apposition refers to the name the apposition describes", "We fear for the safety of Paul Habineza, a Rwandan journalist and refugee, who was abducted in Maputo on Saturday.", "2024-05-20",
			[]brief{{"abduction", "carried_out", "2024-05-18", "MZ", "", "Paul Habineza"}}},
		{"an institution's plural name is no person", "Omar Haddad fled to Amman in 2023. The request cited an accord of Arab Interior Ministers. The court approved his extradition in May.", "2024-06-20",
			[]brief{{"extradition", "carried_out", "2024-05", "", "", "Omar Haddad"}}},
		{"a heading heads the section after it, not the event before it", "Five cases\n\nKidnapped in a park\n\nIn July 2017 agents seized the exile Tran Van Long in a park and took him to Vietnam.\n\nLured to Iraq\n\nIn 2019 agents lured the journalist Ali Rezai to Baghdad.", "2022-03-01",
			[]brief{{"abduction", "carried_out", "2017-07", "", "VN", "exile Tran Van Long"}, {"abduction", "carried_out", "2019", "IQ", "", "journalist Ali Rezai"}}},
		{"visa restrictions are sanctions", "On Friday Washington imposed visa restrictions on 76 Saudi officials.", "2024-06-20",
			[]brief{{"sanction", "carried_out", "2024-06-14", "US", "US", "76 Saudi officials"}}},
		{"an acid attack", "Two men on a motorcycle threw acid at the activist Leila Haidari in Kabul on 3 April.", "2024-06-20",
			[]brief{{"armed_attack", "carried_out", "2024-04-03", "AF", "", "activist Leila Haidari"}}},
		{"a pattern of intimidation is no event", "The foreign office has complained about a pattern of intimidation by Chinese officials.", "2023-11-14", nil},
		{"a kind of attack named in a charge is no event", "Police charged a man with gathering information for a terrorist attack.", "2023-11-14",
			[]brief{{"charge", "carried_out", "", "", "", "man"}}},
		{"a speaker named without a title means himself by 'he', past a long list of those he told", "Farid Askerov had told neighbours and, in two online posts, his readers that he was receiving threats. Interior Minister Anna Berg said he had been shot in Graz.", "2024-06-20",
			[]brief{{"intimidation", "carried_out", "", "", "", "Farid Askerov"}, {"armed_attack", "carried_out", "", "AT", "", "Farid Askerov"}}},
		{"who found a bomb under his car owns the car; who planted it does not; filming a named person's home targets that person", "On 3 May, an off-duty officer of the city police (CP) found an explosive device under his car in Belfast.\n\nUnknown men planted a bomb under his car in Omagh on 9 May.\n\nTwo men were paid to photograph and film Leyla Nasseri's home in Queens in June.", "2024-06-20",
			[]brief{{"bombing", "carried_out", "2024-05-03", "GB", "", "off-duty officer"}, {"bombing", "carried_out", "2024-05-09", "GB", "", "his car"}, {"surveillance", "carried_out", "2024-06", "US", "", "Leyla Nasseri"}}},
		{"a second participle shares the first one's subject past a possessive", "The two men were arrested in raids in the eastern suburb of Dandenong and in the town's centre on Monday and charged on Tuesday with murder.", "2024-06-20",
			[]brief{{"arrest", "carried_out", "2024-06-17", "", "", "two men"}, {"charge", "carried_out", "2024-06-18", "", "", "two men"}}},
		{"the subject of a passive a noun completes is its target", "Police in Cairo arrested the father of the blogger Hossam Adel on Monday. In April, his email account was targeted with phishing messages.", "2024-06-20",
			[]brief{{"arrest", "carried_out", "2024-06-17", "EG", "EG", "father"}, {"cyberattack", "carried_out", "2024-04", "EG", "", "Hossam Adel"}}},
		{"two verbs share an object; a name after 'near' is a place, not whom 'he' means", "Norway said embassy staff had been spying on and pressuring Somali refugees in Oslo.\n\nGunmen shot dead community leader Ali Reza near El Dorado (Meta), Colombia, on 4 May. His brother said he had received threats for months.", "2024-06-20",
			[]brief{{"surveillance", "carried_out", "", "NO", "", "Somali refugees"}, {"assassination", "carried_out", "2024-05-04", "CO", "", "community leader Ali Reza"}, {"intimidation", "carried_out", "", "CO", "", "Ali Reza"}}},
		{"a police warning of danger protects, it does not intimidate", "A Sikh activist in Surrey was warned by the Royal Canadian Mounted Police last month that his life was in danger.", "2024-06-20", nil},
		{"an accusation of following someone is surveillance; a detention with no one named is the subject's own; 'them' after an authority's arrests are those arrested", "Moninder Gill, a prominent Sikh campaigner, has accused Indian agents of following him.\n\nPolice arrested the blogger Kato Mugisha at his home in Kampala on Sunday. He had been tortured during an earlier detention in 2022.\n\nTurkish police later detained eleven people in Istanbul. Prosecutors charged them on Friday with espionage.", "2024-06-20",
			[]brief{{"surveillance", "carried_out", "", "", "IN", "Moninder Gill"}, {"arrest", "carried_out", "2024-06-16", "UG", "UG", "blogger Kato Mugisha"}, {"arrest", "carried_out", "2022", "UG", "UG", "Kato Mugisha"}, {"arrest", "carried_out", "", "TR", "TR", "eleven people"}, {"charge", "carried_out", "2024-06-14", "TR", "TR", "eleven people"}}},
		{"a bounty's sum is not whom it is on", "Chinese police have placed bounties of HK$1 million on five more overseas activists.", "2024-06-20",
			[]brief{{"intimidation", "carried_out", "", "CN", "CN", "five more overseas activists"}}},
		{"an exile's hacked phone targets the exile, and the state a short report names is not where a town abroad says it was", "Exiled Bahraini activist's phone hacked with spyware, researchers say\n\nResearchers said on Monday that the phone of a Bahraini human rights defender living in London had been hacked twice in 2023 with spyware sold only to governments. Bahrain did not respond to a request for comment.", "2024-06-20",
			[]brief{{"cyberattack", "carried_out", "2023", "GB", "", "Exiled Bahraini activist"}}},
		{"a participle between an article and its noun is an adjective", "A member of a banned Tajik opposition group was deported from Germany last month.", "2024-06-20",
			[]brief{{"extradition", "carried_out", "2024-05", "DE", "DE", "member of a banned Tajik opposition group"}}},
		{"calling for, urging or demanding a response is no response", "Activists are calling for sanctions against Iran. Lawmakers are urging the expulsion of the diplomats and demanding sanctions. A court sentenced the journalist to 10 years, accusing her of calling for sanctions against Belarus.", "2024-06-20",
			[]brief{{"conviction", "carried_out", "", "", "", "journalist"}}},
		{"a headline's verb after a state is no part of the victim; a town of exile is not where the victim was lured to", "Iran executes dissident journalist kidnapped in Iraq\n\nIran on Saturday executed Ruhollah Zam, a dissident journalist who was lured from exile in France to Iraq in 2019 and abducted by the Revolutionary Guards.", "2024-06-20",
			[]brief{{"abduction", "carried_out", "2019", "IQ", "IR", "Ruhollah Zam"}}},
		{"a name joined to the diplomats withdrawn is withdrawn too", "New Delhi said on Monday it was withdrawing Verma and the other diplomats from Ottawa.", "2024-06-20",
			[]brief{{"ambassador_recall", "carried_out", "2024-06-17", "IN", "IN", "Verma and the other diplomats"}}},
		{"a rejection ends with its own predicate: the verb after 'and' is told", "India rejected the claims as absurd and expelled a senior Canadian diplomat on Tuesday.", "2024-06-20",
			[]brief{{"expulsion", "carried_out", "2024-06-18", "IN", "IN", "senior Canadian diplomat"}}},
		{"'registered as' qualifies the subject; a passive after 'and' shares the be-form's subject before it", "Four Turkish nationals registered as refugees in Kenya were abducted in Nairobi last week.\n\nTurkish media said the men were members of the movement and had been detained on arrival in Ankara.", "2024-06-20",
			[]brief{{"abduction", "carried_out", "2024-06", "KE", "", "Four Turkish nationals"}, {"arrest", "carried_out", "", "TR", "TR", "men"}}},
		{"a clause reported after 'that' reaches back to its speaker, a name 'who' follows", "Uwimana, who now lives in Belgium, told the group that strangers had photographed his flat in Brussels.", "2024-06-20",
			[]brief{{"surveillance", "carried_out", "", "BE", "", "Uwimana"}}},
		{"an adverb after a name ends it, and 'he' later is that person; 'later' takes no date from the sentence before", "Police in Kigali detained the singer Jean Bosco Uwimana twice in March. Weeks later he was beaten by unknown men.", "2024-06-20",
			[]brief{{"arrest", "carried_out", "2024-03", "RW", "RW", "singer Jean Bosco Uwimana twice"}, {"armed_attack", "carried_out", "", "RW", "", "Jean Bosco Uwimana"}}},
		{"tracking someone's movements is surveillance of them", "Investigators said the men tracked the movements of a Chinese dissident living in Queens for months.", "2024-06-20",
			[]brief{{"surveillance", "carried_out", "", "US", "", "Chinese dissident"}}},
		{"'that October' is in the year told before", "The Netherlands expelled two Iranian diplomats in 2018. Denmark recalled its ambassador from Tehran that October.", "2024-06-20",
			[]brief{{"expulsion", "carried_out", "2018", "NL", "NL", "two Iranian diplomats"}, {"ambassador_recall", "carried_out", "2018-10", "DK", "DK", "its ambassador"}}},
		{"whom a sanctions list now holds, not those a complement names; 'previously' dates nothing", "The European Union on Monday added six Iranian officials to its sanctions list over the crackdown on protesters, freezing their assets.\n\nTehran has previously sanctioned European lawmakers.", "2024-06-20",
			[]brief{{"sanction", "carried_out", "2024-06-17", "", "EU", "six Iranian officials"}, {"sanction", "carried_out", "", "IR", "IR", "European lawmakers"}}},
		{"'him' after a described suspect is the suspect, not the victim named before; a crime a charge names with no victim confirms the attack only; a speaker past an apposition means himself", "A Chechen blogger was stabbed in his apartment in Gävle, Sweden, on Wednesday. Tumso Abdurakhmanov, 35, said the attacker had told him he had been sent by Kadyrov.\n\nThe suspect, a Russian citizen, was arrested at the scene. Swedish prosecutors later charged him with attempted murder.\n\nAhmad Goraya, a Pakistani blogger living in the Netherlands, said he was assaulted outside his home in Rotterdam.", "2024-06-20",
			[]brief{{"armed_attack", "carried_out", "2024-06-19", "SE", "", "Chechen blogger"}, {"arrest", "carried_out", "2024-06-19", "", "", "suspect"}, {"charge", "carried_out", "", "SE", "SE", "suspect"}, {"armed_attack", "carried_out", "", "NL", "", "Ahmad Goraya"}}},
		{"a photograph of someone's front door is aimed at its owner", "Andrei Sannikov, a former presidential candidate, lives in Warsaw. In March he received a photograph of his front door with the words we know where you sleep.", "2024-06-20",
			[]brief{{"surveillance", "carried_out", "2024-03", "PL", "", "Andrei Sannikov"}}},
		{"an attack on someone's life is an assassination of them; 'in a separate case' takes no date from before; an accused man's demonym names the state when nothing else does", "German prosecutors said on Tuesday that a Russian agent had planned an attack on the life of a former Chechen commander living in Berlin.\n\nIn a separate case, a Turkish man was convicted in Hamburg.\n\nIn May, Dutch police arrested an Eritrean man accused of threatening critics of the government during a festival in Rotterdam.", "2024-06-20",
			[]brief{{"assassination", "planned", "", "DE", "RU", "former Chechen commander"}, {"conviction", "carried_out", "", "DE", "DE", "Turkish man"}, {"arrest", "carried_out", "2024-05", "NL", "NL", "Eritrean man"}, {"intimidation", "carried_out", "", "NL", "ER", "critics of the government"}}},
		{"two verbs a charge names share their object; the date of what a gerund took is not the verdict's", "A court on Friday convicted two men of plotting to kidnap and kill a journalist in London.\n\nOne of them, a Chechen, was found guilty of conducting reconnaissance outside the channel's offices in west London in February 2019.", "2024-06-20",
			[]brief{{"conviction", "carried_out", "2024-06-14", "", "", "two men"}, {"abduction", "planned", "", "GB", "", "journalist"}, {"assassination", "planned", "", "GB", "", "journalist"}, {"surveillance", "carried_out", "2019-02", "GB", "", ""}}},
		{"the town a flight came from is not where an arrest was made", "Moroccan police detained a Uyghur activist at Casablanca airport on 20 May after he arrived from Istanbul.", "2024-06-20",
			[]brief{{"arrest", "carried_out", "2024-05-20", "MA", "MA", "Uyghur activist"}}},
		{"a month just after the report's date is last year's when the deed is told in the past", "In April, a Turkmen activist was beaten by unknown men outside a café in Istanbul.", "2024-03-01",
			[]brief{{"armed_attack", "carried_out", "2023-04", "TR", "", "Turkmen activist"}}},
		{"a rally an attack targeted is no protest of its own; what was the target of a plot is its target", "The attack targeted a rally organised by an exile group. The group's annual meeting in Villepinte was the target of a foiled bomb plot in 2018.", "2024-07-01",
			[]brief{{"bombing", "foiled", "2018", "FR", "", "group's annual meeting in Villepinte"}}},
		{"what a verb before 'with an explosive device' attacks is the bombing's target; a gurdwara is no person 'him' means", "Lithuania said it had detained a Belarusian man suspected of planning to attack the Vilnius office of an exile television channel with an explosive device.\n\nHardeep Singh Nijjar led the Guru Nanak Sikh Gurdwara in Surrey. India had designated him a terrorist in 2020.", "2024-06-20",
			[]brief{{"arrest", "carried_out", "", "LT", "LT", "Belarusian man"}, {"bombing", "planned", "", "LT", "", "Vilnius office of an exile television channel"}, {"sanction", "carried_out", "2020", "IN", "IN", "Hardeep Singh Nijjar"}}},
		{"a name set off after a described target joins it", "On 15 June, police in Kassel arrested a 45-year-old suspect, Stephan Weber, who had a history of far-right activity.", "2019-07-01",
			[]brief{{"arrest", "carried_out", "2019-06-15", "DE", "DE", "45-year-old suspect, Stephan Weber"}}},
		{"'calls it a kidnapping' names the ordeal of the person named just before", "Jean Mugabo flew to Dubai in August 2020 and boarded a jet he believed was going to Burundi. It landed in Kigali, where he was arrested. His family calls it a kidnapping.", "2024-06-20",
			[]brief{{"arrest", "carried_out", "2020-08", "RW", "RW", "Jean Mugabo"}, {"abduction", "carried_out", "2020-08", "RW", "", "Jean Mugabo"}}},
		{"an attack that a killing told with it gave way to hit those killed, not the houses burnt; customers are people", "On 5 March 2021, soldiers entered Kyauk Taw village in Sagaing region, Myanmar, set fire to houses and shot dead nine villagers.\n\nOn 18 May 2021, armed men opened fire on customers at a bar in Celaya, Mexico, killing six people.", "2021-06-01",
			[]brief{{"armed_attack", "carried_out", "2021-03-05", "MM", "MM", "nine villagers"}, {"armed_attack", "carried_out", "2021-05-18", "MX", "", "customers"}}},
		{"a court that orders someone to serve a term convicts them", "Oleg Petrov returned to Moscow in January. On 2 February a court ordered him to serve three years in a penal colony.", "2021-03-01",
			[]brief{{"conviction", "carried_out", "2021-02-02", "", "", "Oleg Petrov"}}},
		{"sanctions of their own fall on those the last sanctions named, unless the report names others", "The EU imposed sanctions on 78 Belarusian officials on Monday. On the same day, Canada announced sanctions of its own, and Britain announced sanctions of its own on seven people.", "2021-06-25",
			[]brief{{"sanction", "carried_out", "2021-06-21", "", "EU", "78 Belarusian officials"}, {"sanction", "carried_out", "2021-06-21", "CA", "CA", "Belarusian officials"}, {"sanction", "carried_out", "2021-06-21", "GB", "GB", "seven people"}}},
		{"a feature that names its subject once and then says 'he' means that person", "For ten years Omar Haddad planned his travel around one rule.\n\nThe 58-year-old former teacher writes a blog about political prisoners. He has lived in Istanbul since 2014.\n\nIn December he made an exception. He landed in Amman on December 14 and was detained at passport control.", "2025-03-02",
			[]brief{{"arrest", "carried_out", "2024-12-14", "JO", "JO", "Omar Haddad"}}},
		{"the deed a state is accused of is an event; 'in protest' is a gesture, not a rally; an exile's home is not where his relative was taken", "Germany accused Vietnam on Wednesday of kidnapping a former oil executive in Berlin, and expelled a Vietnamese intelligence officer in protest.\n\nThe brother of an Egyptian activist living in London has been forcibly disappeared since security forces raided the family home in Giza last week.", "2017-08-02",
			[]brief{{"abduction", "carried_out", "", "DE", "VN", "former oil executive"}, {"expulsion", "carried_out", "2017-08-02", "DE", "DE", "Vietnamese intelligence officer"}, {"abduction", "carried_out", "2017-07", "EG", "", "brother of an Egyptian activist"}, {"intimidation", "carried_out", "2017-07", "EG", "EG", "brother of an Egyptian activist"}}},
		{"a passive after 'and' shares its subject past the adverb a pattern opens with", "Loujain Nasser, a campaigner, was arrested in the United Arab Emirates in March 2018 and forcibly returned to Saudi Arabia.", "2022-06-01",
			[]brief{{"arrest", "carried_out", "2018-03", "AE", "AE", "Loujain Nasser"}, {"abduction", "carried_out", "2018-03", "AE", "SA", "Loujain Nasser"}}},
		{"a passive after 'and later' shares the subject before", "Ahmad Rezaei, a researcher who lived in Sweden, was arrested during a visit to Iran and later sentenced to death.", "2022-06-01",
			[]brief{{"arrest", "carried_out", "", "IR", "IR", "Ahmad Rezaei"}, {"conviction", "carried_out", "", "", "", "Ahmad Rezaei"}}},
		{"a brief headed by its country happened there, and briefs of two countries stay apart", "Kyrgyzstan: A court in Bishkek on Monday ordered the deportation of Uyghur activist Ilyas Kerimov to China.\n\nThailand: Authorities deported a Cambodian opposition activist in June.", "2024-07-08",
			[]brief{{"extradition", "carried_out", "2024-07-08", "KG", "KG", "Uyghur activist Ilyas Kerimov"}, {"extradition", "carried_out", "2024-06", "TH", "TH", "Cambodian opposition activist"}}},
		{"a belief about who someone is does not make their deed a guess", "In July, two men he believed to be Chinese security officers followed him from his workplace in Belgrade to his apartment.", "2023-09-12",
			[]brief{{"surveillance", "carried_out", "2023-07", "RS", "CN", "him"}}},
		{"signs consistent with poisoning confirm the poisoning told before; they tell no second one", "Czech police are investigating the suspected poisoning of a Russian opposition journalist in Prague. She had felt unwell after eating in Munich. Doctors later found signs consistent with poisoning.", "2022-10-20",
			[]brief{{"assassination", "carried_out", "", "CZ", "", "Russian opposition journalist"}}},
		{"a sentence handed to someone names him; a participle after an indefinite person is done to that person", "A court in Lyon on Thursday handed a life sentence to Karim Benali, the gang leader known as Le Chef.\n\nThe victim was Leyla Aliyeva, a blogger kidnapped in Istanbul in 2019.\n\nInvestigators identified the gunman as a Serbian national arrested in Vienna last year.", "2021-05-03",
			[]brief{{"conviction", "carried_out", "2021-04-29", "FR", "FR", "Karim Benali"}, {"abduction", "carried_out", "2019", "TR", "", "Leyla Aliyeva"}, {"arrest", "carried_out", "2020", "AT", "AT", "Serbian national"}}},
		{"a group linked to an agency acts for its state; the agency's name stops before the verb; security officials act for the place's state", "A hacker group linked to the IRGC targeted the email accounts of Persian-language journalists in January.\n\nHackers tied to Chinese intelligence broke into the laptop of Uyghur activist Rahima Tursun in Munich in May.\n\nIn Tashkent, security officials summoned the brother of blogger Nodir Karimov and warned him to stop posting videos.", "2022-06-15",
			[]brief{{"cyberattack", "carried_out", "2022-01", "", "IR", "Persian-language journalists"}, {"cyberattack", "carried_out", "2022-05", "DE", "CN", "Uyghur activist Rahima Tursun"}, {"intimidation", "carried_out", "", "UZ", "UZ", "brother"}}},
		{"following or stalking a person is surveillance; following an event is not", "Two men working for Russia's FSB followed the defector Pavel Orlov around Madrid for weeks.\n\nProtests followed the killing of the journalist.", "2022-06-15",
			[]brief{{"surveillance", "carried_out", "", "ES", "RU", "defector Pavel Orlov"}, {"protest", "carried_out", "", "", "", ""}, {"assassination", "carried_out", "", "", "RU", "journalist"}}},
		{"a man from a town is not arrested there; 'placed under formal investigation' charges; pulled from his car is taken", "In November, French police arrested a 29-year-old man from Leeds at the Gare du Nord in Paris. He has been placed under formal investigation for conspiracy to murder.\n\nIn August, his younger brother was pulled from his car in Rawalpindi by men in plain clothes.", "2024-12-09",
			[]brief{{"arrest", "carried_out", "2024-11", "FR", "FR", "29-year-old man"}, {"charge", "carried_out", "2024-11", "FR", "FR", "29-year-old man"}, {"abduction", "carried_out", "2024-08", "PK", "", "his younger brother"}}},
		{"a person who vanished was taken, by the name the apposition gives; police visiting grandparents intimidate; detention on charges names no target", "Her husband, Selim Aydin, the director of a school in Tirana, vanished on the evening of 14 September.\n\nHis son said Turkish police had visited his grandparents in Kayseri twice since then.\n\nOn 20 October a court in Ankara ordered him held in pre-trial detention on charges of terrorism.", "2023-11-08",
			[]brief{{"abduction", "carried_out", "2023-09-14", "AL", "", "Selim Aydin"}, {"intimidation", "carried_out", "", "TR", "TR", "his grandparents"}, {"arrest", "carried_out", "2023-10-20", "TR", "TR", ""}}},
		{"a name an apposition calls a mother is a relative; found dead with stab wounds is a killing", "In January, Amina Uwase, the 67-year-old mother of the party's president, was summoned to a police station in Kigali and questioned over two days.\n\nThe party's treasurer was found dead with stab wounds in a flat in Maputo in May 2021.", "2024-03-12",
			[]brief{{"intimidation", "carried_out", "2024-01", "RW", "RW", "Amina Uwase"}, {"assassination", "carried_out", "2021-05", "MZ", "", "party's treasurer"}}},
		{"an airport a town's possessive names is in the town; a flight's town is where it came from; a day after a dated one is in its year; 'despite appeals' is no demand; taking someone into custody arrests", "Omar Nasser, a dissident, was detained at Amman's Queen Alia airport on 7 May 2023 after arriving on a flight from Istanbul. Despite appeals from the UN, Jordan handed him over to the UAE on 16 May.\n\nOn 29 January, plainclothes officers raided a house in Alexandria and took the blogger's father into custody.", "2024-07-22",
			[]brief{{"arrest", "carried_out", "2023-05-07", "JO", "JO", "Omar Nasser"}, {"extradition", "carried_out", "2023-05-16", "JO", "JO", "Omar Nasser"}, {"arrest", "carried_out", "2024-01-29", "EG", "EG", "blogger's father"}}},
		{"threats to an exile and the summoning of his brother are two events", "In February 2021, Ahmed Salem, a poet living in Istanbul, received messages warning him to stay silent. Two days later, his brother was summoned by State Security in Abu Dhabi.", "2024-07-22",
			[]brief{{"intimidation", "carried_out", "2021-02", "TR", "", "Ahmed Salem"}, {"intimidation", "carried_out", "2021-02", "AE", "AE", "his brother"}}},
		{"a relative taken to a camp is held by the state the story is about; filming their faces watches the people named; a protest's town places what happened at it", "Chinese state security agents threatened Rahima Tursun, a Uyghur nurse living in Utrecht, in February. Her father, a retired teacher, was taken to a detention camp in 2017.\n\nAt a rally outside the Chinese embassy in The Hague in July 2022, several demonstrators noticed a man filming their faces.", "2023-09-12",
			[]brief{{"intimidation", "carried_out", "2023-02", "NL", "CN", "Rahima Tursun"}, {"arrest", "carried_out", "2017", "CN", "CN", "Her father"}, {"protest", "carried_out", "2022-07", "NL", "", ""}, {"surveillance", "carried_out", "2022-07", "NL", "CN", "several demonstrators"}}},
		{"a headline's stabbing of a blogger is the attempted murder the body tells; a plural passive's subject is every conjunct; held for days is an arrest; messages promising harm threaten", "Two men jailed for stabbing of Kazakh blogger in Nantes\n\nNANTES - Two men were sentenced on Thursday for the attempted murder of an exiled Kazakh blogger near Nantes station in March 2022. Two of the defendants, Kazakh nationals, and a third man were arrested in Lyon a week later. His sister was also held for 30 days in Almaty in 2021. In February 2022, the blogger, Arman Zhunusov, had received messages in Nantes promising that he would end up dead.", "2023-12-15",
			[]brief{{"conviction", "carried_out", "2023-12-14", "FR", "FR", "Two men"}, {"assassination", "attempted", "2022-03", "FR", "", "exiled Kazakh blogger"}, {"arrest", "carried_out", "2022-03", "FR", "FR", "Two of the defendants, Kazakh nationals, and a third man"}, {"arrest", "carried_out", "2021", "KZ", "KZ", "His sister"}, {"intimidation", "carried_out", "2022-02", "FR", "", "Arman Zhunusov"}}},
		{"searching a relative's flat intimidates; where gathered details were passed is not where they were gathered", "In May, KGB officers spent five hours searching his mother's apartment in Hrodna.\n\nPolish prosecutors in March charged a Belarusian woman with photographing activists at meetings in Bialystok and passing their names to a handler in Grodno.", "2023-06-20",
			[]brief{{"intimidation", "carried_out", "2023-05", "BY", "BY", "mother"}, {"charge", "carried_out", "2023-03", "PL", "PL", "Belarusian woman"}, {"surveillance", "carried_out", "", "PL", "", "activists"}}},
		{"surveillance software on a laptop is a cyberattack, not surveillance; a headline's capitals are no person", "The Reach of Manama\n\nIn 2012, an email infected the laptop of Hassan Radhi in London with FinFisher surveillance software.", "2022-03-08",
			[]brief{{"cyberattack", "carried_out", "2012", "GB", "", "Hassan Radhi"}}},
		{"officials asked to leave a country are expelled by it; the subject of a verb after 'after' is sought past the subordinator, not in the main clause; the service that found the deed did not do it; prison is no informer's recipient", "In 2020, two Indian officials were asked to leave Australia after the Australian Security Intelligence Organisation found they had been monitoring members of the Sikh diaspora.\n\nIn 2019, the journalist was sent to prison in Tehran.", "2025-02-18",
			[]brief{{"expulsion", "carried_out", "2020", "AU", "AU", "two Indian officials"}, {"surveillance", "carried_out", "2020", "AU", "IN", "members of the Sikh diaspora"}, {"arrest", "carried_out", "2019", "IR", "IR", "journalist"}}},
		{"events under different dated headings of a timeline stay apart", "Iran's plots abroad: a timeline\n\nSeptember 2018 — Denmark\nPolice close roads after learning of a plot to kill an Arab separatist leader living in Ringsted.\n\nOctober 2023 — Germany\nPolice arrest two men accused of preparing to kill the exile presenter Farhad Rostami.", "2025-03-01",
			[]brief{{"assassination", "planned", "2018-09", "DK", "", "Arab separatist leader"}, {"arrest", "carried_out", "2023-10", "", "", "two men"}, {"assassination", "foiled", "", "", "", "exile presenter Farhad Rostami"}}},
		{"a court's ruling day is not the day of the deeds a claimant says happened; prisoners sent away are not expelled diplomats; holding an abducted man is his abduction", "LONDON - A Saudi satirist who says he was beaten in a London street can pursue his claim against Saudi Arabia, the High Court ruled on Thursday.\n\nIn February 2023 the regime expelled 222 political prisoners to the United States.\n\nIn August, his younger brother was pulled from his car in Rawalpindi by men in plain clothes and held for three weeks.", "2025-06-06",
			[]brief{{"armed_attack", "carried_out", "", "GB", "", "Saudi satirist"}, {"abduction", "carried_out", "2024-08", "PK", "PK", "his younger brother"}}},
		{"a headline's court jails the man who did the spying it names; the sponsor the body gives is his; where relatives of the watched live is not where they were watched", "Oslo court jails man for spying on Eritrean refugees\n\nOSLO - A Norwegian court on Thursday jailed a 58-year-old man for spying on Eritrean refugees in Norway on behalf of the government in Asmara. He collected the names of relatives still in Eritrea.", "2024-10-04",
			[]brief{{"surveillance", "carried_out", "", "NO", "ER", "Eritrean refugees"}, {"conviction", "carried_out", "2024-10-03", "NO", "NO", "58-year-old man"}}},
		{"arrest on arrival names no arrival; his detention in a place refers back; a place's police act for it; put on a flight and handed over are handovers, also after 'the authorities'", "KUALA LUMPUR - Sok Dara, a Cambodian activist, was detained by immigration officers in Kuala Lumpur on 19 November. Four days later he was put on a flight to Phnom Penh, where police condemned him on arrival. His detention in Malaysia came after months of pressure. In September, police officers visited his wife's family in Kampong Cham.\n\nIn 2023, the Thai authorities handed over three Cambodian opposition members to Phnom Penh.", "2024-11-28",
			[]brief{{"arrest", "carried_out", "2024-11-19", "MY", "MY", "Sok Dara"}, {"extradition", "carried_out", "2024-11-23", "", "", "Sok Dara"}, {"intimidation", "carried_out", "2024-09", "KH", "KH", "his wife's family"}, {"extradition", "carried_out", "2023", "TH", "TH", "three Cambodian opposition members"}}},
		{"a protest against a detention is against those whose building it gathers at", "On Saturday, about 150 people rallied outside the Chinese embassy in The Hague to protest against the detention of her family.", "2024-05-06",
			[]brief{{"protest", "carried_out", "2024-05-04", "NL", "", "Chinese embassy"}, {"arrest", "carried_out", "", "", "", "her family"}}},
		{"declared him persona non grata is an expulsion told anew; a request for extradition is none; 40 cases of attacks are a count; an agent noun after an article is no verb; a trip meant to end in arrest is no arrest", "The French foreign ministry declared him persona non grata days later. The ministry will request the extradition of two further suspects. At least 40 cases of physical attacks on exiles were recorded last year, according to a rights monitor. The trip was meant to end with her arrest in Algiers.", "2025-06-15",
			[]brief{{"expulsion", "carried_out", "2025-06", "FR", "FR", "him"}}},
		{"taken from his apartment, forced into a white pickup truck, an effort to seize a teacher: abductions; a count the court adds is the same verdict", "Mr Mendez was taken from his apartment in Lima on the night of 4 July by four men. Krit Saengthong had fled Thailand. In December, Krit was forced into a white pickup truck by four armed men in Vientiane. In 2020, an unsuccessful effort to seize a third teacher in Baku failed.\n\nA Brussels court on Tuesday sentenced a Rwandan man to three years in prison for spying on refugees. The court also convicted him of threatening a radio host.", "2024-08-01",
			[]brief{{"abduction", "carried_out", "2024-07-04", "PE", "", "Mr Mendez"}, {"abduction", "carried_out", "2023-12", "LA", "", "Krit"}, {"abduction", "attempted", "2020", "AZ", "", "third teacher"}, {"conviction", "carried_out", "2024-07-30", "BE", "BE", "Rwandan man"}, {"surveillance", "carried_out", "", "", "", "refugees"}}},
		{"'29 March last year' is last year's; a place 'back to' which a plot led is no place of the attack", "Presenter was stabbed on a contract that led back to Tehran\n\nTwo men stabbed a television presenter, Kamran Rostami, outside his home in London on 29 March last year.", "2025-02-11",
			[]brief{{"armed_attack", "carried_out", "2024-03-29", "GB", "", "television presenter, Kamran Rostami"}}},
		{"firing shots at whom the verb before named; a spell in custody is an arrest; a lab's town and an operator's country are not where a phone was hacked", "The blogger Elvin Karimli left Baku in 2019, after a spell in police custody. In 2021, a laboratory in Berlin found that the phone of Elvin Karimli had been infected with spyware, and concluded that the operator was a customer in Azerbaijan. On 9 October, a man approached Elvin Karimli outside a shop in Graz and fired two shots.", "2024-02-20",
			[]brief{{"arrest", "carried_out", "2019", "AZ", "AZ", "blogger Elvin Karimli"}, {"cyberattack", "carried_out", "2021", "", "", "Elvin Karimli"}, {"armed_attack", "carried_out", "2023-10-09", "AT", "", "Elvin Karimli"}}},
		{"a reflexive stresses the name before it; an attack set off after the deed sums it up", "In January, Sok Dara himself was beaten by two men outside his room in Bangkok, an attack his friends blamed on the Cambodian embassy.", "2025-02-04",
			[]brief{{"armed_attack", "carried_out", "2025-01", "TH", "", "Sok Dara"}}},
		{"'him' after 'and' is whom the verb before acted on, not the last speaker", "\"This was an operation by Russian services,\" said Vaidas Kuprys, a spokesman.\n\nOn Monday the Lithuanian foreign ministry declared an attache at the Russian embassy persona non grata and gave him five days to leave the country.", "2024-06-05",
			[]brief{{"expulsion", "carried_out", "2024-06-03", "LT", "LT", "attache"}}},
		{"a passive reaches past an adverb in -ly ('had repeatedly been followed'); an op-ed's present passive of someone indefinite is a habit, even beside 'today'", "Lapshin told the Courier that in the weeks before the attack he had repeatedly been followed by a car.\n\nToday exile can mean a phone that rings at night, or a relative back home who is suddenly questioned by police.", "2024-06-05",
			[]brief{{"surveillance", "carried_out", "", "", "", "he"}}},
		{"a named person's husband or brothers, not the person, are whom an arrest took", "Among those targeted was Aigerim Tulegenova, a former banker.\n\nTulegenova's husband was arrested by Spanish police in Alicante last month. Al-Harbi's two brothers were arrested in Riyadh in April 2023.", "2023-06-14",
			[]brief{{"arrest", "carried_out", "2023-05", "ES", "ES", "Tulegenova's husband"}, {"arrest", "carried_out", "2023-04", "SA", "SA", "Al-Harbi's two brothers"}}},
		{"an attack on another state's exile is not the host's, whom the story is about", "Danish police close bridges around Copenhagen after learning of a plot to kill an Iranian Arab separatist leader living in Ringsted. Danish police later arrest a suspect. Denmark recalls its ambassador.", "2018-10-31",
			[]brief{{"assassination", "planned", "", "DK", "IR", "Iranian Arab separatist leader"}, {"arrest", "carried_out", "", "DK", "DK", ""}, {"ambassador_recall", "carried_out", "2018-10", "DK", "DK", "its ambassador"}}},
		{"a record's date and location fields place and date the killing of a group its description tells; army soldiers act for their state", "Government of Mali - civilians\nDate: 2020-02-14\nLocation: Ogossagou, Mopti region, Mali\nMalian army soldiers killed 23 Fulani civilians.", "",
			[]brief{{"armed_attack", "carried_out", "2020-02-14", "ML", "ML", "23 Fulani civilians"}}},
		{"marching in support of someone is a protest; a named square is no target", "On a Sunday afternoon in April, several hundred people marched along the Canebiere in support of Hamdi. About a hundred exiles gathered on Cathedral Square in solidarity with Lapshin on 8 June.", "2025-06-15",
			[]brief{{"protest", "carried_out", "2025-04", "", "", ""}, {"protest", "carried_out", "2025-06-08", "", "", ""}}},
		{"a dateline's agency name, objections 'despite protests', a rally still planned, cases counted and a place-named attack told before are no new events", "TORONTO, March 10 (Vigil Wire) - Police in Toronto arrested two men on Friday. Despite protests from the UN refugee agency, Malaysia deported her. A rally is planned outside Parliament House on 24 June. A committee counted 38 reported cases of foreign harassment of diaspora members. Police arrested a man in Epping over the Craigieburn attack.", "2023-03-10",
			[]brief{{"arrest", "carried_out", "2023-03-10", "CA", "CA", "two men"}, {"extradition", "carried_out", "2023-03-10", "MY", "MY", "her"}, {"arrest", "carried_out", "2023-03-10", "AU", "AU", "man"}}},
		{"a dataset row that opens with its date: the date and the heading's most specific place", "UCDP | 2016-05-12 | Mali | Mopti region, Boni | JNIM - civilians | 3 deaths | Militants killed three villagers.", "",
			[]brief{{"armed_attack", "carried_out", "2016-05-12", "ML", "", "three villagers"}}},
		{"a dataset row whose heading closes with its date", "Syria, Idlib governorate, Maarat al-Numan, 2019-08-29: Government of Syria - civilians; 12 killed when an airstrike hit a market.", "",
			[]brief{{"bombing", "carried_out", "2019-08-29", "SY", "", "market"}}},
		{"a dataset row's labelled fields on one line", "UCDP GED 2019; conflict: Government of Nigeria - Boko Haram; date: 2019-07-27; location: Nganzai, Borno, Nigeria; deaths: 65; Boko Haram fighters attacked mourners at a funeral.", "",
			[]brief{{"armed_attack", "carried_out", "2019-07-27", "NG", "", "mourners"}}},
		{"a noun in -ing before a comma is no participle qualifying the subject; tracking someone's movements watches him", "After the beating, his brother was arrested in Asmara.\n\nIn 2021 the two men tracked Victim-1's movements in Virginia.", "2024-09-10",
			[]brief{{"arrest", "carried_out", "", "ER", "ER", "his brother"}, {"surveillance", "carried_out", "2021", "US", "", "Victim-1"}}},
		{"'He' after a brief's charge is whom the authority charged, past the brief's label and where and when it acted", "POLAND: Prosecutors in Warsaw on Monday charged a 27-year-old Belarusian man with plotting to bomb the office of an exile broadcaster. He was detained in July in Warsaw.", "2024-09-10",
			[]brief{{"charge", "carried_out", "2024-09-09", "PL", "PL", "27-year-old Belarusian man"}, {"bombing", "planned", "", "", "", "office of an exile broadcaster"}, {"arrest", "carried_out", "2024-07", "PL", "PL", "27-year-old Belarusian man"}}},
		{"a raid on a home intimidates the one its sentence says was taken; a phone 'had infected with spyware' is whose phone", "In March 2023, officers of the National Security Agency raided the family home in Manama and arrested her father, Hassan Ali, 72.\n\nHer husband, a British citizen, had his phone infected with spyware in 2021.", "2024-04-02",
			[]brief{{"intimidation", "carried_out", "2023-03", "BH", "BH", "her father, Hassan Ali"}, {"arrest", "carried_out", "2023-03", "BH", "BH", "her father, Hassan Ali"}, {"cyberattack", "carried_out", "2021", "", "", "Her husband"}}},
		{"a Brussels court is Belgium's even where the sentence names no country", "The Brussels criminal court on Tuesday convicted a 47-year-old man of spying on Rwandan exiles.", "2024-05-09",
			[]brief{{"conviction", "carried_out", "2024-05-07", "BE", "BE", "47-year-old man"}, {"surveillance", "carried_out", "", "", "", "Rwandan exiles"}}},
		{"an unqualified Ministry of Public Security is no one state's", "SAN JOSE, Costa Rica - The Ministry of Public Security reports that officers arrested a Nicaraguan man on Friday.", "2024-05-09",
			[]brief{{"arrest", "carried_out", "2024-05-03", "CR", "CR", "Nicaraguan man"}}},
		{"filming 'them' from an embassy window watches those who said so (and a plural noun opening the text no longer crashes the search for it)", "Protesters said a man filmed them from an upper window of the embassy throughout the demonstration.", "2024-04-02",
			[]brief{{"protest", "carried_out", "", "", "", ""}, {"surveillance", "carried_out", "", "", "", "Protesters"}}},
		{"'him' in a clause after ', and' is the one the passive before was done to", "In September 2024, her younger brother Sofiane was arrested at his workplace in Algiers, and two months later a court there sentenced him to three years in prison.", "2025-06-15",
			[]brief{{"arrest", "carried_out", "2024-09", "DZ", "DZ", "her younger brother Sofiane"}, {"conviction", "carried_out", "2024-11", "DZ", "DZ", "her younger brother Sofiane"}}},
		{"'They' opening a sentence are the pair the sentence before opened with", "The pair drove to Heathrow within hours of the attack and flew to Bucharest, the court heard.\n\nThey were detained by Romanian police in a flat in Ploiesti in April.", "2025-02-11",
			[]brief{{"arrest", "carried_out", "", "RO", "RO", "pair"}}},
		{"the lead's described victim is the one the next paragraph opens by naming and describing alike", "MOSCOW, March 14 - A Tajik opposition activist who vanished from a town outside Moscow last week has resurfaced in a detention centre in Dushanbe, his lawyer said on Thursday.\n\nFarrukh Nazarov, 41, a member of the banned opposition movement Group 24, was last seen on March 6 in Lyubertsy.", "2024-03-14",
			[]brief{{"abduction", "carried_out", "2024-03", "RU", "", "Farrukh Nazarov"}}},
		{"deeds listed after 'for their roles in a campaign to' are causes of the sanction, undated by its day", "WASHINGTON - Today, the Treasury designated four individuals for their roles in a campaign to surveil, intimidate and hack a Saudi dissident living in the United States.", "2025-04-22",
			[]brief{{"sanction", "carried_out", "2025-04-22", "US", "US", "four individuals"}, {"surveillance", "planned", "", "", "US", ""}, {"intimidation", "carried_out", "", "US", "", "Saudi dissident"}, {"cyberattack", "carried_out", "", "US", "", "Saudi dissident"}}},
		{"'after the attack' dates an arrest and is no abduction that a handover completes; 'listed ... as a terrorist entity' sanctions", "VILNIUS - A Belarusian man was arrested eight days after the attack on the exiled journalist and handed over to Lithuania on Friday.\n\nOttawa listed the border guard service of Belarus as a terrorist entity in June.", "2024-09-10",
			[]brief{{"arrest", "carried_out", "", "LT", "LT", "Belarusian man"}, {"armed_attack", "carried_out", "", "", "", "exiled journalist"}, {"extradition", "carried_out", "2024-09-06", "", "", "Belarusian man"}, {"sanction", "carried_out", "2024-06", "CA", "CA", "border guard service of Belarus"}}},
		{"a past verb like 'left' ends the subject; what happened 'after' happened to the main clause's subject", "The blogger left Almaty in 2021 after a spell in police custody.\n\nThe journalist, 36, left Minsk in 2020 after being detained by police.", "2024-02-25",
			[]brief{{"arrest", "carried_out", "2021", "", "", "blogger"}, {"arrest", "carried_out", "2020", "", "", "journalist"}}},
		{"whom police released 'after a spell in custody' is no subject of theirs", "Police released him after a spell in custody.", "2024-02-25",
			[]brief{{"arrest", "carried_out", "", "", "", ""}}},
		{"'the network' told before acts for the state of the last attack's actor, not for the host the paragraph is about", "OTTAWA - A Russian intelligence officer and two members of his network were charged on Monday with plotting to abduct an exiled journalist.\n\nAccording to the charges, the network paid private detectives in Toronto in May to film the journalist's home.", "2024-09-10",
			[]brief{{"charge", "carried_out", "2024-09-09", "CA", "CA", "two members of his network"}, {"abduction", "planned", "", "", "RU", "exiled journalist"}, {"surveillance", "planned", "2024-05", "CA", "RU", "journalist"}}},
		{"a protest the text places nowhere is in the dateline's town, unless told in the pluperfect", "BERLIN, May 9 - About two hundred Uyghur exiles protested outside the Chancellery on Thursday against the visit of the Chinese premier.\n\nIn March, exiles had rallied outside parliament.", "2024-05-09",
			[]brief{{"protest", "carried_out", "2024-05-09", "DE", "", "visit"}, {"protest", "carried_out", "2024-03", "", "", "parliament"}}},
		{"'declared' far before 'persona non grata' names the diplomat; a comma joins the verbs of a series as 'and' does; 'they' after 'detained both men' are the men, not the police", "PRAGUE - The foreign ministry today declared a member of the diplomatic staff of the Embassy of the Republic of Kazakhstan in Prague persona non grata.\n\nOn 3 August, two men accosted an opposition politician near his home in Brno, threatened him with violence and damaged his car. Police detained both men the following day, and on 6 August they were charged with dangerous threatening.", "2024-09-18",
			[]brief{{"expulsion", "carried_out", "2024-09-18", "CZ", "CZ", "member of the diplomatic staff of the Embassy"}, {"intimidation", "carried_out", "2024-08-03", "CZ", "", "opposition politician"}, {"arrest", "carried_out", "2024-08-04", "CZ", "CZ", "both men"}, {"charge", "carried_out", "2024-08-06", "CZ", "CZ", "both men"}}},
		{"'the monitoring of X' takes its object after 'of'", "Investigators said an embassy driver directed the monitoring of a Kazakh opposition politician.", "2024-09-18",
			[]brief{{"surveillance", "carried_out", "", "", "KZ", "Kazakh opposition politician"}}},
		{"a name after 'the firm' is an organisation's, never whom 'his' means", "Omar Benali, a Moroccan reporter living in Madrid, writes about corruption.\n\nA forensic report by the Spanish firm Candado Digital, published last Thursday, found that his phone was infected with spyware in October 2021.", "2024-09-18",
			[]brief{{"cyberattack", "carried_out", "2021-10", "", "", "Omar Benali"}}},
		{"a suspect charged with no responder or place told is no sign of the sponsor's state", "A British man has been charged with conspiring to murder a journalist of Iran International.\n\nPolice said the man had been recruited by agents of the Islamic Revolutionary Guard Corps.\n\nIn a separate case, a man was stabbed outside his home.", "2024-08-15",
			[]brief{{"charge", "carried_out", "", "", "", "British man"}, {"armed_attack", "carried_out", "", "", "IR", "man"}}},
		{"'photographed it from his car' watches the owner of the house 'it' stands for", "The court heard that the suspect had driven past the journalist's house twice in July and photographed it from his car.", "2024-08-15",
			[]brief{{"surveillance", "carried_out", "2024-07", "", "", "journalist"}}},
		{"an active 'shot' with a person as object is an attack, a video shot is none, 'shot and killed' is the killing", "Two men shot Innocent Habimana in Maputo.\n\nThe crew shot a video of the protest.\n\nGunmen shot and killed a councillor.", "2023-05-17",
			[]brief{{"armed_attack", "carried_out", "", "MZ", "", "Innocent Habimana"}, {"assassination", "carried_out", "", "", "", "councillor"}}},
		{"'them' is the plural of people named before: relatives taken, students an authority detained, never one name", "In May, security officers took the mother and two sisters of the exiled blogger Adam Tsakaev to a police station and forced them to record a video.\n\nPolice detained two Uyghur students in Cairo on Monday. Prosecutors charged them with visa fraud on Tuesday.\n\nIn March, six Turkish nationals working at private schools in Pristina were detained.", "2021-06-03",
			[]brief{{"intimidation", "carried_out", "2021-05", "", "", "two sisters"}, {"arrest", "carried_out", "2021-05-31", "EG", "EG", "two Uyghur students"}, {"charge", "carried_out", "2021-06-01", "EG", "EG", "two Uyghur students"}, {"arrest", "carried_out", "2021-03", "XK", "XK", "six Turkish nationals"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(t, tt.text, tt.published)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestEventPlace pins which place an event takes when a sentence names
// several: a village before its region, a town in a bracketed address.
func TestEventPlace(t *testing.T) {
	tests := []struct {
		name, text, published, want string // want: "Place/CC"
	}{
		{"a town's name before 'governorate' names the region; the village before it is the place",
			"On 4 May 2016, rebels attacked an army post near Tell Hamra, Aleppo governorate, Syria.", "2016-05-10", "Tell Hamra/SY"},
		{"an address in brackets places a town the gazetteer knows only elsewhere",
			"On 12 January 2023, armed men kidnapped three miners near Touba (Bafoulabe, Kayes).", "2023-01-20", "Touba/ML"},
		{"a village by name", "Unidentified gunmen abducted a local chief in Kagara village, Nigeria, on 12 March.", "2020-03-15", "Kagara/NG"},
		{"a village named before the known town it is near", "Gunmen killed five farmers in Nyaung Kone village near Monywa on Sunday.", "2020-06-09", "Nyaung Kone/MM"},
		{"a village's name whose first word is another place's", "Gunmen killed five farmers in Gora Gan village, Kauru local government area, Kaduna state, on Sunday.", "2020-06-09", "Gora Gan/NG"},
		{"the unknown name an address opens with, before 'X district'", "Rebels ambushed a patrol near Mashkay, Awaran district, Balochistan, on Sunday.", "2020-06-09", "Mashkay/PK"},
		{"an unknown name before 'in' and a known territory", "Militants attacked a camp at Ngbaba in Djugu territory, Ituri province, on Sunday.", "2020-06-09", "Ngbaba/CD"},
		{"'the French city of Lille' is Lille",
			"A Chechen blogger was found shot dead in his car in the northern French city of Lille on Wednesday.", "2019-01-31", "Lille/FR"},
		{"a protest outside an embassy is where the embassy is",
			"On 21 August 2020, protesters gathered outside the Belarusian embassy in Vilnius, Lithuania, to denounce the election results.", "2020-08-25", "Vilnius/LT"},
		{"a town no gazetteer holds, placed by the address in brackets after it",
			"On 11 November 2022, suspected militants abducted a village chief near Kourouma (Soum, Sahel), Burkina Faso.", "2022-11-15", "Kourouma/BF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &vigil.Article{ID: "t", Text: tt.text}
			d, err := vigil.ParseDate(tt.published)
			if err != nil {
				t.Fatal(err)
			}
			a.Published = d
			evs := extractor(t).Extract(a).Events
			if len(evs) != 1 {
				t.Fatalf("Extract(%q): %d events, want 1", tt.text, len(evs))
			}
			got := "/" + evs[0].Country
			if evs[0].Place != nil {
				got = evs[0].Place.Name + got
			}
			if got != tt.want {
				t.Errorf("Extract(%q) place = %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestGolden pins the whole pipeline on the bundled sample corpus: one JSON Lines
// file of event records per article. Run with -update to accept a change, and
// review the diff as a behaviour change.
func TestGolden(t *testing.T) {
	corpus := filepath.Join("..", "testdata", "corpus")
	var inputs []string
	entries, err := os.ReadDir(corpus)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		n := e.Name()
		if strings.HasSuffix(n, ".txt") || strings.HasSuffix(n, ".html") {
			inputs = append(inputs, filepath.Join(corpus, n))
		}
	}
	if len(inputs) < 20 {
		t.Fatalf("sample corpus has %d articles, want at least 20", len(inputs))
	}
	x := extractor(t)
	for a, err := range article.Read(t.Context(), inputs, article.Options{}) {
		if err != nil {
			t.Fatalf("read corpus: %v", err)
		}
		res := x.Extract(a)
		ri := vigil.NewRuneIndex(a.Text)
		var b strings.Builder
		for i := range res.Events {
			rec := vigil.NewEventRecord(&res.Events[i], a.Text, ri)
			line, err := json.Marshal(rec)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(line)
			b.WriteByte('\n')
		}
		golden := filepath.Join("testdata", "golden", a.ID+".jsonl")
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%s: %v (run go test ./extract -update to create it)", a.ID, err)
		}
		if diff := cmp.Diff(string(want), b.String()); diff != "" {
			t.Errorf("%s: events differ from %s (-want +got):\n%s", a.ID, golden, diff)
		}
	}
}

// BenchmarkExtract measures the pipeline on the sample corpus in MB/s of text.
func BenchmarkExtract(b *testing.B) {
	x := benchExtractor(b)
	arts, total := corpusArticles(b)
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a)
		}
	}
}
