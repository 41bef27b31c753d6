//go:build unix

package export

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteFileToPipe: an output that is a named pipe (or a device, such
// as /dev/null) is written in place, not replaced by a plain file.
func TestWriteFileToPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "out.jsonl")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("skipping: no named pipes here: %v", err)
	}
	got := make(chan string)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		defer f.Close()
		data, _ := io.ReadAll(f)
		got <- string(data)
	}()
	const want = `{"record":"source","source":"a"}` + "\n"
	if err := WriteFile(fifo, func(w io.Writer) error { _, err := io.WriteString(w, want); return err }); err != nil {
		t.Fatal(err)
	}
	info, err := os.Lstat(fifo)
	if err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the pipe was replaced: %v, %v", info.Mode(), err)
	}
	if s := <-got; s != want {
		t.Errorf("the reader of the pipe got %q, want %q", s, want)
	}
}
