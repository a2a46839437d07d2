package server

import (
	"sync"
	"time"
)

// cached holds one computed value for at most ttl; invalidate drops it at
// once. Concurrent misses compute it once: the others wait for that result.
type cached[T any] struct {
	ttl  time.Duration
	fill sync.Mutex // held while computing

	mu  sync.Mutex // guards the fields below
	val T
	ok  bool
	at  time.Time
	gen uint64 // bumped by invalidate, so a value computed across a write is not kept
}

// fresh returns the value when it is still good, and the current generation.
func (c *cached[T]) fresh() (T, bool, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ok && time.Since(c.at) < c.ttl {
		return c.val, true, c.gen
	}
	var zero T
	return zero, false, c.gen
}

// get returns the cached value or computes, keeps and returns a new one.
func (c *cached[T]) get(compute func() (T, error)) (T, error) {
	if v, ok, _ := c.fresh(); ok {
		return v, nil
	}
	c.fill.Lock()
	defer c.fill.Unlock()
	v, ok, gen := c.fresh()
	if ok {
		return v, nil
	}
	v, err := compute()
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	if c.gen == gen {
		c.val, c.ok, c.at = v, true, time.Now()
	}
	c.mu.Unlock()
	return v, nil
}

// invalidate drops the cached value.
func (c *cached[T]) invalidate() {
	c.mu.Lock()
	c.gen++
	c.ok = false
	c.mu.Unlock()
}
