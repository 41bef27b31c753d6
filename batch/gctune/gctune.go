package gctune

import (
	"os"
	"runtime/debug"
)

// Percent is the GOGC while the program starts, unless GOGC is set.
const Percent = 200

func init() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(Percent)
	}
}
