//go:build linux

package annotate

import "syscall"

// cpuSeconds returns the CPU time the process has used, user and system,
// or -1 where it cannot be read. On a shared machine it says more than the
// wall-clock time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return -1
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
