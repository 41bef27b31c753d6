//go:build !linux

package export

// peakRSS returns -1: the process's peak resident memory is read on Linux
// only.
func peakRSS() int64 { return -1 }

// cpuSeconds returns -1: the process's CPU time is read on Linux only.
func cpuSeconds() float64 { return -1 }
