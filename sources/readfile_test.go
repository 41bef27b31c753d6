package sources

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestReadFile: readFile reads what os.ReadFile reads, whatever the size,
// and fails as it does.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		size int
	}{
		{"empty", 0},
		{"one byte", 1},
		{"a page", 4096},
		{"a megabyte and a bit", 1<<20 + 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := bytes.Repeat([]byte("In 1958 "), tt.size/8+1)[:tt.size]
			p := filepath.Join(dir, tt.name)
			if err := os.WriteFile(p, want, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, buf := range [][]byte{nil, make([]byte, 10), make([]byte, 0, 2<<20)} {
				got, err := readFile(p, buf)
				if err != nil || !bytes.Equal(got, want) {
					t.Errorf("readFile with a buffer of %d = %d bytes, %v; want %d bytes", cap(buf), len(got), err, len(want))
				}
			}
		})
	}
	t.Run("missing", func(t *testing.T) {
		_, err := readFile(filepath.Join(dir, "missing.txt"), nil)
		_, want := os.ReadFile(filepath.Join(dir, "missing.txt"))
		if err == nil || err.Error() != want.Error() {
			t.Errorf("err = %v, want %v", err, want)
		}
	})
	t.Run("a folder", func(t *testing.T) {
		if _, err := readFile(dir, nil); err == nil {
			t.Error("reading a folder gave no error")
		}
	})
}
