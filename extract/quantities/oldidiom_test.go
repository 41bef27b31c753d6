package quantities

import (
	"testing"

	"github.com/factsheet/factsheet/extract/lex"
)

// Old money, old measures, old number forms and old references, in
// sentences written in the manner of the 17th to 19th centuries.
var oldIdiomTests = []struct {
	name string
	text string
	want []quantityCase
}{
	// Pounds, shillings and pence, in pounds of account.
	{"lsd/sign", "The rent of the farm was £3 10s. 6d. by the year.", []quantityCase{one("£3 10s. 6d.", 3.525, KindMoney, "GBP", lex.QualNone)}},
	{"lsd/letters", "He paid for the horse 3l. 10s. 6d., which was thought dear.", []quantityCase{one("3l. 10s. 6d.", 3.525, KindMoney, "GBP", lex.QualNone)}},
	{"lsd/slash", "The saddle was sold at £3 10/6 in the market of Chester.", []quantityCase{one("£3 10/6", 3.525, KindMoney, "GBP", lex.QualNone)}},
	{"lsd/dotted pounds", "A fine of 500l. was laid upon the printer.", []quantityCase{one("500l.", 500, KindMoney, "GBP", lex.QualNone)}},
	{"lsd/shillings and pence alone", "The labourer's wage was 10s. 6d. a week in harvest.", []quantityCase{one("10s. 6d. a week", 0.525, KindMoney, "GBP/wk", lex.QualNone)}},
	{"lsd/pence alone", "Bread rose to 9d. the quartern loaf.", []quantityCase{one("9d.", 0.0375, KindMoney, "GBP", lex.QualNone)}},
	{"lsd/decade is no shilling", "In the 1730s the price of corn was low.", nil},
	{"lsd/ordinal is no penny", "Your letter of the 3d inst. came safely to hand.", nil},
	{"words/pounds and shillings", "The fine was three pounds ten shillings, to be paid at Michaelmas.", []quantityCase{one("three pounds ten shillings", 3.5, KindMoney, "GBP", lex.QualNone)}},
	{"words/shillings and sixpence", "The clerk had ten shillings and sixpence for his pains.", []quantityCase{one("ten shillings and sixpence", 0.525, KindMoney, "GBP", lex.QualNone)}},
	{"words/five shillings", "The labourers received five shillings a day, which was then thought a great wage.", []quantityCase{one("five shillings a day", 0.25, KindMoney, "GBP/d", lex.QualNone)}},
	{"words/two and sixpence", "The ferryman asked two and sixpence for the passage.", []quantityCase{one("two and sixpence", 0.125, KindMoney, "GBP", lex.QualNone)}},
	{"words/half a crown", "The boy was given half a crown and sent home.", []quantityCase{one("half a crown", 0.125, KindMoney, "GBP", lex.QualNone)}},
	{"words/a guinea", "The physician would not stir under a guinea.", []quantityCase{one("under a guinea", 1.05, KindMoney, "GBP", lex.QualLT)}},
	{"words/guineas", "The portrait cost the Duke three hundred guineas.", []quantityCase{one("three hundred guineas", 315, KindMoney, "GBP", lex.QualNone)}},
	{"words/a groat", "The poor widow gave a groat to the collection.", []quantityCase{one("a groat", 4.0/240, KindMoney, "GBP", lex.QualNone)}},
	{"words/a farthing", "He would not abate a farthing of his demand.", []quantityCase{one("a farthing", 0.25/240, KindMoney, "GBP", lex.QualNone)}},
	{"words/eighteenpence", "The toll was eighteenpence for a coach and four.", []quantityCase{one("eighteenpence", 0.075, KindMoney, "GBP", lex.QualNone)}},
	{"marks/money", "The ransom of the King was fixed at a hundred thousand marks, to be paid in two years.", []quantityCase{one("a hundred thousand marks", 100000.0*160/240, KindMoney, "GBP", lex.QualNone)}},
	{"marks/weight", "The abbey gave three hundred marks of silver towards the King's ransom.", []quantityCase{one("three hundred marks of silver", 300, KindMeasure, "mark", lex.QualNone)}},
	{"marks/german", "A loaf cost two hundred marks in the German inflation.", []quantityCase{one("two hundred marks", 200, KindMoney, "DEM", lex.QualNone)}},
	{"pounds of gold/weight", "The Emperor sent forty pounds of gold to the Bishop.", []quantityCase{one("forty pounds of gold", 40, KindMeasure, "lb", lex.QualNone)}},
	// Other moneys of account, in their own unit.
	{"account/livres", "The farmers-general advanced forty millions of livres to the Crown.", []quantityCase{one("forty millions of livres", 4e7, KindMoney, "livre", lex.QualNone)}},
	{"account/ducats", "The Signory voted ten thousand ducats for the fleet.", []quantityCase{one("ten thousand ducats", 1e4, KindMoney, "ducat", lex.QualNone)}},
	{"account/pesos", "Cortes sent the Emperor sixty thousand pesos de oro.", []quantityCase{one("sixty thousand pesos de oro", 6e4, KindMoney, "peso de oro", lex.QualNone)}},
	{"account/maravedis", "The Queen's treasurer lent a million of maravedís to the admiral.", []quantityCase{one("a million of maravedís", 1e6, KindMoney, "maravedí", lex.QualNone)}},
	{"account/talents", "The Athenians laid a tribute of six hundred talents upon the allies.", []quantityCase{one("six hundred talents", 600, KindMoney, "talent", lex.QualNone)}},
	{"account/sesterces", "Lucullus spent two hundred thousand sesterces upon a single supper.", []quantityCase{one("two hundred thousand sesterces", 2e5, KindMoney, "sestertius", lex.QualNone)}},
	{"account/crowns", "The Elector was bought for fifty thousand crowns.", []quantityCase{one("fifty thousand crowns", 5e4, KindMoney, "crown", lex.QualNone)}},
	{"account/drachmae", "The soldier's pay was four drachmae a day.", []quantityCase{one("four drachmae a day", 4, KindMoney, "drachma/d", lex.QualNone)}},
	// Old measures.
	{"measure/leagues", "The fleet lay some twenty leagues to the westward.", []quantityCase{one("some twenty leagues", 20, KindMeasure, "league", lex.QualApprox)}},
	{"measure/furlongs", "The horse ran four furlongs before he fell.", []quantityCase{one("four furlongs", 4, KindMeasure, "fur", lex.QualNone)}},
	{"measure/fathoms", "They sounded, and found thirty fathoms of water.", []quantityCase{one("thirty fathoms", 30, KindMeasure, "fathom", lex.QualNone)}},
	{"measure/ells", "The merchant sold forty ells of Flanders cloth.", []quantityCase{one("forty ells", 40, KindMeasure, "ell", lex.QualNone)}},
	{"measure/bushels", "Wheat was at eight shillings the bushel, and the parish bought two hundred bushels.", []quantityCase{one("eight shillings", 0.4, KindMoney, "GBP", lex.QualNone), one("two hundred bushels", 200, KindMeasure, "bu", lex.QualNone)}},
	{"measure/quarters of wheat", "The county sent up five thousand quarters of wheat.", []quantityCase{one("five thousand quarters of wheat", 5000, KindMeasure, "qr", lex.QualNone)}},
	{"measure/hogsheads", "The prize carried two hundred hogsheads of claret.", []quantityCase{one("two hundred hogsheads", 200, KindMeasure, "hhd", lex.QualNone)}},
	{"measure/tuns", "The Gascon fleet brought nine hundred tuns of wine.", []quantityCase{one("nine hundred tuns", 900, KindMeasure, "tun", lex.QualNone)}},
	{"measure/cwt", "The bell weighed 27 cwt. when it was cast.", []quantityCase{one("27 cwt.", 27, KindMeasure, "cwt", lex.QualNone)}},
	{"measure/stone", "The jockey rode at nine stone.", []quantityCase{one("nine stone", 9, KindMeasure, "st", lex.QualNone)}},
	{"measure/hides", "The manor was rated at five hides in the days of King Edward.", []quantityCase{one("five hides", 5, KindMeasure, "hide", lex.QualNone)}},
	{"measure/acres", "The common of three hundred acres was enclosed.", []quantityCase{one("three hundred acres", 300, KindMeasure, "ac", lex.QualNone)}},
	// Old number forms.
	{"number/millions", "Seven millions of people inhabited the kingdom.", []quantityCase{count("Seven millions of people", 7e6, "people")}},
	{"number/hundred thousands", "The host was reckoned at two hundred thousands.", []quantityCase{one("two hundred thousands", 2e5, KindCount, "", lex.QualNone)}},
	{"number/threescore", "Threescore ships rode in the Downs.", []quantityCase{count("Threescore ships", 60, "ships")}},
	{"number/fourscore and ten", "The old Earl left fourscore and ten tenants.", []quantityCase{count("fourscore and ten tenants", 90, "tenants")}},
	{"number/a score of", "A score of villages were burned by the Danes.", []quantityCase{count("A score of villages", 20, "villages")}},
	{"number/a brace", "He shot a brace of partridges.", []quantityCase{count("a brace of partridges", 2, "partridges")}},
	{"number/a gross", "The pedlar carried a gross of buttons.", []quantityCase{count("a gross of buttons", 144, "buttons")}},
	{"number/gross is a word", "It was a gross abuse of the royal prerogative.", nil},
	{"number/seven and a half", "The ship drew seven and a half fathoms.", []quantityCase{one("seven and a half fathoms", 7.5, KindMeasure, "fathom", lex.QualNone)}},
	{"number/a hundred and fifty thousand", "A hundred and fifty thousand men crossed the Rhine.", []quantityCase{count("A hundred and fifty thousand men", 150000, "men")}},
	{"number/or millions", "France then held three or four millions of Protestants.", []quantityCase{rng("three or four millions of Protestants", 3e6, 4e6, KindCount, "Protestants")}},
	{"number/or thousand horse", "The Duke brought six or seven thousand horse into the field.", []quantityCase{rng("six or seven thousand horse", 6000, 7000, KindCount, "horse")}},
	{"ratio/moiety", "The estate was divided, and a moiety of it went to the Crown.", []quantityCase{one("a moiety of", 0.5, KindRatio, "", lex.QualNone)}},
	{"ratio/third part", "One third part of the army perished by sickness.", []quantityCase{one("One third part of", 1.0/3, KindRatio, "", lex.QualNone)}},
	{"ratio/parts in four", "Three parts in four of the land lay waste.", []quantityCase{one("Three parts in four", 0.75, KindRatio, "", lex.QualNone)}},
	{"ratio/king's tenth", "The clergy granted the king's tenth to Edward.", []quantityCase{one("king's tenth", 0.1, KindRatio, "", lex.QualNone)}},
	{"number/five-and-twenty", "The ditch is five-and-twenty feet broad.", []quantityCase{one("five-and-twenty feet", 25, KindMeasure, "ft", lex.QualNone)}},
	{"number/five and twenty", "He kept five and twenty horses in his stables.", []quantityCase{count("five and twenty horses", 25, "horses")}},
	{"troops/foot and horse", "Cortes left the coast with four hundred foot and fifteen horse.", []quantityCase{count("four hundred foot", 400, "foot"), count("fifteen horse", 15, "horse")}},
	{"troops/feet are a measure", "The wall was four hundred foot high.", []quantityCase{one("four hundred foot", 400, KindMeasure, "ft", lex.QualNone)}},
	{"partitive/of the", "Eighty-three of the besiegers lay dead.", []quantityCase{count("Eighty-three of the besiegers", 83, "besiegers")}},
	{"elided/pounds", "The excise produced six hundred thousand pounds, and the customs five hundred and thirty thousand.", []quantityCase{one("six hundred thousand pounds", 6e5, KindMoney, "GBP", lex.QualNone), one("five hundred and thirty thousand", 5.3e5, KindMoney, "GBP", lex.QualNone)}},
	{"elided/a year", "The Duke left fifteen thousand a year of real estate, and sixty thousand pounds in money.", []quantityCase{one("fifteen thousand", 15000, KindMoney, "GBP", lex.QualNone), one("sixty thousand pounds", 60000, KindMoney, "GBP", lex.QualNone)}},
	{"measure/a quarter of wheat", "In that year a quarter of wheat sold for two shillings.", []quantityCase{one("a quarter of wheat", 1, KindMeasure, "qr", lex.QualNone), one("two shillings", 0.1, KindMoney, "GBP", lex.QualNone)}},
	{"measure/an acre is a rate", "The land yielded forty bushels an acre.", []quantityCase{one("forty bushels an acre", 40, KindMeasure, "bu/ac", lex.QualNone)}},
	{"marks/a mark", "A fat ox was sold for a mark.", []quantityCase{one("a mark", 160.0/240, KindMoney, "GBP", lex.QualNone)}},
	// References are no quantities.
	{"reference/volume and page", "See Gibbon, vol. ii. p. 87, and Hume, iv. 419.", nil},
	{"reference/lib and c", "Livy tells it, lib. iii. c. 4, at length.", nil},
	{"reference/cap", "Tacitus says as much, Ann. lib. iv. cap. 12, in plain words.", nil},
	{"reference/volume and pages list", "Oviedo, iii. 424, estimates it at less; a witness, i. 124, 206, says more.", nil},
	{"reference/ibid", "The same complaint is made, ibid. 45.", nil},
	{"reference/folio", "The entry stands on fol. 12v of the register.", nil},
}

func TestOldIdiom(t *testing.T) {
	for _, tt := range oldIdiomTests {
		t.Run(tt.name, func(t *testing.T) { checkQuantities(t, tt.text, tt.want) })
	}
}
