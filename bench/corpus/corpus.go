// Package corpus generates varied, synthetic historical prose for benchmarks
// and tests: sources with titles, paragraphs, captions and lists, full of the
// names, dates (absolute and relative), numeric claims and aliases that
// factsheet looks for. The same seed always gives the same text; none of it
// is copied from anywhere.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Source is one generated source: a file name and its text.
type Source struct {
	Name string
	Text string
}

// Generator makes sources from a seed.
type Generator struct {
	r *rand.Rand
}

// New returns a generator seeded with seed.
func New(seed uint64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Corpus returns n sources of about avg bytes each (sizes vary from a fifth
// to three times avg).
func (g *Generator) Corpus(n, avg int) []Source {
	out := make([]Source, 0, n)
	g.Each(n, avg, func(s Source) { out = append(out, s) })
	return out
}

// Each makes the sources Corpus makes, one at a time, and gives each to
// use, so that a large corpus is never held in memory whole.
func (g *Generator) Each(n, avg int, use func(Source)) {
	for i := range n {
		size := avg/5 + g.r.IntN(avg*3-avg/5+1)
		use(Source{Name: fmt.Sprintf("source-%04d.txt", i+1), Text: g.Text(size)})
	}
}

// Text returns a source of at least size bytes: a title line, then
// paragraphs separated by blank lines, with now and then a caption, a list
// or a heading.
func (g *Generator) Text(size int) string {
	var b strings.Builder
	st := g.newStory()
	b.WriteString(st.title())
	b.WriteString("\n\n")
	for b.Len() < size {
		switch g.r.IntN(12) {
		case 0:
			b.WriteString(st.caption())
		case 1:
			b.WriteString(st.list())
		case 2:
			b.WriteString(st.heading())
		default:
			b.WriteString(st.paragraph())
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// story keeps what a source is about, so that its sentences return to the
// same people, places and years as a real text does.
type story struct {
	g       *Generator
	people  []person
	places  []string
	orgs    [][2]string // name, acronym
	year    int
	defined map[string]bool
}

type person struct{ first, last string }

func (g *Generator) newStory() *story {
	s := &story{g: g, year: 1500 + g.r.IntN(470), defined: map[string]bool{}}
	for range 2 + g.r.IntN(4) {
		s.people = append(s.people, person{pick(g, firstNames), pick(g, lastNames)})
	}
	for range 2 + g.r.IntN(4) {
		s.places = append(s.places, pick(g, places))
	}
	for range 1 + g.r.IntN(2) {
		s.orgs = append(s.orgs, orgs[g.r.IntN(len(orgs))])
	}
	return s
}

func pick(g *Generator, list []string) string { return list[g.r.IntN(len(list))] }

func (s *story) title() string {
	return fmt.Sprintf("The %s of %s, %d–%d", pick(s.g, titleNouns), s.places[0], s.year, s.year+1+s.g.r.IntN(12))
}

func (s *story) heading() string {
	noun := pick(s.g, titleNouns)
	return "## " + strings.ToUpper(noun[:1]) + noun[1:] + " and " + pick(s.g, commodities)
}

func (s *story) caption() string {
	p := s.person()
	return fmt.Sprintf("%s %s in %s, %d", p.first, p.last, s.place(), s.year+s.g.r.IntN(5))
}

func (s *story) list() string {
	var lines []string
	for range 2 + s.g.r.IntN(3) {
		lines = append(lines, "- "+s.quantity()+" "+pick(s.g, listTails)+" "+s.place())
	}
	return strings.Join(lines, "\n")
}

func (s *story) paragraph() string {
	var sents []string
	for range 2 + s.g.r.IntN(6) {
		sents = append(sents, s.sentence())
	}
	return strings.Join(sents, " ")
}

func (s *story) person() person { return s.people[s.g.r.IntN(len(s.people))] }
func (s *story) place() string  { return s.places[s.g.r.IntN(len(s.places))] }

// name is a person's full name the first time, and often the surname after.
func (s *story) name() string {
	p := s.person()
	full := p.first + " " + p.last
	if s.defined[full] && s.g.r.IntN(2) == 0 {
		return p.last
	}
	s.defined[full] = true
	return full
}

// org is an organisation's full name with its acronym defined the first
// time, and either after.
func (s *story) org() string {
	o := s.orgs[s.g.r.IntN(len(s.orgs))]
	if !s.defined[o[0]] {
		s.defined[o[0]] = true
		return "the " + o[0] + " (" + o[1] + ")"
	}
	if s.g.r.IntN(2) == 0 {
		return "the " + o[1]
	}
	return "the " + o[0]
}

// date is an absolute date of one of many forms, which moves the story's
// year on now and then.
func (s *story) date() string {
	g := s.g
	if g.r.IntN(3) == 0 {
		s.year += g.r.IntN(3)
	}
	y := s.year
	switch g.r.IntN(12) {
	case 0:
		return fmt.Sprintf("in %d", y)
	case 1:
		return fmt.Sprintf("in %s %d", pick(g, months), y)
	case 2:
		return fmt.Sprintf("on %d %s %d", 1+g.r.IntN(28), pick(g, months), y)
	case 3:
		return fmt.Sprintf("on %s %d, %d", pick(g, months), 1+g.r.IntN(28), y)
	case 4:
		return fmt.Sprintf("between %d and %d", y, y+1+g.r.IntN(5))
	case 5:
		return fmt.Sprintf("in %d–%02d", y, (y+1+g.r.IntN(6))%100)
	case 6:
		return fmt.Sprintf("in %s %d", pick(g, []string{"late", "early", "mid-"}), y)
	case 7:
		return fmt.Sprintf("by the end of %d", y)
	case 8:
		return fmt.Sprintf("in the %ds", y/10*10)
	case 9:
		return fmt.Sprintf("in the spring of %d", y)
	case 10:
		return fmt.Sprintf("around %d", y)
	}
	return fmt.Sprintf("during the winter of %d–%02d", y, (y+1)%100)
}

func (s *story) relative() string {
	return pick(s.g, relatives)
}

// quantity is a numeric claim: a number of many forms with a unit or a
// counted noun.
func (s *story) quantity() string {
	g := s.g
	n := 2 + g.r.IntN(980)
	switch g.r.IntN(14) {
	case 0:
		return fmt.Sprintf("%s %d,%03d %s", pick(g, qualifiers), n, g.r.IntN(1000), pick(g, counted))
	case 1:
		return fmt.Sprintf("%d %s", n, pick(g, counted))
	case 2:
		return fmt.Sprintf("%s %d million %s", pick(g, qualifiers), 1+g.r.IntN(90), pick(g, counted))
	case 3:
		return fmt.Sprintf("%d percent of the %s", 1+g.r.IntN(99), pick(g, wholes))
	case 4:
		return fmt.Sprintf("$%d.%d billion", 1+g.r.IntN(80), g.r.IntN(10))
	case 5:
		return fmt.Sprintf("£%d,%03d", n, g.r.IntN(1000))
	case 6:
		return fmt.Sprintf("%d,%03d tonnes of %s", n, g.r.IntN(1000), pick(g, commodities))
	case 7:
		return fmt.Sprintf("%d kilometres", n)
	case 8:
		return fmt.Sprintf("between %d and %d %s", n, n+10+g.r.IntN(200), pick(g, counted))
	case 9:
		return fmt.Sprintf("a third of the %s", pick(g, wholes))
	case 10:
		return fmt.Sprintf("%s thousand %s", pick(g, numberWords), pick(g, counted))
	case 11:
		return fmt.Sprintf("%d per cent", 1+g.r.IntN(99))
	case 12:
		return fmt.Sprintf("millions of tons of %s", pick(g, commodities))
	}
	return fmt.Sprintf("%d.%d million %s", 1+g.r.IntN(20), g.r.IntN(10), pick(g, counted))
}

func (s *story) sentence() string {
	g := s.g
	cap := func(x string) string { return strings.ToUpper(x[:1]) + x[1:] }
	switch g.r.IntN(16) {
	case 0:
		return fmt.Sprintf("%s, %s %s %s %s.", cap(s.date()), s.name(), pick(g, verbs), s.quantity(), s.placePhrase())
	case 1:
		return fmt.Sprintf("According to %s, %s had %s %s.", s.name(), s.quantity(), pick(g, passives), s.date())
	case 2:
		return fmt.Sprintf("%s %s that %s had %s %s.", cap(s.org()), pick(g, reporting), s.quantity(), pick(g, passives), s.relative())
	case 3:
		return fmt.Sprintf("%s, %s %s.", cap(s.relative()), s.name(), pick(g, actions))
	case 4:
		return fmt.Sprintf("The %s of %s %s by %s %s.", pick(g, measures), s.place(), pick(g, changes), s.quantity(), s.date())
	case 5:
		return fmt.Sprintf("%s %s the %s of %s %s, %s.", s.name(), pick(g, actions), pick(g, titleNouns), s.place(), s.date(), pick(g, asides))
	case 6:
		return fmt.Sprintf("In %s, %s %s were %s.", s.place(), s.quantity(), pick(g, counted), pick(g, passives))
	case 7:
		return fmt.Sprintf("%s and %s met at %s %s, where they agreed on %s.", s.name(), s.name(), s.place(), s.date(), pick(g, agreements))
	case 8:
		return fmt.Sprintf("The %s %s %s, %s.", pick(g, titleNouns), pick(g, passives), s.date(), pick(g, asides))
	case 9:
		return fmt.Sprintf("%s the %s reached %s, %s than %s.", cap(s.relative()), pick(g, measures), s.quantity(), pick(g, comparatives), s.relative())
	case 10:
		return fmt.Sprintf("%s %s %s, but %s %s.", cap(s.org()), pick(g, actions), s.date(), s.name(), pick(g, actions))
	case 11:
		return fmt.Sprintf("Some %s had %s %s.", pick(g, counted), pick(g, passives), s.placePhrase())
	case 12:
		return fmt.Sprintf("%q, %s wrote %s.", cap(pick(g, quotes)), s.name(), s.date())
	case 13:
		return fmt.Sprintf("%s it cost %s, %s.", cap(s.date()), s.quantity(), pick(g, asides))
	case 14:
		return fmt.Sprintf("Mr. %s of %s %s %s.", s.person().last, s.place(), pick(g, actions), s.relative())
	}
	return fmt.Sprintf("%s %s %s %s (%s).", s.name(), pick(g, verbs), s.quantity(), s.placePhrase(), pick(g, asides))
}

func (s *story) placePhrase() string {
	return pick(s.g, prepositions) + " " + s.place()
}

var (
	firstNames   = []string{"John", "Mary", "Zhou", "Li", "Catherine", "Otto", "Henri", "Isabella", "Ahmed", "Kwame", "Sofia", "Pyotr", "Hiroshi", "Amara", "Giuseppe", "Elizabeth", "Thomas", "Wilhelm", "Rosa", "Jawaharlal", "Simón", "Ada", "Nikolai", "Fatima", "Samuel", "Margaret", "Kofi", "Ivan", "Anne", "Charles"}
	lastNames    = []string{"Smith", "Enlai", "Bismarck", "Dunant", "Okafor", "Tanaka", "Garibaldi", "Nehru", "Bolívar", "Lovelace", "Petrov", "Nkrumah", "Pankhurst", "Luxemburg", "Stolypin", "Wellesley", "Hargreaves", "Dumas", "Medici", "Ferreira", "Kowalski", "Haddad", "Lindqvist", "O'Brien", "Van der Berg", "MacLeod", "Ibarra", "Castellanos", "Yamamoto", "Fairfax"}
	places       = []string{"London", "Paris", "Peking", "Canton", "Calcutta", "Bombay", "Lagos", "Vienna", "Prussia", "Bavaria", "Lisbon", "Rio de Janeiro", "Buenos Aires", "Manchester", "Glasgow", "Leningrad", "Ceylon", "Shanghai", "Cairo", "Istanbul", "Kyoto", "Naples", "Florence", "Venice", "Boston", "Philadelphia", "Quebec", "Lima", "Mexico City", "Madras", "Hunan", "Saxony", "Flanders", "Silesia", "Bengal", "Anatolia"}
	orgs         = [][2]string{{"East India Company", "EIC"}, {"League of Nations", "LoN"}, {"International Red Cross", "ICRC"}, {"Royal Navy", "RN"}, {"Communist Party of China", "CPC"}, {"Hudson's Bay Company", "HBC"}, {"World Health Organization", "WHO"}, {"Bank of England", "BoE"}}
	titleNouns   = []string{"famine", "revolution", "treaty", "siege", "rebellion", "census", "reform", "expedition", "blockade", "epidemic", "strike", "migration", "harvest", "war", "exhibition", "uprising"}
	months       = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	relatives    = []string{"that year", "the same year", "the following year", "two years later", "a decade earlier", "three months after", "the next day", "later that year", "the year before", "within a year", "ten days later", "the following spring"}
	qualifiers   = []string{"more than", "about", "nearly", "at least", "fewer than", "some", "an estimated", "up to", "roughly", "over", "almost", "no fewer than"}
	counted      = []string{"people", "soldiers", "peasants", "workers", "ships", "horses", "muskets", "families", "villages", "refugees", "prisoners", "students", "looms", "furnaces", "acres", "books", "letters", "sailors", "miners", "households"}
	wholes       = []string{"population", "harvest", "budget", "workforce", "army", "electorate", "fleet", "land"}
	commodities  = []string{"grain", "steel", "cotton", "coal", "rice", "tea", "silver", "wool", "timber", "sugar", "iron", "salt"}
	numberWords  = []string{"twenty", "forty", "sixty-five", "three hundred", "twelve", "eighty", "two hundred and fifty"}
	verbs        = []string{"brought", "sent", "recruited", "lost", "counted", "shipped", "ordered", "raised", "sold", "reported"}
	passives     = []string{"died", "been killed", "been deported", "been built", "arrived", "been sold", "been recorded", "fled", "been lost", "been resettled"}
	reporting    = []string{"reported", "claimed", "estimated", "announced", "denied", "admitted", "stated"}
	actions      = []string{"resigned", "returned to the capital", "signed the agreement", "was arrested", "fled abroad", "published a pamphlet", "dissolved the assembly", "opened negotiations", "raised new taxes", "lost the election"}
	measures     = []string{"output", "population", "price of bread", "death rate", "national debt", "grain harvest", "number of strikes", "export of tea", "army"}
	changes      = []string{"rose", "fell", "grew", "declined", "increased", "dropped"}
	asides       = []string{"as the newspapers noted", "a figure later disputed", "which few historians accept", "if the census can be trusted", "the highest on record", "according to official figures", "though the records are incomplete"}
	agreements   = []string{"a ceasefire", "new tariffs", "the exchange of prisoners", "a loan", "the borders", "a common currency"}
	comparatives = []string{"far more", "somewhat less", "twice as much", "much higher", "lower"}
	quotes       = []string{"we shall not yield an inch", "the harvest has failed everywhere", "the numbers are greatly exaggerated", "nobody knows how many died", "the city cannot hold out"}
	prepositions = []string{"to", "from", "in", "across", "near", "outside"}
	listTails    = []string{"arrived in", "left", "were counted in", "were sent to", "died in"}
)
