package annotate

import (
	"fmt"
	"runtime"
	"strings"
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

// BenchmarkLinear annotates one paragraph of 1, 5, 10 and 20 MB (the
// fixtures, their white space folded, repeated on a single line) and reports
// seconds per MB, wall-clock and CPU (user and system, which says more on a
// shared machine), which must stay flat: no stage may cost more than linear
// time in the length of a paragraph. Run it alone and once:
//
//	go test -run XXX -bench Linear -benchtime 1x ./annotate
func BenchmarkLinear(b *testing.B) {
	var para strings.Builder
	for _, src := range fixtures(b) {
		para.WriteString(strings.Join(strings.Fields(src.Text), " "))
		para.WriteString(" ")
	}
	// The models, and the decoders' caches of frequent words, are ready
	// before the clock starts: the first size would otherwise pay for them.
	tagging.SharedModel()
	Annotate(sources.Source{ID: "warm-up", Text: para.String()})
	for _, mb := range []int{1, 5, 10, 20} {
		var text strings.Builder
		for text.Len() < mb<<20 {
			text.WriteString(para.String())
		}
		src := sources.Source{ID: "paragraph", Text: text.String()[:mb<<20]}
		b.Run(fmt.Sprintf("MB=%d", mb), func(b *testing.B) {
			b.SetBytes(int64(len(src.Text)))
			start, cpu := time.Now(), cpuSeconds()
			for n := 0; n < b.N; n++ {
				Annotate(src)
			}
			b.ReportMetric(time.Since(start).Seconds()/float64(b.N*mb), "s/MB")
			if cpu >= 0 {
				b.ReportMetric((cpuSeconds()-cpu)/float64(b.N*mb), "cpu-s/MB")
			}
		})
	}
}
