package gctune

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestPercent: once the package is initialised, the collector runs at
// Percent, unless GOGC says otherwise.
func TestPercent(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("skipping: GOGC is set")
	}
	got := debug.SetGCPercent(Percent)
	if got != Percent {
		t.Errorf("GOGC after start-up = %d, want %d", got, Percent)
	}
}
