package export

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/factsheet/factsheet/annotate"
)

// BenchmarkFormats writes 10,000 generated claims (10 sources of 1,000) in
// every format but the workbook (see BenchmarkXLSX), and reports claims
// per second, the CPU time (the machine may be shared) and the size of the
// file:
//
//	go test -run XXX -bench Formats -benchtime 3x ./export
func BenchmarkFormats(b *testing.B) {
	const n, perSource = 10_000, 1000
	docs := make([]*annotate.Document, 0, n/perSource)
	for i := 0; i < n/perSource; i++ {
		docs = append(docs, synthDoc(fmt.Sprintf("source-%02d", i), perSource))
	}
	for _, f := range Formats {
		if f.Name == "xlsx" {
			continue
		}
		b.Run(f.Name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "bench"+f.Extensions[0])
			run := Run{Tool: Tool{Name: "factsheet", Version: "bench"}, Created: time.Now(), Reviews: &Reviews{}}
			cpu := cpuSeconds()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				os.Remove(path)
				if err := WriteFile(path, func(w io.Writer) error {
					x, err := f.New(w, run)
					if err != nil {
						return err
					}
					for _, d := range docs {
						if err := x.Write(d); err != nil {
							return err
						}
					}
					return x.Close()
				}); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			fi, err := os.Stat(path)
			if err != nil {
				b.Fatal(err)
			}
			if cpu >= 0 {
				b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "CPU-s/op")
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
			b.ReportMetric(float64(fi.Size())/(1<<20), "MB-file")
		})
	}
}
