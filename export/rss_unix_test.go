//go:build linux

package export

import "syscall"

// peakRSS returns the process's peak resident memory in bytes, or -1 where
// it cannot be read.
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return -1
	}
	return ru.Maxrss * 1024 // kilobytes on Linux
}
