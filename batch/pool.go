package batch

import "sync"

// ordered runs work on jobs workers over the items next yields, until it
// says there are no more, and calls emit with each result in the order of
// the items, as soon as that one and every one before it are done. At most
// 4×jobs items are read ahead of the one emitted last, so that a long
// stream (a pipe of JSON Lines, a large folder) goes through in bounded
// memory, and the output never depends on the number of workers. next and
// emit are called from one goroutine each, never concurrently with
// themselves.
func ordered[In, Out any](jobs int, next func() (In, bool), work func(In) Out, emit func(Out)) {
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
