package batch

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// progress draws a bar of the inputs done on standard error, only when it
// is a terminal: piped or redirected, it writes nothing, so that logs hold
// only the messages that matter.
type progress struct {
	w           io.Writer // nil when standard error is not a terminal
	done, total int
}

func newProgress(w io.Writer, total int) *progress {
	if f, ok := w.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			return &progress{w: w, total: total}
		}
	}
	return &progress{total: total}
}

// step counts one more input done and redraws the bar.
func (p *progress) step() {
	p.done++
	if p.w == nil {
		return
	}
	const width = 30
	filled := width * p.done / max(p.total, 1)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d sources", strings.Repeat("#", filled), strings.Repeat("-", width-filled), p.done, p.total)
}

// clear removes the bar, before a message or at the end.
func (p *progress) clear() {
	if p.w != nil {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 50))
	}
}
