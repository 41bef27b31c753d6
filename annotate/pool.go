package annotate

import "sync"

// Ordered runs work(i) for i in [0, n) on up to jobs goroutines and calls
// emit(i, result) on the calling goroutine in order of i, as soon as each
// result and all before it are done. It is Stream over the indexes 0..n-1.
func Ordered[T any](n, jobs int, work func(i int) T, emit func(i int, v T)) {
	next := 0
	type result struct {
		i int
		v T
	}
	Stream(jobs, func() (int, bool) {
		if next >= n {
			return 0, false
		}
		next++
		return next - 1, true
	}, func(i int) result { return result{i, work(i)} }, func(r result) { emit(r.i, r.v) })
}

// Stream runs work on jobs workers over the items next yields, until it
// says there are no more, and calls emit with each result in the order of
// the items, as soon as that one and every one before it are done. At most
// 4×jobs items are read ahead of the one emitted last, so that a long
// stream (a pipe of JSON Lines, a large folder) goes through in bounded
// memory, and the output never depends on the number of workers. next and
// emit are called from one goroutine each, never concurrently with
// themselves.
func Stream[In, Out any](jobs int, next func() (In, bool), work func(In) Out, emit func(Out)) {
	jobs = max(jobs, 1)
	type task struct {
		i  int
		in In
	}
	type done struct {
		i   int
		out Out
	}
	window := make(chan struct{}, jobs*4)
	tasks := make(chan task)
	results := make(chan done)
	go func() {
		defer close(tasks)
		for i := 0; ; i++ {
			window <- struct{}{}
			in, ok := next()
			if !ok {
				return
			}
			tasks <- task{i, in}
		}
	}()
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for t := range tasks {
				results <- done{t.i, work(t.in)}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	pending := map[int]Out{}
	want := 0
	for r := range results {
		pending[r.i] = r.out
		for {
			out, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			emit(out)
			<-window
			want++
		}
	}
}
