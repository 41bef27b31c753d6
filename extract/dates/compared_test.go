package dates

import "testing"

// TestMonthComparedWith: a month alone after "compared with", "compared
// to" or "versus" is the month a figure is set against ("rose 7.5 percent
// compared with May"); a name after them stays a name.
func TestMonthComparedWith(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"compared with", "The energy index rose 7.5 percent compared with May.", []string{"May ~ year+0 XXXX-05"}},
		{"compared to", "Exports were down compared to March.", []string{"March ~ year+0 XXXX-03"}},
		{"versus", "Sales rose 3 percent versus April.", []string{"April ~ year+0 XXXX-04"}},
		{"vs.", "Orders rose vs. August, the survey found.", []string{"August ~ year+0 XXXX-08"}},
		{"compared with, then a year", "Prices fell compared with June 1921.", []string{"June 1921 = 1921-06"}},
		{"a name after compared with", "She was tall compared with May Wilson.", nil},
		{"a name without compared", "The minister met with May on Tuesday.", []string{"Tuesday ~ tuesday+0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}
