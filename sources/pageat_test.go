package sources

import "testing"

func TestPageAt(t *testing.T) {
	src := Source{Pages: []Page{{Label: "xii", Start: 10}, {Label: "1", Start: 50}, {Label: "2", Start: 90}}}
	cases := []struct {
		name   string
		offset int
		want   string
	}{
		{"before the first page", 3, ""},
		{"where the first page starts", 10, "xii"},
		{"inside the first page", 49, "xii"},
		{"where a page starts", 50, "1"},
		{"inside a later page", 70, "1"},
		{"on the last page", 500, "2"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := src.PageAt(tc.offset); got != tc.want {
				t.Errorf("PageAt(%d) = %q, want %q", tc.offset, got, tc.want)
			}
		})
	}
	if got := (&Source{}).PageAt(5); got != "" {
		t.Errorf("a source without pages: PageAt = %q", got)
	}
}
