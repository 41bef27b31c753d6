package quantities

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/extract/dates"
)

// benchPassages are varied sentences of historical prose: every form the
// quantity grammar reads, and many words it must pass over.
var benchPassages = []string{
	"The Black Death reached Europe in 1347 and killed between 25 and 50 million people, perhaps a third of the population, in the five years that followed.",
	"Florence lost as much as 60 percent of its people, and Siena some 50 per cent.",
	"By late 1958, 600,000 backyard furnaces had been built throughout China, and they produced millions of tons of unusable metal.",
	"More than 500 million peasants, or more than 98 percent of the rural population, were organized into 26,000 People’s Communes.",
	"Economists estimated that the economy had declined by $66 billion, and that more than 30 million people had died of starvation.",
	"The Marshall Plan gave Western Europe about $13.3 billion (£3.3bn at the time) between 1948 and 1952.",
	"Germany was ordered to pay 132 billion gold marks in reparations under the London Schedule of Payments of 1921.",
	"The Great Irish Famine reduced the population of Ireland by about a quarter: roughly one million people died and a million more emigrated.",
	"Grain output fell from 200 million tonnes in 1958 to 143.5 million tonnes in 1960, while procurement rose to 67.4 million tonnes.",
	"The siege of Leningrad lasted 872 days; the daily bread ration fell to 125 grams, and between 800,000 and 1.5 million civilians died.",
	"Napoleon crossed the Niemen with some 450,000 men, and fewer than 40,000 recrossed it in December 1812.",
	"The Roman road network ran to over 80,000 kilometres, of which about 14,000 km lay in Italy.",
	"Under the First Five-Year Plan, steel output tripled and coal production roughly doubled, while wages fell twofold.",
	"At least 1.5 million Armenians were killed, though estimates range from 600,000 to 1.5 million.",
	"Hyperinflation in 1923 drove the price of a loaf of bread to 200,000 million marks.",
	"The Louisiana Purchase added 828,000 square miles to the United States for $15 million, less than three cents an acre.",
	"The Dust Bowl displaced up to 2.5 million people; topsoil losses reached 480 tons per acre in places.",
	"The Bengal famine of 1943 killed an estimated 2.1 to 3 million people out of a population of 60.3 million.",
	"Roughly one in four Cambodians died under the Khmer Rouge, perhaps 1.7 million people in all.",
	"The East India Company's revenue reached £3 million, some 30 lakh rupees more than the previous year.",
	"Mao called on the Chinese people to “walk on two legs,” and the cadres competed with one another.",
	"The Second World War, the Twentieth Party Congress and Route 66 carry numbers that count nothing.[12] See p. 45 and pp. 12–14.",
	"Casualties at the Somme exceeded 1,000,000 on both sides; on the first day alone the British lost 57,470 men.",
	"Athens fielded two hundred triremes, a fleet of some forty thousand rowers, at a cost of a talent a month per ship.",
	"The population of Edo passed a million in the 1720s, twice that of London at the time.",
	"The harvest of 1932 was tens of thousands of tons short, and hundreds of villages starved.",
	"Japanese forces took 130,000 prisoners at Singapore, and the rubber estates covered 1.3 million hectares.",
	"Real wages rose 3.5% a year, unemployment fell to 4.2 per cent, and GDP grew 5 percentage points faster than in 1929.",
	"The Great Wall stretched for 21,196 km; the Grand Canal ran 1,776 kilometres and carried half a million tonnes of grain.",
	"Britain spent £1.1 trillion in today's money, and the United States lent it US$4.3 billion at 2 percent interest.",
}

// quantityBenchText joins the passages, the sample and the fixtures into a text of
// about size bytes, each copy of a passage with numbers of its own.
func quantityBenchText(tb testing.TB, size int) string {
	var parts []string
	parts = append(parts, benchPassages...)
	for _, name := range []string{"../../testdata/great-leap-forward.txt", "../../testdata/corpus/siege-of-leningrad.txt",
		"../../testdata/corpus/irish-famine.md", "../../testdata/corpus/black-death-bom.txt"} {
		raw, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		parts = append(parts, string(raw))
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(parts[i%len(parts)])
		b.WriteString(" Copy ")
		b.WriteString(strconv.Itoa(i))
		b.WriteString(" of it.\n\n")
	}
	return b.String()
}

// BenchmarkQuantities runs the quantity extractor alone over a 2 MB text of
// varied historical prose, with its dates found beforehand; MB/s is the
// figure to watch (the target is over 10 MB/s on one core).
func BenchmarkQuantities(b *testing.B) {
	text := quantityBenchText(b, 2<<20)
	dates := dates.Dates(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Quantities(text, dates)
	}
}
