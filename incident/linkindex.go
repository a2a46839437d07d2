package incident

import (
	"cmp"
	"math"
	"slices"

	"vigil"
)

// candidates indexes the attacks of a linker by what score needs to find a
// response tied to them, so that a response is scored only against the
// attacks it may be linked to, not against every attack read.
//
// score refuses a pair whose ties (votes + 1.0 T + 0.5 A + 0.5 C + 0.8 N)
// come to less than minRelation, and each of the five is zero or more:
//
//   - votes: only the attacks of the response's articles have any;
//   - T, the overlap of the targets' words: none without a word that both
//     incidents' targets hold (targetWords(g, x) ⊆ allTarget[g]);
//   - A, the response's target in the attack's actor: none without a word of
//     the response's targets among the attack's actor words;
//   - N, the attack's target in the response's sentences: none without a
//     word of those sentences among the words of the targets the attack
//     describes (targets) or the heads of the targets it names (a name
//     counts only through its head, and its head is one of its words);
//   - C, the cosine of the sentences' words: on its own, C must reach
//     2 minRelation, and two word sets whose cosine reaches that share a
//     word of both prefixes (see prefix).
//
// An attack none of which holds cannot pass score: skipping it changes
// nothing.
type candidates struct {
	l         *linker
	pos       map[int]int      // position in l.attacks of each attack group
	byTarget  map[string][]int // word of an attack's targets -> positions
	byActor   map[string][]int // word of an attack's actor -> positions
	byNamed   map[string][]int // word a sentence can name an attack's target by -> positions
	byPrefix  map[string][]int // word of an attack's sentences' prefix -> positions
	feats     []feat           // what bound reads of each attack
	countries map[string]int32 // the number of each country in feats
	mark      []int            // the query that last marked each position
	hits      []uint8          // which ties each position marked in that query may have
	ub        []float64
	query     int
	out       []int
}

// The ties a response may have with an attack, as candidates finds them.
const (
	hitVotes uint8 = 1 << iota
	hitTarget
	hitActor
	hitNamed
	hitPrefix
)

// exhaustiveLink makes link score each response against every attack read,
// and checkCandidates, when set, is shown each response's candidates there:
// tests compare the two ways.
var (
	exhaustiveLink  bool
	checkCandidates func(c *candidates, r int, votes map[int]float64)
)

// minCosine is the least cosine of the sentences' words that can tie a
// response to an attack on its own: score weighs it 0.5 and needs
// minRelation, less a margin that rounding cannot cross.
const minCosine = 2*minRelation - 0.01

func newCandidates(l *linker) *candidates {
	c := &candidates{l: l, pos: make(map[int]int, len(l.attacks)), byTarget: map[string][]int{}, byActor: map[string][]int{},
		byNamed: map[string][]int{}, byPrefix: map[string][]int{}, feats: make([]feat, len(l.attacks)), countries: map[string]int32{},
		mark: make([]int, len(l.attacks)), hits: make([]uint8, len(l.attacks))}
	for p, a := range l.attacks {
		c.pos[a] = p
		for w := range l.allTarget[a] {
			c.byTarget[w] = append(c.byTarget[w], p)
		}
		for w := range l.actors[a] {
			c.byActor[w] = append(c.byActor[w], p)
		}
		for w := range l.targets[a] {
			c.byNamed[w] = append(c.byNamed[w], p)
		}
		for _, it := range l.names[a] {
			if !l.targets[a][it.head] {
				c.byNamed[it.head] = append(c.byNamed[it.head], p)
			}
		}
		for _, w := range c.prefix(l.evidence[a]) {
			c.byPrefix[w] = append(c.byPrefix[w], p)
		}
		c.feats[p] = c.feat(&l.incidents[a], c.countries)
	}
	return c
}

// prefix returns the leading words of sentence words e in the order of
// their weight (rarest first, then alphabetical), as many as leave a rest
// whose weighted norm is less than minCosine times e's. Two sets with no
// word in both prefixes have all their common words in the rest of one of
// them (the order is the same for all sets), so their cosine is at most
// that rest's norm over the set's norm: less than minCosine.
func (c *candidates) prefix(e map[string]bool) []string {
	if len(e) == 0 {
		return nil
	}
	d := c.l.d
	type word struct {
		w string
		x float64
	}
	ws := make([]word, 0, len(e))
	total := 0.0
	for w := range e {
		x := d.of(d.evid, w)
		ws = append(ws, word{w, x * x})
		total += x * x
	}
	slices.SortFunc(ws, func(a, b word) int {
		if a.x != b.x {
			return cmp.Compare(b.x, a.x)
		}
		return cmp.Compare(a.w, b.w)
	})
	limit := minCosine * minCosine * total
	k, rest := len(ws), 0.0
	for k > 0 && rest+ws[k-1].x < limit {
		rest += ws[k-1].x
		k--
	}
	out := make([]string, k)
	for i := range k {
		out[i] = ws[i].w
	}
	return out
}

// of returns the positions in l.attacks of the attacks response r may be
// linked to, in order: a superset of those score accepts. hits holds, for
// each, the ties it may have.
func (c *candidates) of(r int, votes map[int]float64) []int {
	l := c.l
	c.query++
	c.out = c.out[:0]
	add := func(ps []int, bit uint8) {
		for _, p := range ps {
			if c.mark[p] != c.query {
				c.mark[p] = c.query
				c.hits[p] = 0
				c.out = append(c.out, p)
			}
			c.hits[p] |= bit
		}
	}
	for g := range votes {
		if p, ok := c.pos[g]; ok {
			add([]int{p}, hitVotes)
		}
	}
	for w := range l.allTarget[r] {
		add(c.byTarget[w], hitTarget)
		add(c.byActor[w], hitActor)
	}
	for w := range l.evidence[r] {
		add(c.byNamed[w], hitNamed)
	}
	for _, w := range c.prefix(l.evidence[r]) {
		add(c.byPrefix[w], hitPrefix)
	}
	slices.Sort(c.out)
	return c.out
}

// feat holds what bound reads of an incident, with each country as a
// number (0 for none).
type feat struct {
	country, actor, target int32 // the incident's country, its actor's and its target's
	prec                   vigil.Precision
	protest                bool
	days                   float64 // the day its date begins, in days since 1970
	articles               float64 // what its articles add to a link to it
}

func (c *candidates) feat(in *vigil.Incident, countries map[string]int32) feat {
	num := func(s string) int32 {
		if s == "" {
			return 0
		}
		n, ok := countries[s]
		if !ok {
			n = int32(len(countries) + 1)
			countries[s] = n
		}
		return n
	}
	f := feat{country: num(in.Country), prec: in.Date.Precision, protest: in.Type == vigil.Protest,
		articles: 0.3 * float64(min(in.Articles-1, 3))}
	if in.Actor != nil {
		f.actor = num(in.Actor.Country)
	}
	if in.Target != nil {
		f.target = num(in.Target.Country)
	}
	if !in.Date.IsZero() {
		f.days = float64(in.Date.Time().Unix()) / 86400
	}
	return f
}

// bound is at least the score of response r (of features rf) for the attack
// at position p, whose possible ties of is hits: score's terms, with each
// tie taken at its most (an overlap or a cosine is at most 1) and the rest
// as score weighs it. It is cheap: no word set is compared.
func (c *candidates) bound(rf *feat, p int, votes map[int]float64) float64 {
	af := &c.feats[p]
	h := c.hits[p]
	v := 0.0
	if h&hitVotes != 0 {
		v = votes[c.l.attacks[p]]
	}
	if rf.protest && (v == 0 || af.protest) {
		return math.Inf(-1)
	}
	s := v
	if h&hitTarget != 0 {
		s += 1.0
	}
	if h&hitActor != 0 {
		s += 0.5
	}
	if h&hitPrefix != 0 {
		s += 0.5
	} else {
		s += 0.5 * minCosine
	}
	if h&hitNamed != 0 {
		s += 0.8
	}
	if af.protest {
		s -= protestPenalty
	}
	if rf.target != 0 && rf.target == af.actor {
		s += 0.4
	}
	// own(resp, att), and the sponsor strikes the state of its attack
	if rf.actor != 0 && rf.actor == af.actor && rf.target != 0 && rf.target != rf.actor && rf.target == af.country {
		s += counterVote
	}
	if rf.country != 0 && rf.country == af.country {
		s += 0.3
	}
	s += af.articles
	if rf.prec != vigil.PrecisionNone && af.prec != vigil.PrecisionNone {
		days := rf.days - af.days
		if math.Abs(days) < 100_000 {
			// score measures the span with a time.Duration, which
			// holds no more than 292 years: further apart, the
			// bound takes no penalty
			s -= 0.05 * math.Max(0, days/365-1)
		}
		switch min(rf.prec, af.prec) {
		case vigil.PrecisionDay:
			s += recentBonus * fade(math.Abs(days)/30)
		case vigil.PrecisionMonth:
			s += recentBonus / 2 * fade(math.Abs(days)/45)
		}
	}
	// what rounding may make score's sums exceed the same sums here by
	return s + 1e-9
}

// fade is at least e^-x, x >= 0, and cheaper far out, where it hardly
// matters.
func fade(x float64) float64 {
	if x > 10 {
		return fadeFar
	}
	return math.Exp(-x)
}

var fadeFar = math.Exp(-10)

// best returns the attack response r answers and the score of that link,
// as scoring every attack in order and keeping the first of the best would:
// the attack of the highest score above threshold, and of those the first.
// The attacks are tried in the order of their bounds, the most promising
// first, and an attack whose bound falls short of the best score yet is not
// scored.
func (c *candidates) best(r int, votes map[int]float64, threshold float64) (int, float64) {
	l := c.l
	ps := c.of(r, votes)
	rf := c.feat(&l.incidents[r], c.countries)
	c.ub = c.ub[:0]
	for _, p := range ps {
		c.ub = append(c.ub, c.bound(&rf, p, votes))
	}
	best, bestPos, bestScore := -1, -1, threshold
	try := func(i int) {
		if c.ub[i] < bestScore {
			return
		}
		c.ub[i] = math.Inf(-1) // tried
		p := ps[i]
		a := l.attacks[p]
		if s, ok := l.score(r, a, votes); ok && (s > bestScore || s == bestScore && best >= 0 && p < bestPos) {
			best, bestPos, bestScore = a, p, s
		}
	}
	// The few of the highest bounds first: their scores set the bar.
	const first = 8
	var top []int
	for i, u := range c.ub {
		if u < bestScore {
			continue
		}
		if len(top) < first {
			top = append(top, i)
		} else if u > c.ub[top[first-1]] {
			top[first-1] = i
		} else {
			continue
		}
		for k := len(top) - 1; k > 0 && c.ub[top[k]] > c.ub[top[k-1]]; k-- {
			top[k], top[k-1] = top[k-1], top[k]
		}
	}
	for _, i := range top {
		try(i)
	}
	for i := range ps {
		try(i)
	}
	return best, bestScore
}
