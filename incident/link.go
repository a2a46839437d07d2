package incident

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"

	"vigil"
)

// answers reports whether incidents of type t answer another incident: the
// responses of vigil.EventType.IsResponse, and protests.
func answers(t vigil.EventType) bool { return t.IsResponse() || t == vigil.Protest }

// link sets ResponseTo on every response incident that answers an attack: the
// attack its events are told next to in the same articles (the same sentence
// above all, then the attack told just before, nearer sentences weigh more),
// that happened no later than the response and not long before it, whose
// sponsoring state is the state the response targets (or, for the sponsor's
// own tit-for-tat, that happened in the state it targets), whose target or
// place it shares; and of the reports of that attack that clustering left
// apart, the one most articles tell. A response needs something that ties it to
// the attack (articles, target, words) before the rest is weighed, and a state
// acting against its own national answers none of its own attacks but the one
// on that person.
func link(items []item, groups [][]int, incidents []vigil.Incident, d *idf, threshold float64) {
	l := newLinker(items, groups, incidents, d)
	var cands *candidates
	answered := make([]int, len(groups))     // the group each response answers, or -1
	strength := make([]float64, len(groups)) // the score of that link
	for r := range groups {
		answered[r] = -1
		if !answers(incidents[r].Type) {
			continue
		}
		if l.fixed[r] {
			answered[r], strength[r] = l.kept(r, threshold)
			continue
		}
		votes := l.votes(r)
		if cands == nil {
			cands = newCandidates(l)
		}
		var best int
		var bestScore float64
		if exhaustiveLink {
			if checkCandidates != nil {
				checkCandidates(cands, r, votes)
			}
			best, bestScore = -1, threshold
			for _, a := range l.attacks {
				if s, ok := l.score(r, a, votes); ok && s > bestScore {
					best, bestScore = a, s
				}
			}
		} else {
			best, bestScore = cands.best(r, votes, threshold)
		}
		if best >= 0 {
			answered[r] = l.frags.canon(best)
		}
		strength[r] = bestScore
	}
	l.chain(answered, strength)
	for r, a := range answered {
		switch {
		case l.fixed[r]:
			// kept as it was, also when what it answers was not read
			incidents[r].ResponseTo = items[groups[r][0]].ev.ResponseTo
		case a >= 0:
			incidents[r].ResponseTo = incidents[a].ID
		}
	}
}

// kept returns the link of response group r, which a partial clustering does
// not group anew: the group of the incident it answered, and the score of
// that link; -1 when that incident was not read.
func (l *linker) kept(r int, threshold float64) (int, float64) {
	to := l.items[l.groups[r][0]].ev.ResponseTo
	if to == "" {
		return -1, threshold
	}
	if g, ok := l.byID[to]; ok {
		if !l.incidents[g].Type.IsResponse() {
			if s, ok := l.score(r, g, l.votes(r)); ok && s > threshold {
				return g, s
			}
		}
		return g, threshold
	}
	return -1, threshold
}

// chain links responses to the response they follow, told with them: a
// state's expulsion of diplomats in return for the expulsion of its own, a
// detention abroad on the charge the dissident's state brought against him.
// Such a response answers what the response it follows answers, when that
// ties it more strongly than its own link to an attack (strength); when
// neither answers an attack, the case begins with the response followed,
// and the other answers it. Responses are taken in date order, so that the
// case's first measure is its root.
func (l *linker) chain(answered []int, strength []float64) {
	var open []int
	for r := range l.groups {
		if l.incidents[r].Type.IsResponse() {
			open = append(open, r)
		}
	}
	sort.SliceStable(open, func(x, y int) bool {
		a, b := l.incidents[open[x]].Date, l.incidents[open[y]].Date
		if a.IsZero() != b.IsZero() {
			return b.IsZero()
		}
		return a.Time().Before(b.Time())
	})
	for _, r := range open {
		if l.fixed[r] {
			continue
		}
		votes := l.followVotes(r)
		best, bestScore := -1, strength[r]
		for q := range votes {
			if answered[r] >= 0 && (answered[q] < 0 || strength[q] <= strength[r]) {
				// A response tied to an attack follows only a response
				// tied more firmly to one: of two expulsions told in
				// one sentence, the one whose sentence names the
				// killing tells what both answer.
				continue
			}
			if s, ok := l.followScore(r, q, votes); ok && (s > bestScore || s == bestScore && best >= 0 && q < best) {
				best, bestScore = q, s
			}
		}
		if best < 0 {
			continue
		}
		root := best
		if answered[best] >= 0 {
			root = answered[best]
		}
		if root != r {
			answered[r] = root
		}
	}
	// A response that others followed may since have followed another:
	// they answer where it leads.
	for r := range answered {
		for n := 0; n < len(l.groups) && answered[r] >= 0 && !l.fixed[r]; n++ {
			q := answered[r]
			if !l.incidents[q].Type.IsResponse() || answered[q] < 0 || answered[q] == r {
				break
			}
			answered[r] = answered[q]
		}
	}
}

// followVotes weighs the other responses told in the same articles as
// response r's events, as votes weighs attacks: the same sentence above all,
// then nearer sentences, and a sentence of r that names their target.
func (l *linker) followVotes(r int) map[int]float64 {
	votes := map[int]float64{}
	for _, m := range l.groups[r] {
		for _, x := range l.responses[l.items[m].ev.ArticleID] {
			q := l.group[x]
			if q == r {
				continue
			}
			if sameSentence(l.items[m].ev, l.items[x].ev) {
				votes[q] += sentenceVote
				continue
			}
			votes[q] += nearVote(math.Abs(float64(l.items[m].start - l.items[x].start)))
			if l.items[x].proper && l.items[m].evidence[l.items[x].head] {
				votes[q] += namedVote
			}
		}
	}
	return votes
}

// followScore is the evidence that response r follows response q; ok is
// false when it cannot: q came after r.
func (l *linker) followScore(r, q int, votes map[int]float64) (float64, bool) {
	resp, prev := &l.incidents[r], &l.incidents[q]
	if !resp.Date.IsZero() && !prev.Date.IsZero() && prev.Date.Truncate(min(prev.Date.Precision, resp.Date.Precision)).Time().After(resp.Date.Time()) {
		return 0, false
	}
	d := l.d
	s := votes[q]
	s += 1.0 * d.overlap(l.targetWords(r, l.allTarget[q]), l.targetWords(q, l.allTarget[r]), d.target)
	if resp.Actor != nil && prev.Actor != nil && prev.Target != nil && resp.Actor.Country != "" &&
		prev.Target.Country == resp.Actor.Country && prev.Actor.Country != resp.Actor.Country {
		// The state the measure struck strikes back.
		s += counterVote
	}
	return s, true
}

// linker holds the incidents' features that linking compares.
type linker struct {
	items     []item
	groups    [][]int
	incidents []vigil.Incident
	d         *idf
	group     []int             // item -> its group
	targets   []map[string]bool // words of the targets it describes, and dictionary ids
	names     [][]*item         // its members whose target is a name
	allTarget []map[string]bool // words of all its targets
	actors    []map[string]bool
	evidence  []map[string]bool
	byArticle map[int64][]int // attack items by article
	responses map[int64][]int // response items by article
	attacks   []int           // groups that are attacks
	frags     *fragments
	fixed     []bool         // every member is fixed: the group keeps its link
	byID      map[string]int // group of each incident id
}

func newLinker(items []item, groups [][]int, incidents []vigil.Incident, d *idf) *linker {
	touched := touchedIncidents(items)
	l := &linker{items: items, groups: groups, incidents: incidents, d: d, group: make([]int, len(items)),
		targets: make([]map[string]bool, len(groups)), names: make([][]*item, len(groups)), allTarget: make([]map[string]bool, len(groups)), actors: make([]map[string]bool, len(groups)),
		evidence: make([]map[string]bool, len(groups)), byArticle: map[int64][]int{}, responses: map[int64][]int{}, fixed: make([]bool, len(groups))}
	l.byID = make(map[string]int, len(groups))
	for g, members := range groups {
		l.byID[incidents[g].ID] = g
		// A response whose members are all fixed keeps its link, unless
		// what it answered was grouped anew: a new report may have made
		// another of the attack's incidents the better answer.
		l.fixed[g] = !touched[items[members[0]].ev.ResponseTo]
		for _, m := range members {
			l.fixed[g] = l.fixed[g] && items[m].fixed
		}
		l.targets[g], l.allTarget[g], l.actors[g], l.evidence[g] = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, m := range members {
			l.group[m] = g
			it := &items[m]
			if it.proper {
				l.names[g] = append(l.names[g], it)
			}
			for w := range it.target {
				l.allTarget[g][w] = true
				if !it.proper || strings.HasPrefix(w, "id:") {
					l.targets[g][w] = true
				}
			}
			for w := range items[m].evidence {
				l.evidence[g][w] = true
			}
			if a := items[m].actor(); a != nil {
				for w := range words(a.Name) {
					l.actors[g][w] = true
				}
			}
		}
		if !incidents[g].Type.IsResponse() {
			l.attacks = append(l.attacks, g)
		}
	}
	for i := range items {
		if !items[i].ev.Event.Type.IsResponse() {
			l.byArticle[items[i].ev.ArticleID] = append(l.byArticle[items[i].ev.ArticleID], i)
		} else {
			l.responses[items[i].ev.ArticleID] = append(l.responses[items[i].ev.ArticleID], i)
		}
	}
	// (nor when an attack its own articles tell was grouped anew: a new
	// report of that attack may have made it the better answer, as a whole
	// clustering would find)
	for g, members := range groups {
		if !l.fixed[g] {
			continue
		}
	members:
		for _, m := range members {
			for _, a := range l.byArticle[items[m].ev.ArticleID] {
				if touched[items[a].ev.Incident] || !items[a].fixed {
					l.fixed[g] = false
					break members
				}
			}
		}
	}
	l.frags = &fragments{items: items, groups: groups, incidents: incidents, d: d, threshold: fragmentThreshold, memo: map[int]int{}, coh: map[int]float64{}}
	return l
}

// targetWords returns the words of group g's targets that words x can match:
// those of the targets it describes, and those of each target it names whose
// head x holds ("Baredev" for "Salma Baredev": a given name alone is no match).
func (l *linker) targetWords(g int, x map[string]bool) map[string]bool {
	out := l.targets[g]
	copied := false
	for _, it := range l.names[g] {
		if !x[it.head] {
			continue
		}
		if !copied {
			out = maps.Clone(out)
			copied = true
		}
		for w := range it.target {
			out[w] = true
		}
	}
	return out
}

// nearVote is what an attack told dist code points from a response in the
// same article adds to the response's link to it: an article is most often
// about one attack and its responses, however far apart it tells them.
func nearVote(dist float64) float64 { return 0.6 + math.Exp(-dist/1500) }

// antecedentVote is what the attack told last before a response in its article
// adds to the response's link to it: an article that tells several cases
// (an explainer, a list of plots) tells each case's responses after it.
const antecedentVote = 0.6

// namedVote is what an attack of the response's article adds to the
// response's link to it when the response's sentence names the attack's
// target. It weighs less than the antecedent: an article names its main
// victim again wherever it tells of him, also next to other cases.
const namedVote = 0.5

// votes weighs the attacks told in the same articles as response r's events.
func (l *linker) votes(r int) map[int]float64 {
	votes := map[int]float64{}
	for _, m := range l.groups[r] {
		ante, anteStart, told := -1, -1, false
		var named []int
		for _, a := range l.byArticle[l.items[m].ev.ArticleID] {
			if sameSentence(l.items[m].ev, l.items[a].ev) {
				// "expelled diplomats over the poisoning of ...": the
				// sentence names what the response answers.
				votes[l.group[a]] += sentenceVote
				told = true
				continue
			}
			dist := math.Abs(float64(l.items[m].start - l.items[a].start))
			votes[l.group[a]] += nearVote(dist)
			if l.items[a].proper && l.items[m].evidence[l.items[a].head] {
				named = append(named, l.group[a])
			}
			if st := l.items[a].start; st < l.items[m].start && st > anteStart {
				ante, anteStart = a, st
			}
		}
		if ante >= 0 && !told {
			votes[l.group[ante]] += antecedentVote
		}
		if !told {
			// "FBI agents arrest two men near the home of the satirist
			// Kaveh Nourani": the sentence names whom an attack of the
			// article was aimed at. A sentence that tells the attack
			// itself needs no name.
			for _, g := range named {
				votes[g] += namedVote
			}
		}
	}
	return votes
}

// score is the evidence that response r answers attack a; ok is false when it
// cannot. It needs something that ties the two: the articles that tell them
// together, a target, the words of their sentences. Where, when and how widely
// reported an attack is only ranks the attacks so tied: on their own they
// would link any response to the best-known attack of its year.
func (l *linker) score(r, a int, votes map[int]float64) (float64, bool) {
	resp, att := &l.incidents[r], &l.incidents[a]
	if !resp.Date.IsZero() && !att.Date.IsZero() && att.Date.Truncate(min(att.Date.Precision, resp.Date.Precision)).Time().After(resp.Date.Time()) {
		return 0, false // a response does not come before what it answers
	}
	s := votes[a]
	if resp.Type == vigil.Protest && (s == 0 || att.Type == vigil.Protest) {
		return 0, false
	}
	d := l.d
	s += 1.0 * d.overlap(l.targetWords(r, l.allTarget[a]), l.targetWords(a, l.allTarget[r]), d.target)
	s += 0.5 * d.overlap(l.targetWords(r, l.actors[a]), l.actors[a], d.target)
	s += 0.5 * d.cosine(l.evidence[r], l.evidence[a], d.evid)
	// The response's sentences name the attack's target ("over the murder of ...").
	s += 0.8 * d.overlap(l.evidence[r], l.targetWords(a, l.evidence[r]), d.evid)
	if s < minRelation {
		return 0, false
	}
	if att.Type == vigil.Protest {
		// Diplomats expelled for joining a protest answer it; but a protest
		// is more often itself an answer, told next to what it answers.
		s -= protestPenalty
	}
	if resp.Target != nil && att.Actor != nil && resp.Target.Country != "" && resp.Target.Country == att.Actor.Country {
		s += 0.4
	}
	if own(resp, att) {
		switch {
		case resp.Target.Country != resp.Actor.Country && resp.Target.Country == att.Country:
			// The sponsor's answer to the host's answer: Moscow expels
			// British diplomats after a poisoning in England.
			s += counterVote
		case resp.Target.Country == resp.Actor.Country && d.overlap(l.targetWords(r, l.allTarget[a]), l.targetWords(a, l.allTarget[r]), d.target) == 0:
			// A state that acts against its own nationals does not answer
			// its own attack; what it does to the victim afterwards (the
			// "arrest" of a man its agents abducted) goes on with that
			// attack, and names him.
			return 0, false
		}
	}
	if resp.Country != "" && resp.Country == att.Country {
		s += 0.3
	}
	// An attack several articles report is more likely the one answered
	// than a passing mention.
	s += 0.3 * float64(min(att.Articles-1, 3))
	if !resp.Date.IsZero() && !att.Date.IsZero() {
		days := resp.Date.Time().Sub(att.Date.Time()).Hours() / 24
		s -= 0.05 * math.Max(0, days/365-1)
		// A response the same days as the attack (the gunman arrested at the
		// scene) answers it rather than one of years before.
		switch min(resp.Date.Precision, att.Date.Precision) {
		case vigil.PrecisionDay:
			s += recentBonus * math.Exp(-math.Abs(days)/30)
		case vigil.PrecisionMonth:
			// The same month or the next: half as sure.
			s += recentBonus / 2 * math.Exp(-math.Abs(days)/45)
		}
	}
	return s, true
}

// counterVote is what the sponsor's measure against the state where its
// attack happened adds to its link to that attack: tit-for-tat answers
// nothing else.
const counterVote = 0.4

// own reports whether a response is by the state that sponsored the attack,
// against someone of known nationality.
func own(resp, att *vigil.Incident) bool {
	return resp.Actor != nil && att.Actor != nil && resp.Target != nil && resp.Actor.Country != "" &&
		resp.Actor.Country == att.Actor.Country && resp.Target.Country != ""
}

// minRelation is the least that must tie a response to an attack, from their
// articles, targets and sentences, before anything else is weighed.
const minRelation = 0.3

// fragmentThreshold is the affinity above which an attack incident is taken
// for a fragment of a better-supported one.
const fragmentThreshold = 0.4

// recentBonus is what a response dated the day of an attack adds to its link
// to it, fading over the following months.
const recentBonus = 0.6

// protestPenalty is what a protest costs as the incident a response answers.
const protestPenalty = 0.5

// sentenceVote is what an attack told in the same sentence as a response adds
// to the response's link to it.
const sentenceVote = 2.5

// kin reports whether incidents of types a and b may be one attack told two
// ways: the same type, or a killing and a shooting.
func kin(a, b vigil.EventType) bool {
	if a == b {
		return true
	}
	violent := func(t vigil.EventType) bool { return t == vigil.Assassination || t == vigil.ArmedAttack }
	return violent(a) && violent(b)
}

// fragments finds, for an attack incident, the incident of the same attack that
// more articles tell: clustering leaves apart the reports of an attack it could
// not merge (two told by one article, a report with a vague date or a wrong
// country), and a response told next to one of them answers the attack that the
// best-supported of them stands for.
type fragments struct {
	items     []item
	groups    [][]int
	incidents []vigil.Incident
	d         *idf
	threshold float64
	memo      map[int]int
	coh       map[int]float64
	kins      map[vigil.EventType]*kinGroups // the groups of each kin's types
}

// near returns the groups, in order, whose type is kin to g's and of which
// an event may be dated as one of g's: the others have no affinity with g.
// Dates are compatible only within a year, or across New Year for days at
// most three days apart; an undated event is compatible with every date.
func (f *fragments) near(g int) []int {
	if f.kins == nil {
		f.kins = map[vigil.EventType]*kinGroups{}
		for h := range f.groups {
			t := kinClass(f.incidents[h].Type)
			k := f.kins[t]
			if k == nil {
				k = &kinGroups{byYear: map[int][]int{}}
				f.kins[t] = k
			}
			k.all = append(k.all, h)
			for _, y := range f.years(h) {
				k.byYear[y] = append(k.byYear[y], h)
			}
		}
	}
	k := f.kins[kinClass(f.incidents[g].Type)]
	years := f.years(g)
	if slices.Contains(years, 0) {
		return k.all
	}
	var out []int
	seen := map[int]bool{}
	for _, y := range append(years, 0) {
		for _, n := range []int{y - 1, y, y + 1} {
			if y == 0 && n != 0 {
				continue
			}
			for _, h := range k.byYear[n] {
				if !seen[h] {
					seen[h] = true
					out = append(out, h)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// kinGroups are the groups of kin types: all of them, in order, and those
// with an event of each year (0: undated), in order.
type kinGroups struct {
	all    []int
	byYear map[int][]int
}

// years returns the years of group g's events, each once (0 for an undated
// event).
func (f *fragments) years(g int) []int {
	var out []int
	for _, m := range f.groups[g] {
		y := 0
		if d := f.items[m].ev.Event.Date; !d.IsZero() {
			y = d.Year
		}
		if !slices.Contains(out, y) {
			out = append(out, y)
		}
	}
	return out
}

// kinClass names the types kin to t: t itself, or the killing for a
// shooting.
func kinClass(t vigil.EventType) vigil.EventType {
	if t == vigil.ArmedAttack {
		return vigil.Assassination
	}
	return t
}

// canon returns the incident attack g's responses should point at: the
// best-supported incident of the same attack.
func (f *fragments) canon(g int) int {
	if c, ok := f.memo[g]; ok {
		return c
	}
	f.memo[g] = g
	best := g
	near := f.near(g)
	if exhaustiveLink {
		near = nil
		for h := range f.groups {
			near = append(near, h)
		}
	}
	for _, h := range near {
		in := &f.incidents[h]
		if h == g || answers(in.Type) || !kin(in.Type, f.incidents[g].Type) || !f.better(h, best) {
			continue
		}
		if aff, ok := f.affinity(g, h); ok && aff >= f.threshold {
			best = h
		}
	}
	if best != g {
		best = f.canon(best)
	}
	f.memo[g] = best
	return best
}

// better reports whether incident g is better supported than h: more
// articles tell it, or as many and its reports agree more with each other.
func (f *fragments) better(g, h int) bool {
	if a, b := f.incidents[g].Articles, f.incidents[h].Articles; a != b {
		return a > b
	}
	if a, b := f.coherence(g), f.coherence(h); a != b {
		return a > b
	}
	return g < h
}

// coherence is the mean similarity of an incident's events to each other.
func (f *fragments) coherence(g int) float64 {
	if c, ok := f.coh[g]; ok {
		return c
	}
	members := f.groups[g]
	sum, n := 0.0, 0
	for x := 0; x < len(members); x++ {
		for y := x + 1; y < len(members); y++ {
			sum += similarity(&f.items[members[x]], &f.items[members[y]], f.d)
			n++
		}
	}
	c := 0.0
	if n > 0 {
		c = sum / float64(n)
	}
	f.coh[g] = c
	return c
}

// affinity is the best similarity of an event of incident g to an event of
// incident h whose date and country it is compatible with; ok is false when none is.
func (f *fragments) affinity(g, h int) (float64, bool) {
	best, ok := math.Inf(-1), false
	for _, x := range f.groups[g] {
		for _, y := range f.groups[h] {
			ex, ey := &f.items[x].ev.Event, &f.items[y].ev.Event
			if !datesCompatible(ex.Date, ey.Date) {
				continue
			}
			if ex.Country != "" && ey.Country != "" && ex.Country != ey.Country {
				continue
			}
			s := similarity(&f.items[x], &f.items[y], f.d)
			if ex.Type != ey.Type {
				s -= 0.2
			}
			best, ok = math.Max(best, s), true
		}
	}
	return best, ok
}
