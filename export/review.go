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
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// Review is the work a reviewer typed against one claim: its Status,
// Reviewer note and Evidence, the reviewer's own columns and comments, and
// what the claim was, to show with it should the claim be gone.
type Review struct {
	Claim        string // the claim ID; "" for a row a person added without one
	Status       string
	Note         string // the Reviewer note, as text
	Evidence     string // the Evidence, as text
	EvidenceLink string // where a hyperlink on the Evidence cell pointed

	Source, Locator, Text, Sentence string // the claim as it was

	Orphaned time.Time // when a run first missed the claim; zero while it has one
	Why      string    // why it is an orphan, once it is one

	Sheet string // where it was read: sheet and row
	Row   int

	// cells are the typed cells of the Reviewer note, the Evidence and the
	// reviewer's own columns, by column name, as stored: a number stays a
	// number, a date a date, a formula a formula.
	cells map[string]*typedCell
	// comments are the cell comments of the row, by column name.
	comments map[string]excelize.Comment
	// filled are the cells of the columns factsheet fills (Subject, When...)
	// as the row had them, to tell a reviewer's edits to them.
	filled map[string]string
}

// reviewed reports whether a row holds work of a person's: a status other
// than Unreviewed, a note, evidence, a value in a column of the reviewer's
// own, or a comment.
func (r *Review) reviewed() bool {
	if r.statusOrDefault() != Statuses[0] || len(r.comments) > 0 || r.Note != "" || r.Evidence != "" {
		return true
	}
	for _, c := range r.cells {
		if !c.empty() {
			return true
		}
	}
	return false
}

// same reports whether two reviews say the same.
func (r *Review) same(o *Review) bool {
	if r.statusOrDefault() != o.statusOrDefault() || r.EvidenceLink != o.EvidenceLink || len(r.comments) != len(o.comments) {
		return false
	}
	for _, name := range []string{"Reviewer note", "Evidence"} {
		if !r.cell(name).same(o.cell(name)) {
			return false
		}
	}
	for name, c := range r.cells {
		if !c.same(o.cells[name]) {
			return false
		}
	}
	for name, c := range o.cells {
		if !c.same(r.cells[name]) {
			return false
		}
	}
	for name, c := range r.comments {
		if commentText(o.comments[name]) != commentText(c) {
			return false
		}
	}
	return true
}

func (r *Review) statusOrDefault() string {
	if r.Status == "" {
		return Statuses[0]
	}
	return r.Status
}

// cell returns the typed cell of a column, or nil. A Review made in code,
// with only Note and Evidence, has them as text cells.
func (r *Review) cell(name string) *typedCell {
	if r == nil {
		return nil
	}
	if c, ok := r.cells[name]; ok {
		return c
	}
	switch {
	case name == "Reviewer note" && r.Note != "":
		return &typedCell{text: r.Note}
	case name == "Evidence" && r.Evidence != "":
		return &typedCell{text: r.Evidence, link: r.EvidenceLink}
	}
	return nil
}

// commentText is the whole text of a comment.
func commentText(c excelize.Comment) string {
	if len(c.Paragraph) == 0 {
		return c.Text
	}
	var sb strings.Builder
	for _, run := range c.Paragraph {
		sb.WriteString(run.Text)
	}
	return sb.String()
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
	loose []*Review          // rows without a claim ID that hold something
	sum   [sha256.Size]byte  // of the workbook's bytes, to tell whether it changed

	extraCols      []string                     // the reviewer's own columns on the Claims sheets, in order
	extraFrom      map[string]string            // the sheet each was first seen on
	extraAt        map[string]string            // sheet NUL column number → name
	headerComments map[string]excelize.Comment  // comments on their headers
	usedStyles     map[int]bool                 // styles of typed cells, whose number formats are kept
	styles         map[int]*excelize.Style      // those styles, read from the workbook
	sheets         []*copiedSheet               // sheets the reviewer added, copied whole
	lost           []string                     // what cannot be carried over (the backup has it)
	unreviewed     map[string]map[string]string // the filled cells of rows without review work, by claim ID
	edited         []string                     // cells of the columns factsheet fills that differ from the new ones
}

// Len returns how many reviews there are, orphans included.
func (rs *Reviews) Len() int {
	if rs == nil {
		return 0
	}
	return len(rs.list) + len(rs.extra) + len(rs.loose)
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
	for _, r := range rs.loose {
		if r.Orphaned.IsZero() {
			r.Orphaned = now
		}
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
	rs := &Reviews{Path: path, byID: map[string]*Review{}, taken: map[*Review]bool{},
		extraFrom: map[string]string{}, extraAt: map[string]string{}, headerComments: map[string]excelize.Comment{},
		usedStyles: map[int]bool{}, styles: map[int]*excelize.Style{}, unreviewed: map[string]map[string]string{}}
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
	pkg, err := openPackage(path)
	if err != nil {
		return nil, &WorkbookError{Path: path, Kind: ErrWorkbookDamaged,
			Detail: "it cannot be read as a workbook (" + errText(err) + ")",
			Advice: restoreAdvice(path)}
	}
	defer pkg.Close()
	for _, sheet := range sheets {
		if err := rs.readSheet(pkg, f, sheet); err != nil {
			var we *WorkbookError
			if errors.As(err, &we) {
				return nil, err
			}
			return nil, &WorkbookError{Path: path, Kind: ErrWorkbookDamaged,
				Detail: fmt.Sprintf("its sheet %q cannot be read (%s)", sheet, errText(err)),
				Advice: restoreAdvice(path)}
		}
	}
	if err := rs.readOtherSheets(pkg, f, sheets); err != nil {
		return nil, &WorkbookError{Path: path, Kind: ErrWorkbookDamaged,
			Detail: "a sheet cannot be read (" + errText(err) + ")", Advice: restoreAdvice(path)}
	}
	for id := range rs.usedStyles {
		if st, err := f.GetStyle(id); err == nil {
			rs.styles[id] = st
		}
	}
	return rs, nil
}

// extraColumnNames returns the reviewer's own columns, in order.
func (rs *Reviews) extraColumnNames() []string {
	if rs == nil {
		return nil
	}
	return rs.extraCols
}

// compareFilled notes the cells of a claim's row, in the columns
// factsheet fills, whose text differs from what this run writes there: a
// reviewer's edit (or a change of factsheet's), which is not carried over.
func (rs *Reviews) compareFilled(claimID string, rv *Review, now map[string]string, cellOf func(col string) string) {
	if rs == nil {
		return
	}
	old := rs.unreviewed[claimID]
	if rv != nil && rv.Sheet != sheetOrphans {
		old = rv.filled
	}
	for col, was := range old {
		if v, ok := now[col]; ok && strings.TrimSpace(was) != strings.TrimSpace(v) {
			rs.edited = append(rs.edited, cellOf(col))
		}
	}
}

// loseEdited names the cells of compareFilled as not carried over.
func (rs *Reviews) loseEdited() {
	if rs == nil || len(rs.edited) == 0 {
		return
	}
	sort.Strings(rs.edited)
	examples := rs.edited[:min(len(rs.edited), 5)]
	more := ""
	if len(rs.edited) > len(examples) {
		more = ", …"
	}
	rs.lose(fmt.Sprintf("%s of the columns factsheet fills that differ from this run's (edited by hand, or changed by this version of factsheet): %s%s",
		plural(len(rs.edited), "cell"), strings.Join(examples, ", "), more))
	rs.edited = nil
}

// note records the style of a typed cell, whose number format is kept.
func (rs *Reviews) note(c *typedCell) {
	if c != nil && !c.empty() && (c.kind != kindText || c.formula != "") {
		rs.usedStyles[c.style] = true
	}
}

// lose records something of the workbook that is not carried over.
func (rs *Reviews) lose(what string) {
	rs.lost = append(rs.lost, what)
}

// Lost lists what of the previous workbook could not be carried over to
// the new one; the backup has it.
func (rs *Reviews) Lost() []string {
	if rs == nil {
		return nil
	}
	return rs.lost
}

// Kept lists what besides the reviews of claims was carried over: the
// reviewer's own sheets, columns and comments, and rows without a claim ID.
func (rs *Reviews) Kept() []string {
	if rs == nil {
		return nil
	}
	var out []string
	for _, s := range rs.sheets {
		out = append(out, fmt.Sprintf("the sheet %q", s.name))
	}
	for _, c := range rs.extraCols {
		out = append(out, fmt.Sprintf("the column %q", c))
	}
	comments := len(rs.headerComments)
	for _, r := range rs.all() {
		comments += len(r.comments)
	}
	if comments > 0 {
		out = append(out, plural(comments, "comment"))
	}
	if n := len(rs.loose); n > 0 {
		out = append(out, plural(n, "row")+" without a claim ID (on the \"Orphaned reviews\" sheet)")
	}
	return out
}

// all returns every review read.
func (rs *Reviews) all() []*Review {
	out := append(append([]*Review{}, rs.list...), rs.extra...)
	return append(out, rs.loose...)
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

// readSheet reads the reviews of one Claims or Orphaned reviews sheet,
// each cell as it is stored (see typedCell), with the sheet's links and
// comments. A row a person added without a claim ID, or whose ID they
// cleared, is kept as an orphan, so that nothing typed into it is lost.
func (rs *Reviews) readSheet(pkg *xlsxPackage, f *excelize.File, sheet string) error {
	// Links and comments first: the links follow the cells in the file.
	links, err := pkg.links(sheet)
	if err != nil {
		links = &linkTargets{cells: map[string]string{}} // the backup has them; the rest is still read
		rs.lose(fmt.Sprintf("the links on the sheet %q (%s)", sheet, errText(err)))
	}
	comments := map[[2]int]excelize.Comment{}
	if cs, err := f.GetComments(sheet); err == nil {
		for _, c := range cs {
			if col, row, err := excelize.CellNameToCoordinates(c.Cell); err == nil {
				comments[[2]int{col, row}] = c
			}
		}
	}
	var names []string // column names by column index - 1
	col := map[string]int{}
	nameOf := func(i int) string {
		if i-1 < len(names) {
			return names[i-1]
		}
		return ""
	}
	err = pkg.rows(sheet, func(n int, cells []typedCell) error {
		if len(names) == 0 {
			for _, c := range cells {
				for len(names) < c.col {
					names = append(names, "")
				}
				name := strings.TrimSpace(c.String())
				if _, seen := col[name]; !seen && name != "" {
					col[name] = c.col
				}
				names[c.col-1] = name
			}
			for _, name := range requiredColumns {
				if _, ok := col[name]; !ok {
					return notFactsheet(rs.Path, fmt.Sprintf("its sheet %q has no %q column", sheet, name))
				}
			}
			for i, name := range names {
				if !ourColumn(name) || col[name] != i+1 {
					names[i] = rs.extraColumn(sheet, name, i+1)
				}
			}
			for at, c := range comments {
				if at[1] == 1 && rs.isExtra(nameOf(at[0])) {
					rs.headerComments[nameOf(at[0])] = c
				} else if at[1] == 1 {
					rs.lose(fmt.Sprintf("a comment on the header %q of %q", nameOf(at[0]), sheet))
				}
			}
			return nil
		}
		r := &Review{Sheet: sheet, Row: n, cells: map[string]*typedCell{}}
		var other []string
		for i := range cells {
			c := &cells[i]
			name := nameOf(c.col)
			if name == "" {
				name = rs.extraColumn(sheet, "", c.col)
			}
			cell, _ := excelize.CoordinatesToCellName(c.col, n)
			c.link = links.target(cell)
			switch name {
			case "Claim ID":
				r.Claim = strings.TrimSpace(c.String())
			case "Status":
				r.Status = strings.TrimSpace(c.String())
			case "Source":
				r.Source = c.String()
			case "Locator":
				r.Locator = c.String()
			case "Claim":
				r.Text = c.String()
			case "Sentence":
				r.Sentence = c.String()
			case "Why":
				r.Why = c.String()
			case "Orphaned":
				r.Orphaned = cellDay(c)
			case "Reviewer note", "Evidence":
				r.cells[name] = c
			default:
				if rs.isExtra(name) {
					r.cells[name] = c
					rs.note(c)
				} else if !c.empty() {
					other = append(other, name+": "+c.String())
					if r.filled == nil {
						r.filled = map[string]string{}
					}
					r.filled[name] = c.String()
				}
			}
		}
		for at, c := range comments {
			if at[1] == n && at[0] <= len(names) && nameOf(at[0]) != "" {
				if r.comments == nil {
					r.comments = map[string]excelize.Comment{}
				}
				r.comments[nameOf(at[0])] = c
			}
		}
		r.Note = r.cell("Reviewer note").String()
		r.Evidence = r.cell("Evidence").String()
		if e := r.cell("Evidence"); e != nil {
			r.EvidenceLink = e.link
		}
		for _, name := range []string{"Reviewer note", "Evidence"} {
			rs.note(r.cells[name])
		}
		if r.Claim == "" {
			// No claim ID: a row a person added (for a free note), or
			// whose ID they cleared. Whatever they typed in it is kept,
			// as an orphan.
			if !r.reviewed() && len(other) == 0 && r.Text == "" && r.Source == "" && r.Sentence == "" && r.Locator == "" {
				return nil
			}
			if sheet != sheetOrphans || r.Why == "" {
				r.Why = fmt.Sprintf("No claim ID: row %d of the sheet %q had none (a row a person added, or whose ID was cleared), so it could not be matched to a claim.", n, sheet)
				if len(other) > 0 {
					r.Why += " Its other cells: " + strings.Join(other, "; ") + "."
				}
			}
			rs.loose = append(rs.loose, r)
			return nil
		}
		if !r.reviewed() {
			if sheet != sheetOrphans {
				rs.unreviewed[r.Claim] = r.filled
			}
			return nil
		}
		if sheet != sheetOrphans {
			r.Why = ""
		}
		rs.add(r)
		return nil
	})
	return err
}

// ourColumn reports whether a column name is one factsheet writes on the
// Claims or Orphaned reviews sheet.
func ourColumn(name string) bool {
	return claimsSheet.col(name) > 0 || orphansSheet.col(name) > 0
}

// extraColumn registers a column of the reviewer's own on a sheet and
// returns the name it is carried under: its header, or "Column X" for one
// without a header. The same name on another Claims sheet ("Claims (2)",
// "Orphaned reviews") is the same column; a second column of that name on
// one sheet, or one named as a column of factsheet's, gets a number.
func (rs *Reviews) extraColumn(sheet, header string, col int) string {
	key := fmt.Sprintf("%s\x00%d", sheet, col)
	if name, ok := rs.extraAt[key]; ok {
		return name
	}
	base := header
	if base == "" {
		letter, _ := excelize.ColumnNumberToName(col)
		base = "Column " + letter
	}
	name := base
	for n := 2; ourColumn(name) || rs.isExtra(name) && rs.extraFrom[name] == sheet; n++ {
		name = fmt.Sprintf("%s (%d)", base, n)
	}
	if !rs.isExtra(name) {
		rs.extraCols = append(rs.extraCols, name)
		rs.extraFrom[name] = sheet
	}
	rs.extraAt[key] = name
	return name
}

// isExtra reports whether a name is a column of the reviewer's own.
func (rs *Reviews) isExtra(name string) bool {
	_, ok := rs.extraFrom[name]
	return ok
}

// cellDay reads the day a cell holds: a date cell or ISO text.
func cellDay(c *typedCell) time.Time {
	switch c.kind {
	case kindNumber:
		if v, err := strconv.ParseFloat(c.text, 64); err == nil {
			if t, err := excelize.ExcelDateToTime(v, false); err == nil {
				return t
			}
		}
	default:
		if t, err := time.Parse("2006-01-02", strings.TrimSpace(c.text)); err == nil {
			return t
		}
	}
	return time.Time{}
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
