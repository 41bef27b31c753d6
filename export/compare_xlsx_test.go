package export

import "testing"

func TestGroupsSheetLayout(t *testing.T) {
	if got := groupsSheet.col("Verdict"); got != verdictColumn {
		t.Errorf("Verdict is column %d, verdictColumn says %d", got, verdictColumn)
	}
	if got := len(groupsSheet.columns); got != groupsColumns {
		t.Errorf("the Groups sheet has %d columns, groupsColumns says %d", got, groupsColumns)
	}
}
