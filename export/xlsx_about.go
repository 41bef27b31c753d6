package export

import (
	"fmt"
	"strings"
)

// writeAbout writes the About sheet: the tool, the run, its inputs with
// their SHA-256, the review work carried over, and a legend of every column
// of every sheet and of the statuses.
func (x *xlsxWriter) writeAbout(orphans *streamSheet) error {
	about := x.sheets[sheetAbout]
	add := func(topic, item string, value any) error {
		_, err := about.add(topic, item, value)
		return err
	}
	made := ""
	if !x.run.Created.IsZero() {
		made = x.run.Created.UTC().Format("2006-01-02 15:04:05 UTC")
	}
	rows := [][2]string{
		{"Tool", x.run.Tool.Name},
		{"Version", x.run.Tool.Version},
		{"Made", made},
		{"Command", commandLine(x.run.Command)},
		{"Sources", plural(x.totals.sources, "source") + ", " + plural(x.totals.sentences, "sentence") + ", " + plural(x.totals.claims, "claim")},
	}
	if rs := x.run.Reviews; rs != nil && rs.Existed {
		rows = append(rows, [2]string{"Review work", fmt.Sprintf(
			"Read from the previous %s, which is kept as a backup next to it: %s carried over to their claims, %d on the %q sheet.",
			rs.Path, plural(rs.Carried, "review"), rs.Orphaned, sheetOrphans)})
		if kept := rs.Kept(); len(kept) > 0 {
			rows = append(rows, [2]string{"Also carried over", strings.Join(kept, "; ") + "."})
		}
		// What is lost so far; the copies of the added sheets are made
		// after this sheet, and what they lose is in the run's message.
		if lost := rs.Lost(); len(lost) > 0 {
			rows = append(rows, [2]string{"Not carried over", "Kept only in the backup of the previous workbook: " + strings.Join(lost, "; ") + "."})
		}
	}
	for _, r := range rows {
		if err := add("Run", r[0], r[1]); err != nil {
			return err
		}
	}
	for _, in := range x.inputs {
		if err := add("Input", in[0], "SHA-256 "+in[1]); err != nil {
			return err
		}
	}
	for i, s := range Statuses {
		if err := add("Status", s, statusMeanings[i]); err != nil {
			return err
		}
	}
	var specs []*sheetSpec
	if x.front != nil {
		specs = append(specs, x.front.spec)
		for _, v := range verdictMeanings {
			if err := add("Verdict", v[0], v[1]); err != nil {
				return err
			}
		}
	}
	specs = append(specs, x.claimsSpec)
	if orphans != nil {
		specs = append(specs, x.orphansSpec)
	}
	specs = append(specs, sentencesSheet, entitiesSheet, datesSheet, sourcesSheet)
	for _, spec := range specs {
		for _, c := range spec.columns {
			if err := add(spec.name, c.name, c.legend); err != nil {
				return err
			}
		}
	}
	for _, n := range notes {
		if err := add("Notes", n[0], n[1]); err != nil {
			return err
		}
	}
	return nil
}

// notes explain how the workbook behaves.
var notes = [][2]string{
	{"Review round trip", "Annotating again into this workbook carries Status, Reviewer note and Evidence over to each claim by Claim ID. Columns you add to Claims are carried over by Claim ID too, sheets you add are copied, comments are kept, and typed values keep their type (numbers, dates, formulas, links). Reviews whose claim is gone, and rows without a Claim ID, go to the “Orphaned reviews” sheet with their old sentence; the previous workbook is kept as NAME.backup-YYYYMMDD-HHMMSS.xlsx. Edits to the columns factsheet fills (Claim, Subject…), the formatting of their cells, and comments on the other sheets are not carried over (the backup has them); the run's message and the “Not carried over” row above say what was left behind."},
	{"Long text", fmt.Sprintf("A cell holds at most %d characters; longer text is cut with a marker saying how much (the JSON output has it whole).", MaxCellChars)},
	{"Long sheets", "A sheet holds 1,048,576 rows; more continue on “Claims (2)” and so on."},
	{"Links", fmt.Sprintf("A sheet holds at most %d links; past them, cells are plain text and the Source and Locator columns still join the sheets.", MaxSheetLinks)},
	{"Source text", "Text from sources is always a text cell, never a formula."},
}

// plural counts things: "1 source", "2 sources".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// commandLine writes a command line as a shell would need it typed.
func commandLine(args []string) string {
	quoted := make([]string, len(args))
	for i, a := range args {
		if a != "" && !strings.ContainsAny(a, " \t\n'\"\\$`!*?[]{}()<>|&;#~") {
			quoted[i] = a
			continue
		}
		quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(quoted, " ")
}
