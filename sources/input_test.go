package sources

import (
	"errors"
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
		"a-notes=a/notes.txt", "b=b.txt", "c-notes=c/notes.txt",
		"globbed-one=globbed/one.md", "globbed-skip=globbed/skip.txt", "globbed-two=globbed/two.md", "stdin=-",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Expand =\n %v\nwant\n %v", got, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "missing.txt: no such file or folder") {
		t.Errorf("errors = %v, want one naming missing.txt", errs)
	}
}

func TestExpandURLs(t *testing.T) {
	inputs, errs := Expand([]string{"https://www.example.org/news/1958/harvest.html", "http://127.0.0.1:8080/page.html", "https://example.org/"})
	var got []string
	for _, in := range inputs {
		got = append(got, in.ID+"="+in.URL)
	}
	want := "example-org-news-1958-harvest=https://www.example.org/news/1958/harvest.html 127-0-0-1-page=http://127.0.0.1:8080/page.html example-org=https://example.org/"
	if len(errs) != 0 || strings.Join(got, " ") != want {
		t.Errorf("Expand = %v, %v; want %s", got, errs, want)
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

// ids maps each input's path, relative to dir, to its id.
func ids(dir string, inputs []Input) map[string]string {
	m := map[string]string{}
	for _, in := range inputs {
		rel, _ := filepath.Rel(dir, in.Path)
		m[filepath.ToSlash(rel)] = in.ID
	}
	return m
}

func TestExpandIDsDoNotDependOnOtherInputs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"notes.txt": "n", "b/report.txt": "r"})
	before := ids(dir, first(Expand([]string{dir})))
	writeFiles(t, dir, map[string]string{"a/notes.txt": "a", "0.txt": "0"})
	after := ids(dir, first(Expand([]string{dir})))
	for path, id := range before {
		if after[path] != id {
			t.Errorf("%s: id %q became %q when files were added", path, id, after[path])
		}
	}
	if after["a/notes.txt"] != "a-notes" || after["notes.txt"] != "notes" || after["b/report.txt"] != "b-report" {
		t.Errorf("ids = %v", after)
	}
	one := filepath.Join(dir, "notes.txt")
	two := filepath.Join(dir, "b", "report.txt")
	forward := ids(dir, first(Expand([]string{one, two})))
	backward := ids(dir, first(Expand([]string{two, one})))
	alone := ids(dir, first(Expand([]string{two})))
	if forward["notes.txt"] != "notes" || forward["b/report.txt"] != "report" ||
		backward["notes.txt"] != "notes" || backward["b/report.txt"] != "report" || alone["b/report.txt"] != "report" {
		t.Errorf("named files: forward %v, backward %v, alone %v", forward, backward, alone)
	}
}

func TestExpandTellsCollidingIDsApart(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"x/notes.txt": "1", "x/notes.md": "2", "y/notes.txt": "3", "a b.txt": "4", "a-b.txt": "5"})
	for _, order := range [][]string{
		{"x/notes.txt", "x/notes.md", "y/notes.txt", "a b.txt", "a-b.txt"},
		{"a-b.txt", "y/notes.txt", "a b.txt", "x/notes.md", "x/notes.txt"},
	} {
		var args []string
		for _, p := range order {
			args = append(args, filepath.Join(dir, p))
		}
		got := ids(dir, first(Expand(args)))
		seen := map[string]string{}
		for path, id := range got {
			if other, dup := seen[id]; dup {
				t.Errorf("%s and %s both have id %q", path, other, id)
			}
			seen[id] = path
		}
		if got["x/notes.md"] != "notes-md" || !strings.HasSuffix(got["x/notes.txt"], "-x-notes-txt") || !strings.HasSuffix(got["y/notes.txt"], "-y-notes-txt") {
			t.Errorf("order %v: ids %v", order, got)
		}
		if len(got) != 5 {
			t.Errorf("order %v: %d inputs, want 5", order, len(got))
		}
	}
}

func first(inputs []Input, _ []error) []Input { return inputs }

func TestExpandSkipsOwnFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"source.txt":                          "s",
		"facts.xlsx":                          "x",
		"facts.backup-20260101-120000.xlsx":   "b",
		"facts.backup-20260101-120000-2.xlsx": "b",
		"facts.new-20260101-120000.xlsx":      "n",
		"facts.csv":                           "c",
		"notes.backup-of-mine.txt":            "kept: not a name factsheet gives",
		"sub/facts.json":                      "j",
	})
	got := ids(dir, first(Expand([]string{dir}, filepath.Join(dir, "facts.xlsx"), filepath.Join(dir, "sub", "..", "facts.csv"))))
	want := map[string]string{"source.txt": "source", "notes.backup-of-mine.txt": "notes-backup-of-mine", "sub/facts.json": "sub-facts"}
	if len(got) != len(want) {
		t.Errorf("Expand = %v, want %v", got, want)
	}
	for p, id := range want {
		if got[p] != id {
			t.Errorf("Expand = %v, want %v", got, want)
		}
	}
	got = ids(dir, first(Expand([]string{filepath.Join(dir, "facts.*")})))
	if len(got) != 2 || got["facts.xlsx"] == "" || got["facts.csv"] == "" {
		t.Errorf("glob: %v, want facts.xlsx and facts.csv, not the backups", got)
	}
}

func TestCheckOutputs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"v.txt": "text", "sub/w.txt": "w"})
	v := filepath.Join(dir, "v.txt")
	tests := []struct {
		name    string
		output  string
		args    []string
		refused bool
	}{
		{"output named as input", v, []string{v}, true},
		{"same file spelt otherwise", filepath.Join(dir, "sub", "..", "v.txt"), []string{v}, true},
		{"glob matching the output", v, []string{filepath.Join(dir, "*.txt")}, true},
		{"output inside a folder read", filepath.Join(dir, "facts.csv"), []string{dir}, false},
		{"output not an input", filepath.Join(dir, "facts.csv"), []string{v}, false},
		{"standard output", "-", []string{"-"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckOutputs(tt.output, tt.args)
			if (err != nil) != tt.refused {
				t.Errorf("CheckOutputs = %v, refused want %v", err, tt.refused)
			}
		})
	}
}

func TestReadSkipsFactSheets(t *testing.T) {
	tests := map[string]string{
		"json":  "{\n  \"tool\": {\n    \"name\": \"factsheet\",\n    \"version\": \"1\"\n  },\n  \"documents\": []}",
		"jsonl": `{"record":"source","source":"x","id":"x"}`,
		"csv":   "\uFEFFClaim ID,Source,Locator,Claim\n",
	}
	for name, content := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := FromBytes(Input{ID: "x", Path: "facts." + name}, []byte(content))
			if !errors.Is(err, ErrOwnOutput) || !strings.HasPrefix(err.Error(), "facts."+name+": ") {
				t.Errorf("FromBytes error = %v, want ErrOwnOutput naming the file", err)
			}
		})
	}
	if _, err := FromBytes(Input{ID: "x", Path: "x.json"}, []byte(`{"tool": "a hammer"}`)); err != nil {
		t.Errorf("other JSON refused: %v", err)
	}
}

// TestFault6LinkToFolder: a link to a folder given as an input (no trailing
// slash) is read as the folder; it gave "no inputs to annotate" without a
// reason. An empty folder says why nothing was read.
func TestFault6LinkToFolder(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "notes")
	if err := os.MkdirAll(filepath.Join(folder, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(folder, "a.txt"), []byte("In 1958, 600,000 furnaces."), 0o644)
	os.WriteFile(filepath.Join(folder, "sub", "b.txt"), []byte("Some 40 ships."), 0o644)
	link := filepath.Join(dir, "link")
	if err := os.Symlink(folder, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	tests := []struct {
		name  string
		arg   string
		paths []string
		err   string
	}{
		{"link without slash", link, []string{filepath.Join(link, "a.txt"), filepath.Join(link, "sub", "b.txt")}, ""},
		{"link with slash", link + "/", []string{filepath.Join(link, "a.txt"), filepath.Join(link, "sub", "b.txt")}, ""},
		{"empty folder", empty, nil, "empty: the folder has no files to read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ins, errs := Expand([]string{tt.arg})
			var paths []string
			for _, in := range ins {
				paths = append(paths, in.Path)
			}
			if strings.Join(paths, ",") != strings.Join(tt.paths, ",") {
				t.Errorf("paths %q, want %q", paths, tt.paths)
			}
			switch {
			case tt.err == "" && len(errs) > 0:
				t.Errorf("errors %v", errs)
			case tt.err != "" && (len(errs) != 1 || !strings.Contains(errs[0].Error(), tt.err)):
				t.Errorf("errors %v, want one saying %q", errs, tt.err)
			}
		})
	}
}
