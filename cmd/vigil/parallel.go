package main

import (
	"context"
	"iter"
	"sync"
)

// inOrder applies fn to the items of in on workers goroutines and yields the
// results in input order. in is read on a goroutine of its own; at most about
// 3×workers items are in flight, so memory stays bounded on streams of any length.
// Stopping the iteration early, or ctx ending, stops the reading of in.
func inOrder[T, R any](ctx context.Context, in iter.Seq[T], workers int, fn func(T) R) iter.Seq[R] {
	return func(yield func(R) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		type slot struct {
			item T
			done chan R
		}
		jobs := make(chan slot, workers)
		order := make(chan slot, 2*workers)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for s := range jobs {
					s.done <- fn(s.item)
				}
			}()
		}
		go func() {
			defer close(order)
			defer close(jobs)
			for item := range in {
				s := slot{item: item, done: make(chan R, 1)}
				select {
				case order <- s:
				case <-ctx.Done():
					return
				}
				jobs <- s
			}
		}()
		stopped := false
		for s := range order {
			r := <-s.done
			if !stopped && !yield(r) {
				stopped = true
				cancel()
			}
		}
		wg.Wait()
	}
}
