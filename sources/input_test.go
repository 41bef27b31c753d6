package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":            "b",
		"a/notes.txt":      "a",
		"c/notes.txt":      "c",
		".hidden.txt":      "h",
		".git/config":      "g",
		"a/.cache/x.txt":   "x",
		"globbed/one.md":   "1",
		"globbed/two.md":   "2",
		"globbed/skip.txt": "s",
	})
	inputs, errs := Expand([]string{
		dir,
		filepath.Join(dir, "b.txt"), // again: listed once
		filepath.Join(dir, "globbed", "*.md"),
		filepath.Join(dir, "missing.txt"),
		"-",
	})
	var got []string
	for _, in := range inputs {
		rel, _ := filepath.Rel(dir, in.Path)
		if in.Path == Stdin {
			rel = "-"
		}
		got = append(got, in.ID+"="+rel)
	}
	want := []string{
		"notes=a/notes.txt", "b=b.txt", "notes-2=c/notes.txt",
		"one=globbed/one.md", "skip=globbed/skip.txt", "two=globbed/two.md", "stdin=-",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Expand =\n %v\nwant\n %v", got, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "missing.txt: no such file or folder") {
		t.Errorf("errors = %v, want one naming missing.txt", errs)
	}
}

func TestExpandURLIsRefusedClearly(t *testing.T) {
	_, errs := Expand([]string{"https://example.org/page"})
	if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "https://example.org/page: ") {
		t.Errorf("errors = %v", errs)
	}
}

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"great-leap-forward":     "great-leap-forward",
		"Great Leap Forward.txt": "great-leap-forward-txt",
		"  Ünïcode — names ":     "ünïcode-names",
		"***":                    "source",
	}
	for in, want := range tests {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"ok.txt": "Some text.", "bin.dat": "\x00\x01\x02\x03\x00\x00"})
	src, err := Read(Input{ID: "ok", Path: filepath.Join(dir, "ok.txt")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if src.Text != "Some text." || src.Encoding != EncodingUTF8 || len(src.SHA256) != 64 || src.Meta.ID != "ok" {
		t.Errorf("Read = %+v", src)
	}
	_, err = Read(Input{ID: "bin", Path: filepath.Join(dir, "bin.dat")}, nil)
	if err == nil || err.Error() != filepath.Join(dir, "bin.dat")+": binary file, not text" {
		t.Errorf("binary file error = %v", err)
	}
	_, err = Read(Input{ID: "gone", Path: filepath.Join(dir, "gone.txt")}, nil)
	if err == nil || !strings.HasPrefix(err.Error(), filepath.Join(dir, "gone.txt")+": ") || strings.Count(err.Error(), "gone.txt") != 1 {
		t.Errorf("missing file error = %v, want the path once", err)
	}
	src, err = Read(Input{ID: "stdin", Path: Stdin}, strings.NewReader("From a pipe."))
	if err != nil || src.Text != "From a pipe." || src.Path != "" {
		t.Errorf("stdin: %+v, %v", src, err)
	}
}

func TestExpandFollowsLinkedFilesAndGoesOnAfterErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"real/a.txt": "a", "real/sub/b.txt": "b", "z.txt": "z"})
	if err := os.Symlink(filepath.Join(dir, "real", "a.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "linkdir")) // not followed
	locked := filepath.Join(dir, "real", "sub")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	inputs, errs := Expand([]string{dir})
	var got []string
	for _, in := range inputs {
		rel, _ := filepath.Rel(dir, in.Path)
		got = append(got, rel)
	}
	want := "link.txt real/a.txt z.txt"
	if os.Geteuid() == 0 {
		want = "link.txt real/a.txt real/sub/b.txt z.txt" // root reads the locked folder anyway
	}
	if strings.Join(got, " ") != want {
		t.Errorf("Expand = %v, want %s", got, want)
	}
	if os.Geteuid() != 0 && (len(errs) != 1 || !strings.Contains(errs[0].Error(), "sub: permission denied")) {
		t.Errorf("errors = %v, want one for the locked folder", errs)
	}
}
