package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// The garbage collector's settings for a batch tool. The heap may grow
// by headroom over what is live before it is collected again, but by no
// more than twice what is live (GOGC=200) and by no less than half
// (GOGC=50):
//
//   - A run over a corpus of many sources, a few read at a time, holds
//     little (8–12 MB on the bench corpus) and lets its heap grow to three
//     times that: Go's default of GOGC=100 spent about a fifth of the CPU
//     of that run collecting.
//   - A run that holds much (a 20 MB source's text, sentences and entities,
//     about 100 MB; a workbook being built) grows its heap by 64 MB, and by
//     half of what is live beyond 128 MB, so that a 20 MB source peaks
//     under 300 MB rather than at three times what it holds.
//
// A soft limit of 1 GiB makes it collect more often beyond that. GOGC and
// GOMEMLIMIT in the environment win.
const headroom = 64 << 20

// tuneGC sets the garbage collector (see headroom).
func tuneGC() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
		watchHeap(200)
	}
}

// gcPercent is the GOGC that gives a live heap its headroom.
func gcPercent(live uint64) int {
	if live == 0 {
		return 200
	}
	return int(min(max(100*headroom/live, 50), 200))
}

// watchHeap sets GOGC from the live heap after every collection: a
// finalizer runs once the collector has found its object unreachable,
// and sets the next one. gogc is the setting now.
func watchHeap(gogc int) {
	sentinel := &struct{ _ [16]byte }{}
	runtime.SetFinalizer(sentinel, func(*struct{ _ [16]byte }) {
		live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		metrics.Read(live)
		want := gogc
		if live[0].Value.Kind() == metrics.KindUint64 {
			want = gcPercent(live[0].Value.Uint64())
		}
		if want*10 < gogc*9 || want*10 > gogc*11 { // a tenth or more off
			debug.SetGCPercent(want)
			gogc = want
		}
		watchHeap(gogc)
	})
}
