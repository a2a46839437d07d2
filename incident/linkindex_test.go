package incident

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"testing"
)

// TestCandidatesSound checks that every attack score accepts for a response
// is among its candidates, with a bound no less than its score, and that the
// best attack through the candidates is the one scoring every attack finds,
// on synthetic stores; and that clustering gives the same either way.
func TestCandidatesSound(t *testing.T) {
	defer func() { exhaustiveLink, checkCandidates = false, nil }()
	scored, kept, pruned := 0, 0, 0
	checkCandidates = func(c *candidates, r int, votes map[int]float64) {
		l := c.l
		ps := slices.Clone(c.of(r, votes))
		rf := c.feat(&l.incidents[r], c.countries)
		best, bestScore := -1, 1.0
		for p, a := range l.attacks {
			s, ok := l.score(r, a, votes)
			if !ok {
				continue
			}
			if s > bestScore {
				best, bestScore = a, s
			}
			scored++
			if !slices.Contains(ps, p) {
				t.Errorf("response %s: attack %s scores %.3f but is no candidate", l.incidents[r].ID, l.incidents[a].ID, s)
				continue
			}
			c.of(r, votes) // the hits of this query
			if ub := c.bound(&rf, p, votes); ub < s {
				t.Errorf("response %s: attack %s scores %v above its bound %v", l.incidents[r].ID, l.incidents[a].ID, s, ub)
			}
		}
		kept += len(ps)
		gotBest, gotScore := c.best(r, votes, 1.0)
		// score sums over maps: its last digit varies from call to call
		if gotBest != best || math.Abs(gotScore-bestScore) > 1e-12 {
			t.Errorf("response %s: best %d (%v), want %d (%v)", l.incidents[r].ID, gotBest, gotScore, best, bestScore)
		}
		for _, u := range c.ub {
			if u >= 0 {
				pruned++
			}
		}
	}
	for _, seed := range []uint64{1, 2, 3, 4, 5} {
		for _, n := range []int{50, 400, 2000} {
			t.Run(fmt.Sprintf("seed %d n %d", seed, n), func(t *testing.T) {
				evs, _, _ := synthStore(seed, n)
				exhaustiveLink = true
				want := Cluster(evs, Options{})
				exhaustiveLink = false
				got := Cluster(evs, Options{})
				if !reflect.DeepEqual(got, want) {
					t.Errorf("linking through the candidates differs from linking every attack")
				}
			})
		}
	}
	t.Logf("%d pairs scored, %d candidates, %d pruned by their bound", scored, kept, pruned)
}
