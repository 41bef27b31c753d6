package export

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/factsheet/factsheet/annotate"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/width"
)

// MaxCellChars is the most characters an Excel cell holds, counted as Excel
// counts them: in UTF-16 code units, so that a character outside the Basic
// Multilingual Plane (an emoji, a rare CJK ideograph) counts as two. Longer
// text is cut, with a marker saying so; JSON keeps it whole.
const MaxCellChars = 32767

// cellChars counts a text's characters as Excel does (see MaxCellChars).
func cellChars(s string) int { return UTF16Len(s) }

// headChars returns the longest start of s that holds at most n characters
// (as Excel counts them), never splitting a character.
func headChars(s string, n int) string {
	used := 0
	for i, r := range s {
		u := utf16.RuneLen(r)
		if used+u > n {
			return s[:i]
		}
		used += u
	}
	return s
}

// tailChars returns the longest end of s that holds at most n characters.
func tailChars(s string, n int) string {
	used := 0
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		u := utf16.RuneLen(r)
		if used+u > n {
			break
		}
		used += u
		i -= size
	}
	return s[i:]
}

// cutMarker is what ends a cut cell: how much was left out and where to
// find it.
func cutMarker(cut int) string {
	return " […cut: " + strconv.Itoa(cut) + " more characters; the JSON output has the whole text]"
}

// CutCell cuts text longer than MaxCellChars characters (as Excel counts
// them) and says so at the end of the cell, so that the cell holds at most
// MaxCellChars. A character is never split.
func CutCell(s string) string {
	n := cellChars(s)
	if n <= MaxCellChars {
		return s
	}
	// The marker's length depends on the number it gives; reserve room for
	// the longest.
	head := headChars(s, MaxCellChars-cellChars(cutMarker(n)))
	return head + cutMarker(n-cellChars(head))
}

// highlighted writes a sentence as rich text with one stretch of it, the
// claim's words, in bold colour. When the whole is longer than a cell holds,
// the claim's words are kept and the text on either side of them is cut,
// with markers.
func highlighted(before, hit, after string, font *excelize.Font) []excelize.RichTextRun {
	const lead, trail = "[…] ", " […cut; the JSON output has the whole sentence]"
	if cellChars(before)+cellChars(hit)+cellChars(after) > MaxCellChars {
		room := MaxCellChars - cellChars(hit) - cellChars(lead) - cellChars(trail)
		if room < 0 {
			return []excelize.RichTextRun{{Text: CutCell(before + hit + after)}}
		}
		keepAfter := min(cellChars(after), room/2)
		keepBefore := min(cellChars(before), room-keepAfter)
		keepAfter = min(cellChars(after), room-keepBefore)
		if b := tailChars(before, keepBefore); b != before {
			before = lead + b
		}
		if a := headChars(after, keepAfter); a != after {
			after = a + trail
		}
	}
	runs := make([]excelize.RichTextRun, 0, 3)
	if before != "" {
		runs = append(runs, excelize.RichTextRun{Text: before})
	}
	runs = append(runs, excelize.RichTextRun{Text: hit, Font: font})
	if after != "" {
		runs = append(runs, excelize.RichTextRun{Text: after})
	}
	return runs
}

// foldedSpan folds the runs of white space of a sentence to single spaces
// and trims it, as claim quotes are, and finds where the stretch
// text[start:end] (byte offsets into the sentence) went. ok is false when
// the stretch is not inside the sentence.
func foldedSpan(text string, start, end int) (folded string, a, b int, ok bool) {
	if start < 0 || end > len(text) || start >= end {
		return strings.Join(strings.Fields(text), " "), 0, 0, false
	}
	var sb strings.Builder
	space := false
	a, b = -1, -1
	for i, r := range text {
		if i == end {
			b = sb.Len()
		}
		if unicode.IsSpace(r) {
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		if i == start {
			a = sb.Len()
		}
		sb.WriteRune(r)
	}
	if b < 0 {
		b = sb.Len()
	}
	return sb.String(), a, b, a >= 0 && a < b
}

// excelEpoch is the first day a date cell shows right: Excel counts days
// from 1900 and takes 1900 for a leap year, so it shows 1 January to
// 28 February 1900 one day off.
var excelEpoch = time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)

// dateValue reads an ISO date ("1958-02-17") as a time for a date cell. ok
// is false for dates a date cell cannot hold: before 1 March 1900 (Excel's
// dates start in 1900), before the common era ("-0043-01-01"), or not a
// whole date; those are written as their ISO text.
func dateValue(iso string) (t time.Time, ok bool) {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil || t.Before(excelEpoch) {
		return time.Time{}, false
	}
	return t, true
}

// isWhole reports whether a number is a whole number that a "#,##0" format
// shows exactly.
func isWhole(v float64) bool {
	return v == math.Trunc(v) && math.Abs(v) < 1e15
}

// textWidth is how many character widths text takes in a column: East
// Asian wide characters take two.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			w += 2
		default:
			w++
		}
	}
	return w
}

// lines estimates how many lines text takes when wrapped in a column of the
// given width.
func lines(s string, colWidth float64) int {
	if colWidth < 1 {
		colWidth = 1
	}
	n := 0
	for _, line := range strings.Split(s, "\n") {
		n += max(1, int(math.Ceil(textWidth(line)*1.1/colWidth)))
	}
	return n
}

// citationCell writes a citation with its titles in italics, as rich text,
// when the style it was made in is known and its text is still the one
// annotate wrote; else as the plain text.
func citationCell(text string, runs []annotate.Run, font *excelize.Font) any {
	var whole strings.Builder
	italic := false
	for _, r := range runs {
		whole.WriteString(r.Text)
		italic = italic || r.Italic
	}
	if !italic || whole.String() != text {
		return text
	}
	out := make([]excelize.RichTextRun, 0, len(runs))
	for _, r := range runs {
		run := excelize.RichTextRun{Text: r.Text}
		if r.Italic {
			run.Font = font
		}
		out = append(out, run)
	}
	return out
}
