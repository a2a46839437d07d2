package event

import "vigil"

// attribute settles the sponsoring state of attacks whose own sentences name
// none, from what the article says elsewhere: the states named as perpetrators of
// other attacks, and the states whose people or diplomats the responses target
// ("sanctions on 17 Saudis", "expelled 23 Russian diplomats"). A paragraph and
// the one before it decide first; the whole article next; the mention counts of
// the focus state remain the last resort.
func attribute(d *doc, cands []*candidate) {
	claimants(d, cands)
	shareResponder(cands)
	votes := func(keep func(c *candidate) bool) map[string]int {
		v := map[string]int{}
		for _, c := range cands {
			// (a mention that refers back, "which had planned the attack",
			// still says who was behind it)
			if !keep(c) || c.support && !isAttack(c.typ) {
				continue
			}
			switch {
			// (the Union sponsors no attack: "several EU governments had
			// abused spyware" names none of them)
			case isAttack(c.typ) && c.actor != nil && c.actor.Country != "" && c.actor.Country != "EU" && !c.actorFromFocus:
				v[c.actor.Country] += 3
			// (a response neither placed nor given a responder cannot tell a
			// foreign suspect from a local one: "A Sparkbrook man charged")
			case c.typ.IsResponse() && c.target != nil && c.target.Country != "" && !(c.actor == nil && c.country == "") &&
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
		// (the section names no state of its own; and not one the section
		// never names, as in a digest whose last item sanctions Nicaraguan
		// officials and whose first tells of a Pakistani blogger)
		if state == "" && d.focusNear(c.sent) == d.focus && d.namesStateNear(c.sent, article) {
			state = article
		}
		if state == "" || state == c.actor.Country {
			continue
		}
		c.actor = &vigil.ActorRef{Name: stateName(d, state), Country: state, Kind: "state"}
		c.why("actor.country", "the state the article's other events attribute attacks to, or whose people its responses target: %s", state)
	}
}

// claimants gives the attacks of an article the group that claimed them or is
// suspected of them ("ISIL claimed responsibility for the incident", "Boko Haram
// was suspected of carrying out the kidnapping"), when their own sentences name
// no actor with a state or group of its own.
func claimants(d *doc, cands []*candidate) {
	for _, s := range d.sents {
		for k := s.from; k+1 < s.to && s.has&cClaimCue != 0; k++ {
			if !d.is(k, cClaimCue) {
				continue // none of the verbs below
			}
			n, next := d.toks[k].Norm, d.toks[k+1].Norm
			claim := (n == "claimed" || n == "claims" || n == "claim") && (next == "responsibility" || next == "credit" || next == "the")
			suspect := (n == "suspected" || n == "blamed" || n == "accused") && k > s.from && d.isWord(k-1, cBe)
			if (n == "blamed" || n == "blames") && !suspect {
				blamed(d, cands, s, k)
				continue
			}
			// "sources attributed the attack to Boko Haram"
			if n == "attributed" || n == "attribute" || n == "attributes" {
				attributedTo(d, cands, s, k)
				continue
			}
			if !claim && !suspect {
				continue
			}
			end := k
			if suspect {
				end = k - 1
			}
			// "the Islamic State of Iraq and the Levant (ISIL) claimed": the name
			// before the bracketed abbreviation
			if end-1 > s.from && d.toks[end-1].Norm == ")" {
				for j := end - 2; j > s.from; j-- {
					if d.toks[j].Norm == "(" {
						end = j
						break
					}
				}
			}
			// "Al Shabaab, which is fighting the government, claimed": the name
			// before the aside
			if end-1 > s.from && d.toks[end-1].Norm == "," {
				for j := end - 2; j > s.from; j-- {
					if d.toks[j].Norm == "," {
						if n := d.toks[j+1].Norm; n == "which" || n == "who" || n == "a" || n == "an" || n == "the" {
							end = j
						}
						break
					}
				}
			}
			p := d.npBefore(end, s.from)
			if p.empty() || d.toks[p.from].Norm == "no" || d.toks[p.from].Norm == "nobody" {
				continue
			}
			a, ok := d.actorIn(p)
			if !ok || !perpetratorKinds[a.Actor.Kind] {
				continue
			}
			// the group's whole name, even when the phrase caught only its tail
			ref := &vigil.ActorRef{Name: d.text[a.Start:a.End], Country: a.Actor.Country, ID: a.Actor.ID, Kind: a.Actor.Kind}
			if ref.Country == "" {
				ref.Country = a.Sponsor
			}
			for _, c := range cands {
				if !isAttack(c.typ) || d.sents[c.sent].Para < s.Para-1 || d.sents[c.sent].Para > s.Para {
					continue
				}
				if c.actor == nil || c.actorFromFocus || c.actor.ID == "" && c.actor.Country == "" {
					c.actor, c.actorFromFocus = ref, false
					c.why("actor", "claimed by or suspected: %q", d.phraseText(p))
				}
			}
		}
	}
}

// blamed gives the attacks of a paragraph and the one before it the state a
// speaker blames ("His party blamed the Rwandan government, which denied
// involvement"), when their own sentences name no state behind them. k is the
// verb.
func blamed(d *doc, cands []*candidate, s sentInfo, k int) {
	p := d.npAfter(k+1, s.to, nil)
	if p.empty() {
		return
	}
	code, via := d.stateOf(p)
	if via == "" || code == "" {
		return
	}
	for _, c := range cands {
		if !isAttack(c.typ) || c.sent > d.sentIndex(k) || d.sents[c.sent].Para < s.Para-1 {
			continue
		}
		if c.actor == nil || c.actorFromFocus || c.actor.Country == "" {
			if c.actor == nil || c.actorFromFocus {
				c.actor = &vigil.ActorRef{Name: d.phraseText(p), Country: code, Kind: "state"}
			} else {
				c.actor.Country = code
			}
			c.actorFromFocus = false
			c.why("actor", "blamed: %q", d.phraseText(p))
		}
	}
}

// attributedTo gives the attacks of a paragraph and the one before it the
// group or state their sentence's "attributed ... to X" names, when their own
// sentences name no actor of a state or group. k is the verb.
func attributedTo(d *doc, cands []*candidate, s sentInfo, k int) {
	for j := k + 1; j < s.to && j <= k+6; j++ {
		if d.toks[j].Norm != "to" {
			continue
		}
		p := d.npAfter(j+1, s.to, nil)
		a, ok := d.actorIn(p)
		if p.empty() || !ok || !perpetratorKinds[a.Actor.Kind] {
			return
		}
		ref := &vigil.ActorRef{Name: d.text[a.Start:a.End], Country: a.Actor.Country, ID: a.Actor.ID, Kind: a.Actor.Kind}
		if ref.Country == "" {
			ref.Country = a.Sponsor
		}
		for _, c := range cands {
			if !isAttack(c.typ) || c.sent > d.sentIndex(k) || d.sents[c.sent].Para < s.Para-1 {
				continue
			}
			if c.actor == nil || c.actorFromFocus || c.actor.ID == "" && c.actor.Country == "" {
				c.actor, c.actorFromFocus = ref, false
				c.why("actor", "attributed to %q", d.phraseText(p))
			}
		}
		return
	}
}

// shareResponder gives a response whose responder the sentence names once
// for two verbs the state and country of the other: "police in Oslo arrested
// a man and a woman and later charged them".
func shareResponder(cands []*candidate) {
	for _, c := range cands {
		if !c.typ.IsResponse() || c.country != "" || c.actor == nil || c.actor.Country != "" {
			continue
		}
		for _, o := range cands {
			if o != c && o.sent == c.sent && o.typ.IsResponse() && o.actor != nil && o.actor.Name == c.actor.Name && o.actor.Country != "" && o.country != "" {
				c.country = o.country
				actor := *c.actor
				actor.Country = o.actor.Country
				c.actor = &actor
				c.why("actor.country", "the responder the sentence names for another act: %s", o.actor.Country)
				break
			}
		}
	}
}

// namesStateNear: a place, demonym or actor of state code is named in the
// paragraph of sentence si or the one before it.
func (d *doc) namesStateNear(si int, code string) bool {
	if code == "" {
		return false
	}
	para := d.sents[si].Para
	for _, s := range d.sents {
		if s.Para < para-1 || s.Para > para {
			continue
		}
		for k := s.from; k < s.to; k++ {
			if pm := d.placeAt[k]; pm >= 0 && d.in.Places[pm].Place.Country == code {
				return true
			}
			if a := d.actorAt[k]; a >= 0 && d.in.Actors[a].Actor.Country == code {
				return true
			}
		}
	}
	return false
}
