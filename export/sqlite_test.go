package export

import (
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// writeSQLiteFile writes documents into the database at path as annotate
// does: reading the review work there first, then replacing the file.
func writeSQLiteFile(t *testing.T, path string, now time.Time, docs ...*annotate.Document) *Reviews {
	t.Helper()
	f, err := Lookup("sqlite")
	if err != nil {
		t.Fatal(err)
	}
	rs, err := f.ReadReviews(path)
	if err != nil {
		t.Fatal(err)
	}
	run := testRun
	run.Created, run.Reviews = now, rs
	if _, err := f.WriteFile(path, rs, now, func(w io.Writer) error {
		x, err := f.New(w, run)
		if err != nil {
			return err
		}
		for _, d := range docs {
			if err := x.Write(d); err != nil {
				return err
			}
		}
		return x.Close()
	}); err != nil {
		t.Fatal(err)
	}
	return rs
}

func docOf(t *testing.T, id, text string) *annotate.Document {
	t.Helper()
	return annotate.Annotate(sources.Source{ID: id, SHA256: strings.Repeat("0", 64), Encoding: "UTF-8", Text: text,
		Meta: sources.Meta{Type: "document", Title: id}})
}

func openDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func queryStrings(t *testing.T, db *sql.DB, q string, args ...any) [][]string {
	t.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out [][]string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		row := make([]string, len(cols))
		for i, v := range vals {
			row[i] = v.String
		}
		out = append(out, row)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

const volgaText = "The Volga famine of 1921 killed some 5 million people.\n\nRelief reached 10 million by 1922.\n"

func TestSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "facts.sqlite")
	sample, volga := sampleDoc(t), docOf(t, "volga", volgaText)
	writeSQLiteFile(t, path, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), sample, volga)

	db := openDB(t, path)
	// Full-text search over sentences.
	hits := queryStrings(t, db, `SELECT s.source, s.locator FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid
		WHERE sentences_fts MATCH 'famine' ORDER BY s.source, s."index"`)
	want := "great-leap-forward ¶ 12, sentence 3, line 25|great-leap-forward ¶ 13, sentence 1, line 27|volga ¶ 1, sentence 1, line 1"
	if got := joinRows(hits); got != want {
		t.Errorf("FTS 'famine' found %s, want %s", got, want)
	}
	// A join from claims to their sentences.
	joined := queryStrings(t, db, `SELECT c.claim, c.quote, s.text FROM claims c JOIN sentences s ON s.source = c.source AND s."index" = c.sentence`)
	if len(joined) != len(sample.Claims)+len(volga.Claims) || len(volga.Claims) == 0 {
		t.Fatalf("%d claims joined to their sentences, want %d", len(joined), len(sample.Claims)+len(volga.Claims))
	}
	for _, r := range joined {
		if !strings.Contains(r[2], r[0]) || strings.Join(strings.Fields(r[2]), " ") != r[1] {
			t.Errorf("claim %q joined to sentence %q (quote %q)", r[0], r[2], r[1])
		}
	}
	// Mentions join to entities, and every foreign key holds.
	if n := queryStrings(t, db, `SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity WHERE e.canonical = 'Mao Zedong'`); n[0][0] == "0" {
		t.Error("no mention joins to the entity Mao Zedong")
	}
	if bad := queryStrings(t, db, `PRAGMA foreign_key_check`); len(bad) > 0 {
		t.Errorf("foreign keys broken: %v", bad)
	}
	db.Close()

	// A reviewer works in the database.
	rw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range []struct{ claim, status, note string }{
		{"more than 30 million people", "Disputed", "Estimates range from 15 to 55 million."},
		{"600,000 backyard furnaces", "Verified", "As in Spence."},
		{"some 5 million people", "Needs source", "Which census?"},
	} {
		res, err := rw.Exec(`UPDATE claims SET status = ?, reviewer_note = ? WHERE claim = ?`, u.status, u.note, u.claim)
		if n, _ := res.RowsAffected(); err != nil || n != 1 {
			t.Fatalf("review of %q: %v, %d rows", u.claim, err, n)
		}
	}
	if _, err := rw.Exec(`UPDATE claims SET status = 'Maybe' WHERE claim = '$66 billion'`); err == nil {
		t.Error("a status not in the drop-down's list was accepted")
	}
	rw.Close()

	// The sample is annotated again, alone, with the furnaces' sentence
	// edited: its claim gets a new ID, so its review is orphaned; the other
	// reviews stay, and so does the Volga source.
	edited := sample.Source
	edited.Text = strings.Replace(edited.Text, "built throughout China", "built all over China", 1)
	if edited.Text == sample.Source.Text {
		t.Fatal("the sample has changed; pick another edit")
	}
	rs := writeSQLiteFile(t, path, time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), annotate.Annotate(edited))
	if rs.Carried != 2 || rs.Orphaned != 1 {
		t.Errorf("carried %d, orphaned %d; want 2 and 1", rs.Carried, rs.Orphaned)
	}
	db = openDB(t, path)
	got := joinRows(queryStrings(t, db, `SELECT source, claim, status, reviewer_note FROM claims WHERE status != 'Unreviewed' ORDER BY source, claim`))
	want = "great-leap-forward more than 30 million people Disputed Estimates range from 15 to 55 million.|volga some 5 million people Needs source Which census?"
	if got != want {
		t.Errorf("reviews after rewriting one source:\n%s\nwant\n%s", got, want)
	}
	got = joinRows(queryStrings(t, db, `SELECT claim, status, reviewer_note, orphaned FROM orphaned_reviews`))
	if want := "600,000 backyard furnaces Verified As in Spence. 2026-03-02"; got != want {
		t.Errorf("orphaned reviews %q, want %q", got, want)
	}
	counts := joinRows(queryStrings(t, db, `SELECT source, count(*) FROM sentences GROUP BY source ORDER BY source`))
	if want := "great-leap-forward 24|volga 2"; counts != want {
		t.Errorf("sentences by source: %s, want %s", counts, want)
	}
	if n := queryStrings(t, db, `SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'famine'`); n[0][0] != "3" {
		t.Errorf("FTS finds %s sentences after the rewrite, want 3 (the index follows the sentences)", n[0][0])
	}
	if bad := queryStrings(t, db, `PRAGMA foreign_key_check`); len(bad) > 0 {
		t.Errorf("foreign keys broken: %v", bad)
	}
	backups, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "facts.backup-*.sqlite"))
	if len(backups) != 1 {
		t.Errorf("backups %v, want the previous database kept once", backups)
	}
	// The review goes back to its claim when the sentence does.
	rs = writeSQLiteFile(t, path, time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC), sample)
	if rs.Carried != 3 || rs.Orphaned != 0 {
		t.Errorf("carried %d, orphaned %d; want 3 and 0", rs.Carried, rs.Orphaned)
	}
}

func joinRows(rows [][]string) string {
	parts := make([]string, len(rows))
	for i, r := range rows {
		parts[i] = strings.Join(r, " ")
	}
	return strings.Join(parts, "|")
}

func TestSQLiteRefuses(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, content, want string
	}{
		{"not a database", "hello", "not a factsheet database"},
		{"another database", "", "no claims table"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".sqlite")
			if tt.content != "" {
				os.WriteFile(path, []byte(tt.content), 0o644)
			} else {
				db, _ := sql.Open("sqlite", "file:"+path)
				db.Exec(`CREATE TABLE notes (x TEXT)`)
				db.Close()
			}
			before, _ := os.ReadFile(path)
			f, _ := Lookup("sqlite")
			_, err := f.ReadReviews(path)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
			if after, _ := os.ReadFile(path); string(after) != string(before) {
				t.Error("the file was changed")
			}
		})
	}
}
