package dates

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// describe writes a date as the tests expect it: "TEXT = EDTF (mod)" for an
// absolute date, "TEXT ~ UNIT±N [FILL] [now] [vague] [default EDTF] (mod)"
// for a relative one.
func describe(text string, d Date) string {
	s := d.Text(text)
	if d.Shift != nil {
		s += " ~ " + shiftString(*d.Shift)
		if d.EDTF != "" {
			s += " [" + d.EDTF + "]"
		}
	} else {
		s += " = " + d.EDTF
	}
	if d.Mod != "" {
		s += " (" + d.Mod + ")"
	}
	return s
}

func shiftString(s Shift) string {
	out := fmt.Sprintf("%s%+d", s.Unit, s.N)
	if s.Fill != "" {
		out += " " + s.Fill
	}
	if s.Deictic {
		out += " now"
	}
	if s.Vague {
		out += " vague"
	}
	if s.Stretch {
		out += " stretch"
	}
	return out
}

func describeAll(text string) []string {
	var out []string
	for _, d := range Dates(text) {
		out = append(out, describe(text, d))
	}
	return out
}

func checkDates(t *testing.T, text string, want []string) {
	t.Helper()
	got := describeAll(text)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Dates(%q)\n got: %q\nwant: %q", text, got, want)
	}
}

func TestDatesSample(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/great-leap-forward.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkDates(t, string(raw), []string{
		"1958 – 1961 = 1958/1961",
		"1953–57 = 1953/1957",
		"1958–62 = 1958/1962",
		"February 1958 = 1958-02",
		"by 1972 = 1972 (by)",
		"that year ~ year+0",
		"late 1958 = 1958 (late)",
		"the end of 1958 = 1958 (end)",
		"that year ~ year+0",
		"1957 = 1957",
		"By 1959 = 1959 (by)",
	})
}

// dateCases are short passages of historical prose, of many periods, and
// the dates in them. The names say which form or trap each case is about.
var dateCases = []struct {
	name string
	text string
	want []string
}{
	// Years in a date context, and numbers that are not years.
	{"year/after in", "It happened in 1958.", []string{"1958 = 1958"}},
	{"year/after during", "Rationing continued during 1943 and beyond.", []string{"1943 = 1943"}},
	{"year/by opening a sentence", "By 1959 the economy had collapsed.", []string{"By 1959 = 1959 (by)"}},
	{"year/by mid-sentence", "They vowed to overtake Britain by 1972.", []string{"by 1972 = 1972 (by)"}},
	{"year/since", "The party has ruled since 1949.", []string{"since 1949 = 1949 (since)"}},
	{"year/until", "Mao led the party until 1976.", []string{"until 1976 = 1976 (until)"}},
	{"year/till", "The blockade held till 1944.", []string{"till 1944 = 1944 (until)"}},
	{"year/before", "Few peasants owned land before 1914.", []string{"before 1914 = 1914 (before)"}},
	{"year/after", "After 1945 the empire dissolved.", []string{"After 1945 = 1945 (after)"}},
	{"year/prior to", "Prior to 1861 the serfs were bound to the land.", []string{"Prior to 1861 = 1861 (before)"}},
	{"year/up to", "The records run up to 1914.", []string{"up to 1914 = 1914 (until)"}},
	{"year/no later than", "The debt was to be paid no later than 1960.", []string{"no later than 1960 = 1960 (by)"}},
	{"year/pre-", "Pre-1914 Europe was a continent of empires.", []string{"Pre-1914 = 1914 (before)"}},
	{"year/post-", "The post-1945 settlement divided Germany.", []string{"post-1945 = 1945 (after)"}},
	{"year/from alone", "From 1958, the communes ran the villages.", []string{"From 1958 = 1958 (since)"}},
	{"year/onwards", "From 1958 onwards grain was requisitioned.", []string{"From 1958 onwards = 1958 (since)"}},
	{"year/or later", "The charter was written in 1215 or later.", []string{"1215 or later = 1215 (since)"}},
	{"year/qualifying a noun", "The 1958 harvest was left to rot in the fields.", []string{"1958 = 1958"}},
	{"year/possessive", "Mao's 1958 campaign against sparrows backfired.", []string{"1958 = 1958"}},
	{"year/possessive, curly apostrophe", "Mao’s 1958 campaign against sparrows backfired.", []string{"1958 = 1958"}},
	{"year/after a form feed", "It happened in\f1958.", []string{"1958 = 1958"}},
	{"year/event plural", "The 1958 elections returned de Gaulle.", []string{"1958 = 1958"}},
	{"year/parentheses", "Mao Zedong (1893) was born in Shaoshan.", []string{"1893 = 1893"}},
	{"year/opening with a comma", "1958, the year of the furnaces, ended in hunger.", []string{"1958 = 1958"}},
	{"year/born abbreviation", "Sun Yat-sen (b. 1866) studied medicine.", []string{"1866 = 1866"}},
	{"year/died abbreviation", "Hegel (d. 1831) left no heir to his system.", []string{"1831 = 1831"}},
	{"year/flourished", "Chaucer's patron, John of Gaunt (fl. 1380), ...", []string{"1380 = 1380"}},
	{"year/the year", "In the year 1000 few expected the world to end.", []string{"the year 1000 = 1000"}},
	{"year/year of our Lord", "The chronicle opens in the year of our Lord 1066.", []string{"the year of our Lord 1066 = 1066"}},
	{"year/three figures after in", "In 476 the last emperor of the West was deposed.", []string{"476 = 0476"}},
	{"year/uncertain", "Giordano Bruno (1548?–1600) was burned in Rome.", []string{"1548?–1600 = 1548?/1600"}},
	{"year/list", "Harvests failed in 1958, 1959 and 1961.", []string{"1958 = 1958", "1959 = 1959", "1961 = 1961"}},
	{"year/list with or", "The treaty was signed in 1648 or 1649.", []string{"1648 = 1648", "1649 = 1649"}},
	{"trap/year-sized count", "There were 1958 tractors in the province.", nil},
	{"trap/the 1500 men", "The 1500 men of the garrison surrendered.", nil},
	{"trap/count after a year", "He died in 1958 and 1500 soldiers mourned him.", []string{"1958 = 1958"}},
	{"trap/horsemen", "A force of 1500 horsemen crossed the river.", nil},
	{"trap/about a count", "About 1500 soldiers deserted.", nil},
	{"trap/between counts", "Between 1200 and 1500 men were lost.", nil},
	{"trap/from counts", "The garrison grew from 1200 to 1500 soldiers.", nil},
	{"trap/rose to", "Membership rose 1200 to 1500.", nil},
	{"trap/after a count of years", "After 1000 years of Roman rule the province fell.", nil},
	{"trap/hyphenated count", "A 1500-man army marched north.", nil},
	{"trap/Route 66", "Route 66 ran from Chicago to Santa Monica.", nil},
	{"trap/page", "See p. 1958 and pp. 1200–1250 for the tables.", nil},
	{"trap/money", "The loom cost £1500 and the mill $1958.", nil},
	{"trap/thousands separator", "The 2,000 men were paid in 1,500 francs.", nil},
	{"trap/decimal", "Output rose to 5.3 million tons, then 1958.5 tons.", nil},
	{"trap/phone number", "Call the archive on 138-2010-2015.", nil},
	{"trap/heading number", "Section 1958. The committee met.", nil},
	{"trap/percent", "Prices rose 1200% in a year.", nil},

	// Months, days and the words that look like them.
	{"month/month and year", "The Great Leap was proclaimed in February 1958.", []string{"February 1958 = 1958-02"}},
	{"month/with a comma", "The revolution began in March, 1917.", []string{"March, 1917 = 1917-03"}},
	{"month/of", "In March of 1917 the Tsar abdicated.", []string{"March of 1917 = 1917-03"}},
	{"month/abbreviated", "Germany invaded Poland in Sept. 1939.", []string{"Sept. 1939 = 1939-09"}},
	{"month/ISO", "The file is dated 1958-02.", []string{"1958-02 = 1958-02"}},
	{"month/alone after in", "In May the army withdrew.", []string{"May ~ year+0 XXXX-05"}},
	{"month/alone after by", "By August the harvest was in.", []string{"By August ~ year+0 XXXX-08 (by)"}},
	{"month/early", "In early March the strikes spread.", []string{"early March ~ year+0 XXXX-03 (early)"}},
	{"trap/may the verb", "They may march on Rome.", nil},
	{"trap/March the noun", "The March on Rome made Mussolini premier.", nil},
	{"trap/March with a year later", "The March on Rome took place in October 1922.", []string{"October 1922 = 1922-10"}},
	{"trap/May the name", "Theresa May spoke in 2016.", []string{"2016 = 2016"}},
	{"trap/Long March", "The Long March ended at Yan'an.", nil},
	{"trap/august the adjective", "An august assembly of bishops met.", nil},
	{"day/day month year", "Stalin died on 5 March 1953.", []string{"5 March 1953 = 1953-03-05"}},
	{"day/month day year", "Stalin died on March 5, 1953.", []string{"March 5, 1953 = 1953-03-05"}},
	{"day/ordinal", "Stalin died on 5th March 1953.", []string{"5th March 1953 = 1953-03-05"}},
	{"day/ordinal with of", "Stalin died on the 5th of March, 1953.", []string{"the 5th of March, 1953 = 1953-03-05"}},
	{"day/ordinal in words", "Stalin died on the fifth of March 1953.", []string{"the fifth of March 1953 = 1953-03-05"}},
	{"day/month the ordinal", "Stalin died on March the 5th, 1953.", []string{"March the 5th, 1953 = 1953-03-05"}},
	{"day/twenty-first", "The Reichstag burned on the twenty-seventh of February 1933.", []string{"the twenty-seventh of February 1933 = 1933-02-27"}},
	{"day/abbreviated month", "The fort fell on Jan. 12, 1776.", []string{"Jan. 12, 1776 = 1776-01-12"}},
	{"day/weekday", "On Monday, 5 March 1770, the soldiers fired.", []string{"Monday, 5 March 1770 = 1770-03-05"}},
	{"day/ISO", "The decree is dated 1953-03-05.", []string{"1953-03-05 = 1953-03-05"}},
	{"day/day first figures", "The letter is dated 25/12/1914.", []string{"25/12/1914 = 1914-12-25"}},
	{"day/month first figures", "The letter is dated 12/25/1914.", []string{"12/25/1914 = 1914-12-25"}},
	{"day/same day and month", "The letter is dated 05/05/1914.", []string{"05/05/1914 = 1914-05-05"}},
	{"day/dotted", "Der Brief ist vom 5.3.1953 datiert.", []string{"5.3.1953 = 1953-03-05"}},
	{"day/lower-case month", "the ledger entry of 14 nov 1723 is torn.", []string{"14 nov 1723 = 1723-11-14"}},
	{"trap/lower-case month without year", "He was 14 may have been 15.", nil},
	{"trap/ambiguous figures", "The letter is dated 05/03/1914.", nil},
	{"trap/impossible day", "The ledger says 31 February 1758.", []string{"February 1758 = 1758-02"}},
	{"day/leap day", "The treaty was signed on 29 February 1712.", []string{"29 February 1712 = 1712-02-29"}},
	{"day/no year", "On 15 March the army crossed the river.", []string{"15 March ~ year+0 XXXX-03-15"}},
	{"day/month first no year", "On March 15 the army crossed the river.", []string{"March 15 ~ year+0 XXXX-03-15"}},
	{"day/Old Style year", "The act was passed on 11 February 1731/2.", []string{"11 February 1731/2 = 1732-02-11"}},
	{"day/Ides of March", "Caesar was killed on the Ides of March, 44 BC.", []string{"the Ides of March, 44 BC = -0043-03-15"}},
	{"day/Nones", "The senate met on the Nones of February.", []string{"the Nones of February ~ year+0 XXXX-02-05"}},
	{"day/list", "The assembly sat on 5 and 7 March 1848.", []string{"5 = 1848-03-05", "7 March 1848 = 1848-03-07"}},
	{"month/list", "In March and April 1921 the sailors rose.", []string{"March = 1921-03", "April 1921 = 1921-04"}},
	{"month/list across the new year", "In December and January 1942 the front held.", []string{"December = 1941-12", "January 1942 = 1942-01"}},
	{"feast/Christmas", "The truce of Christmas Day 1914 was not repeated.", []string{"Christmas Day 1914 = 1914-12-25"}},
	{"feast/Easter", "The rising began on Easter Monday 1916.", []string{"Easter Monday 1916 = 1916-04-24"}},
	{"feast/Easter before 1583", "Easter 1415 fell in March.", []string{"Easter 1415 = 1415-03-31", "March ~ year+0 XXXX-03"}},
	{"feast/Michaelmas", "The rents fell due at Michaelmas 1666.", []string{"Michaelmas 1666 = 1666-09-29"}},
	{"feast/New Year's Day", "The proclamation took effect on New Year's Day 1863.", []string{"New Year's Day 1863 = 1863-01-01"}},
	{"feast/curly apostrophes", "On New Year’s Eve 1862 it snowed; on All Saints’ Day 1863 it rained; St Patrick’s Day 1864 was dry.",
		[]string{"New Year’s Eve 1862 = 1862-12-31", "All Saints’ Day 1863 = 1863-11-01", "St Patrick’s Day 1864 = 1864-03-17"}},
	{"feast/no year", "They said it would be over by Christmas.", []string{"by Christmas ~ year+0 XXXX-12-25 (by)"}},

	// Ranges.
	{"range/en dash", "The Great Leap (1958–1961) ended in famine.", []string{"1958–1961 = 1958/1961"}},
	{"range/spaced hyphen", "The plan ran 1958 - 1961.", []string{"1958 - 1961 = 1958/1961"}},
	{"range/short end", "The First Five-Year Plan (1953–57) built heavy industry.", []string{"1953–57 = 1953/1957"}},
	{"range/short end with hyphen", "A second plan for 1958-62 followed.", []string{"1958-62 = 1958/1962"}},
	{"range/Great War", "The war of 1914–18 killed millions.", []string{"1914–18 = 1914/1918"}},
	{"range/across a century", "The siege of 1899–1900 was lifted.", []string{"1899–1900 = 1899/1900"}},
	{"range/slash", "In 1958/59 output fell.", []string{"1958/59 = 1958/1959"}},
	{"range/from to", "The war lasted from 1914 to 1918.", []string{"from 1914 to 1918 = 1914/1918"}},
	{"range/from until", "He ruled from 1603 until 1625.", []string{"from 1603 until 1625 = 1603/1625"}},
	{"range/between and", "Between 1939 and 1945 the city was occupied.", []string{"Between 1939 and 1945 = 1939/1945"}},
	{"range/in to", "Emigration peaked in 1846 to 1851.", []string{"1846 to 1851 = 1846/1851"}},
	{"range/months", "March–June 1921 saw the end of War Communism.", []string{"March–June 1921 = 1921-03/1921-06"}},
	{"range/from month to month", "From March to June 1921 the famine spread.", []string{"From March to June 1921 = 1921-03/1921-06"}},
	{"range/between months", "Between March and June 1921 the famine spread.", []string{"Between March and June 1921 = 1921-03/1921-06"}},
	{"range/months across a new year", "The siege lasted Nov.–Feb. 1942.", []string{"Nov.–Feb. 1942 = 1941-11/1942-02"}},
	{"range/days", "The congress sat 5–7 March 1953.", []string{"5–7 March 1953 = 1953-03-05/1953-03-07"}},
	{"range/days with to", "The congress sat from 5 to 7 March 1953.", []string{"from 5 to 7 March 1953 = 1953-03-05/1953-03-07"}},
	{"range/month day days", "The congress sat March 5–7, 1953.", []string{"March 5–7, 1953 = 1953-03-05/1953-03-07"}},
	{"range/day months", "The offensive ran 5 March – 7 April 1953.", []string{"5 March – 7 April 1953 = 1953-03-05/1953-04-07"}},
	{"range/full dates", "The blockade ran from 24 June 1948 to 12 May 1949.", []string{"from 24 June 1948 to 12 May 1949 = 1948-06-24/1949-05-12"}},
	{"range/year to month", "The occupation lasted from 1941 to June 1944.", []string{"from 1941 to June 1944 = 1941/1944-06"}},
	{"range/month years", "The mutiny ran from November 1917 to February 1918.", []string{"from November 1917 to February 1918 = 1917-11/1918-02"}},
	{"range/days no year", "The talks ran from 5 to 7 March.", []string{"from 5 to 7 March ~ year+0 XXXX-03-05/XXXX-03-07"}},
	{"range/months no year", "From April until the end of June the roads were mud.", []string{"From April until the end of June ~ year+0 XXXX-04/XXXX-06-30"}},
	{"range/lifespan", "Mao Zedong (1893–1976) ruled for decades.", []string{"1893–1976 = 1893/1976"}},
	{"range/lifespan after a comma", "The chairman, 1893–1976, was embalmed.", []string{"1893–1976 = 1893/1976"}},
	{"range/three figures in parentheses", "Charlemagne (742–814) was crowned in 800.", []string{"742–814 = 0742/0814", "800 = 0800"}},
	{"range/circa start", "Theodoric (c. 454–526) ruled Italy.", []string{"c. 454–526 = 0454~/0526"}},
	{"range/reign", "Elizabeth I (r. 1558–1603) never married.", []string{"1558–1603 = 1558/1603"}},
	{"range/before Christ", "The Persian Wars were fought from 490 to 479 BC.", []string{"from 490 to 479 BC = -0489/-0478"}},
	{"range/before Christ with dash", "The Persian Wars (490–479 BC) ended at Mycale.", []string{"490–479 BC = -0489/-0478"}},
	{"range/across the eras", "Augustus ruled 27 BC – AD 14.", []string{"27 BC – AD 14 = -0026/0014"}},
	{"range/decades", "The 1920s–30s were years of crisis.", []string{"The 1920s–30s = 192X/193X"}},
	{"range/centuries", "The 17th–18th centuries saw the rise of the Dutch.", []string{"The 17th–18th centuries = 16XX/17XX"}},
	{"range/centuries in words", "The seventeenth and eighteenth centuries saw the rise of the Dutch.", []string{"The seventeenth and eighteenth centuries = 16XX/17XX"}},
	{"range/to the present", "The dynasty has reigned from 1949 to the present.", []string{"from 1949 to the present = 1949/.."}},
	{"range/present", "The monarchy (1958–present) survives.", []string{"1958–present = 1958/.."}},
	{"range/open lifespan", "The historian Smith (1958– ) disagrees.", []string{"1958– = 1958/.."}},
	{"range/with modifiers", "The famine lasted from early 1959 to late 1961.", []string{"from early 1959 to late 1961 = 1959-01/1961-12"}},
	{"range/night of two days", "On the night of 9/10 November 1938 synagogues burned.", []string{"9/10 November 1938 = 1938-11-09/1938-11-10"}},
	{"range/centuries before Christ", "Athens flourished in the 5th and 4th centuries BC.", []string{"the 5th and 4th centuries BC = -04XX/-03XX"}},
	{"range/seasons", "The rising lasted the spring and summer of 1921.", []string{"the spring = 1921-21", "summer of 1921 = 1921-22"}},
	{"trap/page range", "The tables are on pages 1801–1850.", nil},
	{"trap/range of counts", "Some 1200–1500 men deserted.", nil},
	{"trap/digit code", "The ssn is 123-12-1234.", nil},

	// Decades, centuries and millennia.
	{"decade/the 1930s", "In the 1930s the Depression deepened.", []string{"the 1930s = 193X"}},
	{"decade/apostrophe", "In the 1930's the Depression deepened.", []string{"the 1930's = 193X"}},
	{"decade/before a noun", "1930s Berlin was a city of extremes.", []string{"1930s = 193X"}},
	{"decade/in words", "In the thirties the Depression deepened.", []string{"the thirties ~ decade+0 XX3X [193X]"}},
	{"decade/in words with century", "The nineteen-thirties were hungry years.", []string{"The nineteen-thirties = 193X"}},
	{"decade/short", "In the '60s the city doubled.", []string{"the '60s ~ decade+0 XX6X [196X]"}},
	{"decade/mid", "In the mid-1960s the Cultural Revolution began.", []string{"the mid-1960s = 196X (mid)"}},
	{"decade/early", "In the early 1950s land reform was completed.", []string{"the early 1950s = 195X (early)"}},
	{"decade/late", "In the late 1970s Deng opened the economy.", []string{"the late 1970s = 197X (late)"}},
	{"decade/mid in words", "By the mid-thirties the purges had begun.", []string{"the mid-thirties ~ decade+0 XX3X [193X] (mid)"}},
	{"decade/2000s", "In the 2000s China joined the WTO.", []string{"the 2000s = 200X"}},
	{"decade/ninth century", "In the 840s the Vikings wintered in Ireland.", []string{"the 840s = 084X"}},
	{"trap/age in words", "A man in his thirties led the revolt.", nil},
	{"trap/age in figures", "A man in his 30s led the revolt.", nil},
	{"century/1800s", "In the 1800s the city tripled in size.", []string{"the 1800s = 18XX"}},
	{"century/early 1900s", "In the early 1900s the city tripled in size.", []string{"the early 1900s = 19XX (early)"}},
	{"century/ordinal", "In the 19th century the city tripled in size.", []string{"the 19th century = 18XX"}},
	{"century/in words", "In the nineteenth century the city tripled in size.", []string{"the nineteenth century = 18XX"}},
	{"century/adjective", "19th-century France was largely rural.", []string{"19th-century = 18XX"}},
	{"century/late", "In the late eighteenth century the Atlantic revolutions began.", []string{"the late eighteenth century = 17XX (late)"}},
	{"century/mid", "In the mid-nineteenth century railways spread.", []string{"the mid-nineteenth century = 18XX (mid)"}},
	{"century/twenty-first", "The twenty-first century began with a war.", []string{"The twenty-first century = 20XX"}},
	{"century/before Christ", "Athens flourished in the fifth century BC.", []string{"the fifth century BC = -04XX"}},
	{"century/first before Christ", "Rome's civil wars filled the 1st century BC.", []string{"the 1st century BC = -00XX"}},
	{"century/AD", "The empire split in the fourth century AD.", []string{"the fourth century AD = 03XX"}},
	{"century/turn", "At the turn of the twentieth century Vienna glittered.", []string{"the turn of the twentieth century = 1895/1905"}},
	{"century/first half", "In the first half of the nineteenth century Britain industrialised.", []string{"the first half of the nineteenth century = 1800/1849"}},
	{"century/last quarter", "In the last quarter of the eighteenth century the colonies rebelled.", []string{"the last quarter of the eighteenth century = 1775/1799"}},
	{"century/first decade", "In the first decade of the twentieth century strikes multiplied.", []string{"the first decade of the twentieth century = 190X"}},
	{"decade/second half", "In the second half of the 1950s the communes were formed.", []string{"the second half of the 1950s = 1955/1959"}},
	{"millennium/before Christ", "Bronze working spread in the third millennium BC.", []string{"the third millennium BC = -2XXX"}},
	{"millennium/second", "Towns grew again early in the second millennium.", []string{"early in the second millennium = 1XXX (early)"}},

	// Seasons, quarters and halves.
	{"season/year", "The mutiny broke out in spring 1921.", []string{"spring 1921 = 1921-21"}},
	{"season/of year", "The mutiny broke out in the spring of 1921.", []string{"the spring of 1921 = 1921-21"}},
	{"season/winter across years", "The winter of 1932–33 was the worst of the famine.", []string{"The winter of 1932–33 = 1932-24"}},
	{"season/winter with slash", "The winter of 1932/33 was the worst of the famine.", []string{"The winter of 1932/33 = 1932-24"}},
	{"season/winter short", "By the winter of 1941-42 the ration had fallen.", []string{"By the winter of 1941-42 = 1941-24 (by)"}},
	{"season/autumn", "Moscow was threatened in autumn 1941.", []string{"autumn 1941 = 1941-23"}},
	{"season/fall", "Moscow was threatened in the fall of 1941.", []string{"the fall of 1941 = 1941-23"}},
	{"season/early", "In early spring 1921 the sailors rose.", []string{"early spring 1921 = 1921-21 (early)"}},
	{"season/alone", "In the spring the peasants sowed what grain was left.", []string{"the spring ~ year+0 XXXX-21"}},
	{"trap/the fall of Rome", "After the fall of Rome the roads decayed.", nil},
	{"trap/Prague Spring", "The Prague Spring was crushed in August 1968.", []string{"August 1968 = 1968-08"}},
	{"trap/spring water", "They drank spring water.", nil},
	{"quarter/words", "Output fell in the first quarter of 1958.", []string{"the first quarter of 1958 = 1958-33"}},
	{"quarter/last", "Output fell in the last quarter of 1944.", []string{"the last quarter of 1944 = 1944-36"}},
	{"quarter/Q", "Output fell in Q3 1958.", []string{"Q3 1958 = 1958-35"}},
	{"week/first of a month", "Germany declared war in the first week of August 1914.", []string{"the first week of August 1914 = 1914-08-01/1914-08-07"}},
	{"week/last of a month", "The offensive stalled in the last week of July 1916.", []string{"the last week of July 1916 = 1916-07-25/1916-07-31"}},
	{"week/of a month without year", "In the second week of March the strikes spread.", []string{"the second week of March ~ year+0 XXXX-03-08/XXXX-03-14"}},
	{"half/first", "Output fell in the first half of 1959.", []string{"the first half of 1959 = 1959-40"}},
	{"half/second", "Output fell in the second half of 1959.", []string{"the second half of 1959 = 1959-41"}},

	// Approximate dates and eras.
	{"approx/c.", "The church was built c. 1500.", []string{"c. 1500 = 1500~"}},
	{"approx/c. without a space", "The church was built c.1500.", []string{"c.1500 = 1500~"}},
	{"approx/ca.", "The church was built ca. 1500.", []string{"ca. 1500 = 1500~"}},
	{"approx/circa", "The church was built circa 1500.", []string{"circa 1500 = 1500~"}},
	{"approx/around", "The church was built around 1480, in the new style.", []string{"around 1480 = 1480~"}},
	{"approx/in or about", "The deed was sealed in or about 1540.", []string{"in or about 1540 = 1540~"}},
	{"approx/before Christ", "The city was founded c. 3000 BC.", []string{"c. 3000 BC = -2999~"}},
	{"era/BC", "Caesar crossed the Rubicon in 49 BC.", []string{"49 BC = -0048"}},
	{"era/B.C.", "Caesar was killed in 44 B.C. by senators.", []string{"44 B.C. = -0043"}},
	{"era/BCE", "Caesar was killed in 44 BCE.", []string{"44 BCE = -0043"}},
	{"era/AD before", "Rome fell in AD 476.", []string{"AD 476 = 0476"}},
	{"era/A.D. before", "Rome fell in A.D. 476.", []string{"A.D. 476 = 0476"}},
	{"era/CE after", "Rome fell in 476 CE.", []string{"476 CE = 0476"}},
	{"era/small year", "Augustus died in AD 14.", []string{"AD 14 = 0014"}},
	{"era/long ago", "Farming began about 10,000 BC.", []string{"about 10,000 BC = -9999~"}},
	{"era/very long ago", "The cave was painted c. 15,000 BC.", []string{"c. 15,000 BC = Y-14999~"}},
	{"era/month", "The battle was fought in August 216 BC.", []string{"August 216 BC = -0215-08"}},

	// Modifiers.
	{"mod/late", "By late 1958, 600,000 furnaces had been built.", []string{"late 1958 = 1958 (late)"}},
	{"mod/early", "In early 1959 the first deaths were reported.", []string{"early 1959 = 1959 (early)"}},
	{"mod/mid", "By mid-1958 the communes covered the country.", []string{"mid-1958 = 1958 (mid)"}},
	{"mod/end", "At the end of 1958 the figures were inflated.", []string{"the end of 1958 = 1958 (end)"}},
	{"mod/by the end", "By the end of 1958 the figures were inflated.", []string{"the end of 1958 = 1958 (end)"}},
	{"mod/beginning", "At the beginning of 1960 the truth emerged.", []string{"the beginning of 1960 = 1960 (start)"}},
	{"mod/middle", "In the middle of 1958 the slogans changed.", []string{"the middle of 1958 = 1958 (mid)"}},
	{"mod/close", "At the close of 1918 the guns fell silent.", []string{"the close of 1918 = 1918 (end)"}},
	{"mod/late in", "Late in 1958 the slogans changed.", []string{"Late in 1958 = 1958 (late)"}},
	{"mod/latter part", "In the latter part of 1958 the slogans changed.", []string{"the latter part of 1958 = 1958 (late)"}},
	{"mod/early month", "In early March 1917 bread riots broke out.", []string{"early March 1917 = 1917-03 (early)"}},
	{"mod/mid month", "By mid-December 1941 the Germans were retreating.", []string{"mid-December 1941 = 1941-12 (mid)"}},
	{"mod/mid month no year", "By mid-December the Germans were retreating.", []string{"mid-December ~ year+0 XXXX-12 (mid)"}},
	{"mod/before the end", "The furnaces were built before the end of 1958.", []string{"before the end of 1958 = 1958-12 (before)"}},
	{"mod/after late", "The famine began after late 1958.", []string{"after late 1958 = 1958-09/1958-12 (after)"}},
	{"mod/since the mid-decade", "Since the mid-1960s the archive has been closed.", []string{"Since the mid-1960s = 1964/1966 (since)"}},
	{"mod/until early month", "The strikes went on until early March 1917.", []string{"until early March 1917 = 1917-03-01/1917-03-11 (until)"}},

	// Relative dates.
	{"relative/that year", "The harvest failed that year.", []string{"that year ~ year+0"}},
	{"relative/the same year", "The same year the communes were formed.", []string{"The same year ~ year+0"}},
	{"relative/that same year", "That same year the communes were formed.", []string{"That same year ~ year+0"}},
	{"relative/the following year", "The following year the crop failed.", []string{"The following year ~ year+1"}},
	{"relative/the next year", "The next year the crop failed.", []string{"The next year ~ year+1"}},
	{"relative/the previous year", "The previous year had been wet.", []string{"The previous year ~ year-1"}},
	{"relative/the year before", "The year before, the crop had failed.", []string{"The year before ~ year-1"}},
	{"relative/the year after", "The year after, the crop failed again.", []string{"The year after ~ year+1"}},
	{"relative/two years later", "Two years later the city was renamed.", []string{"Two years later ~ year+2"}},
	{"relative/a year later", "A year later the city was renamed.", []string{"A year later ~ year+1"}},
	{"relative/a decade earlier", "A decade earlier the city had been rebuilt.", []string{"A decade earlier ~ year-10"}},
	{"relative/half a century", "Half a century later the archives opened.", []string{"Half a century later ~ year+50"}},
	{"relative/and a half", "Two and a half years later the siege ended.", []string{"Two and a half years later ~ month+30"}},
	{"relative/figures", "Eighteen months later, 18 months later, the war ended.", []string{"Eighteen months later ~ month+18", "18 months later ~ month+18"}},
	{"relative/twenty-five", "Twenty-five years later the monument was unveiled.", []string{"Twenty-five years later ~ year+25"}},
	{"relative/twenty five", "Twenty five years later the monument was unveiled.", []string{"Twenty five years later ~ year+25"}},
	{"relative/hundreds in figures", "250 years later the city was rebuilt.", []string{"250 years later ~ year+250"}},
	{"relative/hundreds in words", "Two hundred and fifty years later the city was rebuilt.", []string{"Two hundred and fifty years later ~ year+250"}},
	{"relative/a thousand", "A thousand years earlier the temple had stood.", []string{"A thousand years earlier ~ year-1000"}},
	{"relative/thousands separator", "1,000 years earlier the temple had stood.", []string{"1,000 years earlier ~ year-1000"}},
	{"relative/four figures", "1000 years earlier the temple had stood.", []string{"1000 years earlier ~ year-1000"}},
	{"relative/a hundred and one", "A hundred and one years later the bell was recast.", []string{"A hundred and one years later ~ year+101"}},
	{"relative/half a dozen", "Half a dozen years later the bell was recast.", []string{"Half a dozen years later ~ year+6"}},
	{"relative/fourscore and seven", "Fourscore and seven years ago our fathers brought forth a new nation.", []string{"Fourscore and seven years ago ~ year-87 now"}},
	{"relative/four score and seven", "Four score and seven years ago our fathers brought forth a new nation.", []string{"Four score and seven years ago ~ year-87 now"}},
	{"relative/within a thousand", "Within a thousand years the town was forgotten.", []string{"Within a thousand years ~ year+1000 (by)"}},
	{"relative/after a year and and-clause", "He came home in 1947 and two years later founded a party.", []string{"1947 = 1947", "two years later ~ year+2"}},
	{"trap/too many years", "Two million years ago the ice retreated.", nil},
	{"trap/a decimal count", "1.5 years later the siege ended.", nil},
	{"trap/the end of a longer number", "For twenty five years after the war the ruins stood.", nil},
	{"relative/after a scale word", "Sales were 1.17 billion a year earlier.", []string{"a year earlier ~ year-1"}},
	{"relative/three months after", "Three months after the invasion the capital fell.", []string{"Three months after ~ month+3"}},
	{"relative/ten days later", "Ten days later the fort surrendered.", []string{"Ten days later ~ day+10"}},
	{"relative/a week later", "A week later the fort surrendered.", []string{"A week later ~ day+7"}},
	{"relative/a fortnight later", "A fortnight later the fort surrendered.", []string{"A fortnight later ~ day+14"}},
	{"relative/afterwards", "Two years afterwards he was pardoned.", []string{"Two years afterwards ~ year+2"}},
	{"relative/on", "Five years on, the town was rebuilt.", []string{"Five years on ~ year+5"}},
	{"relative/the next day", "The next day the king fled.", []string{"The next day ~ day+1"}},
	{"relative/the following morning", "The following morning the king fled.", []string{"The following morning ~ day+1"}},
	{"relative/that night", "That night the palace burned.", []string{"That night ~ day+0"}},
	{"relative/the day before", "The day before, the king had fled.", []string{"The day before ~ day-1"}},
	{"relative/the following week", "The following week the strike spread.", []string{"The following week ~ week+1"}},
	{"relative/the following month", "The following month the strike spread.", []string{"The following month ~ month+1"}},
	{"relative/the next spring", "The next spring the army marched.", []string{"The next spring ~ year+1 XXXX-21"}},
	{"relative/the previous winter", "The previous winter had been mild.", []string{"The previous winter ~ year-1 XXXX-24"}},
	{"relative/that winter", "That winter the ration was cut.", []string{"That winter ~ year+0 XXXX-24"}},
	{"relative/the following March", "The following March the army marched.", []string{"The following March ~ year+1 XXXX-03"}},
	{"relative/that Christmas", "That Christmas the soldiers sang.", []string{"That Christmas ~ year+0 XXXX-12-25"}},
	{"relative/the following decade", "The following decade brought reform.", []string{"The following decade ~ decade+1"}},
	{"relative/later that year", "Later that year the plague returned.", []string{"Later that year ~ year+0"}},
	{"relative/early the following year", "Early the following year the plague returned.", []string{"Early the following year ~ year+1 (early)"}},
	{"relative/the end of that year", "By the end of that year the plague had returned.", []string{"the end of that year ~ year+0 (end)"}},
	{"relative/within a year", "Within a year the plague had returned.", []string{"Within a year ~ year+1 (by)"}},
	{"trap/after two years", "After two years the siege was lifted.", nil},
	{"relative/the following Monday", "The following Monday the court sat.", []string{"The following Monday ~ monday+1"}},
	{"relative/on a weekday", "The court sat on Monday.", []string{"Monday ~ monday+0"}},
	{"relative/vague", "Some years later he died in exile.", []string{"Some years later ~ year+0 vague"}},
	{"relative/a few", "A few months later he died in exile.", []string{"A few months later ~ month+0 vague"}},
	{"relative/bare plural", "Years later he died in exile.", []string{"Years later ~ year+1 vague"}},
	{"relative/ago", "Two years ago the archive reopened.", []string{"Two years ago ~ year-2 now"}},
	{"relative/today", "Today the site is a museum.", []string{"Today ~ day+0 now"}},
	{"relative/last year", "Last year the museum reopened.", []string{"Last year ~ year-1 now"}},
	{"relative/this year", "This year marks the centenary.", []string{"This year ~ year+0 now"}},
	{"relative/year before a date", "The year before 1958 was calm.", []string{"The year before 1958 = 1957"}},
	{"relative/months after a date", "Three months after June 1940 the Blitz began.", []string{"Three months after June 1940 = 1940-09"}},
	{"relative/years after a date", "Two years after 1958 the famine peaked.", []string{"Two years after 1958 = 1960"}},
	{"relative/a week after a day", "A week after 5 March 1953 Beria moved.", []string{"A week after 5 March 1953 = 1953-03-12"}},
	{"relative/days after a day without year", "Three days after 12 January the fort fell.", []string{"Three days after 12 January ~ day+3 XXXX-01-12"}},
	{"trap/to this day", "The ruins stand to this day.", nil},
	{"trap/for years after", "For two years after the war rationing went on.", nil},
	{"trap/years on the throne", "After two years on the throne he died.", nil},
	{"trap/the last year", "The last year of the war was the hardest.", nil},
	{"trap/the following", "The following pages describe the famine.", nil},
}

func TestDates(t *testing.T) {
	seen := map[string]bool{}
	for _, tt := range dateCases {
		if seen[tt.name] {
			t.Fatalf("case name %q used twice", tt.name)
		}
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}

// TestDatesPassages runs whole passages: dates next to numbers, names and
// one another, as sources have them.
func TestDatesPassages(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"Leningrad", benchProse[0], []string{
			"8 September 1941 = 1941-09-08",
			"By the winter of 1941–42 = 1941-24 (by)",
			"January 1943 = 1943-01",
			"27 January 1944 = 1944-01-27",
			"Two years later ~ year+2",
		}},
		{"Rome", benchProse[1], []string{
			"the Ides of March, 44 BC = -0043-03-15",
			"from 27 BC to AD 14 = -0026/0014",
			"AD 476 = 0476",
			"until 1453 = 1453 (until)",
			"the late fifth century = 04XX (late)",
			"c. 454–526 = 0454~/0526",
		}},
		{"Irish famine", benchProse[2], []string{
			"September 1845 = 1845-09",
			"The following year ~ year+1",
			"by 1847 = 1847 (by)",
			"between 1845 and 1852 = 1845/1852",
		}},
		{"counts and traps", benchProse[3], nil},
		{"Napoleon", benchProse[10], []string{
			"24 June 1812 = 1812-06-24",
			"14 September ~ year+0 XXXX-09-14",
			"19 October ~ year+0 XXXX-10-19",
			"mid-December ~ year+0 XXXX-12 (mid)",
			"The previous winter ~ year-1 XXXX-24",
			"the next spring ~ year+1 XXXX-21",
		}},
		{"letters", benchProse[13], nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}

// TestDatesInvariants checks what every result must satisfy: spans inside
// the text, in order and not overlapping, each either absolute (EDTF that
// Bounds reads) or relative.
func TestDatesInvariants(t *testing.T) {
	texts := append([]string{dateBenchText(1 << 16)}, benchProse...)
	for _, tt := range dateCases {
		texts = append(texts, tt.text)
	}
	for _, text := range texts {
		checkInvariants(t, text, Dates(text))
	}
}

func checkInvariants(t *testing.T, text string, dates []Date) {
	t.Helper()
	end := 0
	for _, d := range dates {
		if d.Start < end || d.End <= d.Start || d.End > len(text) {
			t.Fatalf("span [%d,%d) out of order, empty or outside the text of %d bytes (previous end %d)", d.Start, d.End, len(text), end)
		}
		end = d.End
		if d.Shift == nil {
			if e, l := Bounds(d.EDTF, d.Mod); e == "" && l == "" {
				t.Errorf("%q: EDTF %q (mod %q) has no bounds", d.Text(text), d.EDTF, d.Mod)
			}
		}
	}
}

func TestBounds(t *testing.T) {
	tests := []struct {
		name, edtf, mod  string
		earliest, latest string
	}{
		{"year", "1958", "", "1958-01-01", "1958-12-31"},
		{"late year", "1958", "late", "1958-09-01", "1958-12-31"},
		{"early year", "1958", "early", "1958-01-01", "1958-04-30"},
		{"mid year", "1958", "mid", "1958-05-01", "1958-08-31"},
		{"end of year", "1958", "end", "1958-12-01", "1958-12-31"},
		{"start of year", "1958", "start", "1958-01-01", "1958-01-31"},
		{"by year", "1958", "by", "", "1958-12-31"},
		{"until year", "1958", "until", "", "1958-12-31"},
		{"before year", "1958", "before", "", "1957-12-31"},
		{"after year", "1958", "after", "1959-01-01", ""},
		{"since year", "1958", "since", "1958-01-01", ""},
		{"month", "1958-02", "", "1958-02-01", "1958-02-28"},
		{"leap month", "1960-02", "", "1960-02-01", "1960-02-29"},
		{"century leap rule", "1900-02", "", "1900-02-01", "1900-02-28"},
		{"early month", "1917-03", "early", "1917-03-01", "1917-03-11"},
		{"day", "1958-02-17", "", "1958-02-17", "1958-02-17"},
		{"after day", "1958-12-31", "after", "1959-01-01", ""},
		{"interval", "1958/1962", "", "1958-01-01", "1962-12-31"},
		{"interval of months", "1921-03/1921-06", "", "1921-03-01", "1921-06-30"},
		{"open end", "1958/..", "", "1958-01-01", ""},
		{"open start", "../1958", "", "", "1958-12-31"},
		{"decade", "195X", "", "1950-01-01", "1959-12-31"},
		{"mid decade", "196X", "mid", "1964-01-01", "1966-12-31"},
		{"early decade", "195X", "early", "1950-01-01", "1953-12-31"},
		{"century", "18XX", "", "1800-01-01", "1899-12-31"},
		{"late century", "17XX", "late", "1767-01-01", "1799-12-31"},
		{"millennium", "1XXX", "", "1000-01-01", "1999-12-31"},
		{"century BC", "-04XX", "", "-0499-01-01", "-0400-12-31"},
		{"first century BC", "-00XX", "", "-0099-01-01", "0000-12-31"},
		{"spring", "1921-21", "", "1921-03-01", "1921-05-31"},
		{"summer", "1921-22", "", "1921-06-01", "1921-08-31"},
		{"autumn", "1921-23", "", "1921-09-01", "1921-11-30"},
		{"winter", "1932-24", "", "1932-12-01", "1933-02-28"},
		{"winter into a leap year", "1931-24", "", "1931-12-01", "1932-02-29"},
		{"first quarter", "1958-33", "", "1958-01-01", "1958-03-31"},
		{"fourth quarter", "1958-36", "", "1958-10-01", "1958-12-31"},
		{"first half", "1959-40", "", "1959-01-01", "1959-06-30"},
		{"second half", "1959-41", "", "1959-07-01", "1959-12-31"},
		{"approximate", "1500~", "", "1500-01-01", "1500-12-31"},
		{"uncertain", "1548?", "", "1548-01-01", "1548-12-31"},
		{"approximate interval start", "0454~/0526", "", "0454-01-01", "0526-12-31"},
		{"before Christ", "-0043", "", "-0043-01-01", "-0043-12-31"},
		{"day before Christ", "-0043-03-15", "", "-0043-03-15", "-0043-03-15"},
		{"long year", "Y-11999", "", "-11999-01-01", "-11999-12-31"},
		{"nonsense", "nonsense", "", "", ""},
		{"empty", "", "", "", ""},
		{"unknown year", "XXXX-03-15", "", "", ""},
		{"impossible day", "1958-02-30", "", "", ""},
		{"backwards interval", "1962/1958", "", "", ""},
		{"digit after X", "XX3X", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, l := Bounds(tt.edtf, tt.mod)
			if e != tt.earliest || l != tt.latest {
				t.Errorf("Bounds(%q, %q) = %s..%s, want %s..%s", tt.edtf, tt.mod, e, l, tt.earliest, tt.latest)
			}
		})
	}
}

func TestShiftFrom(t *testing.T) {
	tests := []struct {
		name   string
		shift  Shift
		anchor string
		want   string
		ok     bool
	}{
		{"that year of a month", Shift{Unit: "year"}, "1958-02", "1958", true},
		{"years later from a day", Shift{Unit: "year", N: 2}, "1944-01-27", "1946", true},
		{"year before a range counts from its start", Shift{Unit: "year", N: -1}, "1958/1962", "1957", true},
		{"years after a range count from its end", Shift{Unit: "year", N: 2}, "1958/1961", "1963", true},
		{"that year of a range is no one year", Shift{Unit: "year"}, "1958/1961", "", false},
		{"that year of a winter", Shift{Unit: "year"}, "1932-24", "1932", true},
		{"that year of an approximate year", Shift{Unit: "year"}, "1500~", "1500~", true},
		{"years across the eras", Shift{Unit: "year", N: 50}, "-0043", "0007", true},
		{"that year of a decade", Shift{Unit: "year"}, "195X", "", false},
		{"months later", Shift{Unit: "month", N: 3}, "1958-11", "1959-02", true},
		{"months earlier", Shift{Unit: "month", N: -3}, "1958-02", "1957-11", true},
		{"months need a month", Shift{Unit: "month", N: 1}, "1958", "", false},
		{"days later", Shift{Unit: "day", N: 10}, "1941-12-28", "1942-01-07", true},
		{"days need a day", Shift{Unit: "day", N: 1}, "1941-12", "", false},
		{"the following week", Shift{Unit: "week", N: 1}, "1953-03-05", "1953-03-09/1953-03-15", true},
		{"the following Monday", Shift{Unit: "monday", N: 1}, "1953-03-05", "1953-03-09", true},
		{"the previous Monday", Shift{Unit: "monday", N: -1}, "1953-03-05", "1953-03-02", true},
		{"on Thursday, that day", Shift{Unit: "thursday"}, "1953-03-05", "1953-03-05", true},
		{"that decade", Shift{Unit: "decade"}, "1958", "195X", true},
		{"the following decade", Shift{Unit: "decade", N: 1}, "1958", "196X", true},
		{"that century", Shift{Unit: "century"}, "1958", "19XX", true},
		{"the next quarter", Shift{Unit: "quarter", N: 1}, "1958-11", "1959-33", true},
		{"a day of a year without one", Shift{Unit: "year", Fill: "XXXX-03-15"}, "1953", "1953-03-15", true},
		{"a day after an earlier one", Shift{Unit: "year", Fill: "XXXX-09-08"}, "1941-06-22", "1941-09-08", true},
		{"a day into the new year", Shift{Unit: "year", Fill: "XXXX-01-15"}, "1941-12", "1942-01-15", true},
		{"a day looked back on", Shift{Unit: "year", Fill: "XXXX-03-15"}, "1941-06", "1941-03-15", true},
		{"that winter of a year", Shift{Unit: "year", Fill: "XXXX-24"}, "1941", "1941-24", true},
		{"that winter in January", Shift{Unit: "year", Fill: "XXXX-24"}, "1942-01", "1941-24", true},
		{"the next spring of a year", Shift{Unit: "year", N: 1, Fill: "XXXX-21"}, "1921", "1922-21", true},
		{"the next spring of a February", Shift{Unit: "year", N: 1, Fill: "XXXX-21"}, "1921-02", "1921-21", true},
		{"the next spring of a day in spring", Shift{Unit: "year", N: 1, Fill: "XXXX-21"}, "1921-03-05", "1922-21", true},
		{"the previous winter of a year", Shift{Unit: "year", N: -1, Fill: "XXXX-24"}, "1933", "1932-24", true},
		{"the previous winter of a June", Shift{Unit: "year", N: -1, Fill: "XXXX-24"}, "1933-06", "1932-24", true},
		{"the previous winter in January", Shift{Unit: "year", N: -1, Fill: "XXXX-24"}, "1933-01-15", "1931-24", true},
		{"months of a year without one", Shift{Unit: "year", Fill: "XXXX-11/XXXX-03"}, "1941", "1941-11/1942-03", true},
		{"a leap day in a common year", Shift{Unit: "year", Fill: "XXXX-02-29"}, "1953", "", false},
		{"the thirties of a year", Shift{Unit: "decade", Fill: "XX3X"}, "1928", "193X", true},
		{"the thirties of the 1890s", Shift{Unit: "decade", Fill: "XX3X"}, "1898", "193X", true},
		{"the thirties of the 1840s", Shift{Unit: "decade", Fill: "XX3X"}, "1845", "183X", true},
		{"the thirties of a century", Shift{Unit: "decade", Fill: "XX3X"}, "18XX", "183X", true},
		{"days after a day without year", Shift{Unit: "day", N: 3, Fill: "XXXX-01-12"}, "1776", "1776-01-15", true},
		{"vague", Shift{Unit: "year", Vague: true}, "1958", "", false},
		{"no anchor", Shift{Unit: "year", N: 1}, "", "", false},
		{"open anchor", Shift{Unit: "year", N: 1}, "1958/..", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.shift.From(tt.anchor)
			if got != tt.want || ok != tt.ok {
				t.Errorf("%+v.From(%q) = %q, %v; want %q, %v", tt.shift, tt.anchor, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestDatesLongText checks that a long text, which Dates reads a block of
// paragraphs at a time, gives the same dates as its paragraphs read one by
// one: with blank lines between them, and with single line breaks only.
func TestDatesLongText(t *testing.T) {
	for _, sep := range []string{"\n\n", "\n", "\r\n\r\n"} {
		t.Run(strings.ReplaceAll(strings.ReplaceAll(sep, "\r", `\r`), "\n", `\n`), func(t *testing.T) {
			var b strings.Builder
			var want []string
			for i := 0; b.Len() < 300<<10; i++ {
				para := benchProse[i%len(benchProse)]
				offset := b.Len()
				for _, d := range Dates(para) {
					want = append(want, fmt.Sprintf("%d %s", offset+d.Start, describe(para, d)))
				}
				b.WriteString(para)
				b.WriteString(sep)
			}
			text := b.String()
			var got []string
			for _, d := range Dates(text) {
				got = append(got, fmt.Sprintf("%d %s", d.Start, describe(text, d)))
			}
			if len(got) != len(want) {
				t.Fatalf("%d dates in the whole text, %d in its paragraphs", len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("date %d: %s, paragraph by paragraph %s", i, got[i], want[i])
				}
			}
		})
	}
}
