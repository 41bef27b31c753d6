package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

var testRun = Run{Tool: Tool{Name: "factsheet", Version: "test"}, Command: []string{"factsheet", "annotate"}, Created: time.Unix(0, 0)}

func sampleDoc(t testing.TB) *annotate.Document {
	t.Helper()
	in := sources.Input{ID: "great-leap-forward", Path: filepath.Join("..", "testdata", "great-leap-forward.txt")}
	src, err := sources.Read(in, nil)
	if err != nil {
		t.Fatal(err)
	}
	return annotate.Annotate(src)
}

func render(t *testing.T, format string, docs ...*annotate.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf, testRun)
	if err != nil {
		t.Fatal(err)
	}
	writeAll(t, w, docs)
	return buf.Bytes()
}

// writeAll writes the documents and closes the writer.
func writeAll(t testing.TB, w Writer, docs []*annotate.Document) {
	t.Helper()
	for _, d := range docs {
		if err := w.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestJSONShape(t *testing.T) {
	doc := sampleDoc(t)
	out := render(t, "json", doc, doc)
	var v struct {
		Tool      map[string]string            `json:"tool"`
		Documents []map[string]json.RawMessage `json:"documents"`
	}
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if v.Tool["name"] != "factsheet" || v.Tool["version"] != "test" || len(v.Documents) != 2 {
		t.Fatalf("tool %v, %d documents", v.Tool, len(v.Documents))
	}
	for _, key := range []string{"source", "sentences", "mentions", "claims"} {
		if _, ok := v.Documents[0][key]; !ok {
			t.Errorf("document has no %q", key)
		}
	}
	var mentions []map[string]any
	if err := json.Unmarshal(v.Documents[0]["mentions"], &mentions); err != nil || len(mentions) != len(doc.Mentions) {
		t.Fatalf("mentions: %v, %d of %d", err, len(mentions), len(doc.Mentions))
	}
	for _, m := range mentions {
		keys := map[string][]string{
			"entity":   {"label", "canonical"},
			"date":     {"edtf", "relative"},
			"quantity": {"value", "high", "kind", "unit", "qualifier", "vague"},
		}[m["type"].(string)]
		for _, k := range keys {
			if _, ok := m[k]; !ok {
				t.Errorf("%s mention %v has no %q", m["type"], m["text"], k)
			}
		}
		if m["type"] != "quantity" {
			if _, ok := m["value"]; ok {
				t.Errorf("%s mention has a value field", m["type"])
			}
		}
	}
	if bytes.Contains(out, []byte(`\u003c`)) || !bytes.Contains(out, []byte("People’s")) {
		t.Error("JSON escapes text it need not")
	}
	if empty := render(t, "json"); !json.Valid(empty) {
		t.Errorf("empty run is not JSON: %s", empty)
	}
}

func TestJSONLRecords(t *testing.T) {
	doc := sampleDoc(t)
	out := render(t, "jsonl", doc)
	counts := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("line is not JSON: %s", sc.Text())
		}
		if rec["source"] != "great-leap-forward" {
			t.Errorf("record without its source: %s", sc.Text())
		}
		counts[rec["record"].(string)]++
	}
	want := map[string]int{"source": 1, "sentence": len(doc.Sentences), "mention": len(doc.Mentions), "claim": len(doc.Claims)}
	for k, n := range want {
		if counts[k] != n {
			t.Errorf("%d %s records, want %d", counts[k], k, n)
		}
	}
}

func TestCSV(t *testing.T) {
	doc := sampleDoc(t)
	doc.Claims[0].Subject = "=HYPERLINK(\"http://evil\")"
	out := render(t, "csv", doc)
	if !bytes.HasPrefix(out, []byte("\uFEFF")) {
		t.Fatal("no byte-order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(out[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(claimColumns, ",") || len(rows) != 1+len(doc.Claims) {
		t.Fatalf("header %v, %d rows", rows[0], len(rows))
	}
	if rows[1][9] != "'=HYPERLINK(\"http://evil\")" {
		t.Errorf("formula not neutralised: %q", rows[1][9])
	}
	for _, r := range rows[1:] {
		if r[3] == "$66 billion" && (r[6] != "66000000000" || r[8] != "USD") {
			t.Errorf("$66 billion row: %v", r)
		}
	}
}

func TestNeutralise(t *testing.T) {
	tests := map[string]string{
		"=1+1": "'=1+1", "+1": "'+1", "-1": "'-1", "@SUM(A1)": "'@SUM(A1)",
		"\tx": "'\tx", "\rx": "'\rx", "plain": "plain", "": "", "a=b": "a=b",
	}
	for in, want := range tests {
		if got := Neutralise(in); got != want {
			t.Errorf("Neutralise(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriteFileKeepsOldFileOnFailure(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	os.WriteFile(path, []byte("old"), 0o644)
	err := WriteFile(path, func(w io.Writer) error {
		w.Write([]byte("half"))
		return errors.New("crash")
	})
	if err == nil {
		t.Fatal("no error")
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("old file now %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary file left behind: %v", entries)
	}
	if err := WriteFile(path, func(w io.Writer) error { _, err := w.Write([]byte("new")); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("file now %q", b)
	}
}

func TestForPath(t *testing.T) {
	for path, want := range map[string]string{"a.xlsx": "xlsx", "b.JSON": "json", "c.jsonl": "jsonl", "d.ndjson": "jsonl", "e.csv": "csv", "f.txt": "", "g.jsonld": "w3c", "h.ClaimReview.jsonld": "claimreview", ".xlsx": "", "dir.xlsx/out": ""} {
		got := ""
		if f := ForPath(path); f != nil {
			got = f.Name
		}
		if got != want {
			t.Errorf("ForPath(%q) = %q, want %q", path, got, want)
		}
	}
	if _, err := New("pdf", io.Discard, testRun); err == nil {
		t.Error("unknown format accepted")
	}
}
