//go:build unix

package export

import (
	"errors"
	"syscall"
)

// processGone reports whether no process has the id: the run that made a
// temporary file is over.
func processGone(pid int) bool {
	return pid > 0 && errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
