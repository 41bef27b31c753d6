package dates

import (
	"strconv"
	"strings"
	"testing"
)

// benchProse is varied historical prose: passages dense with dates, and
// passages with numbers, names and no dates at all, as real sources mix
// them.
var benchProse = []string{
	`The siege of Leningrad began on 8 September 1941, when German and Finnish forces cut the last land route into the city. By the winter of 1941–42 the daily bread ration had fallen to 250 grams. The blockade was broken in January 1943 and lifted on 27 January 1944, after 872 days. Two years later the city was awarded the title of Hero City.`,
	`Julius Caesar was assassinated on the Ides of March, 44 BC, and Augustus ruled from 27 BC to AD 14. The Western Roman Empire fell in AD 476, though the eastern half survived until 1453. In the late fifth century the Ostrogoths under Theodoric (c. 454–526) held Italy.`,
	`The potato blight first appeared in September 1845. The following year the crop failed almost completely, and by 1847 soup kitchens fed over 3 million people a day (see p. 45 and note [12]). Roughly one million people died between 1845 and 1852, and more than a million emigrated in the decade that followed.`,
	`Production of grain in the province rose from 8.9 million tons to 17.9 million tons, while the 1500 men of the garrison were sent north. Route 66 ran for 2,448 miles. The committee met 12 times and approved 1958 tractors for the collective farms; they may march again if the quota is not met.`,
	`In the mid-1960s the Cultural Revolution swept through the schools. During the 1970s the reforms of Deng Xiaoping (1904–1997) opened the economy, and by the end of the twentieth century China had become a major exporter. In spring 1989 students gathered in Tiananmen Square; on 4 June 1989 the army cleared it.`,
	`The Black Death reached Messina in October 1347 and England in the summer of 1348. Between a third and a half of Europe's population died by 1351. The Statute of Labourers (1351) tried to fix wages at their levels of 1346, and the revolt of 1381 followed three decades later.`,
	`The printing press spread rapidly after c. 1450; by 1500 more than 250 towns had presses, and some 20 million volumes had been printed. Luther posted his theses on 31 October 1517. The Peace of Augsburg of 1555 let each prince choose the religion of his lands, a settlement that lasted until the Thirty Years' War (1618–48).`,
	`Parliament met on 3 November 1640 and sat, with interruptions, until March 1660. The king was executed on 30 January 1649. The Restoration came the next spring, and Charles II entered London on his birthday, 29 May 1660. The Great Fire of London began on 2 September 1666 and burned for four days.`,
	`The Meiji government abolished the domains in 1871 and introduced conscription in January 1873. In the 1880s the state sold its factories to private firms; the constitution was promulgated on 11 February 1889. Japan defeated China in 1894–95 and Russia in 1904–05.`,
	`Average wages fell by 12 percent and prices rose by a third. The mill employed 450 hands, 300 of them women, and ran 16 hours a day. A loom cost £120; a weaver earned 8 shillings a week. Nothing in the ledgers says what became of the apprentices, nor how many of them were orphans sent from the parish.`,
	`Napoleon crossed the Niemen on 24 June 1812 with some 600,000 men. He entered Moscow on 14 September; the retreat began on 19 October, and by mid-December fewer than 100,000 men had recrossed the river. The previous winter had been mild; the next spring brought a new coalition against him.`,
	`The Great Depression began with the crash of October 1929. Unemployment in the United States peaked at about 25 percent in 1933, the year Roosevelt took office. The New Deal programmes of 1933–1938 employed millions; by the late 1930s recovery was under way, though it was not complete until the early 1940s.`,
	`Archaeologists date the earliest layers of the city to c. 3000 BC and the walls to the third millennium BC. The temple was rebuilt in the 6th century BC and again under Herod, from 20 BC onwards. Pottery from the eighth and seventh centuries BC fills the lower strata.`,
	`Letters from the front arrived irregularly. "We march at dawn," one soldier wrote; another said that the men may be relieved soon. The censor struck out place names, regiment numbers and, often, whole pages: 14 of the 32 letters in the collection are more than half blank.`,
}

// dateBenchText repeats the prose, each copy numbered so that no two are the
// same, until it is at least size bytes long.
func dateBenchText(size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString("Section ")
		b.WriteString(strconv.Itoa(i))
		b.WriteString(".\n\n")
		b.WriteString(benchProse[i%len(benchProse)])
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkDates runs the date extractor alone over about 2 MB of prose and
// reports its speed in MB/s (go test -bench BenchmarkDates -cpu 1 ./extract).
func BenchmarkDates(b *testing.B) {
	text := dateBenchText(2 << 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		Dates(text)
	}
}
