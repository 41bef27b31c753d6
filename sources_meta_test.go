package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// docs runs annotate to JSON and returns its documents as generic JSON.
func docs(t *testing.T, args ...string) []map[string]any {
	t.Helper()
	code, out, stderr := runCLI(t, "", append([]string{"annotate", "--format", "json", "-o", "-"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var s struct{ Documents []map[string]any }
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	return s.Documents
}

func field(v any, path ...string) any {
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[p]
	}
	return v
}

func TestAnnotateURL(t *testing.T) {
	page, err := os.ReadFile("testdata/formats/harvest.html")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/page.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		case "/moved":
			http.Redirect(w, r, "/page.html", http.StatusFound)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/image.png":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	t.Setenv("SOURCE_DATE_EPOCH", "1714521600") // 2024-05-01
	for _, path := range []string{"/page.html", "/moved"} {
		d := docs(t, srv.URL+path)[0]
		src := d["source"]
		if field(src, "url") != srv.URL+path || field(src, "meta", "URL") != srv.URL+path || field(src, "format") != "html" {
			t.Errorf("%s: source = %v", path, src)
		}
		if acc, _ := json.Marshal(field(src, "meta", "accessed")); string(acc) != `{"date-parts":[[2024,5,1]]}` {
			t.Errorf("%s: accessed = %s", path, acc)
		}
		claims := d["claims"].([]any)
		cite := field(claims[0], "citation").(string)
		if !strings.Contains(cite, srv.URL+path) || !strings.Contains(cite, "Harvest Report") {
			t.Errorf("%s: citation %q lacks the URL", path, cite)
		}
		if !strings.Contains(field(src, "citation").(string), srv.URL+path) {
			t.Errorf("%s: source citation = %v", path, field(src, "citation"))
		}
	}
	code, _, stderr := runCLI(t, "", "annotate", "--format", "json", "-o", "-", srv.URL+"/gone", srv.URL+"/loop", srv.URL+"/image.png", srv.URL+"/page.html")
	for _, want := range []string{"/gone: the server answered 404 Not Found", "/loop: ", "redirects", "/image.png: image/png is not a page or document factsheet reads"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q: %s", want, stderr)
		}
	}
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
}

func TestLibraryManifestAndSidecar(t *testing.T) {
	dir := t.TempDir()
	text := "In 1958 the commune had 5,000 members.\n"
	for _, name := range []string{"times1958.txt", "letter.txt", "notes.txt", "plain.txt"} {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "notes.json"), []byte(`{"type": "manuscript", "title": "Notes from the Sidecar", "author": [{"family": "Wang", "given": "Li"}], "issued": {"date-parts": [[1959]]}}`), 0o644)
	os.WriteFile(filepath.Join(dir, "sources.csv"), []byte("path,id,title,author,issued,archive,archive_location\nletter.txt,zhou-letter,,,,,\nplain.txt,,A Plain Note,\"Smith, Anna\",c. 1920,County Archive,box 4\n"), 0o644)
	lib, _ := filepath.Abs("testdata/library/refs.bib")
	byID := map[string]map[string]any{}
	for _, d := range docs(t, "--library", lib, "--manifest", filepath.Join(dir, "sources.csv"), "--style", "mla", dir) {
		byID[field(d, "source", "id").(string)] = d["source"].(map[string]any)
	}
	if len(byID) != 4 {
		t.Fatalf("sources = %v; the sidecar and manifest are not sources", keys(byID))
	}
	tests := []struct {
		id, title, from, citation string
	}{
		{"times1958", "Communes Report Record Harvest", "library", "Liang, Wei, and Anna Smith. “Communes Report Record Harvest.” The Times, 12 Mar. 1958, p. 7."},
		{"zhou-letter", "Letter to Dag Hammarskjöld", "library", "Zhou, Enlai. Letter to Dag Hammarskjöld. 12 Mar. 1958. FO 371/133476, box 3, folder 2, National Archives, Kew."},
		{"notes", "Notes from the Sidecar", "sidecar", "Wang, Li. “Notes from the Sidecar.” 1959. Unpublished manuscript."},
		{"plain", "A Plain Note", "manifest", "Smith, Anna. A Plain Note. c. 1920. box 4, County Archive."},
	}
	for _, tt := range tests {
		src := byID[tt.id]
		if src == nil {
			t.Errorf("no source %s among %v", tt.id, keys(byID))
			continue
		}
		if field(src, "meta", "title") != tt.title || field(src, "meta_from", "title") != tt.from || field(src, "citation") != tt.citation {
			t.Errorf("%s: title %v from %v, citation\n%v\nwant %q from %s,\n%s", tt.id, field(src, "meta", "title"), field(src, "meta_from", "title"), field(src, "citation"), tt.title, tt.from, tt.citation)
		}
	}
	code, _, stderr := runCLI(t, "", "annotate", "--library", filepath.Join(dir, "sources.csv"), "-o", "-", "--format", "json", dir)
	if code != exitUsage || !strings.Contains(stderr, "sources.csv:1: BibTeX") {
		t.Errorf("bad library: exit %d, %q", code, stderr)
	}
}

func keys(m map[string]map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestIssuedDateAnchorsTheNewspaper(t *testing.T) {
	d := docs(t, "testdata/formats/times-1958-03-12.txt")[0]
	if iss, _ := json.Marshal(field(d, "source", "meta", "issued")); string(iss) != `{"date-parts":[[1958,3,12]]}` {
		t.Fatalf("issued = %s, want it from the file name", iss)
	}
	got := map[string]string{}
	for _, m := range d["mentions"].([]any) {
		if field(m, "type") == "date" {
			got[field(m, "text").(string)] = field(m, "edtf").(string) + " @" + anyString(field(m, "anchor"))
		}
	}
	want := map[string]string{
		"Yesterday": "1958-03-11 @issued",
		"Last year": "1957 @issued",
		"Friday":    "1958-03-07 @issued",
		"this week": "1958-03-10/1958-03-16 @issued",
		"August":    "1958-08 @issued",
	}
	// "now" is a date only with the grammar of present-time references
	// (issue 12); when it is one, it too counts from the issued date.
	if v, ok := got["now"]; ok {
		want["now"] = "1958-03-12 @issued"
		_ = v
	}
	for text, w := range want {
		if got[text] != w {
			t.Errorf("%q = %q, want %q", text, got[text], w)
		}
	}
}

func anyString(v any) string {
	s, _ := v.(string)
	return s
}
