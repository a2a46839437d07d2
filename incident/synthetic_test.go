package incident

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"vigil"
)

// A synthetic store: a few incidents told by several articles years apart,
// with their responses, among many unrelated one-off incidents of the same
// types, in the same countries and years. It is what the held-out corpus
// looks like, at a size where a loose rule shows.

type city struct {
	name, country string
	lat, lon      float64
}

var synthCities = []city{
	{"Berlin", "DE", 52.52, 13.40}, {"Hamburg", "DE", 53.55, 9.99}, {"Paris", "FR", 48.86, 2.35},
	{"Lyon", "FR", 45.76, 4.84}, {"London", "GB", 51.51, -0.13}, {"Manchester", "GB", 53.48, -2.24},
	{"Vienna", "AT", 48.21, 16.37}, {"Stockholm", "SE", 59.33, 18.07}, {"Amsterdam", "NL", 52.37, 4.90},
	{"Brussels", "BE", 50.85, 4.35}, {"Istanbul", "TR", 41.01, 28.98}, {"Dubai", "AE", 25.20, 55.27},
	{"Toronto", "CA", 43.65, -79.38}, {"New York", "US", 40.71, -74.01}, {"Los Angeles", "US", 34.05, -118.24},
	{"Copenhagen", "DK", 55.68, 12.57}, {"Oslo", "NO", 59.91, 10.75}, {"Prague", "CZ", 50.08, 14.44},
	{"Nairobi", "KE", -1.29, 36.82}, {"Bangkok", "TH", 13.76, 100.50},
}

var synthSponsors = []string{"IR", "RU", "CN", "SA", "RW", "IN", "BY", "TR", "VN", "EG", "ER", "TM"}

var (
	synthFirst = []string{"Amir", "Leyla", "Omar", "Nadia", "Tenzin", "Ruslan", "Mei", "Karim", "Farida", "Pavel",
		"Sana", "Yusuf", "Darya", "Bilal", "Hana", "Timur", "Aziz", "Rania", "Dmitri", "Lin",
		"Samir", "Zara", "Elif", "Jamal", "Nour", "Arman", "Salma", "Viktor", "Aisha", "Kemal"}
	// Surnames are made of two syllables; each person has their own, while
	// many share a given name.
	synthSyllables = []string{"Ha", "Ka", "Na", "Do", "Be", "Zho", "Ra", "Os", "Vol", "Fa",
		"Yil", "Sul", "Mir", "Ab", "Tash", "Qur", "Leb", "Wan", "Hos", "Dem",
		"Am", "Sai", "Kov", "Bar", "Man", "Pet", "Ja", "Ali", "Nor", "Sha"}
	synthEndings = []string{"dad", "rimova", "sser", "rje", "kov", "ui", "himi", "manov", "kova", "rouk",
		"maz", "tani", "za", "di", "kentov", "eshi", "edev", "gli", "seini", "mir",
		"bek", "lani", "vich", "zadeh", "oglu", "ren", "tov", "pour", "yan", "sov"}
)

// synthAttack holds, per attack type, ways a report tells it: %[1]s is the
// victim, %[2]s the city.
var synthAttack = map[vigil.EventType][]string{
	vigil.Assassination: {"%[1]s, an exiled critic, was shot dead outside his flat in %[2]s.", "Gunmen killed the dissident %[1]s in %[2]s."},
	vigil.Abduction:     {"%[1]s was abducted from a street in %[2]s and flown home.", "Agents seized the activist %[1]s in %[2]s."},
	vigil.ArmedAttack:   {"%[1]s was stabbed by two men near the station in %[2]s.", "A man beat the blogger %[1]s with a bar in %[2]s."},
	vigil.Surveillance:  {"Two men photographed the home of %[1]s in %[2]s for weeks.", "An informant spied on %[1]s and his circle in %[2]s."},
	vigil.Intimidation:  {"Relatives of %[1]s were threatened over his reporting from %[2]s.", "%[1]s received death threats at his home in %[2]s."},
	vigil.Bombing:       {"A parcel bomb was sent to the office of %[1]s in %[2]s.", "Police defused a bomb under the car of %[1]s in %[2]s."},
	vigil.Cyberattack:   {"Spyware was found on the phone of %[1]s in %[2]s.", "Hackers broke into the email of %[1]s while he lived in %[2]s."},
}

// synthResponse holds, per response type, ways a report tells it: %[1]s is
// whom it targets, %[2]s the city.
var synthResponse = map[vigil.EventType][]string{
	vigil.Arrest:     {"Police in %[2]s arrested %[1]s.", "%[1]s was detained in %[2]s."},
	vigil.Charge:     {"Prosecutors in %[2]s charged %[1]s.", "%[1]s was indicted in %[2]s."},
	vigil.Conviction: {"A court in %[2]s convicted %[1]s.", "%[1]s was sentenced in %[2]s."},
	vigil.Expulsion:  {"%[2]s expelled %[1]s.", "%[1]s were declared persona non grata in %[2]s."},
	vigil.Sanction:   {"The government in %[2]s froze the assets of %[1]s.", "%[1]s were put under sanctions by %[2]s."},
}

var (
	synthAttackTypes   = []vigil.EventType{vigil.Assassination, vigil.Abduction, vigil.ArmedAttack, vigil.Surveillance, vigil.Intimidation, vigil.Bombing, vigil.Cyberattack}
	synthResponseTypes = []vigil.EventType{vigil.Arrest, vigil.Charge, vigil.Conviction, vigil.Expulsion, vigil.Sanction}
)

// synth builds stored events.
type synth struct {
	rng     *rand.Rand
	events  []vigil.StoredEvent
	nextID  int64
	article int64
	names   map[string]bool
}

func newSynth(seed uint64) *synth {
	return &synth{rng: rand.New(rand.NewPCG(seed, 1)), names: map[string]bool{}}
}

// person returns a name whose surname no other call returned. Surnames get
// a third syllable when two rarely give a new one.
func (s *synth) person() string {
	for try := 0; ; try++ {
		last := synthSyllables[s.rng.IntN(len(synthSyllables))] + synthEndings[s.rng.IntN(len(synthEndings))]
		if try > 10 {
			last = synthSyllables[s.rng.IntN(len(synthSyllables))] + strings.ToLower(last)
		}
		if !s.names[last] {
			s.names[last] = true
			return synthFirst[s.rng.IntN(len(synthFirst))] + " " + last
		}
	}
}

func (s *synth) newArticle() { s.article++ }

// add stores one event of the current article; date is "" when the report gives
// none and c.name "" when it names no place.
func (s *synth) add(typ vigil.EventType, date string, c city, actor, target, text string, start int) int64 {
	s.nextID++
	d, err := vigil.ParseDate(date)
	if date != "" && err != nil {
		panic(err)
	}
	ev := vigil.Event{Doc: fmt.Sprintf("a%d", s.article), Type: typ, Status: vigil.CarriedOut, Date: d, Country: c.country, Confidence: 0.8}
	if c.name != "" {
		ev.Place = &vigil.Place{Name: c.name, Country: c.country, Lat: c.lat, Lon: c.lon, HasCoords: true, Feature: vigil.FeatureCity}
	}
	if actor != "" {
		ev.Actor = &vigil.ActorRef{Name: actor, Country: actor}
	}
	if target != "" {
		ev.Target = &vigil.ActorRef{Name: target}
	}
	s.events = append(s.events, vigil.StoredEvent{ID: s.nextID, ArticleID: s.article, Event: ev,
		Evidence: []vigil.EvidenceSpan{{Start: start, End: start + len(text), Text: text}}})
	return s.nextID
}

// date returns a random day from 2012 to 2024 at a random precision.
func (s *synth) date() (day, reported string) {
	y, m, dd := 2012+s.rng.IntN(13), 1+s.rng.IntN(12), 1+s.rng.IntN(28)
	day = fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
	switch s.rng.IntN(4) {
	case 0:
		return day, day[:7]
	case 1:
		return day, day[:4]
	default:
		return day, day
	}
}

// oneOff adds an article telling one incident no other article tells: an
// attack, sometimes with the arrest that followed it, or a response alone.
// It returns the ids of its events.
func (s *synth) oneOff() []int64 {
	s.newArticle()
	c := synthCities[s.rng.IntN(len(synthCities))]
	_, date := s.date()
	if s.rng.IntN(10) == 0 {
		c.name = "" // the report names the country only
	}
	place := c.name
	if place == "" {
		place = "the capital"
	}
	if s.rng.IntN(3) == 0 {
		typ := synthResponseTypes[s.rng.IntN(len(synthResponseTypes))]
		who := s.person()
		text := fmt.Sprintf(synthResponse[typ][s.rng.IntN(2)], who, place)
		return []int64{s.add(typ, date, c, c.country, who, text, 0)}
	}
	typ := synthAttackTypes[s.rng.IntN(len(synthAttackTypes))]
	victim := s.person()
	sponsor := synthSponsors[s.rng.IntN(len(synthSponsors))]
	text := fmt.Sprintf(synthAttack[typ][s.rng.IntN(2)], victim, place)
	ids := []int64{s.add(typ, date, c, sponsor, victim, text, 0)}
	if s.rng.IntN(3) == 0 {
		suspect := s.person()
		text := fmt.Sprintf(synthResponse[vigil.Arrest][s.rng.IntN(2)], suspect, place)
		ids = append(ids, s.add(vigil.Arrest, date, c, c.country, suspect, text, 300))
	}
	return ids
}

// chain is an attack told by several articles over the years, with the
// responses that followed it.
type chain struct {
	attacks   []int64 // every report of the attack
	responses []int64 // the responses, each in its own incident, answering it
}

// storyChain adds four articles about one attack: the first report with the
// arrest of the suspect the same day; months later, the charges; two years
// later, the verdict and the expulsion of diplomats of the sponsoring state; and
// the sponsor's expulsion of the host's diplomats in return.
func (s *synth) storyChain(typ vigil.EventType, c city, sponsor string, year int) chain {
	victim, suspect := s.person(), s.person()
	day := fmt.Sprintf("%04d-03-14", year)
	var ch chain
	verb := map[vigil.EventType]string{vigil.Assassination: "killing", vigil.Abduction: "kidnapping",
		vigil.Bombing: "bomb plot against", vigil.ArmedAttack: "stabbing"}[typ]

	s.newArticle()
	ch.attacks = append(ch.attacks, s.add(typ, day, c, "", victim,
		fmt.Sprintf(synthAttack[typ][0], victim, c.name), 0))
	ch.responses = append(ch.responses, s.add(vigil.Arrest, day, c, c.country, suspect,
		fmt.Sprintf("Police in %s arrested %s, a suspect in the %s %s, hours later.", c.name, suspect, verb, victim), 200))

	s.newArticle()
	ch.responses = append(ch.responses, s.add(vigil.Charge, fmt.Sprintf("%04d-09-02", year), c, c.country, suspect,
		fmt.Sprintf("Prosecutors charged %s over the %s %s in %s in March.", suspect, verb, victim, c.name), 0))
	ch.attacks = append(ch.attacks, s.add(typ, fmt.Sprintf("%04d-03", year), c, sponsor, victim,
		fmt.Sprintf("Investigators say agents of the state ordered the %s %s.", verb, victim), 150))

	s.newArticle()
	ch.responses = append(ch.responses, s.add(vigil.Conviction, fmt.Sprintf("%04d-11-20", year+2), c, c.country, suspect,
		fmt.Sprintf("A court in %s convicted %s of the %s %s.", c.name, suspect, verb, victim), 0))
	ch.attacks = append(ch.attacks, s.add(typ, fmt.Sprintf("%04d", year), c, sponsor, victim,
		fmt.Sprintf("The judges found that %s had been targeted on orders from abroad.", victim), 120))
	expel := s.add(vigil.Expulsion, fmt.Sprintf("%04d-11-20", year+2), c, c.country, "two diplomats",
		"The government expelled two diplomats the same day.", 260)
	ch.responses = append(ch.responses, expel)
	s.events[len(s.events)-1].Event.Target.Country = sponsor

	s.newArticle()
	home := city{country: sponsor}
	ch.responses = append(ch.responses, s.add(vigil.Expulsion, fmt.Sprintf("%04d-11-25", year+2), home, sponsor, "two diplomats",
		fmt.Sprintf("In return the foreign ministry expelled two diplomats, calling the verdict over %s a provocation.", victim), 0))
	s.events[len(s.events)-1].Event.Target.Country = c.country
	return ch
}

// synthStore returns the events of n one-off articles mixed with four chains,
// the chains, and the ids of the one-offs' events, one slice per article.
func synthStore(seed uint64, n int) ([]vigil.StoredEvent, []chain, [][]int64) {
	s := newSynth(seed)
	var chains []chain
	var oneOffs [][]int64
	specs := []struct {
		typ     vigil.EventType
		city    int
		sponsor string
		year    int
	}{
		{vigil.Assassination, 0, "RU", 2019}, {vigil.Abduction, 10, "IR", 2016},
		{vigil.Bombing, 2, "IR", 2018}, {vigil.ArmedAttack, 4, "CN", 2021},
	}
	for i := 0; i < n; i++ {
		if i%(n/len(specs)+1) == n/(2*len(specs)) && len(chains) < len(specs) {
			sp := specs[len(chains)]
			chains = append(chains, s.storyChain(sp.typ, synthCities[sp.city], sp.sponsor, sp.year))
		}
		oneOffs = append(oneOffs, s.oneOff())
	}
	for len(chains) < len(specs) {
		sp := specs[len(chains)]
		chains = append(chains, s.storyChain(sp.typ, synthCities[sp.city], sp.sponsor, sp.year))
	}
	return s.events, chains, oneOffs
}

func TestSyntheticChainsAmongOneOffs(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			evs, chains, oneOffs := synthStore(seed, 400)
			r := Cluster(evs, Options{})
			inc := incidentOf(r)
			members := map[string]int{}
			for _, in := range inc {
				members[in]++
			}
			for c, ch := range chains {
				attack := inc[ch.attacks[0]]
				for _, id := range ch.attacks[1:] {
					if inc[id] != attack {
						t.Errorf("chain %d: report %d of the attack in incident %q, want %q", c, id, inc[id], attack)
					}
				}
				if members[attack] != len(ch.attacks) {
					t.Errorf("chain %d: attack incident %q holds %d events, want its %d reports", c, attack, members[attack], len(ch.attacks))
				}
				for _, id := range ch.responses {
					in := byID(r, inc[id])
					if in == nil || in.ResponseTo != attack {
						t.Errorf("chain %d: response %d answers %q, want the attack %q", c, id, in.ResponseTo, attack)
					}
				}
			}
			// Every one-off stays an incident of its own; a one-off
			// response answers no chain's attack.
			chainAttack := map[string]bool{}
			for _, ch := range chains {
				chainAttack[inc[ch.attacks[0]]] = true
			}
			merged, linked := 0, 0
			for _, ids := range oneOffs {
				for _, id := range ids {
					if members[inc[id]] != 1 {
						merged++
					}
					if in := byID(r, inc[id]); in != nil && chainAttack[in.ResponseTo] {
						linked++
					}
				}
			}
			if merged > 0 {
				t.Errorf("%d one-off events share an incident with another event, want none", merged)
			}
			if linked > 0 {
				t.Errorf("%d one-off responses answer a chain's attack, want none", linked)
			}
		})
	}
}

// BenchmarkCluster clusters and links a synthetic store of unrelated one-offs
// with a few chains.
func BenchmarkCluster(b *testing.B) {
	for _, n := range []int{500, 5000} {
		evs, _, _ := synthStore(1, n)
		b.Run(fmt.Sprint(len(evs), " events"), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Cluster(evs, Options{})
			}
		})
	}
}
