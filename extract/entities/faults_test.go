package entities

import (
	"strings"
	"testing"
)

// TestEntityFaults holds the faults real archives (old newspapers, news
// text) exposed, each with sentences of our own. A want of nil means no
// entity at all.
func TestEntityFaults(t *testing.T) {
	r := NewRecognizer(nil)
	tests := []struct {
		fault, name, text string
		want              []string
	}{
		// 1. Capitalised ordinary words are not names.
		{"1", "ordinary words mid-sentence", "The Weather turned and the Teachers of the district met in the Assembly rooms.",
			nil},
		{"1", "providence", "They trusted in Providence and the harvest.", nil},
		{"1", "headline words in capitals", "LOST.", nil},
		{"1", "wanted", "WANTED A GOOD COOK", nil},
		{"1", "OCR debris", "the price was B.12 and rising", nil},
		// 3. OCR line-end hyphenation.
		{"3", "not sign", "The train from Balti¬ more arrived late.", []string{"Balti¬ more GPE Baltimore"}},
		{"3", "hyphen and space", "Steel from Pitts- burgh was shipped.", []string{"Pitts- burgh GPE Pittsburgh"}},
		{"3", "hyphen at a line end", "Steel from Pitts-\nburgh was shipped.", []string{"Pitts-\nburgh GPE Pittsburgh"}},
		{"3", "two words", "Cotton reached New- Orleans in May.", []string{"New- Orleans GPE New Orleans"}},
		// 4. Names on consecutive lines are separate names.
		{"4", "signature block", "Yours truly,\nJohn Smith\nThomas Brown", []string{"John Smith PERSON John Smith", "Thomas Brown PERSON Thomas Brown"}},
		{"4", "list of places", "Boston\nChicago\nDenver", []string{"Boston GPE Boston", "Chicago GPE Chicago", "Denver GPE Denver"}},
		// 5. Designators belong to the name.
		{"5", "district of", "He moved to the District of Columbia in 1850.", []string{"District of Columbia GPE District of Columbia"}},
		{"5", "lower-case street", "A fire broke out on Chestnut street last night.", []string{"Chestnut street FAC Chestnut street"}},
		{"5", "committee on", "The Committee on Foreign Relations met on Monday.", []string{"Committee on Foreign Relations ORG Committee on Foreign Relations"}},
		{"5", "ordinal avenue", "They marched up Fifth Avenue to the park.", []string{"Fifth Avenue FAC Fifth Avenue"}},
		// 6. Names in capitals.
		{"6", "country in capitals", "WAR WITH GERMANY", []string{"GERMANY GPE Germany"}},
		{"6", "hyphenated city in capitals", "NEWS FROM NEW-ORLEANS", []string{"NEW-ORLEANS GPE New Orleans"}},
		{"6", "state in capitals in prose", "The floods in OHIO rose again.", []string{"OHIO GPE Ohio"}},
		// 7. Titles are left out of the name.
		{"7", "kaiser", "Kaiser Wilhelm II left Berlin.", []string{"Wilhelm II PERSON Wilhelm II", "Berlin GPE Berlin"}},
		{"7", "secretary of war", "Secretary of War Henry L. Stimson spoke.", []string{"Henry L. Stimson PERSON Henry L. Stimson"}},
		{"7", "mrs", "Mrs. Whitcombe gave a dinner.", []string{"Whitcombe PERSON Whitcombe"}},
		{"7", "gen", "The army of Gen. Sherman reached the sea.", []string{"Sherman PERSON Sherman"}},
		// 8. Name particles.
		{"8", "de tocqueville", "Alexis de Tocqueville toured the prisons.", []string{"Alexis de Tocqueville PERSON Alexis de Tocqueville"}},
		{"8", "van beethoven", "They played Ludwig van Beethoven all night.", []string{"Ludwig van Beethoven PERSON Ludwig van Beethoven"}},
		{"8", "de gaulle", "Charles de Gaulle spoke from London.", []string{"Charles de Gaulle PERSON Charles de Gaulle", "London GPE London"}},
		{"8", "al-", "The coup brought Ahmad al-Bakr to power.", []string{"Ahmad al-Bakr PERSON Ahmad al-Bakr"}},
		// 9. Titles of works and named days.
		{"9", "book title", "Orwell wrote The Road to Wigan Pier in 1936.", []string{"Orwell PERSON Orwell", "The Road to Wigan Pier WORK The Road to Wigan Pier"}},
		{"9", "black thursday", "Prices fell on Black Thursday.", []string{"Black Thursday EVENT Black Thursday"}},
		{"9", "bloody sunday", "The marchers remembered Bloody Sunday.", []string{"Bloody Sunday EVENT Bloody Sunday"}},
		// 10. Numbered names.
		{"10", "pit number", "The explosion in Pit No. 3 killed nine men.", []string{"Pit No. 3 FAC Pit No. 3"}},
		{"10", "highway", "They drove down Highway 61 at night.", []string{"Highway 61 FAC Highway 61"}},
		{"10", "ninth army", "The British Ninth Army held the line.", []string{"British NORP British", "Ninth Army ORG Ninth Army"}},
		// Classes of mistakes seen on real passages (newspapers of 1872-1918,
		// histories of 1918 and of Vicksburg), with sentences of our own.
		{"passages", "occupation before a name", "Patrolman Kellar and Fireman John Casey were hurt.", []string{"Kellar PERSON Kellar", "John Casey PERSON John Casey"}},
		{"passages", "abbreviation before a number", "The fire was confined to Nos. 168 and 170.", nil},
		{"passages", "state abbreviation", "He was born at Natchez, Miss., in 1840.", []string{"Natchez GPE Natchez"}},
		{"passages", "a place named with a title", "The mill at Prince George closed.", []string{"Prince George GPE Prince George"}},
		{"passages", "roman numeral at the end", "It ended with World War I.", []string{"World War I EVENT World War I"}},
		{"passages", "a plural group", "The Irish Parliament (which Home Rulers want restored) sat in Dublin.", []string{"Irish Parliament ORG Irish Parliament", "Home Rulers NORP Home Rulers", "Dublin GPE Dublin"}},
		{"passages", "advertisement in capitals", "Apply to D. WEBSTER for WHOLESALE MILLINERY at once.", []string{"D. WEBSTER PERSON D. WEBSTER"}},
		{"passages", "command", "He bargained with the Supreme Army Command for weeks.", []string{"Supreme Army Command ORG Supreme Army Command"}},
		{"passages", "title before a common word", "Orders came from General Headquarters at noon.", nil},
		{"passages", "heading above a caption", "Nov 9, 1918: The Abdication Of Wilhelm II\nGerman General Staff, January 1917.", []string{"Wilhelm II PERSON Wilhelm II", "German General Staff ORG German General Staff"}},
		{"passages", "an office is no person", "He was German Emperor and King of Prussia.", []string{"German NORP Germans", "Prussia GPE Prussia"}},
		{"passages", "a small place after in", "The workhouse in Ballydehob was full.", []string{"Ballydehob GPE Ballydehob"}},
		{"passages", "a place coordinated with a place", "In Bantry and Killarney the story is the same.", []string{"Bantry GPE Bantry", "Killarney GPE Killarney"}},
		{"passages", "residence after a name", "The Rev Mr Larrington, of Berehaven, wrote to us.", []string{"Larrington PERSON Larrington", "Berehaven GPE Berehaven"}},
		{"passages", "a newspaper and a workhouse", "The Cork Examiner says the Skibbereen Workhouse is shut.", []string{"Cork Examiner ORG Cork Examiner", "Skibbereen Workhouse FAC Skibbereen Workhouse"}},
		{"passages", "a clergyman's title", "Archdeacon Stewart went to see the Viceroy.", []string{"Stewart PERSON Stewart"}},
		{"passages", "a front", "The armies met on the Western Front in 1914.", []string{"Western Front LOC Western Front"}},
	}
	for _, tt := range tests {
		t.Run(tt.fault+"/"+tt.name, func(t *testing.T) {
			got := entityStrings(r, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("entities of %q:\n%s\n\nwant\n%s", tt.text, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
