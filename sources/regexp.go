package sources

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles a regular expression the first time it is used, not
// when the program starts: a run needs few of the package's (a run over a
// cached corpus none), and compiling them all took a tenth of a
// one-line run's start-up.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
