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
			got, err := readFile(p)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("readFile = %d bytes, %v; want %d bytes", len(got), err, len(want))
			}
		})
	}
	t.Run("missing", func(t *testing.T) {
		_, err := readFile(filepath.Join(dir, "missing.txt"))
		_, want := os.ReadFile(filepath.Join(dir, "missing.txt"))
		if err == nil || err.Error() != want.Error() {
			t.Errorf("err = %v, want %v", err, want)
		}
	})
	t.Run("a folder", func(t *testing.T) {
		if _, err := readFile(dir); err == nil {
			t.Error("reading a folder gave no error")
		}
	})
}
