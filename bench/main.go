// Command bench times factsheet on a generated corpus, side by side with
// prose alone in the same run, and prints the figures the project tracks:
// throughput per CPU-second and per wall-second, the ratio to prose, the
// scaling with -j, start-up time, a cached re-run, and peak memory.
//
//	go run ./bench                 # 1,000 sources, a few minutes
//	go run ./bench -large          # also a 100 MB corpus and a 20 MB single source
//
// It generates the corpus (package bench/corpus), builds factsheet and the
// baseline (bench/baseline: prose with its models loaded once, segmenting,
// tagging and finding entities) into a temporary folder, runs each as a
// separate process and reads its CPU time and peak resident memory from the
// operating system. The machine's load average is printed before and after:
// figures taken on a busy machine are lower than an idle one's.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/factsheet/factsheet/bench/corpus"
)

// measure is what one process cost.
type measure struct {
	wall, cpu time.Duration
	rss       int64 // peak resident memory, bytes
}

func main() {
	n := flag.Int("n", 1000, "sources in the corpus")
	avg := flag.Int("avg", 1500, "average size of a source, bytes")
	large := flag.Bool("large", false, "also measure a 100 MB corpus and a 20 MB single source (peak memory; takes longer)")
	keep := flag.Bool("keep", false, "keep the temporary folder")
	flag.Parse()

	work, err := os.MkdirTemp("", "factsheet-bench-")
	check(err)
	if !*keep {
		defer os.RemoveAll(work)
	} else {
		fmt.Println("working in", work)
	}
	fmt.Printf("machine: %d CPUs, %s/%s, %s; load average before: %s\n", runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version(), loadavg())

	bin := filepath.Join(work, "factsheet")
	base := filepath.Join(work, "baseline")
	build(bin, ".")
	build(base, "./bench/baseline")

	dir := filepath.Join(work, "corpus")
	size := writeCorpus(dir, corpus.New(1), *n, *avg)
	fmt.Printf("corpus: %d sources, %.2f MB (seed 1)\n\n", *n, mb(size))

	out := filepath.Join(work, "out.jsonl")
	b := run(base, dir)
	fmt.Printf("%-34s %8s %8s %12s %12s %9s\n", "run", "wall s", "CPU s", "KB/CPU-s", "KB/wall-s", "peak MB")
	row := func(name string, m measure, bytes int64) {
		fmt.Printf("%-34s %8.2f %8.2f %12.0f %12.0f %9.0f\n", name, m.wall.Seconds(), m.cpu.Seconds(),
			float64(bytes)/1e3/m.cpu.Seconds(), float64(bytes)/1e3/m.wall.Seconds(), mb(m.rss))
	}
	row("prose alone (baseline)", b, size)
	jobs := []int{1, 2}
	if c := runtime.NumCPU(); c > 2 {
		jobs = append(jobs, c)
	}
	// Each -j is run three times, in turn, and its median run (by wall
	// time) is the one shown: a run of a second or two is easily moved by
	// whatever else the machine does.
	runs := map[int][]measure{}
	for range 3 {
		for _, j := range jobs {
			runs[j] = append(runs[j], run(bin, "annotate", "--format", "jsonl", "-o", out, "-j", fmt.Sprint(j), dir))
		}
	}
	byJobs := map[int]measure{}
	for _, j := range jobs {
		byJobs[j] = median(runs[j])
		row(fmt.Sprintf("factsheet annotate -j %d (median of 3)", j), byJobs[j], size)
	}
	cache := filepath.Join(work, "cache")
	cold := run(bin, "annotate", "--cache", cache, "--format", "jsonl", "-o", out, dir)
	warm := run(bin, "annotate", "--cache", cache, "--format", "jsonl", "-o", out, dir)
	warmNew := run(bin, "annotate", "--cache", cache, "--format", "jsonl", "-o", filepath.Join(work, "new.jsonl"), dir)
	row("annotate --cache, first run", cold, size)
	row("annotate --cache, unchanged corpus", warm, size)
	row("  the same, to a new output file", warmNew, size)

	one := filepath.Join(work, "one-line.txt")
	check(os.WriteFile(one, []byte("In 1958 more than 500 million peasants joined 26,000 People's Communes.\n"), 0o644))
	var starts []time.Duration
	for range 7 {
		starts = append(starts, run(bin, "annotate", "--format", "jsonl", "-o", out, one).wall)
	}
	sort.Slice(starts, func(i, j int) bool { return starts[i] < starts[j] })

	j1 := byJobs[1]
	fmt.Println()
	fmt.Printf("throughput per core:   factsheet %.0f KB/CPU-s, prose alone %.0f KB/CPU-s, ratio %.2f×\n",
		float64(size)/1e3/j1.cpu.Seconds(), float64(size)/1e3/b.cpu.Seconds(), b.cpu.Seconds()/j1.cpu.Seconds())
	for _, j := range jobs[1:] {
		fmt.Printf("-j scaling:            -j %d is %.2f× -j 1 (wall)\n", j, j1.wall.Seconds()/byJobs[j].wall.Seconds())
	}
	fmt.Printf("cached re-run:         %.1f%% of the first run's wall time, %.1f%% of its CPU\n",
		100*warm.wall.Seconds()/cold.wall.Seconds(), 100*warm.cpu.Seconds()/cold.cpu.Seconds())
	fmt.Printf("  to a new output:     %.1f%% of the first run's wall time, %.1f%% of its CPU\n",
		100*warmNew.wall.Seconds()/cold.wall.Seconds(), 100*warmNew.cpu.Seconds()/cold.cpu.Seconds())
	fmt.Printf("start-up (one line):   median %.0f ms, fastest %.0f ms of 7\n", ms(starts[3]), ms(starts[0]))

	if *large {
		fmt.Println()
		big := filepath.Join(work, "big")
		bigSize := writeCorpus(big, corpus.New(2), 20000, 5000)
		m := run(bin, "annotate", "--format", "jsonl", "-o", out, big)
		row(fmt.Sprintf("%.0f MB corpus (20,000 sources)", mb(bigSize)), m, bigSize)
		bigCache := filepath.Join(work, "big-cache")
		bigCold := run(bin, "annotate", "--cache", bigCache, "--format", "jsonl", "-o", out, big)
		bigWarm := run(bin, "annotate", "--cache", bigCache, "--format", "jsonl", "-o", out, big)
		row("  --cache, first run", bigCold, bigSize)
		row("  --cache, unchanged corpus", bigWarm, bigSize)
		fmt.Printf("cached re-run of the large corpus: %.1f%% of the first run's wall time, %.1f%% of its CPU\n",
			100*bigWarm.wall.Seconds()/bigCold.wall.Seconds(), 100*bigWarm.cpu.Seconds()/bigCold.cpu.Seconds())
		os.RemoveAll(big)
		os.RemoveAll(bigCache)
		single := filepath.Join(work, "single")
		singleSize := writeSource(single, corpus.Source{Name: "single.txt", Text: corpus.New(3).Text(20 << 20)})
		m = run(bin, "annotate", "--format", "jsonl", "-o", out, single)
		row(fmt.Sprintf("%.0f MB single source", mb(singleSize)), m, singleSize)
	}
	fmt.Printf("\nload average after: %s\n", loadavg())
}

// run runs a program to its end and returns what it cost.
func run(name string, args ...string) measure {
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		fmt.Fprintf(os.Stderr, "bench: %s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, stderr.String())
		os.Exit(1)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return measure{wall: wall, cpu: cpu, rss: ru.Maxrss * 1024}
}

// median returns the run of median wall time.
func median(ms []measure) measure {
	sorted := append([]measure(nil), ms...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].wall < sorted[j].wall })
	return sorted[len(sorted)/2]
}

func build(out, pkg string) {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Stderr = os.Stderr
	check(cmd.Run())
}

// writeCorpus writes n generated sources into dir, one at a time: the
// bench never holds a corpus whole, since a child process started from it
// is charged the bench's own peak memory (Linux counts the parent's
// high-water mark in the child's maximum resident set when the child
// execs from a shared address space).
func writeCorpus(dir string, g *corpus.Generator, n, avg int) int64 {
	var size int64
	g.Each(n, avg, func(s corpus.Source) { size += writeSource(dir, s) })
	return size
}

func writeSource(dir string, s corpus.Source) int64 {
	check(os.MkdirAll(dir, 0o755))
	check(os.WriteFile(filepath.Join(dir, s.Name), []byte(s.Text), 0o644))
	return int64(len(s.Text))
}

func loadavg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Join(strings.Fields(string(data))[:3], " ")
}

func mb(b int64) float64         { return float64(b) / 1e6 }
func ms(d time.Duration) float64 { return float64(d) / 1e6 }

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}
