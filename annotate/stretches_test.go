package annotate

import (
	"strings"
	"testing"

	"github.com/factsheet/factsheet/sources"
)

// TestResolveStretches: "the past decade", "the next five years" resolve to
// intervals at the precision of the unit they count: from the source's
// issued date for the writer's own past and future, from the narrative's
// date for "the previous", "the following".
func TestResolveStretches(t *testing.T) {
	may3 := []int{2020, 5, 3}
	tests := []struct {
		name   string
		text   string
		issued []int
		want   []string
	}{
		{"the past decade", "In the past decade, output doubled.", may3,
			[]string{"the past decade → 2010/2020 from issued"}},
		{"the past three years", "Over the past three years wages fell.", may3,
			[]string{"the past three years → 2017/2020 from issued"}},
		{"the last 30 years", "Prices have tripled in the last 30 years.", []int{2016},
			[]string{"the last 30 years → 1987/2016 from issued"}},
		{"the past six months", "The past six months were the wettest on record.", may3,
			[]string{"The past six months → 2019-11/2020-05 from issued"}},
		{"the past two weeks", "Fighting eased during the past two weeks.", may3,
			[]string{"the past two weeks → 2020-04-20/2020-05-03 from issued"}},
		{"the coming two years", "The coming two years will be decisive.", may3,
			[]string{"The coming two years → 2020/2022 from issued"}},
		{"the past century", "The past century saw two world wars.", []int{1999, 6, 1},
			[]string{"The past century → 1899/1999 from issued"}},
		{"the next five years from the narrative", "The party took power in 1949. In the next five years it collectivised farming.", may3,
			[]string{"the next five years → 1950/1954 from 1949"}},
		{"the previous three years from the narrative", "The harvest of 1958 was poor. The previous three years had been dry.", nil,
			[]string{"The previous three years → 1955/1957 from 1958"}},
		{"the following two decades from a range", "The famine lasted from 1959 to 1961. The following two decades brought recovery.", nil,
			[]string{"The following two decades → 1962/1981 from from 1959 to 1961"}},
		{"the preceding six months from a day", "The Bolsheviks struck on 25 October 1917. Prices had doubled in the preceding six months.", nil,
			[]string{"the preceding six months → 1917-04/1917-10 from 25 October 1917"}},
		{"the next five years with no narrative date", "In the next five years the plant will double its output.", may3,
			[]string{"the next five years → 2020/2025 from issued"}},
		{"the past decade with no issued date", "In the past decade, output doubled.", nil,
			[]string{"the past decade: counts from the time of writing, and the source has no date"}},
		{"the coming months", "In the coming months it will rise.", may3,
			[]string{"the coming months: vague: the text does not say how much earlier or later"}},
		{"the past two weeks from a year", "Fighting eased during the past two weeks.", []int{2020},
			[]string{"the past two weeks: cannot be counted from the source's date, 2020"}},
		{"the previous year from the narrative", "The famine peaked in 1960. The previous year grain was exported.", nil,
			[]string{"The previous year → 1959 from 1960"}},
		{"the following year from the narrative", "The congress met in 1956. The following year the thaw ended.", may3,
			[]string{"The following year → 1957 from 1956"}},
		{"the previous month from the narrative", "The rising broke out in March 1921. The previous month had been hungry.", nil,
			[]string{"The previous month → 1921-02 from March 1921"}},
		{"the following month from the narrative", "The siege began in September 1941. The following month the lake froze.", nil,
			[]string{"The following month → 1941-10 from September 1941"}},
		{"the previous year from issued", "The previous year had been the driest on record.", may3,
			[]string{"The previous year → 2019 from issued"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.text, tt.issued, tt.want) })
	}
}

// TestResolvePartsOfRelativeDates: "late last year", "the end of next
// month" keep their modifier on the resolved year or month, as "late 1958"
// does, and their earliest and latest days are that part of it: the last
// four months of a year for late, the last twelfth (a month of a year, some
// days of a month) for the end.
func TestResolvePartsOfRelativeDates(t *testing.T) {
	may3 := []int{2020, 5, 3}
	tests := []struct {
		name   string
		text   string
		issued []int
		want   string
	}{
		{"late last year", "Late last year prices rose.", may3, "Late last year → 2019 late 2019-09-01..2019-12-31"},
		{"early next year", "Early next year the vote is due.", may3, "Early next year → 2021 early 2021-01-01..2021-04-30"},
		{"mid this year", "The plant opens in mid-this year.", may3, "mid-this year → 2020 mid 2020-05-01..2020-08-31"},
		{"late this month", "The talks end late this month.", may3, "late this month → 2020-05 late 2020-05-22..2020-05-31"},
		{"early last month", "Early last month the strike began.", may3, "Early last month → 2020-04 early 2020-04-01..2020-04-10"},
		{"mid next month", "The harvest starts in mid next month.", may3, "mid next month → 2020-06 mid 2020-06-11..2020-06-20"},
		{"the end of next month", "By the end of next month the plan ends.", may3, "the end of next month → 2020-06 end 2020-06-28..2020-06-30"},
		{"the beginning of this year", "At the beginning of this year the mill closed.", may3, "the beginning of this year → 2020 start 2020-01-01..2020-01-31"},
		{"the middle of last month", "In the middle of last month they struck.", may3, "the middle of last month → 2020-04 mid 2020-04-11..2020-04-20"},
		{"the start of next year", "At the start of next year the tax rises.", may3, "the start of next year → 2021 start 2021-01-01..2021-01-31"},
		{"the end of last year", "At the end of last year the mine closed.", may3, "the end of last year → 2019 end 2019-12-01..2019-12-31"},
		{"the end of this week", "The count ends at the end of this week.", may3, "the end of this week → 2020-04-27/2020-05-03 end 2020-05-03..2020-05-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := sources.Source{ID: "t", Text: tt.text}
			src.Meta.Issued = &sources.DateParts{DateParts: [][]int{tt.issued}}
			doc := Annotate(src)
			var got []string
			for _, m := range doc.Mentions {
				if m.DateAttrs == nil {
					continue
				}
				s := m.Text + " → " + m.EDTF + " " + m.Mod + " " + m.Earliest + ".." + m.Latest
				if m.EDTF == "" {
					s = m.Text + ": " + m.Reason
				} else if m.Anchor != AnchorIssued {
					s += " (anchor " + m.Anchor + ")"
				}
				got = append(got, s)
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// TestResolveFromIssued: a day of the week ("on Friday") and a month named
// without its year ("in August") take their year, month and day from the
// source's issued date when the text gives no date of its own: the Friday
// before it in a past-tense sentence, the one on or after it otherwise;
// the month of the issued year, or nearest to it across a new year.
func TestResolveFromIssued(t *testing.T) {
	wed := []int{2021, 3, 10} // a Wednesday
	tests := []struct {
		name   string
		text   string
		issued []int
		want   []string
	}{
		{"Friday past", "On Friday the minister visited the mine.", wed, []string{"Friday → 2021-03-05 from issued"}},
		{"Friday to come", "On Friday the minister will visit the mine.", wed, []string{"Friday → 2021-03-12 from issued"}},
		{"Monday past", "The strike began on Monday.", wed, []string{"Monday → 2021-03-08 from issued"}},
		{"Sunday to come", "The vote is on Sunday.", wed, []string{"Sunday → 2021-03-14 from issued"}},
		{"Wednesday the same day", "The council meets on Wednesday.", wed, []string{"Wednesday → 2021-03-10 from issued"}},
		{"last Tuesday", "The dam burst last Tuesday.", wed, []string{"last Tuesday → 2021-03-09 from issued"}},
		{"next Thursday", "The report is due next Thursday.", wed, []string{"next Thursday → 2021-03-11 from issued"}},
		{"weekday with no issued date", "On Friday the minister visited the mine.", nil, []string{"Friday: no earlier date in the text to resolve it from"}},
		{"August past", "In August the rains failed.", wed, []string{"August → 2020-08 from issued"}},
		{"August to come", "In August the rains will come.", wed, []string{"August → 2021-08 from issued"}},
		{"August untensed", "The rains come in August.", wed, []string{"August → 2021-08 from issued"}},
		{"January after a December issue", "In January the tax will rise.", []int{2020, 12, 15}, []string{"January → 2021-01 from issued"}},
		{"December before a January issue", "In December the mill closed.", []int{2021, 1, 20}, []string{"December → 2020-12 from issued"}},
		{"15 March past", "The minister resigned on 15 March.", wed, []string{"15 March → 2020-03-15 from issued"}},
		{"15 March to come", "The minister will resign on 15 March.", wed, []string{"15 March → 2021-03-15 from issued"}},
		{"this month past", "In March the minister resigned.", wed, []string{"March → 2021-03 from issued"}},
		{"March 2", "Parliament met on March 2.", wed, []string{"March 2 → 2021-03-02 from issued"}},
		{"month with no issued date", "In August the rains failed.", nil, []string{"August: no earlier date in the text to resolve it from"}},
		{"a narrative date wins", "The siege began in 1941. In August the lake was empty.", wed, []string{"August → 1941-08 from 1941"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.text, tt.issued, tt.want) })
	}
}
