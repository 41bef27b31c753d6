package annotate

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/factsheet/factsheet/extract/tagging"
	"github.com/factsheet/factsheet/sources"
)

// BenchmarkAnnotate100 annotates 100 sources (the fixtures, each varied by
// a line of its own) in one process, one after another, and reports the time
// per source and how many times prose's models were loaded: once per
// process, not per source.
func BenchmarkAnnotate100(b *testing.B) {
	base := fixtures(b)
	srcs := make([]sources.Source, 100)
	bytes := 0
	for i := range srcs {
		src := base[i%len(base)]
		src.ID = fmt.Sprintf("%s-%d", src.ID, i)
		src.Text = fmt.Sprintf("Copy %d of the text.\n\n%s", i, src.Text)
		srcs[i] = src
		bytes += len(src.Text)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	start := time.Now()
	for n := 0; n < b.N; n++ {
		for _, src := range srcs {
			Annotate(src)
		}
	}
	perSource := time.Since(start) / time.Duration(b.N*len(srcs))
	b.ReportMetric(float64(perSource.Microseconds())/1000, "ms/source")
	b.ReportMetric(float64(tagging.ModelLoads()), "model-loads")
}

// BenchmarkAnnotateParallel annotates the same 100 sources on a worker pool
// the size of GOMAXPROCS.
func BenchmarkAnnotateParallel(b *testing.B) {
	base := fixtures(b)
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		Ordered(100, runtime.GOMAXPROCS(0), func(i int) *Document { return Annotate(base[i%len(base)]) }, func(int, *Document) {})
	}
}
