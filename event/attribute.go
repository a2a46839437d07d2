package event

import "vigil"

// attribute settles the sponsoring state of attacks whose own sentences name
// none, from what the article says elsewhere: the states named as perpetrators of
// other attacks, and the states whose people or diplomats the responses target
// ("sanctions on 17 Saudis", "expelled 23 Russian diplomats"). A paragraph and
// the one before it decide first; the whole article next; the mention counts of
// the focus state remain the last resort.
func attribute(d *doc, cands []*candidate) {
	votes := func(keep func(c *candidate) bool) map[string]int {
		v := map[string]int{}
		for _, c := range cands {
			if !keep(c) || c.support {
				continue
			}
			switch {
			case isAttack(c.typ) && c.actor != nil && c.actor.Country != "" && !c.actorFromFocus:
				v[c.actor.Country] += 3
			case c.typ.IsResponse() && c.target != nil && c.target.Country != "" &&
				(c.actor == nil || c.target.Country != c.actor.Country):
				v[c.target.Country] += 2
			}
		}
		return v
	}
	leader := func(v map[string]int, floor int) string {
		best, n := "", floor
		for code, k := range v {
			if k > n || k == n && code < best {
				best, n = code, k
			}
		}
		return best
	}
	article := leader(votes(func(*candidate) bool { return true }), 1)
	for _, c := range cands {
		if !c.actorFromFocus || c.actor == nil {
			continue
		}
		para := d.sents[c.sent].Para
		state := leader(votes(func(o *candidate) bool {
			p := d.sents[o.sent].Para
			return p == para || p == para-1
		}), 1)
		if state == "" && d.focusNear(c.sent) == d.focus {
			state = article // the section names no state of its own
		}
		if state == "" || state == c.actor.Country {
			continue
		}
		c.actor = &vigil.ActorRef{Name: stateName(d, state), Country: state, Kind: "state"}
		c.why("actor.country", "the state the article's other events attribute attacks to, or whose people its responses target: %s", state)
	}
}
