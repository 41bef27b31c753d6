package batch

import "errors"

// UsageError is a mistake in how a command was called (exit status 2).
type UsageError struct{ Msg string }

// Error returns the message.
func (e UsageError) Error() string { return e.Msg }

// ErrFailed says that some inputs, or the output, failed (exit status 1).
// The failures themselves have been reported on the run's error stream by
// then, one line each.
var ErrFailed = errors.New("some inputs failed")

// ErrInterrupted says that the run was stopped (Ctrl-C, SIGTERM) before it
// was done: its temporary files are removed and the output left as it was.
var ErrInterrupted = errors.New("interrupted")
