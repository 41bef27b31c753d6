package sources

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSidecarsOfListedFolder: a folder's inputs find their sidecars from
// its listing, by either name (NAME.EXT.json first, then NAME.json), as an
// input named alone finds them by trying the names.
func TestSidecarsOfListedFolder(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":      "The famine of 1959\n\nIn 1958 more than 500 million peasants joined the communes.\n",
		"a.json":     `{"title": "From a.json"}`,
		"b.md":       "# Letters\n\nIn 1902 some 40 ships sailed.\n",
		"b.md.json":  `{"title": "From b.md.json"}`,
		"b.json":     `{"title": "From b.json"}`,
		"c.txt":      "Notes, 1903\n\nAbout 300 farms were sold.\n",
		"d.html.txt": "Notes, 1904\n\nAbout 30 farms were sold.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]string{"a": "From a.json", "b": "From b.md.json", "c": "", "d-html": ""} // no sidecar
	ins, errs := Expand([]string{dir})
	if len(errs) > 0 || len(ins) != len(want) {
		t.Fatalf("Expand = %v, %v; want %d inputs", ins, errs, len(want))
	}
	for _, in := range ins {
		t.Run(in.ID, func(t *testing.T) {
			listed, err := Read(in, nil)
			if err != nil {
				t.Fatal(err)
			}
			alone, err := Read(Input{ID: in.ID, Path: in.Path, Rel: in.Rel}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if listed.Meta.Title != want[in.ID] || alone.Meta.Title != want[in.ID] {
				t.Errorf("title from the folder %q, named alone %q; want %q", listed.Meta.Title, alone.Meta.Title, want[in.ID])
			}
		})
	}
}
