package sources

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestIdentity: the identity of an input changes with everything that
// changes the Source FromBytes makes of it, and with nothing else; and
// where it is the same, so is the Source.
func TestIdentity(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	text := "The famine of 1959\n\nIn 1958 more than 500 million peasants joined 26,000 communes.\n"
	file := write("notes.txt", text)
	in := Input{ID: "notes", Path: file, Rel: "notes.txt"}
	lib1, err := LoadLibrary(write("lib1.json", `[{"id": "notes", "title": "Notes on the famine"}]`))
	if err != nil {
		t.Fatal(err)
	}
	lib2, err := LoadLibrary(write("lib2.json", `[{"id": "notes", "title": "Notes on the communes"}]`))
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	url := Input{ID: "page", Path: "https://example.org/page", URL: "https://example.org/page", Rel: "page"}

	base := (&Reader{}).Identity(in, []byte(text), "")
	tests := []struct {
		name   string
		id     func() string
		differ bool
	}{
		{"the same input again", func() string { return (&Reader{}).Identity(in, []byte(text), "") }, false},
		{"a later time of the run", func() string { return (&Reader{Now: day}).Identity(in, []byte(text), "") }, false},
		{"other bytes", func() string { return (&Reader{}).Identity(in, []byte(text+" "), "") }, true},
		{"another media type", func() string { return (&Reader{}).Identity(in, []byte(text), "text/html") }, true},
		{"another id", func() string { in := in; in.ID = "notes-2"; return (&Reader{}).Identity(in, []byte(text), "") }, true},
		{"a library", func() string { return (&Reader{Library: lib1}).Identity(in, []byte(text), "") }, true},
		{"a sidecar", func() string {
			side := write("notes.json", `{"title": "Notes, 1959"}`)
			defer os.Remove(side)
			return (&Reader{}).Identity(in, []byte(text), "")
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.id(); (got != base) != tt.differ {
				t.Errorf("identity differs: %v, want %v", got != base, tt.differ)
			}
		})
	}
	t.Run("libraries", func(t *testing.T) {
		if (&Reader{Library: lib1}).Identity(in, []byte(text), "") == (&Reader{Library: lib2}).Identity(in, []byte(text), "") {
			t.Error("two libraries that give other metadata give one identity")
		}
	})
	t.Run("a URL read on another day", func(t *testing.T) {
		a := (&Reader{Now: day}).Identity(url, []byte(text), "text/plain")
		b := (&Reader{Now: day.Add(time.Hour)}).Identity(url, []byte(text), "text/plain")
		c := (&Reader{Now: day.Add(24 * time.Hour)}).Identity(url, []byte(text), "text/plain")
		if a != b || a == c {
			t.Errorf("same day same identity: %v; next day another: %v", a == b, a != c)
		}
	})
}
