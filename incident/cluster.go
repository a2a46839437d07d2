// Package incident groups stored events from many articles into incidents and
// links responses to the incidents they answer. It is pure: it reads the events
// it is given (with their previous incident ids and reviewers' pins) and returns
// the assignment, the incidents' best attributes and their links; the store
// writes them.
//
// Two events are the same incident when they have the same type, compatible
// dates, countries and sponsoring states, and enough positive evidence in common:
// the same target (by resolved id, by its distinctive words, and through its
// head word when it is a name), the same place, the same day, similar evidence
// sentences. Two different named victims weigh against a merge: type, place
// and month alone are no identity among hundreds of unrelated incidents. Events of one article are never
// merged (the extractor already merged what the article repeats), and clusters
// merge only when every member stays compatible with every other, so that a
// vague report cannot chain two distinct incidents together.
package incident

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"vigil"
	"vigil/token"
)

// Options tune the clustering; the zero value uses the defaults.
type Options struct {
	// Threshold is the pair score above which two events are merged.
	Threshold float64
	// LinkThreshold is the score a response needs to be linked to an incident.
	LinkThreshold float64
	// MaxBlock bounds the events of one type and year compared pairwise; larger
	// blocks are split by country.
	MaxBlock int
}

func (o Options) withDefaults() Options {
	if o.Threshold == 0 {
		o.Threshold = 0.85
	}
	if o.LinkThreshold == 0 {
		o.LinkThreshold = 1.0
	}
	if o.MaxBlock == 0 {
		o.MaxBlock = 4000
	}
	return o
}

// Result is the clustering of a set of events.
type Result struct {
	Assign    []vigil.Assignment
	Incidents []vigil.Incident
	// Renamed maps the incidents that no group kept (two merged into one, or
	// every event moved elsewhere) to the incident that holds most of their
	// events now, so that links to them elsewhere can follow. Only ClusterPart
	// fills it: a whole clustering links every response anew.
	Renamed map[string]string
}

// item is an event with the features the comparison needs, computed once.
type item struct {
	ev       *vigil.StoredEvent
	target   map[string]bool // distinctive words of the target's name
	head     string          // the word the target's name is about, see head
	proper   bool            // the head is capitalised: the target is named, not described
	evidence map[string]bool // content words of the evidence sentences
	place    string
	// start is where the article tells the event, for proximity within
	// it: the offset of its first evidence sentence, the one the extractor
	// found it in. The sentences that tell it again (the headline that
	// announces it, a recap) follow in the list, wherever they stand.
	start int
	// cause marks an attack told in the same sentence as a response of its
	// article ("expelled diplomats over the poisoning of ..."): the extractor
	// gives it the responding state as actor, which says nothing of who attacked.
	cause bool
	// fixed marks an event that a partial clustering reads but does not group
	// anew: it stays in its incident, as if pinned there (see ClusterPart).
	fixed bool
}

// held returns the incident an event must stay in: a reviewer's pin, or the
// incident of an event a partial clustering does not group anew; "" when
// clustering may move it.
func (it *item) held() string {
	if it.ev.Pinned || it.fixed {
		return it.ev.Incident
	}
	return ""
}

// actor is the event's actor, nil when the event's actor cannot be trusted.
func (it *item) actor() *vigil.ActorRef {
	if it.cause {
		return nil
	}
	return it.ev.Event.Actor
}

// sameSentence reports whether two events of one article share an evidence span.
func sameSentence(a, b *vigil.StoredEvent) bool {
	if a.ArticleID != b.ArticleID {
		return false
	}
	for _, x := range a.Evidence {
		for _, y := range b.Evidence {
			if x.Start < y.End && y.Start < x.End {
				return true
			}
		}
	}
	return false
}

// markCauses sets cause on the attacks that share a sentence with a response of
// their article. Such an attack dated the very day of that response is most
// often dated by the response's words ("on Tuesday expelled ... over the
// poisoning"), so its date is dropped: the event is replaced by a copy without
// it. An arrest is the exception: suspects are caught at the scene or within
// hours ("was shot dead ..., and police arrested a suspect within minutes"),
// so an attack told with its arrest keeps the day they share.
func markCauses(items []item) {
	byArticle := map[int64][]int{}
	for i := range items {
		byArticle[items[i].ev.ArticleID] = append(byArticle[items[i].ev.ArticleID], i)
	}
	for _, idx := range byArticle {
		for _, i := range idx {
			if answers(items[i].ev.Event.Type) {
				continue
			}
			for _, j := range idx {
				if !items[j].ev.Event.Type.IsResponse() || !sameSentence(items[i].ev, items[j].ev) {
					continue
				}
				items[i].cause = true
				if items[j].ev.Event.Type == vigil.Arrest {
					continue
				}
				if d := items[i].ev.Event.Date; d.Precision == vigil.PrecisionDay && d == items[j].ev.Event.Date {
					ev := *items[i].ev
					ev.Event.Date = vigil.Date{}
					items[i].ev = &ev
				}
			}
		}
	}
}

// Cluster groups events into incidents and links responses.
func Cluster(events []vigil.StoredEvent, opts Options) Result {
	return cluster(events, nil, opts)
}

// cluster groups events into incidents and links responses. With keys, only
// the events of those blocks are grouped anew (see ClusterPart); nil keys
// group every event.
func cluster(events []vigil.StoredEvent, keys []vigil.BlockKey, opts Options) Result {
	opts = opts.withDefaults()
	items := make([]item, len(events))
	for i := range events {
		items[i] = newItem(&events[i])
	}
	markCauses(items)
	if keys != nil {
		markFixed(items, keys)
	}
	idf := newIDF(items)
	uf := newClusters(items)
	// Reviewers' pins come first: events pinned to one incident stay together.
	pinned := map[string]int{}
	for i := range items {
		if in := items[i].held(); in != "" {
			if j, ok := pinned[in]; ok {
				uf.union(i, j, true)
			} else {
				pinned[in] = i
			}
		}
	}
	type pair struct {
		i, j  int
		score float64
	}
	var pairs []pair
	for _, block := range blocks(items, opts.MaxBlock) {
		for x := 0; x < len(block); x++ {
			for y := x + 1; y < len(block); y++ {
				i, j := block[x], block[y]
				if items[i].fixed && items[j].fixed {
					continue // grouped already, and not anew
				}
				if s, ok := pairScore(&items[i], &items[j], idf); ok && s >= opts.Threshold {
					pairs = append(pairs, pair{i, j, s})
				}
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool {
		if pairs[a].score != pairs[b].score {
			return pairs[a].score > pairs[b].score
		}
		if pairs[a].i != pairs[b].i {
			return pairs[a].i < pairs[b].i
		}
		return pairs[a].j < pairs[b].j
	})
	for _, p := range pairs {
		uf.union(p.i, p.j, false)
	}
	groups := uf.groups()
	res := Result{}
	ids := nameClusters(items, groups)
	for g, members := range groups {
		for _, m := range members {
			res.Assign = append(res.Assign, vigil.Assignment{EventID: items[m].ev.ID, Incident: ids[g]})
		}
		in := summarize(items, members)
		in.ID = ids[g]
		res.Incidents = append(res.Incidents, in)
	}
	link(items, groups, res.Incidents, idf, opts.LinkThreshold)
	sort.Slice(res.Assign, func(a, b int) bool { return res.Assign[a].EventID < res.Assign[b].EventID })
	if keys != nil {
		res = keepChanged(items, groups, res)
	}
	return res
}

// stopwords are words that say nothing about which incident a name or a sentence
// is about.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of in on at to for from by with and or but as is was were are be been has have had
		that this these those it its his her their they he she who which whom what when where while after before over under into
		than then also not no said says say told according would could should will may might one two three four five six seven eight
		nine ten eleven twelve more most other another some all any several many former mr mrs ms s 's about against during since
		between including man men woman women people person suspect suspects`) {
		stopwords[w] = true
	}
}

func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range token.Tokenize(s) {
		if t.Kind != token.Word || stopwords[t.Norm] || len(t.Norm) < 2 {
			continue
		}
		out[stem(t.Norm)] = true
	}
	return out
}

// stem folds the plural and possessive endings that make "diplomats" and
// "diplomat" differ.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	return w
}

func newItem(ev *vigil.StoredEvent) item {
	it := item{ev: ev, target: map[string]bool{}, evidence: map[string]bool{}, start: math.MaxInt}
	if t := ev.Event.Target; t != nil {
		it.target = words(t.Name)
		it.head, it.proper = head(t.Name)
		if t.ID != "" {
			it.target["id:"+t.ID] = true
		}
	}
	for _, e := range ev.Evidence {
		for w := range words(e.Text) {
			it.evidence[w] = true
		}
	}
	if len(ev.Evidence) > 0 {
		it.start = ev.Evidence[0].Start
	}
	if p := ev.Event.Place; p != nil {
		it.place = token.NormalizePhrase(p.Name)
	}
	return it
}

// head returns the word a name is about, stemmed like words: the last word
// before a preposition or a clause ("citizen" in "Georgian citizen of Chechen
// origin", "Nijjar" in "Sikh leader Hardeep Singh Nijjar"), and whether it is
// capitalised, which makes it a name ("Nijjar") rather than a description
// ("citizen"). Two names that share only a given name ("Salma Baredev", "Salma
// Shagli") or an adjective ("Iranian activist", "Iranian diplomat") share no
// head.
func head(name string) (string, bool) {
	var w string
	var proper bool
	for _, t := range token.Tokenize(name) {
		if t.Kind != token.Word {
			continue
		}
		if headStops[t.Norm] {
			if w != "" {
				break
			}
			continue
		}
		if stopwords[t.Norm] || len(t.Norm) < 2 {
			continue
		}
		w = stem(t.Norm)
		r := []rune(t.Text)
		proper = len(r) > 0 && unicode.IsUpper(r[0])
	}
	return w, proper
}

// headStops end the part of a name that holds its head.
var headStops = map[string]bool{"of": true, "in": true, "from": true, "at": true, "for": true, "with": true,
	"who": true, "which": true, "whom": true, "whose": true, "that": true, "on": true, "near": true, "by": true}

// tied reports whether two targets may be the same: they resolve to one
// dictionary entry, or the head of one is a word of the other.
func tied(a, b *item) bool {
	if a.head == "" || b.head == "" {
		return false
	}
	for w := range a.target {
		if strings.HasPrefix(w, "id:") && b.target[w] {
			return true
		}
	}
	return b.target[a.head] || a.target[b.head]
}

// targetOverlap is the overlap of two targets' words. A named target ("Salma
// Baredev") matches only through its head: its given name or an epithet alone
// says nothing; two descriptions ("Iranian Arab activist", "Arab dissident")
// share what words they share.
func (d *idf) targetOverlap(a, b *item) float64 {
	if !tied(a, b) && (a.proper || b.proper) {
		return 0
	}
	return d.overlap(a.target, b.target, d.target)
}

// named reports whether target a is found in evidence words e: through its
// head when it is a name.
func (d *idf) named(a *item, e map[string]bool) float64 {
	if a.proper && !e[a.head] {
		return 0
	}
	return d.contained(a.target, e, d.target)
}

// namesDiffer reports whether two targets are both named ("Omar Haddad",
// "Lin Zhou") and are not the same name.
func namesDiffer(a, b *item) bool {
	return a.proper && b.proper && !tied(a, b)
}

// namePenalty is what two different named targets cost a pair's score: two
// reports of one incident seldom name two different victims, while two arrests
// in one city in one year often do.
const namePenalty = 0.8

// idf weighs words by how rare they are among the events' targets and evidence.
// The weights are computed once: comparing every pair of a large store spends
// most of its time looking them up.
type idf struct {
	n      float64
	rare   float64            // the weight of a word none of the events holds
	target map[string]float64 // weights of the targets' words
	evid   map[string]float64 // weights of the evidence's words
}

func newIDF(items []item) *idf {
	target, evid := map[string]int{}, map[string]int{}
	for i := range items {
		for w := range items[i].target {
			target[w]++
		}
		for w := range items[i].evidence {
			evid[w]++
		}
	}
	d := &idf{n: float64(len(items)), target: make(map[string]float64, len(target)), evid: make(map[string]float64, len(evid))}
	d.rare = d.weight(0)
	for w, n := range target {
		d.target[w] = d.weight(n)
	}
	for w, n := range evid {
		d.evid[w] = d.weight(n)
	}
	return d
}

func (d *idf) weight(df int) float64 { return math.Log(1 + d.n/float64(max(df, 1))) }

// of returns the weight of word w in weights df.
func (d *idf) of(df map[string]float64, w string) float64 {
	if x, ok := df[w]; ok {
		return x
	}
	return d.rare
}

// overlap mixes the idf-weighted share of the smaller set found in the other
// (1 when one name contains the other) with their weighted Dice coefficient.
func (d *idf) overlap(a, b map[string]bool, df map[string]float64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	var wa, wb, common float64
	for w := range a {
		x := d.of(df, w)
		wa += x
		if b[w] {
			common += x
		}
	}
	for w := range b {
		wb += d.of(df, w)
	}
	return 0.5*common/math.Min(wa, wb) + common/(wa+wb)
}

// contained is the idf-weighted share of the words of a found in b.
func (d *idf) contained(a, b map[string]bool, df map[string]float64) float64 {
	var wa, common float64
	for w := range a {
		if strings.HasPrefix(w, "id:") {
			continue
		}
		x := d.of(df, w)
		wa += x
		if b[w] {
			common += x
		}
	}
	if wa == 0 {
		return 0
	}
	return common / wa
}

// cosine is the idf-weighted cosine of two word sets.
func (d *idf) cosine(a, b map[string]bool, df map[string]float64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	var na, nb, dot float64
	for w := range a {
		x := d.of(df, w)
		na += x * x
		if b[w] {
			dot += x * x
		}
	}
	for w := range b {
		x := d.of(df, w)
		nb += x * x
	}
	return dot / math.Sqrt(na*nb)
}

// blocks groups event indexes that may be compared: same type and year (events
// without a year join every year of their type), split by country when large.
func blocks(items []item, maxBlock int) [][]int {
	byType := map[vigil.EventType]map[int][]int{}
	for i := range items {
		ev := &items[i].ev.Event
		m := byType[ev.Type]
		if m == nil {
			m = map[int][]int{}
			byType[ev.Type] = m
		}
		m[ev.Date.Year] = append(m[ev.Date.Year], i)
	}
	var out [][]int
	types := make([]string, 0, len(byType))
	for t := range byType {
		types = append(types, string(t))
	}
	sort.Strings(types)
	for _, t := range types {
		m := byType[vigil.EventType(t)]
		undated := m[0]
		years := make([]int, 0, len(m))
		for y := range m {
			if y != 0 {
				years = append(years, y)
			}
		}
		sort.Ints(years)
		if len(years) == 0 {
			out = append(out, split(items, undated, maxBlock)...)
		}
		for _, y := range years {
			b := append(append([]int(nil), m[y]...), undated...)
			out = append(out, split(items, b, maxBlock)...)
		}
	}
	return out
}

func split(items []item, b []int, maxBlock int) [][]int {
	if len(b) <= maxBlock {
		return [][]int{b}
	}
	byCountry := map[string][]int{}
	for _, i := range b {
		c := items[i].ev.Event.Country
		byCountry[c] = append(byCountry[c], i)
	}
	var out [][]int
	keys := make([]string, 0, len(byCountry))
	for c := range byCountry {
		keys = append(keys, c)
	}
	sort.Strings(keys)
	for _, c := range keys {
		g := byCountry[c]
		if c != "" {
			g = append(g, byCountry[""]...)
		}
		for len(g) > maxBlock {
			out = append(out, g[:maxBlock])
			g = g[maxBlock:]
		}
		out = append(out, g)
	}
	return out
}

// datesCompatible reports whether two dates may name the same day: one is a
// prefix of the other, or both are days at most three days apart.
func datesCompatible(a, b vigil.Date) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	if a.Precision == vigil.PrecisionDay && b.Precision == vigil.PrecisionDay {
		d := a.Time().Sub(b.Time()).Hours() / 24
		return math.Abs(d) <= 3
	}
	p := min(a.Precision, b.Precision)
	return a.Truncate(p) == b.Truncate(p)
}

func compatible(a, b *vigil.Event) bool {
	if a.Type != b.Type || !datesCompatible(a.Date, b.Date) {
		return false
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return false
	}
	return true
}

// actorsDiffer reports whether two events name different sponsoring (or
// responding) states. Reports disagree on this more often than on where and
// when (an overview article may credit one state with another's attack), so it
// weighs against a merge instead of forbidding it.
func actorsDiffer(t vigil.EventType, countryA string, a *vigil.ActorRef, countryB string, b *vigil.ActorRef) bool {
	if a == nil || b == nil || a.Country == "" || b.Country == "" || a.Country == b.Country {
		return false
	}
	// An attack credited to the state it happened in is most often a misread
	// of the police or the prosecutors who reported it: that report's actor says
	// nothing against the other's.
	if !t.IsResponse() && (a.Country == countryA || b.Country == countryB) {
		return false
	}
	return true
}

// actorPenalty is what two different sponsoring states cost a pair's score.
const actorPenalty = 0.5

// pairScore scores the evidence that two events are one incident; ok is false
// when they cannot be.
func pairScore(a, b *item, d *idf) (float64, bool) {
	ea, eb := &a.ev.Event, &b.ev.Event
	if a.ev.ArticleID == b.ev.ArticleID || !compatible(ea, eb) {
		return 0, false
	}
	if ha, hb := a.held(), b.held(); ha != "" && hb != "" && ha != hb {
		return 0, false
	}
	return similarity(a, b, d), true
}

// similarity scores what two events have in common, whatever their types and
// countries.
func similarity(a, b *item, d *idf) float64 {
	ea, eb := &a.ev.Event, &b.ev.Event
	s := 0.0
	if !ea.Date.IsZero() && !eb.Date.IsZero() {
		switch min(ea.Date.Precision, eb.Date.Precision) {
		case vigil.PrecisionDay:
			if ea.Date == eb.Date {
				s += 0.6
			} else {
				s += 0.3
			}
		case vigil.PrecisionMonth:
			s += 0.3
		default:
			s += 0.1
		}
	} else {
		s -= 0.2
	}
	if ea.Country != "" && ea.Country == eb.Country {
		s += 0.2
	} else if ea.Country == "" || eb.Country == "" {
		s -= 0.2
	}
	if a.place != "" && a.place == b.place {
		s += 0.4
	} else if nearPlaces(ea.Place, eb.Place) {
		s += 0.3 // "Salisbury" and "England", "Manhattan" and "Chinatown"
	}
	s += 1.2 * d.targetOverlap(a, b)
	if namesDiffer(a, b) {
		s -= namePenalty
	}
	aa, ab := a.actor(), b.actor()
	if aa != nil && ab != nil && aa.ID != "" && aa.ID == ab.ID {
		s += 0.2
	}
	if actorsDiffer(ea.Type, ea.Country, aa, eb.Country, ab) {
		s -= actorPenalty
	}
	if ea.Target != nil && eb.Target != nil && ea.Target.Country != "" && eb.Target.Country != "" {
		if ea.Target.Country == eb.Target.Country {
			s += 0.1
		} else {
			s -= 0.5
		}
	}
	s += 1.0 * d.cosine(a.evidence, b.evidence, d.evid)
	// One report names the target ("Nijjar") that the other only tells of in its
	// sentence ("the killing of Hardeep Singh Nijjar").
	if len(a.target) == 0 || len(b.target) == 0 {
		s += 0.6 * math.Max(d.named(a, b.evidence), d.named(b, a.evidence))
	}
	return s
}

// nearKm is how far apart two places named for one incident may lie.
const nearKm = 200

// nearPlaces reports whether two resolved places lie within nearKm of each other.
func nearPlaces(a, b *vigil.Place) bool {
	if a == nil || b == nil || !a.HasCoords || !b.HasCoords {
		return false
	}
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (b.Lat-a.Lat)*rad, (b.Lon-a.Lon)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2*r*math.Asin(math.Sqrt(h)) < nearKm
}

// clusters is a union-find over items that keeps, per root, the articles, the
// pinned incident and the members, so that a merge can be refused.
type clusters struct {
	items   []item
	parent  []int
	members [][]int
	pin     []string
}

func newClusters(items []item) *clusters {
	c := &clusters{items: items, parent: make([]int, len(items)), members: make([][]int, len(items)), pin: make([]string, len(items))}
	for i := range items {
		c.parent[i] = i
		c.members[i] = []int{i}
		c.pin[i] = items[i].held()
	}
	return c
}

func (c *clusters) find(i int) int {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// union merges the clusters of i and j unless (when force is false) they share
// an article, hold different pins, or hold incompatible events.
func (c *clusters) union(i, j int, force bool) {
	ri, rj := c.find(i), c.find(j)
	if ri == rj {
		return
	}
	if !force {
		if c.pin[ri] != "" && c.pin[rj] != "" && c.pin[ri] != c.pin[rj] {
			return
		}
		arts := map[int64]bool{}
		for _, m := range c.members[ri] {
			arts[c.items[m].ev.ArticleID] = true
		}
		for _, m := range c.members[rj] {
			if arts[c.items[m].ev.ArticleID] {
				return
			}
		}
		for _, x := range c.members[ri] {
			for _, y := range c.members[rj] {
				if !compatible(&c.items[x].ev.Event, &c.items[y].ev.Event) {
					return
				}
			}
		}
	}
	if len(c.members[ri]) < len(c.members[rj]) {
		ri, rj = rj, ri
	}
	c.parent[rj] = ri
	c.members[ri] = append(c.members[ri], c.members[rj]...)
	c.members[rj] = nil
	if c.pin[ri] == "" {
		c.pin[ri] = c.pin[rj]
	}
}

// groups returns the clusters, each sorted, ordered by their first member.
func (c *clusters) groups() [][]int {
	var out [][]int
	for i := range c.items {
		if c.find(i) == i {
			m := append([]int(nil), c.members[i]...)
			sort.Ints(m)
			out = append(out, m)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// nameClusters gives each cluster a stable id: the pinned incident of its
// members, else the previous incident most of its members had (when no larger
// part of that incident claimed it), else a new id from its first event.
func nameClusters(items []item, groups [][]int) []string {
	type claim struct {
		group, votes int
		id           string
	}
	var claims []claim
	for g, members := range groups {
		votes := map[string]int{}
		for _, m := range members {
			ev := items[m].ev
			if ev.Incident == "" {
				continue
			}
			if items[m].held() != "" {
				votes[ev.Incident] += 1 << 20
			} else {
				votes[ev.Incident]++
			}
		}
		for id, v := range votes {
			claims = append(claims, claim{g, v, id})
		}
	}
	sort.Slice(claims, func(a, b int) bool {
		if claims[a].votes != claims[b].votes {
			return claims[a].votes > claims[b].votes
		}
		if claims[a].id != claims[b].id {
			return claims[a].id < claims[b].id
		}
		return claims[a].group < claims[b].group
	})
	ids := make([]string, len(groups))
	taken := map[string]bool{}
	for _, c := range claims {
		if ids[c.group] == "" && !taken[c.id] {
			ids[c.group] = c.id
			taken[c.id] = true
		}
	}
	for g, members := range groups {
		if ids[g] != "" {
			continue
		}
		first := items[members[0]].ev.ID
		for _, m := range members {
			first = min(first, items[m].ev.ID)
		}
		id := "i" + strconv.FormatInt(first, 10)
		for n := 2; taken[id]; n++ {
			id = "i" + strconv.FormatInt(first, 10) + "-" + strconv.Itoa(n)
		}
		ids[g] = id
		taken[id] = true
	}
	return ids
}
