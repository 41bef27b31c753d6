package entities

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// The word lists behind the entity rules. Each list says what a word tells
// about the capitalised name it stands in or next to.

// personTitles stand before a person's name and are not part of it
// ("Soviet leader Nikita Khrushchev", "Gen. Georgy Zhukov" → "Georgy
// Zhukov"): the titles in full, and the abbreviated ones with and without
// their full stop. Royal and religious styles that historians write as part
// of the name ("Queen Victoria", "Pope Pius XII", "Emperor Meiji") are not
// here.
var personTitles = func() map[string]bool {
	m := lex.SetOf(
		"Professor", "General", "Generalissimo", "Colonel", "Lieutenant", "Captain",
		"Major", "Sergeant", "Admiral", "Marshal", "Field",
		"Commander", "Commodore", "Brigadier", "President", "Vice", "Premier",
		"Chancellor", "Chairman", "Chairwoman", "Secretary", "Minister", "Prime",
		"Governor", "Senator", "Ambassador", "Mayor", "Judge", "Justice", "Comrade",
		"Madame", "Monsieur", "Herr", "Frau", "Señor", "Sir", "Dame", "Lord",
		"Lady", "Reverend", "Father", "Bishop", "Archbishop", "Cardinal",
		"Ayatollah", "Imam", "Rabbi", "Sheikh", "Shaykh", "Mullah", "Marquis",
		"Count", "Countess", "Baron", "Baroness", "Viscount", "Duke", "Duchess",
		"Earl", "Prince", "Princess", "Chief", "Leader", "Deputy", "Foreign",
		"Defence", "Defense", "War", "Party", "Supreme", "Kaiser", "Miss",
		// Offices and trades the newspapers of the nineteenth century
		// write before a name: "Patrolman Kellar", "Fireman John Casey".
		"Patrolman", "Policeman", "Fireman", "Clerk", "Detective", "Constable", "Inspector", "Alderman",
		"Councilman", "Sheriff", "Trooper", "Private", "Corporal", "Chaplain", "Doctor", "Coroner",
		"Warden", "Superintendent", "Commissioner", "Treasurer", "Comptroller", "Auditor", "Congressman",
		"Assemblyman", "Deacon", "Squire", "Officer", "Engineer", "Conductor",
		"Archdeacon", "Rector", "Vicar", "Curate", "Dean", "Canon", "Viceroy", "Magistrate", "Solicitor",
	)
	for _, t := range lex.TitleAbbreviations {
		m[t], m[t+"."] = true, true
	}
	return m
}()

// titleOnlyBefore are title words that open a name only as part of a
// longer title ("Prime Minister", "Field Marshal", "Foreign Minister"): on
// their own they are ordinary words.
var titleOnlyBefore = lex.SetOf("Prime", "Field", "Vice", "Foreign", "Defence", "Defense", "War", "Party", "Supreme", "Deputy", "Chief", "Leader")

// givenNames are first names common in historical writing: a capitalised
// run that opens with one is a person.
var givenNames = lex.SetOf(
	"Adam", "Adolf", "Albert", "Alexander", "Alexandra", "Alexei", "Alfred", "Alice", "Andrei", "Andrew", "Anna", "Anne",
	"Anton", "Antonio", "Arthur", "Augusto", "Benito", "Benjamin", "Bernard", "Boris", "Carl", "Carlos", "Catherine",
	"Charles", "Charlotte", "Christian", "Christopher", "Clara", "Clement", "Daniel", "David", "Dmitri", "Dmitry",
	"Edward", "Eleanor", "Elizabeth", "Emile", "Emma", "Ernest", "Ernesto", "Eugene", "Felix", "Ferdinand",
	"Francis", "Francisco", "Franz", "Frederick", "Friedrich", "Fyodor", "Georg", "George", "Georges", "Georgy",
	"Georgi", "Gerald", "Giovanni", "Giuseppe", "Gregory", "Grigory", "Gustav", "Hans", "Harold", "Harry",
	"Heinrich", "Helen", "Henri", "Henry", "Herbert", "Hermann", "Hugh", "Ivan", "Jacques", "Jakob", "James",
	"Jan", "Jane", "Jean", "Johann", "Johannes", "John", "Joseph", "Josef", "Juan", "Julius", "Karl", "Katherine",
	"Klaus", "Konstantin", "Kwame", "Lavrentiy", "Leo", "Leon", "Leonid", "Lev", "Louis", "Louise", "Ludwig",
	"Luis", "Margaret", "Maria", "Marie", "Mark", "Martin", "Mary", "Matthew", "Maximilian", "Michael",
	"Mikhail", "Mohammed", "Muhammad", "Nelson", "Nicholas", "Nikita", "Nikolai", "Oliver", "Otto", "Patrick",
	"Paul", "Pavel", "Peter", "Philip", "Philippe", "Pierre", "Pyotr", "Ralph", "Richard", "Robert", "Rosa",
	"Samuel", "Sergei", "Sergey", "Simon", "Sophia", "Stefan", "Stephen", "Thomas", "Vasily", "Viktor",
	"Vladimir", "Walter", "Wilhelm", "William", "Winston", "Yuri", "Zhou",
)

// functionWords are words that are capitalised only because they open a
// sentence or a heading: never a name on their own.
var functionWords = lex.SetOf(
	"A", "About", "According", "Across", "After", "Afterwards", "Again", "Against", "Ahead", "All", "Almost",
	"Along", "Already", "Also", "Although", "Always", "Among", "An", "And", "Another", "Any", "Anyone",
	"Are", "Around", "As", "At", "Back", "Be", "Because", "Been", "Before", "Behind", "Being", "Below",
	"Beneath", "Beside", "Besides", "Between", "Beyond", "Both", "But", "By", "Can", "Consequently",
	"Could", "Despite", "Did", "Do", "Does", "During", "Each", "Earlier", "Either", "Elsewhere", "Even",
	"Eventually", "Ever", "Every", "Everyone", "Everything", "Except", "Few", "Finally", "First", "Following",
	"For", "Former", "Formerly", "From", "Further", "Furthermore", "Had", "Has", "Have", "Having", "He",
	"Hence", "Her", "Here", "Hers", "Herself", "Him", "Himself", "His", "How", "However", "I", "If", "In",
	"Including", "Indeed", "Initially", "Inside", "Instead", "Into", "Is", "It", "Its", "Itself", "Just",
	"Last", "Later", "Latter", "Least", "Less", "Like", "Many", "May", "Meanwhile", "Might", "More",
	"Moreover", "Most", "Much", "Must", "My", "Near", "Nearly", "Neither", "Never", "Nevertheless", "Next",
	"No", "None", "Nonetheless", "Nor", "Not", "Nothing", "Now", "Of", "Off", "Often", "On", "Once", "One",
	"Only", "Onto", "Or", "Other", "Others", "Otherwise", "Our", "Out", "Outside", "Over", "Overall", "Own",
	"Per", "Perhaps", "Rather", "Same", "Second", "Several", "Shall", "She", "Should", "Similarly", "Since",
	"So", "Some", "Someone", "Something", "Soon", "Still", "Such", "Than", "That", "The", "Their", "Theirs",
	"Them", "Themselves", "Then", "There", "Thereafter", "Therefore", "These", "They", "Third", "This",
	"Those", "Though", "Through", "Throughout", "Thus", "To", "Today", "Together", "Too", "Toward", "Towards",
	"Ultimately", "Under", "Unlike", "Until", "Up", "Upon", "Us", "Very", "Was", "We", "Were", "What",
	"Whatever", "When", "Whenever", "Where", "Whereas", "Whether", "Which", "While", "Who", "Whom", "Whose",
	"Why", "Will", "With", "Within", "Without", "Would", "Yet", "You", "Your", "Yes", "Two", "Three", "Four",
	"Five", "Six", "Seven", "Eight", "Nine", "Ten", "Hundreds", "Thousands", "Millions", "Dozens", "Tens",
	"Estimates", "Estimated", "Estimate", "Afraid", "Although", "Unable", "Faced", "Unlike", "Having",
	"Under", "Amid", "Amidst", "Following", "Given", "Led", "Based", "Born", "Known", "Called", "Seen",
)

// connectors are lower-case words that may stand inside a name between
// capitalised words: "Republic of China", "Charles de Gaulle", "Otto von
// Bismarck", "Peter the Great".
var connectors = lex.SetOf("of", "de", "du", "des", "da", "di", "do", "dos", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ibn", "y", "zu", "ter", "and", "for", "on", "upon", "the", "in", "au", "aux", "et")

// particles may open a name ("de Gaulle", "von Papen").
var particles = lex.SetOf("de", "du", "da", "van", "von", "al", "el", "bin", "ibn", "ter")

// epithets follow "the" in a ruler's name: "Peter the Great".
var epithets = lex.SetOf("Great", "Terrible", "Conqueror", "Magnificent", "Elder", "Younger", "Bold", "Wise", "Good", "Pious", "Lionheart", "Confessor", "Fair", "Navigator", "Liberator", "Younger", "Unready")

// ofHeads are words that take "of" inside a name, with the label the whole
// name gets: "Battle of Hastings" EVENT, "Treaty of Nanking" LAW, "Republic
// of Korea" GPE, "Bank of England" ORG, "Gulf of Tonkin" LOC.
var ofHeads = map[string]string{
	"Battle": "EVENT", "Battles": "EVENT", "Siege": "EVENT", "Sack": "EVENT", "Fall": "EVENT", "Massacre": "EVENT",
	"Storming": "EVENT", "War": "EVENT", "Wars": "EVENT", "Revolt": "EVENT", "Revolution": "EVENT",
	"Revolutions": "EVENT", "Congress": "EVENT", "Conference": "EVENT", "Council": "EVENT", "Diet": "EVENT",
	"Rape": "EVENT", "Partition": "EVENT", "Invasion": "EVENT", "Occupation": "EVENT", "Blockade": "EVENT",
	"Uprising": "EVENT", "Rebellion": "EVENT", "Famine": "EVENT", "Reign": "EVENT", "Liberation": "EVENT",
	"Treaty": "LAW", "Peace": "LAW", "Edict": "LAW", "Act": "LAW", "Acts": "LAW", "Declaration": "LAW",
	"Convention": "LAW", "Charter": "LAW", "Statute": "LAW", "Bill": "LAW", "Proclamation": "LAW",
	"Concordat": "LAW", "Constitution": "LAW", "Code": "LAW", "Union": "GPE", "District": "GPE",
	"Republic": "GPE", "Kingdom": "GPE", "Empire": "GPE", "Duchy": "GPE", "Principality": "GPE",
	"Emirate": "GPE", "Caliphate": "GPE", "Sultanate": "GPE", "Khanate": "GPE", "Federation": "GPE",
	"Commonwealth": "GPE", "Dominion": "GPE", "Territory": "GPE", "Protectorate": "GPE", "Colony": "GPE",
	"Province": "GPE", "State": "GPE", "States": "GPE", "County": "GPE", "City": "GPE", "Electorate": "GPE",
	"Sea": "LOC", "Gulf": "LOC", "Bay": "LOC", "Isle": "LOC", "Cape": "LOC", "Lake": "LOC", "Mount": "LOC",
	"Strait": "LOC", "Straits": "LOC", "Isthmus": "LOC", "Plain": "LOC", "Valley": "LOC", "Desert": "LOC",
	"Peninsula": "LOC", "Islands": "LOC", "Archipelago": "LOC", "River": "LOC", "Mouth": "LOC",
	"Bank": "ORG", "University": "ORG", "Church": "ORG", "Ministry": "ORG", "Department": "ORG",
	"League": "ORG", "Order": "ORG", "Knights": "ORG", "Society": "ORG", "Academy": "ORG", "Institute": "ORG",
	"Bureau": "ORG", "Office": "ORG", "Committee": "ORG", "Commission": "ORG", "House": "ORG", "Court": "ORG",
	"Parliament": "ORG", "Assembly": "ORG", "Chamber": "ORG", "Board": "ORG", "Museum": "ORG",
	"Army": "ORG", "Party": "ORG", "Organization": "ORG", "Organisation": "ORG", "Association": "ORG",
	"Palace": "FAC", "Cathedral": "FAC", "Tower": "FAC", "Bridge": "FAC", "Temple": "FAC", "Gate": "FAC",
	"Abbey": "FAC", "Basilica": "FAC", "Hall": "FAC",
	"Duke": "PERSON", "Duchess": "PERSON", "Earl": "PERSON", "Prince": "PERSON", "Princess": "PERSON",
	"Marquess": "PERSON", "Archbishop": "PERSON", "Bishop": "PERSON",
}

// lastHeads are last words that give a capitalised name its label: "Lushan
// Conference" EVENT, "Communist Party" ORG, "Yangtze River" LOC, "Winter
// Palace" FAC, "Treaty" LAW.
var lastHeads = map[string]string{
	"War": "EVENT", "Wars": "EVENT", "Revolution": "EVENT", "Rebellion": "EVENT", "Uprising": "EVENT",
	"Revolt": "EVENT", "Mutiny": "EVENT", "Massacre": "EVENT", "Famine": "EVENT", "Plague": "EVENT",
	"Pandemic": "EVENT", "Epidemic": "EVENT", "Crisis": "EVENT", "Conference": "EVENT", "Summit": "EVENT",
	"Plenum": "EVENT", "Campaign": "EVENT", "Movement": "EVENT", "Offensive": "EVENT", "Invasion": "EVENT",
	"Blockade": "EVENT", "Siege": "EVENT", "Crusade": "EVENT", "Expedition": "EVENT", "Purge": "EVENT",
	"Purges": "EVENT", "Terror": "EVENT", "Reform": "EVENT", "Reforms": "EVENT", "Restoration": "EVENT",
	"Reformation": "EVENT", "Depression": "EVENT", "Recession": "EVENT", "Leap": "EVENT", "March": "EVENT",
	"Plan": "EVENT", "Games": "EVENT", "Olympics": "EVENT", "Exposition": "EVENT", "Exhibition": "EVENT",
	"Fair": "EVENT", "Trial": "EVENT", "Trials": "EVENT", "Incident": "EVENT", "Affair": "EVENT",
	"Riots": "EVENT", "Riot": "EVENT", "Strike": "EVENT", "Coup": "EVENT", "Putsch": "EVENT",
	"Election": "EVENT", "Elections": "EVENT", "Armistice": "EVENT", "Genocide": "EVENT", "Airlift": "EVENT",
	"Landings": "EVENT", "Spring": "EVENT", "Crash": "EVENT", "Scandal": "EVENT", "Protests": "EVENT",
	"Raid": "EVENT", "Battle": "EVENT", "Evacuation": "EVENT", "Deportation": "EVENT", "Deportations": "EVENT",
	"Treaty": "LAW", "Act": "LAW", "Accord": "LAW", "Accords": "LAW", "Agreement": "LAW", "Pact": "LAW",
	"Constitution": "LAW", "Charter": "LAW", "Code": "LAW", "Edict": "LAW", "Law": "LAW", "Laws": "LAW",
	"Bill": "LAW", "Convention": "LAW", "Conventions": "LAW", "Protocol": "LAW", "Decree": "LAW",
	"Ordinance": "LAW", "Declaration": "LAW", "Proclamation": "LAW", "Doctrine": "LAW", "Resolution": "LAW",
	"Manifesto": "WORK", "Theses": "WORK", "Chronicle": "WORK", "Chronicles": "WORK", "Memoirs": "WORK",
	"Party": "ORG", "Army": "ORG", "Armies": "ORG", "Navy": "ORG", "Force": "ORG", "Guard": "ORG",
	"Guards": "ORG", "Corps": "ORG", "Legion": "ORG", "Brigade": "ORG", "Division": "ORG", "Regiment": "ORG",
	"Fleet": "ORG", "Company": "ORG", "Corporation": "ORG", "Bank": "ORG", "University": "ORG",
	"College": "ORG", "School": "ORG", "Academy": "ORG", "Institute": "ORG", "Society": "ORG",
	"Association": "ORG", "League": "ORG", "Committee": "ORG", "Commission": "ORG", "Council": "ORG",
	"Ministry": "ORG", "Department": "ORG", "Bureau": "ORG", "Agency": "ORG", "Office": "ORG",
	"Court": "ORG", "Parliament": "ORG", "Assembly": "ORG", "Senate": "ORG", "Congress": "ORG",
	"Church": "ORG", "Times": "ORG", "Post": "ORG", "Daily": "ORG", "Gazette": "ORG", "Herald": "ORG",
	"Tribune": "ORG", "Journal": "ORG", "Government": "ORG", "Administration": "ORG", "Cabinet": "ORG",
	"Politburo": "ORG", "Secretariat": "ORG", "Front": "ORG", "Commune": "ORG", "Communes": "ORG",
	"Organization": "ORG", "Organisation": "ORG", "Group": "ORG", "Mission": "ORG", "Service": "ORG",
	"Police": "ORG", "Union": "ORG", "Federation": "ORG", "Cooperative": "ORG", "Collective": "ORG",
	"Soviet": "ORG", "Duma": "ORG", "Diet": "ORG", "Directory": "ORG", "Junta": "ORG",
	"Brotherhood": "ORG", "Order": "ORG", "Club": "ORG", "Trust": "ORG", "Foundation": "ORG", "Press": "ORG",
	"Works": "FAC", "Bridge": "FAC", "Wall": "FAC", "Canal": "FAC", "Palace": "FAC", "Tower": "FAC",
	"Cathedral": "FAC", "Abbey": "FAC", "Basilica": "FAC", "Mosque": "FAC", "Temple": "FAC", "Airport": "FAC",
	"Station": "FAC", "Railway": "FAC", "Railroad": "FAC", "Dam": "FAC", "Gate": "FAC", "Square": "FAC",
	"Street": "FAC", "Avenue": "FAC", "Road": "FAC", "Fort": "FAC", "Fortress": "FAC", "Castle": "FAC",
	"Prison": "FAC", "Stadium": "FAC", "Hall": "FAC", "Memorial": "FAC", "Monument": "FAC", "Mausoleum": "FAC",
	"Shipyard": "FAC", "Factory": "FAC", "Mill": "FAC", "Mine": "FAC", "Camp": "FAC", "Harbour": "FAC",
	"Cemetery": "FAC", "Library": "FAC", "Hospital": "FAC",
	"River": "LOC", "Mountains": "LOC", "Mountain": "LOC", "Hills": "LOC", "Range": "LOC", "Sea": "LOC",
	"Ocean": "LOC", "Lake": "LOC", "Desert": "LOC", "Valley": "LOC", "Plain": "LOC", "Plains": "LOC",
	"Plateau": "LOC", "Island": "LOC", "Islands": "LOC", "Peninsula": "LOC", "Gulf": "LOC", "Bay": "LOC",
	"Strait": "LOC", "Straits": "LOC", "Basin": "LOC", "Delta": "LOC", "Coast": "LOC", "Forest": "LOC",
	"Steppe": "LOC", "Channel": "LOC", "Pass": "LOC", "Gorges": "LOC", "Region": "LOC", "Highlands": "LOC",
	"Lowlands": "LOC", "Marshes": "LOC",
	"Orchestra": "ORG", "Choir": "ORG", "Ensemble": "ORG", "Theatre": "FAC", "Theater": "FAC",
	"Symphony": "WORK", "Concerto": "WORK", "Sonata": "WORK", "Requiem": "WORK", "Diary": "WORK",
	"Province": "GPE", "Prefecture": "GPE", "County": "GPE", "City": "GPE", "Republic": "GPE",
	"Kingdom": "GPE", "Empire": "GPE", "Dynasty": "GPE", "Shogunate": "GPE", "Caliphate": "GPE",
	"Sultanate": "GPE", "Khanate": "GPE", "Oblast": "GPE", "Raj": "GPE", "Territory": "GPE",
	"Emperor": "PERSON", "Empress": "PERSON",
	"Command": "ORG", "Headquarters": "ORG", "Staff": "ORG", "Board": "ORG", "Block": "FAC", "Building": "FAC",
	"Hotel": "FAC", "Co": "ORG", "Bros": "ORG", "Inc": "ORG",
	// Newspapers and the buildings of the poor law, as old newspapers name them.
	"Examiner": "ORG", "Advertiser": "ORG", "Courier": "ORG", "Observer": "ORG", "Inquirer": "ORG",
	"Standard": "ORG", "Telegraph": "ORG", "Mercury": "ORG", "Sentinel": "ORG", "Citizen": "ORG",
	"Register": "ORG", "Dispatch": "ORG", "Bulletin": "ORG", "Freeman": "ORG", "Packet": "ORG",
	"Workhouse": "FAC", "Poorhouse": "FAC", "Infirmary": "FAC", "Asylum": "FAC", "Gaol": "FAC", "Jail": "FAC",
	"Barracks": "FAC",
}

// firstHeads are first words that give a capitalised name its label:
// "Mount Lu" LOC, "Lake Ladoga" LOC, "Operation Barbarossa" EVENT.
var firstHeads = map[string]string{
	"Mount": "LOC", "Mt.": "LOC", "Lake": "LOC", "Cape": "LOC", "Isle": "LOC", "Operation": "EVENT",
	"Fort": "FAC", "Camp": "FAC", "Emperor": "PERSON", "Empress": "PERSON", "King": "PERSON",
	"Queen": "PERSON", "Tsar": "PERSON", "Czar": "PERSON", "Tsarina": "PERSON",
	"Pope": "PERSON", "Saint": "PERSON", "Sultan": "PERSON", "Shah": "PERSON", "Khan": "PERSON",
	"Caliph": "PERSON", "Pharaoh": "PERSON", "Radio": "ORG", "Union": "ORG", "Army": "ORG",
}

// calendarWords are the names of months and days, capitalised: dates, not
// names, unless a longer name holds them ("October Revolution").
var calendarWords = func() map[string]bool {
	m := map[string]bool{}
	for _, names := range [][]string{lex.MonthNames[:], lex.WeekdayNames[:]} {
		for _, w := range names {
			m[strings.ToUpper(w[:1])+w[1:]] = true
		}
	}
	return m
}()

// placeModifiers join the place name they stand before: "Cisalpine Gaul",
// "Upper Egypt", "North China".
var placeModifiers = lex.SetOf("Upper", "Lower", "Northern", "Southern", "Eastern", "Western", "Central",
	"Greater", "Outer", "Inner", "North", "South", "East", "West", "New", "Old", "Cisalpine", "Transalpine",
	"Little", "Far", "Near", "Middle", "Northeast", "Northwest", "Southeast", "Southwest", "Lesser")

// placePrepositions stand before places: an unknown name after one that the
// model cannot label is read as a place ("in Skibbereen", "to Dandi").
var placePrepositions = lex.SetOf("in", "at", "from", "to", "near", "into", "across", "through", "towards", "toward", "via", "outside", "around", "beyond", "reached", "entered", "visited", "occupied", "captured")

// demonymSuffixes end the plural names of peoples and the adjectives of
// cities ("Genoese", "Parisians", "Florentines").
var demonymSuffixes = []string{"ese", "ians", "ans", "ines", "enes"}

// toponymSuffixes end the names of towns and countries ("Kuibyshev" does
// not; "Kaliningrad", "Indianapolis", "Darmstadt", "Hyderabad" do).
var toponymSuffixes = []string{"grad", "gorod", "polis", "stadt", "ville", "chester", "caster", "abad", "istan", "pur"}

// hasSuffixOf reports whether w ends with one of the suffixes and has at
// least three letters before it.
func hasSuffixOf(w string, suffixes []string) bool {
	for _, suf := range suffixes {
		if strings.HasSuffix(w, suf) && len(w) >= len(suf)+3 {
			return true
		}
	}
	return false
}

// modifierSuffixes are the words that, after a hyphen, make a name an
// adjective: "Mao-made", "Soviet-style", "Nazi-occupied". The name is the
// part before the hyphen.
var modifierSuffixes = lex.SetOf(
	"made", "style", "led", "based", "era", "like", "born", "controlled", "backed", "occupied", "ruled",
	"inspired", "type", "speaking", "owned", "run", "dominated", "supported", "sponsored", "held",
	"oriented", "centred", "centered", "wide", "friendly", "allied", "aligned", "leaning", "affiliated",
	"educated", "trained", "minded", "free", "bound", "built", "designed", "imposed", "induced",
	"engineered", "era", "period", "age", "related", "specific", "only", "dependent", "sized",
	"funded", "organised", "organized", "appointed", "approved", "ordered", "directed", "initiated",
	"created", "caused", "blamed", "authored", "signed", "brokered", "negotiated", "style", "esque",
)

// isOrdinalWord reports whether w is an ordinal written out or in figures
// ("Twentieth", "first" of "Twenty-first", "20th"), as in "Twentieth Party
// Congress".
func isOrdinalWord(w string) bool {
	lw := strings.ToLower(w)
	if lex.OrdinalWords[lw] > 0 {
		return true
	}
	if len(lw) > 2 && lw[0] >= '0' && lw[0] <= '9' {
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if strings.HasSuffix(lw, suf) {
				return true
			}
		}
	}
	return false
}

// weekdayWords are the days of the week, which a capitalised word before
// makes a named day: "Black Thursday", "Bloody Sunday".
var weekdayWords = lex.SetOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

// onHeads take "on" inside a name: "Committee on Foreign Relations".
var onHeads = lex.SetOf("Committee", "Subcommittee", "Commission", "Conference", "Council", "Board", "Convention", "Treaty")

// lowerDesignators are designators written in lower case after a name, as
// old newspapers do: "Chestnut street", "Hudson river", "Suffolk county".
// The label is lastHeads' for the capitalised word.
var lowerDesignators = lex.SetOf("street", "avenue", "road", "lane", "square", "alley", "river", "county", "creek", "bridge", "wharf", "turnpike", "pike", "boulevard")

// numberedHeads are the head words of names a number ends: "Highway 61",
// "Pit No. 3", "Hill 60".
var numberedHeads = map[string]string{
	"Highway": "FAC", "Route": "FAC", "Interstate": "FAC", "Pit": "FAC", "Shaft": "FAC", "Mine": "FAC",
	"Lock": "FAC", "Pier": "FAC", "Dock": "FAC", "Gate": "FAC", "Platform": "FAC", "Hangar": "FAC",
	"Building": "FAC", "Block": "FAC", "Camp": "FAC", "Stalag": "FAC", "Oflag": "FAC", "Fort": "FAC",
	"Hill": "LOC", "Station": "FAC", "Bunker": "FAC", "Berth": "FAC", "Ward": "GPE", "Precinct": "GPE",
}

// titleSmallWords stand inside the title of a work: "The Road to Wigan
// Pier", "The Wealth of Nations", "The Man in the Iron Mask".
var titleSmallWords = lex.SetOf("to", "of", "the", "a", "an", "in", "on", "and", "with", "from", "for", "at", "by")

// offices complete a title written with "of" before a name: "Secretary of
// War", "Minister of Finance", "Chancellor of the Exchequer".
var offices = lex.SetOf("War", "State", "Finance", "Treasury", "Agriculture", "Commerce", "Labor", "Labour",
	"Interior", "Justice", "Defense", "Defence", "Navy", "Trade", "Exchequer", "Marine", "Education", "Health",
	"Colonies", "Foreign", "Home", "Affairs", "Public", "Works", "Air", "Munitions", "Information", "Supply",
	"Agriculture", "Transport", "Transportation", "Housing", "Culture", "Propaganda")

// abbreviationWords are abbreviations that a full stop follows and that
// name nothing on their own: "Nos. 168", "Hose Co.", "Vicksburg, Miss.".
var abbreviationWords = lex.SetOf("No", "Nos", "Co", "Bros", "Inc", "Ltd", "Corp", "Miss", "Mass", "Conn", "Penn",
	"Tenn", "Ala", "Ark", "Cal", "Colo", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Me", "Mich",
	"Minn", "Mo", "Mont", "Neb", "Nev", "Pa", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Ore", "Okla", "Ariz",
	"St", "Ave", "Jr", "Sr", "Esq", "Vol", "Ch", "Art", "Sec")
