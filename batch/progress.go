package batch

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// progressInterval is how often the bar is redrawn at most, and at least
// while a run goes on: a run of 10,000 small sources draws it a few times a
// second, not 10,000 times, and a run on one big source still shows it is
// working.
const progressInterval = 250 * time.Millisecond

// progress draws a bar of the inputs done on standard error, only when it
// is a terminal: piped or redirected, it writes nothing, so that logs hold
// only the messages that matter. It is redrawn at most once an interval,
// and at least once an interval with the time the run has taken, so that
// a run on one big source still shows it is working. Messages go through printf, which clears the bar first.
type progress struct {
	w        io.Writer // standard error
	term     bool      // w is a terminal: draw the bar
	interval time.Duration

	mu          sync.Mutex
	done, total int
	start, last time.Time
	shown       bool // the bar is on the screen
	stop        chan struct{}
	stopped     sync.WaitGroup
}

func newProgress(w io.Writer, total int) *progress {
	term := false
	if f, ok := w.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			term = true
		}
	}
	return startProgress(w, total, term, progressInterval)
}

// startProgress starts a progress bar; on a terminal, a goroutine redraws
// it every interval until close.
func startProgress(w io.Writer, total int, term bool, interval time.Duration) *progress {
	p := &progress{w: w, term: term, interval: interval, total: total, start: time.Now(), stop: make(chan struct{})}
	if term {
		p.stopped.Add(1)
		go func() {
			defer p.stopped.Done()
			t := time.NewTicker(interval)
			defer t.Stop()
			for {
				select {
				case <-t.C:
					p.mu.Lock()
					p.draw()
					p.mu.Unlock()
				case <-p.stop:
					return
				}
			}
		}()
	}
	return p
}

// step counts one more input done, and redraws the bar if it has not been
// for an interval, or at the end.
func (p *progress) step() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if p.done == p.total || time.Since(p.last) >= p.interval {
		p.draw()
	}
}

// draw draws the bar. The caller holds mu.
func (p *progress) draw() {
	if !p.term {
		return
	}
	const width = 30
	filled := width * min(p.done, p.total) / max(p.total, 1)
	elapsed := time.Since(p.start).Truncate(time.Second)
	line := fmt.Sprintf("[%s%s] %d/%d sources, %s", strings.Repeat("#", filled), strings.Repeat("-", width-filled),
		p.done, p.total, clock(elapsed))
	if r := []rune(line); len(r) > 79 {
		line = string(r[:78]) + "…"
	}
	fmt.Fprintf(p.w, "\r%-79s", line)
	p.shown, p.last = true, time.Now()
}

// clock writes a duration as M:SS, or H:MM:SS.
func clock(d time.Duration) string {
	s := int(d.Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// clear removes the bar. The caller holds mu.
func (p *progress) clear() {
	if p.shown {
		fmt.Fprintf(p.w, "\r%79s\r", "")
		p.shown = false
	}
}

// printf writes a message line, the bar cleared first (it comes back at
// the next redraw).
func (p *progress) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintf(p.w, format, args...)
}

// close stops redrawing and removes the bar.
func (p *progress) close() {
	select {
	case <-p.stop:
		return
	default:
	}
	close(p.stop)
	p.stopped.Wait()
	p.mu.Lock()
	p.clear()
	p.mu.Unlock()
}
