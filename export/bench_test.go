package export

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"
)

// BenchmarkXLSX writes a workbook of generated claims (one claim, one date
// and one place a sentence; 1,000 claims a source) to a file, as annotate
// does, and reports its size, the peak of the Go heap while writing, and
// the process's peak resident memory. The 1,000,000-claim case:
//
//	go test -run XXX -bench 'XLSX/claims=1000000' -benchtime 1x ./export
func BenchmarkXLSX(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			const perSource = 1000
			path := filepath.Join(b.TempDir(), "bench.xlsx")
			peak := watchHeap()
			var size int64
			cpu := cpuSeconds()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				err := writeSynthWorkbook(path, n, perSource, Run{Tool: Tool{Name: "factsheet", Version: "bench"}, Created: time.Now()})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			if cpu >= 0 {
				b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "CPU-s/op")
			}
			if fi, err := os.Stat(path); err == nil {
				size = fi.Size()
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
			b.ReportMetric(float64(size)/(1<<20), "MB-file")
			b.ReportMetric(float64(peak())/(1<<20), "MB-peak-heap")
			if rss := peakRSS(); rss > 0 {
				b.ReportMetric(float64(rss)/(1<<20), "MB-peak-RSS")
			}
		})
	}
}

// watchHeap samples the Go heap every 20 ms until the returned function is
// called, which gives the highest it saw.
func watchHeap() func() uint64 {
	var (
		mu   sync.Mutex
		peak uint64
		done = make(chan struct{})
	)
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		mu.Lock()
		peak = max(peak, ms.HeapInuse)
		mu.Unlock()
	}
	go func() {
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				sample()
			}
		}
	}()
	return func() uint64 {
		close(done)
		sample()
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// BenchmarkReadReviews reads the review work back from a workbook of
// generated claims (written once, untimed), as annotate does before
// replacing it:
//
//	go test -run XXX -bench 'ReadReviews/claims=1000000' -benchtime 1x ./export
func BenchmarkReadReviews(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			const perSource = 1000
			path := filepath.Join(b.TempDir(), "bench.xlsx")
			err := writeSynthWorkbook(path, n, perSource, Run{})
			if err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			peak := watchHeap()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := ReadReviews(path); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
			b.ReportMetric(float64(peak())/(1<<20), "MB-peak-heap")
		})
	}
}

// writeSynthWorkbook writes a workbook of n generated claims, perSource to a
// source.
func writeSynthWorkbook(path string, n, perSource int, run Run) error {
	return WriteFile(path, func(w io.Writer) error {
		x, err := New("xlsx", w, run)
		if err != nil {
			return err
		}
		for s := 0; s < n/perSource; s++ {
			if err := x.Write(synthDoc(fmt.Sprintf("source-%04d", s), perSource)); err != nil {
				return err
			}
		}
		return x.Close()
	})
}
