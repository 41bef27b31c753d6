package annotate

import "sync"

// Ordered runs work(i) for i in [0, n) on up to jobs goroutines and calls
// emit(i, result) on the calling goroutine in order of i, as soon as each
// result and all before it are done. At most a few results per worker wait
// to be emitted, so memory does not grow with n. The order and content of
// what emit sees do not depend on jobs.
func Ordered[T any](n, jobs int, work func(i int) T, emit func(i int, v T)) {
	if jobs < 1 {
		jobs = 1
	}
	type result struct {
		i int
		v T
	}
	window := make(chan struct{}, jobs*4) // results started but not yet emitted
	indices := make(chan int)
	results := make(chan result)
	go func() {
		for i := 0; i < n; i++ {
			window <- struct{}{}
			indices <- i
		}
		close(indices)
	}()
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range indices {
				results <- result{i, work(i)}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	pending := map[int]T{}
	next := 0
	for r := range results {
		pending[r.i] = r.v
		for {
			v, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(next, v)
			<-window
			next++
		}
	}
}
