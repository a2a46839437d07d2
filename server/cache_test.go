package server

import (
	"sync"
	"testing"
	"time"
)

func TestCached(t *testing.T) {
	n := 0
	compute := func() (int, error) { n++; return n, nil }
	c := &cached[int]{ttl: time.Hour}
	steps := []struct {
		name       string
		invalidate bool
		expire     bool
		want       int
	}{
		{"first get computes", false, false, 1},
		{"second get is cached", false, false, 1},
		{"invalidate recomputes", true, false, 2},
		{"cached again", false, false, 2},
		{"ttl expiry recomputes", false, true, 3},
	}
	for _, s := range steps {
		if s.invalidate {
			c.invalidate()
		}
		if s.expire {
			c.mu.Lock()
			c.at = time.Now().Add(-2 * time.Hour)
			c.mu.Unlock()
		}
		if got, err := c.get(compute); err != nil || got != s.want {
			t.Errorf("%s: get = %d, %v, want %d", s.name, got, err, s.want)
		}
	}
}

func TestCachedConcurrentMissComputesOnce(t *testing.T) {
	var mu sync.Mutex
	n := 0
	c := &cached[int]{ttl: time.Hour}
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.get(func() (int, error) {
				mu.Lock()
				n++
				mu.Unlock()
				time.Sleep(10 * time.Millisecond)
				return 7, nil
			})
		}()
	}
	wg.Wait()
	if n != 1 {
		t.Errorf("20 concurrent gets computed %d times, want 1", n)
	}
}

func TestCachedWriteDuringComputeIsNotKept(t *testing.T) {
	c := &cached[int]{ttl: time.Hour}
	c.get(func() (int, error) { c.invalidate(); return 1, nil })
	if got, _ := c.get(func() (int, error) { return 2, nil }); got != 2 {
		t.Errorf("after a write during the computation get = %d, want 2 (recomputed)", got)
	}
}
