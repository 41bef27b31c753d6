package export

import (
	"archive/zip"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// Review is the work a reviewer typed against one claim: its Status,
// Reviewer note and Evidence, and what the claim was, to show with it
// should the claim be gone.
type Review struct {
	Claim        string // the claim ID
	Status       string
	Note         string
	Evidence     string
	EvidenceLink string // where a hyperlink on the Evidence cell pointed

	Source, Locator, Text, Sentence string // the claim as it was

	Orphaned time.Time // when a run first missed the claim; zero while it has one
	Why      string    // why it is an orphan, once it is one

	Sheet string // where it was read: sheet and row
	Row   int
}

// reviewed reports whether a row holds work of a person's: a status other
// than Unreviewed, a note or evidence.
func (r *Review) reviewed() bool {
	return r.statusOrDefault() != Statuses[0] || r.Note != "" || r.Evidence != ""
}

// same reports whether two reviews say the same.
func (r *Review) same(o *Review) bool {
	return r.statusOrDefault() == o.statusOrDefault() && r.Note == o.Note && r.Evidence == o.Evidence &&
		r.EvidenceLink == o.EvidenceLink
}

func (r *Review) statusOrDefault() string {
	if r.Status == "" {
		return Statuses[0]
	}
	return r.Status
}

// evidenceCell is the Evidence cell: a link where the reviewer made one, or
// where the evidence is a web address, else text.
func (r *Review) evidenceCell() any {
	switch {
	case r.Evidence == "":
		return nil
	case isWebAddress(r.EvidenceLink):
		return link{text: r.Evidence, to: r.EvidenceLink, external: true}
	case isWebAddress(r.Evidence):
		return link{text: r.Evidence, to: r.Evidence, external: true}
	}
	return r.Evidence
}

// Reviews is the review work found in a workbook that is about to be
// replaced, by claim ID. The workbook writer carries each review to the
// new row of its claim, and writes those whose claim is gone to the
// "Orphaned reviews" sheet; Carried and Orphaned count them once the
// workbook is written. A nil *Reviews has none.
type Reviews struct {
	// Path is the workbook the reviews were read from; Existed is false
	// when there was none.
	Path    string
	Existed bool

	Carried  int // reviews carried over; for claimreview, those published
	Orphaned int // reviews of claims not in the run

	renamed []string // sheets read as Claims sheets by their columns, renamed by a reviewer

	list  []*Review          // reviews in the order read
	byID  map[string]*Review // the first review of each claim
	taken map[*Review]bool   // carried over by the writer
	extra []*Review          // second rows of a claim that say something else
	sum   [sha256.Size]byte  // of the workbook's bytes, to tell whether it changed
}

// Len returns how many reviews there are, orphans included.
func (rs *Reviews) Len() int {
	if rs == nil {
		return 0
	}
	return len(rs.list) + len(rs.extra)
}

// Renamed names the sheets read as Claims sheets, by their columns,
// although a reviewer had renamed them.
func (rs *Reviews) Renamed() []string {
	if rs == nil {
		return nil
	}
	return rs.renamed
}

// Lookup returns the review of a claim, or nil.
func (rs *Reviews) Lookup(claimID string) *Review {
	if rs == nil {
		return nil
	}
	return rs.byID[claimID]
}

// take returns the review of a claim for its new row, and marks it carried.
func (rs *Reviews) take(claimID string) *Review {
	r := rs.Lookup(claimID)
	if r == nil {
		return nil
	}
	if !rs.taken[r] {
		rs.taken[r] = true
		rs.Carried++
	}
	return r
}

// orphans returns the reviews whose claims were not written, in the order
// read, with when and why they were orphaned.
func (rs *Reviews) orphans(now time.Time) []*Review {
	if rs == nil {
		return nil
	}
	var out []*Review
	for _, r := range rs.list {
		if rs.taken[r] {
			continue
		}
		if r.Orphaned.IsZero() {
			r.Orphaned = now
		}
		if r.Why == "" {
			r.Why = whyGone
		}
		out = append(out, r)
	}
	for _, r := range rs.extra {
		if r.Orphaned.IsZero() {
			r.Orphaned = now
		}
		r.Why = whyDuplicate
		out = append(out, r)
	}
	rs.Orphaned = len(out)
	return out
}

// Why a review is an orphan.
const (
	whyGone      = "Its claim is not in this run: its sentence was edited or removed, or its source was not annotated. If the claim comes back, so does the review."
	whyDuplicate = "Another row had the same claim ID and a different review; that one was carried over."
)

// Why an existing workbook is not replaced. A WorkbookError wraps one.
var (
	ErrWorkbookLocked  = errors.New("workbook is open or locked")
	ErrWorkbookDamaged = errors.New("workbook is damaged")
	ErrNotFactsheet    = errors.New("not a factsheet workbook")
	ErrWorkbookChanged = errors.New("workbook changed while annotating")
)

// WorkbookError says why an existing workbook was not replaced. The
// workbook is always left untouched.
type WorkbookError struct {
	Path   string
	Kind   error  // ErrWorkbookLocked, ErrWorkbookDamaged, ErrNotFactsheet, ErrWorkbookChanged or ErrReadOnly
	Detail string // what was found
	Advice string // what to do
}

// Error says, on one line, which workbook, what was found, that it was left
// untouched, and what to do.
func (e *WorkbookError) Error() string {
	s := e.Path + ": " + e.Detail + "; it was left untouched"
	if e.Advice != "" {
		s += ". " + e.Advice
	}
	return s
}

// Unwrap returns the kind of error, for errors.Is.
func (e *WorkbookError) Unwrap() error { return e.Kind }

// The columns the review round trip reads, by header name, so that a
// reviewer may move or hide columns.
var (
	requiredColumns = []string{"Claim ID", "Status", "Reviewer note", "Evidence"}
	contextColumns  = []string{"Source", "Locator", "Claim", "Sentence", "Orphaned", "Why"}
)

// claimsPart matches the names of the Claims sheets: "Claims", "Claims (2)".
var claimsPart = regexp.MustCompile(`^Claims( \([0-9]+\))?$`)

// ReadReviews reads the review work of the workbook at path, to carry it
// over to a new workbook written there. A missing file has none. A
// workbook that is open in a spreadsheet program, damaged, or not a
// factsheet workbook gives a *WorkbookError; nothing is written to it.
func ReadReviews(path string) (*Reviews, error) {
	if lock, owner := lockFile(path); lock != "" {
		by := ""
		if owner != "" {
			by = " by " + owner
		}
		return nil, &WorkbookError{Path: path, Kind: ErrWorkbookLocked,
			Detail: fmt.Sprintf("it is open in a spreadsheet program%s (lock file %s)", by, lock),
			Advice: "Save and close it there, then run again; if no one has it open, delete the lock file"}
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return nil, &WorkbookError{Path: path, Kind: ErrNotFactsheet, Detail: "it is a folder, not a workbook",
			Advice: "Name a file in it with -o, such as " + filepath.Join(path, "factsheet.xlsx")}
	}
	if info, err := os.Stat(path); err == nil && info.Mode().Perm()&0o200 == 0 {
		return nil, &WorkbookError{Path: path, Kind: ErrReadOnly,
			Detail: fmt.Sprintf("it is read-only (mode %04o)", info.Mode().Perm()),
			Advice: "Make it writable (chmod u+w " + path + ") to annotate into it, or write elsewhere with -o"}
	}
	return readWorkbookReviews(path)
}

// readWorkbookReviews reads the review work of the workbook at path,
// whether or not a spreadsheet program has it open or it may be written.
func readWorkbookReviews(path string) (*Reviews, error) {
	rs := &Reviews{Path: path, byID: map[string]*Review{}, taken: map[*Review]bool{}}
	sum, err := fileSum(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return rs, nil
	case err != nil:
		return nil, &WorkbookError{Path: path, Kind: ErrWorkbookLocked, Detail: "it cannot be read: " + errText(err),
			Advice: "If it is open in a spreadsheet program, close it there and run again"}
	}
	rs.Existed = true
	rs.sum = sum
	// Should the file change between the sum and the reading, the sum no
	// longer matches at the end, and the workbook is not replaced.
	f, err := excelize.OpenFile(path)
	if err != nil {
		return nil, &WorkbookError{Path: path, Kind: ErrWorkbookDamaged,
			Detail: "it cannot be read as a workbook (" + errText(err) + ")",
			Advice: restoreAdvice(path)}
	}
	defer f.Close()
	var sheets []string
	for _, name := range f.GetSheetList() {
		if claimsPart.MatchString(name) {
			sheets = append(sheets, name)
		}
	}
	if len(sheets) == 0 {
		// A reviewer may have renamed the Claims sheet: a sheet with its
		// columns is one.
		for _, name := range f.GetSheetList() {
			if name != sheetOrphans && hasColumns(f, name, requiredColumns) {
				sheets = append(sheets, name)
				rs.renamed = append(rs.renamed, name)
			}
		}
	}
	if len(sheets) == 0 {
		return nil, notFactsheet(path, fmt.Sprintf("it has no Claims sheet, and no sheet has the columns %s", strings.Join(quoteAll(requiredColumns), ", ")))
	}
	if idx, _ := f.GetSheetIndex(sheetOrphans); idx >= 0 {
		sheets = append(sheets, sheetOrphans)
	}
	for _, sheet := range sheets {
		if err := rs.readSheet(f, sheet); err != nil {
			var we *WorkbookError
			if errors.As(err, &we) {
				return nil, err
			}
			return nil, &WorkbookError{Path: path, Kind: ErrWorkbookDamaged,
				Detail: fmt.Sprintf("its sheet %q cannot be read (%s)", sheet, errText(err)),
				Advice: restoreAdvice(path)}
		}
	}
	return rs, nil
}

// hasColumns reports whether the first row of a sheet names the columns.
func hasColumns(f *excelize.File, sheet string, names []string) bool {
	rows, err := f.Rows(sheet)
	if err != nil {
		return false
	}
	defer rows.Close()
	if !rows.Next() {
		return false
	}
	cells, err := rows.Columns()
	if err != nil {
		return false
	}
	have := map[string]bool{}
	for _, c := range cells {
		have[strings.TrimSpace(c)] = true
	}
	for _, n := range names {
		if !have[n] {
			return false
		}
	}
	return true
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(s)
	}
	return out
}

// restoreAdvice says where the backups of a workbook are.
func restoreAdvice(path string) string {
	ext := filepath.Ext(path)
	return "Restore it from a backup (" + filepath.Base(strings.TrimSuffix(path, ext)) + ".backup-….xlsx next to it), or write elsewhere with -o"
}

func notFactsheet(path, detail string) error {
	return &WorkbookError{Path: path, Kind: ErrNotFactsheet, Detail: "it is not a factsheet workbook: " + detail,
		Advice: "Write the fact sheet elsewhere with -o, or move the file away"}
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// readSheet reads the reviews of one Claims or Orphaned reviews sheet.
func (rs *Reviews) readSheet(f *excelize.File, sheet string) error {
	rows, err := f.Rows(sheet)
	if err != nil {
		return err
	}
	defer rows.Close()
	col := map[string]int{}
	var withEvidence []*Review
	for n := 1; rows.Next(); n++ {
		cells, err := rows.Columns()
		if err != nil {
			return err
		}
		if n == 1 {
			for i, c := range cells {
				if _, seen := col[strings.TrimSpace(c)]; !seen {
					col[strings.TrimSpace(c)] = i
				}
			}
			for _, name := range requiredColumns {
				if _, ok := col[name]; !ok {
					return notFactsheet(rs.Path, fmt.Sprintf("its sheet %q has no %q column", sheet, name))
				}
			}
			continue
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(cells) {
				return cells[i]
			}
			return ""
		}
		r := &Review{
			Claim:    strings.TrimSpace(get("Claim ID")),
			Status:   strings.TrimSpace(get("Status")),
			Note:     get("Reviewer note"),
			Evidence: get("Evidence"),
			Source:   get("Source"), Locator: get("Locator"), Text: get("Claim"), Sentence: get("Sentence"),
			Why:   get("Why"),
			Sheet: sheet, Row: n,
		}
		if r.Claim == "" || !r.reviewed() {
			continue
		}
		if sheet == sheetOrphans {
			if t, err := time.Parse("2006-01-02", strings.TrimSpace(get("Orphaned"))); err == nil {
				r.Orphaned = t
			}
		} else {
			r.Why = ""
		}
		if r.Evidence != "" {
			withEvidence = append(withEvidence, r)
		}
		rs.add(r)
	}
	if err := rows.Error(); err != nil {
		return err
	}
	if len(withEvidence) == 0 {
		return nil
	}
	// A link on an Evidence cell is kept. Should the links not be readable,
	// the evidence is still carried over as text, and the backup has them.
	links, err := sheetLinks(rs.Path, sheet)
	if err != nil {
		return nil
	}
	for _, r := range withEvidence {
		cell, _ := excelize.CoordinatesToCellName(col["Evidence"]+1, r.Row)
		r.EvidenceLink = links.target(cell)
	}
	return nil
}

// add files a review under its claim. A second row for the same claim is
// dropped when it says the same, and kept as an orphan when it does not,
// so that nothing typed is lost.
func (rs *Reviews) add(r *Review) {
	first := rs.byID[r.Claim]
	switch {
	case first == nil:
		rs.byID[r.Claim] = r
		rs.list = append(rs.list, r)
	case !first.same(r):
		rs.extra = append(rs.extra, r)
	}
}

// unchanged reports whether the workbook at the reviews' path is still the
// one they were read from (or still missing), and not open.
func (rs *Reviews) unchanged() error {
	changed := func(detail string) error {
		return &WorkbookError{Path: rs.Path, Kind: ErrWorkbookChanged, Detail: detail}
	}
	if lock, _ := lockFile(rs.Path); lock != "" {
		return changed("it was opened in a spreadsheet program while annotating (lock file " + lock + ")")
	}
	sum, err := fileSum(rs.Path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !rs.Existed:
		return nil
	case errors.Is(err, fs.ErrNotExist):
		return changed("it was moved or deleted while annotating")
	case err != nil:
		return changed("it cannot be read any more: " + errText(err))
	case !rs.Existed:
		return changed("it was created while annotating")
	case sum != rs.sum && savedBy(rs.Path) == appName:
		return changed("another factsheet run wrote it while this one was annotating")
	case sum != rs.sum:
		return changed("it was saved while annotating, perhaps with review work that this run has not read")
	}
	return nil
}

// savedBy returns the application a workbook names as the one that saved
// it (docProps/app.xml), or "".
func savedBy(path string) string {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return ""
	}
	defer zr.Close()
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[strings.TrimPrefix(f.Name, "/")] = f
	}
	var app struct {
		Application string `xml:"Application"`
	}
	if decodePart(parts, "docProps/app.xml", &app) != nil {
		return ""
	}
	return strings.TrimSpace(app.Application)
}

// fileSum returns the SHA-256 of a file's bytes.
func fileSum(path string) (sum [sha256.Size]byte, err error) {
	f, err := os.Open(path)
	if err != nil {
		return sum, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return sum, err
	}
	copy(sum[:], h.Sum(nil))
	return sum, nil
}
