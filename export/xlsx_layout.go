package export

// The sheets of the workbook.
const (
	sheetClaims    = "Claims"
	sheetSentences = "Sentences"
	sheetEntities  = "Entities"
	sheetDates     = "Dates"
	sheetSources   = "Sources"
	sheetAbout     = "About"
	sheetOrphans   = "Orphaned reviews"
)

// Columns shared by several sheets.
var (
	colSource  = column{name: "Source", min: 8, max: 30, legend: "Id of the source (a slug of its file name); links to its row on the Sources sheet."}
	colLocator = column{name: "Locator", min: 14, max: 30, legend: "Where the sentence is: paragraph (¶, counting every block of text from 1), sentence within it, and line; links to the sentence’s row on the Sentences sheet. With Source, it joins the Claims, Sentences and Dates sheets where there are no links."}
	colStatus  = column{name: "Status", min: 13, max: 14, legend: "What checking the claim found, from the drop-down (the statuses are below); the row is coloured by it. Carried over to the next run by Claim ID."}
	colNote    = column{name: "Reviewer note", min: 24, max: 40, wrap: true, legend: "Yours: what you found. Carried over to the next run by Claim ID."}
	colEvid    = column{name: "Evidence", min: 24, max: 40, wrap: true, legend: "Yours: the source that confirms or refutes the claim; a link in it is kept. Carried over to the next run by Claim ID."}
)

// The layouts of the sheets, in the workbook's order. The first fourteen
// columns of Claims are claimColumns, the claims table CSV writes too.
var (
	claimsSheet = &sheetSpec{name: sheetClaims, status: true, columns: []column{
		{name: "Claim ID", min: 13, max: 13, legend: "Stable id of the claim: C and 10 hex digits from its source, sentence, words and their occurrence in the sentence. The claim keeps it across runs while its sentence is unchanged; review work is carried over by it."},
		colSource,
		colLocator,
		{name: "Claim", min: 10, max: 30, wrap: true, legend: "The number as written in the source."},
		{name: "Kind", min: 8, max: 12, legend: "count, percent, money, measure, ratio, multiplier, duration; comparison for a superlative or comparison without a number (“the worst in world history”)."},
		{name: "Qualifier", min: 11, max: 12, legend: "none, approx (about), gt (more than), gte (at least), lt (less than), lte (up to) or range."},
		{name: "Value", min: 9, max: 20, legend: "The number, as a number cell with thousands separators. A percentage is the number as written: 98 percent is 98, shown as 98%. Money is in the currency of Unit. Empty for a vague quantity (“millions of tons”)."},
		{name: "High", min: 8, max: 20, legend: "The upper end of a range (“between 15 and 45 million”); empty otherwise."},
		{name: "Unit", min: 6, max: 20, legend: "ISO 4217 currency code (USD), unit symbol (t, km), “percent”, or the noun counted."},
		{name: "Subject", min: 12, max: 36, wrap: true, legend: "What the number is about."},
		{name: "When", min: 8, max: 14, legend: "EDTF date that governs the claim: the nearest date of its own clause, else of its sentence, else the last one earlier in its paragraph. A date it is compared with (“exceeded that of 1957”) or in parentheses does not govern."},
		{name: "Entities", min: 12, max: 30, wrap: true, legend: "Canonical names of the entities in the sentence, separated by “; ”."},
		{name: "Sentence", min: 40, max: 70, wrap: true, legend: "The whole sentence (white space folded), the claim’s words in bold red."},
		{name: "Citation", min: 24, max: 50, wrap: true, legend: "A note-style citation of the sentence: source, paragraph, sentence and line."},
		{name: "Attribution", min: 14, max: 36, wrap: true, legend: "Who the text says asserts the claim, and the reporting verb: “demographers (conclude)”, “People’s Republic of China: the government (announce)”; “unnamed (estimate)” for “it was estimated”. Empty when the text asserts it in its own voice."},
		{name: "Stance", min: 10, max: 11, legend: "asserted (the text says it in its own voice), reported (it gives it as someone’s) or distanced (it keeps its distance: “claimed”, “alleged”, “so-called”, scare quotes)."},
		{name: "Priority", min: 9, max: 10, legend: "0 to 1: how much the claim asks to be checked first; sort by it. The sum of: interested party 0.3, distanced 0.1, round figure 0.15, very large figure 0.15, superlative or comparison 0.2, unhedged figure for something hard to count 0.2, no date 0.1."},
		colStatus, colNote, colEvid,
	}}
	sentencesSheet = &sheetSpec{name: sheetSentences, columns: []column{
		colSource,
		{name: "Locator", min: 14, max: 30, legend: "¶, sentence and line, as on the Claims and Dates sheets; with Source, the key that joins them."},
		{name: "¶", min: 5, max: 7, legend: "Paragraph: every block of text between blank lines, from 1."},
		{name: "#", min: 5, max: 7, legend: "Sentence within the paragraph, from 1."},
		{name: "Line", min: 6, max: 9, legend: "Line of the source the sentence starts on, from 1."},
		{name: "Kind", min: 8, max: 10, legend: "sentence, heading, caption or list-item."},
		{name: "Text", min: 40, max: 90, wrap: true, legend: "The sentence exactly as in the source."},
		{name: "Claims", min: 9, max: 10, legend: "How many claims the sentence makes."},
		{name: "Entities", min: 11, max: 12, legend: "How many entity mentions it has."},
		{name: "Dates", min: 8, max: 10, legend: "How many dates it has."},
	}}
	entitiesSheet = &sheetSpec{name: sheetEntities, columns: []column{
		{name: "Canonical name", min: 16, max: 36, legend: "The entity’s full name, under which its variants are grouped (Mao Tse-tung → Mao Zedong)."},
		{name: "Label", min: 8, max: 10, legend: "PERSON, ORG, GPE (country, city), LOC, NORP (nationality, group), EVENT, WORK, LAW or FAC."},
		{name: "Variants seen", min: 16, max: 40, wrap: true, legend: "The forms the sources use, separated by “; ”."},
		{name: "Mentions", min: 11, max: 12, legend: "How many times the sources mention it."},
		{name: "Sources", min: 10, max: 12, legend: "How many sources mention it."},
		{name: "First seen", min: 16, max: 40, legend: "The source and locator of its first mention; links to that sentence."},
	}}
	datesSheet = &sheetSpec{name: sheetDates, columns: []column{
		colSource,
		{name: "Text", min: 10, max: 30, wrap: true, legend: "The date as written."},
		{name: "EDTF", min: 8, max: 16, legend: "The date in the Extended Date/Time Format of the Library of Congress: 1958-02, 1958/1961, 195X, 1500~, -0043 (44 BC)."},
		{name: "Earliest", min: 11, max: 12, legend: "First day the date can mean: a date cell from 1 March 1900 on; earlier days are ISO text, since Excel cannot hold them (years are astronomical: -0043 is 44 BC). Empty where open (“before 1958”)."},
		{name: "Latest", min: 11, max: 12, legend: "Last day the date can mean, written as Earliest is. Empty where open (“after 1958”)."},
		{name: "Modifier", min: 11, max: 12, legend: "early, mid, late, start or end (a part of the period); by, before, after, until or since (open on one side)."},
		{name: "Relative", min: 12, max: 36, wrap: true, legend: "For a relative date (“that year”), the date it was resolved from, or why it could not be."},
		{name: "Sentence", min: 14, max: 30, legend: "Locator of its sentence; links to its row on the Sentences sheet."},
	}}
	sourcesSheet = &sheetSpec{name: sheetSources, columns: []column{
		{name: "ID", min: 8, max: 30, legend: "Id of the source, as in the Source columns: a slug of its file name, unique in the run."},
		{name: "Title", min: 14, max: 50, wrap: true, legend: "Title, from the source’s metadata or its first line."},
		{name: "Author", min: 10, max: 30, wrap: true, legend: "Authors, separated by “; ”."},
		{name: "Issued", min: 10, max: 12, legend: "When the source was published: a date cell for a whole date, else the year or month as text."},
		{name: "Publisher", min: 12, max: 30, legend: "Publisher."},
		{name: "URL", min: 8, max: 40, legend: "Where the source is on the web; a link."},
		{name: "Accessed", min: 11, max: 12, legend: "When it was read from the web."},
		{name: "File", min: 8, max: 40, legend: "The file it was read from."},
		{name: "SHA-256", min: 66, max: 66, legend: "SHA-256 of the file’s bytes: tells whether a file is the one this sheet was made from."},
		{name: "Encoding", min: 11, max: 14, legend: "The character encoding the text was decoded from."},
		{name: "Sentences", min: 12, max: 12, legend: "How many sentences it has."},
		{name: "Entities", min: 11, max: 12, legend: "How many entity mentions."},
		{name: "Dates", min: 8, max: 10, legend: "How many dates."},
		{name: "Claims", min: 9, max: 10, legend: "How many claims."},
		{name: "Citation", min: 24, max: 60, wrap: true, legend: "A note-style citation of the source."},
	}}
	aboutSheet = &sheetSpec{name: sheetAbout, columns: []column{
		{name: "Topic", min: 10, max: 18},
		{name: "Item", min: 14, max: 30, wrap: true},
		{name: "Value", min: 40, max: 100, wrap: true},
	}}
	orphansSheet = &sheetSpec{name: sheetOrphans, status: true, columns: []column{
		{name: "Claim ID", min: 13, max: 13, legend: "The id of the claim the review was typed against; if a later run finds that claim again, the review goes back to it."},
		colSource,
		{name: "Locator", min: 14, max: 30, legend: "Where the sentence was."},
		{name: "Claim", min: 10, max: 30, wrap: true, legend: "The number as it was written."},
		{name: "Sentence", min: 40, max: 70, wrap: true, legend: "The sentence as it was when the review was typed, the claim’s words in bold red."},
		colStatus, colNote, colEvid,
		{name: "Orphaned", min: 11, max: 12, legend: "The day of the run that no longer found the claim."},
		{name: "Why", min: 24, max: 50, wrap: true, legend: "Why the review is here and not on the Claims sheet."},
	}}
)

// workbookSheets are the sheets every workbook has, in order. "Orphaned
// reviews" follows the Claims sheets when there are any.
var workbookSheets = []*sheetSpec{claimsSheet, sentencesSheet, entitiesSheet, datesSheet, sourcesSheet, aboutSheet}
