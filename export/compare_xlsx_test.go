package export

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/compare"
	"github.com/factsheet/factsheet/sources"
)

func TestGroupsSheetLayout(t *testing.T) {
	if got := groupsSheet.col("Verdict"); got != verdictColumn {
		t.Errorf("Verdict is column %d, verdictColumn says %d", got, verdictColumn)
	}
	if got := len(groupsSheet.columns); got != groupsColumns {
		t.Errorf("the Groups sheet has %d columns, groupsColumns says %d", got, groupsColumns)
	}
}

// TestLibreOfficeOpensComparison opens a comparison's workbook in
// LibreOffice: the Groups sheet comes first and holds every member.
func TestLibreOfficeOpensComparison(t *testing.T) {
	bin := soffice(t)
	dir := t.TempDir()
	docs := []*annotate.Document{sampleDoc(t)}
	for id, text := range map[string]string{
		"tombstone": "Yang Jisheng concluded that some 36 million people starved to death in China between 1959 and 1961.",
		"official":  "By the government's own reckoning, about 16.5 million people died in China from 1959 to 1961.",
	} {
		docs = append(docs, annotate.Annotate(sources.Source{ID: id, Text: text}))
	}
	r := compare.Compare(docs, compare.DefaultOptions)
	var buf bytes.Buffer
	if err := WriteComparison(&buf, r, docs, testRun); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "compare.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	lo := office{t: t, bin: bin, home: dir}
	out := filepath.Join(dir, "csv")
	log := lo.convert(path, csvExport, out)
	if wrote := strings.Join(regexpAll(`Writing sheet (.+) -> `, log), "|"); !strings.HasPrefix(wrote, "Groups|Claims|") {
		t.Errorf("LibreOffice read the sheets %s, want Groups first", wrote)
	}
	data, err := os.ReadFile(filepath.Join(out, "compare-Groups.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	members := 0
	for _, g := range r.Groups {
		members += len(g.Members)
	}
	if len(rows) != members+1 || rows[0][0] != "Group" || rows[1][4] != "conflicting" {
		t.Errorf("Groups sheet as LibreOffice reads it: %q; want a header and %d members, the first conflicting", rows, members)
	}
}
