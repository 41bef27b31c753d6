package export

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/factsheet/factsheet/annotate"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver, "sqlite"
)

// sqliteSchema creates the tables of a factsheet database where they are
// missing. Sentences are indexed for full-text search (FTS5, kept in step
// by triggers, as Datasette and sqlite-utils expect); the claims table is
// made from claimTable (sqliteClaims).
const sqliteSchema = `
CREATE TABLE IF NOT EXISTS about (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
  id TEXT PRIMARY KEY,
  title TEXT, author TEXT, issued TEXT, publisher TEXT, url TEXT, accessed TEXT,
  path TEXT, sha256 TEXT NOT NULL, encoding TEXT NOT NULL,
  citation TEXT, meta TEXT NOT NULL, text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sentences (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL REFERENCES sources(id),
  "index" INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  kind TEXT NOT NULL,
  locator TEXT NOT NULL,
  line INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (source, "index")
);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(text, content="sentences", content_rowid="id");
CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER IF NOT EXISTS sentences_au AFTER UPDATE ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TABLE IF NOT EXISTS entities (
  id INTEGER PRIMARY KEY,
  canonical TEXT NOT NULL,
  label TEXT NOT NULL,
  UNIQUE (canonical, label)
);
CREATE TABLE IF NOT EXISTS mentions (
  source TEXT NOT NULL REFERENCES sources(id),
  id TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  entity INTEGER REFERENCES entities(id),
  label TEXT, canonical TEXT,
  edtf TEXT, mod TEXT, relative INTEGER, anchor TEXT, reason TEXT, earliest TEXT, latest TEXT,
  value REAL, high REAL, kind TEXT, unit TEXT, surface_unit TEXT, qualifier TEXT, vague INTEGER,
  PRIMARY KEY (source, id),
  FOREIGN KEY (source, sentence) REFERENCES sentences(source, "index")
);
CREATE INDEX IF NOT EXISTS mentions_sentence ON mentions (source, sentence);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity);
CREATE INDEX IF NOT EXISTS mentions_type ON mentions (type);
CREATE TABLE IF NOT EXISTS orphaned_reviews (
  claim_id TEXT NOT NULL,
  source TEXT, locator TEXT, claim TEXT, quote TEXT,
  status TEXT NOT NULL, reviewer_note TEXT NOT NULL, evidence TEXT NOT NULL, evidence_link TEXT NOT NULL,
  orphaned TEXT NOT NULL,
  why TEXT NOT NULL
);
`

// sqliteClaimIndexes are the indexes of the claims table.
const sqliteClaimIndexes = `
CREATE INDEX IF NOT EXISTS claims_sentence ON claims (source, sentence);
CREATE INDEX IF NOT EXISTS claims_mention ON claims (source, mention);
CREATE INDEX IF NOT EXISTS claims_status ON claims (status);
`

// sqliteClaims is the CREATE TABLE of the claims table: the columns of
// claimTable (Value and High numbers, Status one of the statuses), the
// link of the evidence, and the keys of its sentence and mention.
func sqliteClaims() string {
	var b strings.Builder
	b.WriteString("CREATE TABLE IF NOT EXISTS claims (\n")
	for _, c := range claimTable {
		key := claimKey(c.name)
		switch key {
		case "claim_id":
			b.WriteString("  claim_id TEXT PRIMARY KEY,\n")
		case "value", "high", "priority":
			b.WriteString("  " + key + " REAL,\n")
		case "source":
			b.WriteString("  source TEXT NOT NULL REFERENCES sources(id),\n")
		case "status":
			b.WriteString("  status TEXT NOT NULL DEFAULT 'Unreviewed' CHECK (status IN ('" + strings.Join(Statuses, "', '") + "')),\n")
		case "reviewer_note", "evidence":
			b.WriteString("  " + key + " TEXT NOT NULL DEFAULT '',\n")
		default:
			b.WriteString("  \"" + key + "\" TEXT,\n")
		}
	}
	b.WriteString(`  evidence_link TEXT NOT NULL DEFAULT '',
  sentence INTEGER NOT NULL,
  mention TEXT,
  FOREIGN KEY (source, sentence) REFERENCES sentences(source, "index"),
  FOREIGN KEY (source, mention) REFERENCES mentions(source, id)
);
`)
	return b.String()
}

// sqliteWriter writes a factsheet database. It works on a copy of the
// database being replaced (Run.Reviews.Path), in one transaction: the rows
// of each source written replace that source's rows, and the other
// sources' rows stay as they were. The reviewer's columns of the claims
// table are carried over by claim ID like the workbook's, and reviews of
// claims no longer found go to orphaned_reviews. At Close the database is
// copied to the output.
type sqliteWriter struct {
	out     io.Writer
	run     Run
	tmp     string
	db      *sql.DB
	tx      *sql.Tx
	stmt    map[string]*sql.Stmt
	written map[string]bool
	err     error
}

// The statements the writer runs, by name.
var sqliteStatements = map[string]string{
	"del claims":    `DELETE FROM claims WHERE source = ?`,
	"del mentions":  `DELETE FROM mentions WHERE source = ?`,
	"del sentences": `DELETE FROM sentences WHERE source = ?`,
	"del source":    `DELETE FROM sources WHERE id = ?`,
	"source":        `INSERT INTO sources (id, title, author, issued, publisher, url, accessed, path, sha256, encoding, citation, meta, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"sentence":      `INSERT INTO sentences (source, "index", paragraph, kind, locator, line, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"entity":        `INSERT INTO entities (canonical, label) VALUES (?, ?) ON CONFLICT (canonical, label) DO UPDATE SET label = excluded.label RETURNING id`,
	"mention": `INSERT INTO mentions (source, id, sentence, type, text, start, "end", entity, label, canonical,
		edtf, mod, relative, anchor, reason, earliest, latest, value, high, kind, unit, surface_unit, qualifier, vague)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
}

// sqliteClaimInsert is the INSERT of a claim: the columns of claimTable,
// then evidence_link, sentence and mention.
func sqliteClaimInsert() string {
	var cols []string
	for _, c := range claimTable {
		cols = append(cols, `"`+claimKey(c.name)+`"`)
	}
	cols = append(cols, "evidence_link", "sentence", "mention")
	return "INSERT INTO claims (" + strings.Join(cols, ", ") + ") VALUES (?" + strings.Repeat(", ?", len(cols)-1) + ")"
}

func newSQLite(w io.Writer, run Run) (_ *sqliteWriter, err error) {
	f, err := os.CreateTemp("", "factsheet-*.sqlite")
	if err != nil {
		return nil, err
	}
	s := &sqliteWriter{out: w, run: run, tmp: f.Name(), stmt: map[string]*sql.Stmt{}, written: map[string]bool{}}
	defer func() {
		if err != nil {
			s.cleanup()
		}
	}()
	if run.Reviews != nil && run.Reviews.Existed {
		prev, err := os.Open(run.Reviews.Path)
		if err != nil {
			f.Close()
			return nil, err
		}
		_, err = io.Copy(f, prev)
		prev.Close()
		if err != nil {
			f.Close()
			return nil, err
		}
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	if s.db, err = sql.Open("sqlite", "file:"+s.tmp+"?_pragma=foreign_keys(1)&_pragma=journal_mode(MEMORY)&_pragma=synchronous(OFF)"); err != nil {
		return nil, err
	}
	s.db.SetMaxOpenConns(1)
	if _, err := s.db.Exec(sqliteSchema + sqliteClaims() + sqliteClaimIndexes); err != nil {
		return nil, err
	}
	if s.tx, err = s.db.Begin(); err != nil {
		return nil, err
	}
	stmts := map[string]string{"claim": sqliteClaimInsert()}
	for k, v := range sqliteStatements {
		stmts[k] = v
	}
	for name, q := range stmts {
		if s.stmt[name], err = s.tx.Prepare(q); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return s, nil
}

// cleanup closes the database and removes the working copy.
func (s *sqliteWriter) cleanup() {
	if s.tx != nil {
		s.tx.Rollback()
		s.tx = nil
	}
	if s.db != nil {
		s.db.Close()
		s.db = nil
	}
	os.Remove(s.tmp)
}

// exec runs a named statement, keeping the first error.
func (s *sqliteWriter) exec(name string, args ...any) {
	if s.err != nil {
		return
	}
	if _, err := s.stmt[name].Exec(args...); err != nil {
		s.err = fmt.Errorf("sqlite: %s: %w", name, err)
	}
}

// nullText is NULL for "", so that empty fields read as missing.
func nullText(v string) any {
	if v == "" {
		return nil
	}
	return v
}

func (s *sqliteWriter) Write(doc *annotate.Document) error {
	if s.err != nil {
		return s.err
	}
	id := doc.Source.ID
	for _, what := range []string{"del claims", "del mentions", "del sentences", "del source"} {
		s.exec(what, id)
	}
	s.written[id] = true
	src := doc.Source
	meta, err := json.Marshal(src.Meta)
	if err != nil {
		return err
	}
	authors := make([]string, 0, len(src.Meta.Author))
	for _, a := range src.Meta.Author {
		authors = append(authors, strings.TrimSpace(strings.TrimSpace(a.Literal+" "+a.Given)+" "+a.Family))
	}
	s.exec("source", id, nullText(src.Meta.Title), nullText(strings.Join(authors, "; ")), nullText(src.Meta.Issued.String()),
		nullText(src.Meta.Publisher), nullText(firstNonEmpty(src.Meta.URL, src.URL)), nullText(src.Meta.Accessed.String()),
		nullText(src.Path), src.SHA256, src.Encoding, annotate.SourceReference(src), string(meta), src.Text)

	_, locs := numbering(doc)
	for i, st := range doc.Sentences {
		s.exec("sentence", id, st.Index, st.Paragraph, st.Kind, locs[i], st.Line, st.Start, st.End, st.Text)
	}
	entities := map[[2]string]int64{}
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		args := []any{id, m.ID, m.Sentence, m.Type, m.Text, m.Start, m.End}
		var entity any
		var e [2]any
		var d [7]any
		var q [7]any
		switch {
		case m.EntityAttrs != nil:
			key := [2]string{m.Canonical, m.Label}
			eid, ok := entities[key]
			if !ok && s.err == nil {
				if err := s.stmt["entity"].QueryRow(m.Canonical, m.Label).Scan(&eid); err != nil {
					s.err = fmt.Errorf("sqlite: entity: %w", err)
				}
				entities[key] = eid
			}
			entity, e = eid, [2]any{m.Label, m.Canonical}
		case m.DateAttrs != nil:
			d = [7]any{nullText(m.EDTF), nullText(m.Mod), m.Relative, nullText(m.Anchor), nullText(m.Reason), nullText(m.Earliest), nullText(m.Latest)}
		case m.QuantityAttrs != nil:
			q = [7]any{m.Value, m.High, m.Kind, nullText(m.Unit), nullText(m.SurfaceUnit), m.Qualifier, m.Vague}
		}
		args = append(args, entity)
		args = append(args, e[:]...)
		args = append(args, d[:]...)
		args = append(args, q[:]...)
		s.exec("mention", args...)
	}
	for _, r := range claimRows(doc, locs) {
		status, note, evidence, link := Statuses[0], "", "", ""
		if rv := s.run.Reviews.take(r.ID); rv != nil {
			status, note, evidence, link = rv.statusOrDefault(), rv.Note, rv.Evidence, rv.EvidenceLink
		}
		args := r.values()
		args = append(args, status, note, evidence, link, r.sentence.Index, nullText(r.mentionID()))
		s.exec("claim", args...)
	}
	if s.err != nil {
		err := s.err
		s.cleanup()
		return err
	}
	return nil
}

func (s *sqliteWriter) Close() error {
	if s.err != nil {
		return s.err
	}
	err := s.finish()
	if err == nil {
		err = s.tx.Commit()
		s.tx = nil
	}
	if err == nil {
		err = s.db.Close()
		s.db = nil
	}
	if err == nil {
		var f *os.File
		if f, err = os.Open(s.tmp); err == nil {
			_, err = io.Copy(s.out, f)
			f.Close()
		}
	}
	s.cleanup()
	return err
}

// finish carries the reviews of the sources kept as they were, writes
// the orphaned reviews, drops entities no mention names any more, and says
// what made the database.
func (s *sqliteWriter) finish() error {
	rows, err := s.tx.Query(`SELECT claim_id, source FROM claims`)
	if err != nil {
		return err
	}
	var kept []string
	for rows.Next() {
		var id, source string
		if err := rows.Scan(&id, &source); err != nil {
			rows.Close()
			return err
		}
		if !s.written[source] {
			kept = append(kept, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range kept {
		s.run.Reviews.take(id) // it stays in its row
	}
	if _, err := s.tx.Exec(`DELETE FROM orphaned_reviews`); err != nil {
		return err
	}
	for _, r := range s.run.Reviews.orphans(s.run.Created) {
		if _, err := s.tx.Exec(`INSERT INTO orphaned_reviews (claim_id, source, locator, claim, quote, status, reviewer_note, evidence, evidence_link, orphaned, why)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, r.Claim, r.Source, r.Locator, r.Text, r.Sentence,
			r.statusOrDefault(), r.Note, r.Evidence, r.EvidenceLink, r.Orphaned.Format("2006-01-02"), r.Why); err != nil {
			return err
		}
	}
	if _, err := s.tx.Exec(`DELETE FROM entities WHERE id NOT IN (SELECT entity FROM mentions WHERE entity IS NOT NULL)`); err != nil {
		return err
	}
	for k, v := range map[string]string{"tool": s.run.Tool.Name, "version": s.run.Tool.Version, "schema": "1"} {
		if _, err := s.tx.Exec(`INSERT INTO about (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
			return err
		}
	}
	return nil
}

// readSQLiteReviews reads the review work of the factsheet database at
// path, about to be replaced: the reviewer's columns of its claims, and its
// orphaned reviews. A missing file has none; a file that is not a factsheet
// database gives a *WorkbookError, and nothing is written to it.
func readSQLiteReviews(path string) (*Reviews, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return nil, &WorkbookError{Path: path, Kind: ErrNotFactsheet, Detail: "it is a folder, not a database",
			Advice: "Name a file in it with -o"}
	}
	if info, err := os.Stat(path); err == nil && info.Mode().Perm()&0o200 == 0 {
		return nil, &WorkbookError{Path: path, Kind: ErrReadOnly,
			Detail: fmt.Sprintf("it is read-only (mode %04o)", info.Mode().Perm()),
			Advice: "Make it writable (chmod u+w " + path + ") to annotate into it, or write elsewhere with -o"}
	}
	return openSQLiteReviews(path, true)
}

// openSQLiteReviews reads the review work of a factsheet database. A
// missing one has none when missingOK, else it is an error.
func openSQLiteReviews(path string, missingOK bool) (*Reviews, error) {
	rs := &Reviews{Path: path, byID: map[string]*Review{}, taken: map[*Review]bool{}}
	sum, err := fileSum(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && missingOK:
		return rs, nil
	case err != nil:
		return nil, &WorkbookError{Path: path, Kind: ErrWorkbookLocked, Detail: "it cannot be read: " + errText(err)}
	}
	rs.Existed, rs.sum = true, sum
	notOurs := func(detail string) error {
		return &WorkbookError{Path: path, Kind: ErrNotFactsheet, Detail: "it is not a factsheet database: " + detail,
			Advice: "Write the database elsewhere with -o, or move the file away"}
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		return nil, notOurs(err.Error())
	}
	defer db.Close()
	cols := map[string]bool{}
	rows, err := db.Query(`SELECT name FROM pragma_table_info('claims')`)
	if err != nil {
		return nil, notOurs(sqliteErr(err))
	}
	for rows.Next() {
		var name string
		rows.Scan(&name)
		cols[name] = true
	}
	rows.Close()
	for _, c := range []string{"claim_id", "status", "reviewer_note", "evidence", "evidence_link"} {
		if !cols[c] {
			return nil, notOurs("it has no claims table with a " + c + " column")
		}
	}
	read := func(q string, orphaned bool) error {
		rows, err := db.Query(q)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			r := &Review{Sheet: "claims"}
			var source, locator, text, quote, why, when sql.NullString
			if err := rows.Scan(&r.Claim, &r.Status, &r.Note, &r.Evidence, &r.EvidenceLink, &source, &locator, &text, &quote, &why, &when); err != nil {
				return err
			}
			r.Source, r.Locator, r.Text, r.Sentence = source.String, locator.String, text.String, quote.String
			if orphaned {
				r.Sheet, r.Why = "orphaned_reviews", why.String
				r.Orphaned, _ = parseDay(when.String)
			}
			if r.Claim != "" && r.reviewed() {
				rs.add(r)
			}
		}
		return rows.Err()
	}
	if err := read(`SELECT claim_id, status, reviewer_note, evidence, evidence_link, source, locator, claim, quote, '', '' FROM claims
		WHERE status != 'Unreviewed' OR reviewer_note != '' OR evidence != '' ORDER BY rowid`, false); err != nil {
		return nil, notOurs(sqliteErr(err))
	}
	if err := read(`SELECT claim_id, status, reviewer_note, evidence, evidence_link, source, locator, claim, quote, why, orphaned FROM orphaned_reviews ORDER BY rowid`, true); err != nil {
		return nil, notOurs(sqliteErr(err))
	}
	return rs, nil
}

// sqliteErr is the driver's message without its code.
func sqliteErr(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 && strings.Contains(s[:i], "(") {
		return s[i+2:]
	}
	return s
}

// parseDay reads a day written as 2006-01-02.
func parseDay(s string) (time.Time, error) {
	return time.Parse("2006-01-02", strings.TrimSpace(s))
}

// mentionID is the id of the claim's quantity mention, or "" for a claim
// without one.
func (r *claimRow) mentionID() string {
	if r.mention == nil {
		return ""
	}
	return r.mention.ID
}
