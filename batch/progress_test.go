package batch

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a terminal a goroutine may draw on.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestFault12Progress: the progress bar was redrawn on every source (half a
// megabyte of terminal output for 10,000 files) and showed nothing during
// one big file.
func TestFault12Progress(t *testing.T) {
	t.Run("10,000 sources", func(t *testing.T) {
		var term syncBuffer
		p := startProgress(&term, 10_000, true, time.Hour)
		for range 10_000 {
			p.step()
		}
		p.close()
		out := term.String()
		// Drawn once at the start of the interval and once at the end.
		if draws := strings.Count(out, "sources, "); draws > 3 || len(out) > 1000 {
			t.Errorf("%d redraws, %d bytes for 10,000 sources", draws, len(out))
		}
		if !strings.Contains(out, "10000/10000 sources") {
			t.Errorf("the bar never showed the end: %q", out)
		}
	})
	t.Run("one big source", func(t *testing.T) {
		var term syncBuffer
		p := startProgress(&term, 1, true, 20*time.Millisecond)
		time.Sleep(150 * time.Millisecond) // annotating, no source done yet
		during := term.String()
		p.step()
		p.close()
		if draws := strings.Count(during, "0/1 sources, 0:00"); draws < 2 {
			t.Errorf("while one big source was annotated, the bar was drawn %d times: %q", draws, during)
		}
		if out := term.String(); !strings.HasSuffix(out, "\r"+strings.Repeat(" ", 79)+"\r") {
			t.Errorf("the bar was not cleared at the end: %q", out[max(0, len(out)-100):])
		}
	})
	t.Run("not a terminal", func(t *testing.T) {
		var log syncBuffer
		p := startProgress(&log, 3, false, time.Millisecond)
		p.step()
		p.printf("factsheet: %s\n", "a.txt: binary file, not text")
		p.step()
		p.step()
		p.close()
		if got := log.String(); got != "factsheet: a.txt: binary file, not text\n" {
			t.Errorf("a log got %q", got)
		}
	})
}
