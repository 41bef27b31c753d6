package quantities

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// Old English money (see lex/oldmoney.go): pounds, shillings and pence in
// every written form, read as one amount in GBP, the pound of account:
//
//	£3 10s. 6d.   £3. 10s. 6d.   3l. 10s. 6d.   £3 10/6   10s. 6d.   6d.
//	three pounds ten shillings   ten shillings and sixpence   five shillings
//	two and sixpence   half a crown   a guinea   three guineas   a groat
//	a farthing   eighteenpence   fourpence-halfpenny   three halfpence
//
// and marks (13s. 4d.) where the sentence speaks of money ("a ransom of a
// thousand marks"); "marks of silver" and "pounds of gold" are weights.

// oldMoneyAt reads an amount of old English money at ws[j].
func (p *parser) oldMoneyAt(j int) (Quantity, int, bool) {
	ws := p.ws
	if j >= len(ws) {
		return Quantity{}, j, false
	}
	var pence float64
	k := j
	switch w := ws[j]; {
	case w.Lit == "£" && j+1 < len(ws) && ws[j+1].Kind == lex.WordNumber:
		// "£3 10s. 6d.", "£3 10/6": the pounds, then shillings and pence.
		pounds := ws[j+1].Value
		k = j + 2
		if k+1 < len(ws) && ws[k].Lit == "." && ws[k].Joined && ws[k+1].Kind == lex.WordNumber {
			k++ // "£3. 10s."
		}
		sd, next, ok := p.shillingsPence(k, true)
		if !ok {
			return Quantity{}, j, false // "£3" alone is read as modern money
		}
		pence, k = pounds*240+sd, next
	case w.Kind == lex.WordNumber:
		// "3l. 10s. 6d.", "10s. 6d.", "6d."
		if v, next, ok := p.lsdPart(j, "l"); ok {
			pence, k = v, next
			if sd, next, ok := p.shillingsPence(k, true); ok {
				pence, k = pence+sd, next
			} else if !(next > j && ws[next-1].Lit == ".") {
				return Quantity{}, j, false // "5l" alone is litres
			}
		} else if sd, next, ok := p.shillingsPence(j, false); ok {
			pence, k = sd, next
		} else if v, next, ok := p.coinsAt(j); ok {
			pence, k = v, next
		} else {
			return Quantity{}, j, false
		}
	default:
		v, next, ok := p.coinsAt(j)
		if !ok {
			return Quantity{}, j, false
		}
		pence, k = v, next
	}
	if k <= j {
		return Quantity{}, j, false
	}
	v := lex.PenceToPounds(pence)
	sp := lex.Span{Start: ws[j].Start, End: ws[k-1].End}
	return Quantity{Span: sp, Bare: sp, Numeral: sp, Value: &v, Kind: KindMoney, Unit: "GBP",
		Surface: p.text[sp.Start:sp.End], Qualifier: lex.QualNone}, k, true
}

// lsdPart reads a number with one of the letters l., s. or d. after it
// ("10s.", "6d", "3 l.", "2½d."); want is the letter. It returns the pence.
func (p *parser) lsdPart(k int, want string) (float64, int, bool) {
	ws := p.ws
	if k+1 >= len(ws) || ws[k].Kind != lex.WordNumber {
		return 0, k, false
	}
	v := ws[k].Value
	u := ws[k+1]
	if u.Kind != lex.WordLetters || u.Lit != strings.ToLower(u.Lit) || lex.LSDLetters[u.Lower] == 0 || (want == "l") != (u.Lower == "l" || u.Lower == "li") {
		return 0, k, false
	}
	if want != "l" && u.Lower != want {
		return 0, k, false
	}
	next := k + 2
	dotted := next < len(ws) && ws[next].Lit == "." && ws[next].Joined
	if !u.Joined && !dotted {
		return 0, k, false // "10 s" without its full stop is no shilling
	}
	if next < len(ws) && ws[next].Joined && ws[next].Kind == lex.WordLetters {
		return 0, k, false
	}
	if want == "s" && len(ws[k].Lit) >= 4 {
		return 0, k, false // "the 1730s" is a decade
	}
	if want == "d" && !dotted {
		// "the 3d of May", "the 3d inst.": an ordinal, not pence.
		if k > 0 && ws[k-1].Lower == "the" || next < len(ws) && (ws[next].Lower == "of" || ws[next].Lower == "inst" ||
			ws[next].Lower == "ult" || ws[next].Lower == "prox" || ws[next].Lower == "day" || lex.DateMonths[ws[next].Lower] > 0) {
			return 0, k, false
		}
	}
	if want == "d" && dotted && next+1 < len(ws) && (ws[next+1].Lower == "inst" || ws[next+1].Lower == "ult" || ws[next+1].Lower == "prox") {
		return 0, k, false
	}
	if dotted {
		next++
	}
	return v * lex.LSDLetters[u.Lower], next, true
}

// shillingsPence reads the shillings and pence of an amount at k: "10s.
// 6d.", "10s.", "6d.", and after pounds (slash true) "10/6", "10/-".
func (p *parser) shillingsPence(k int, slash bool) (float64, int, bool) {
	ws := p.ws
	// "10/6", "10/-"
	if slash && k+2 < len(ws) && ws[k].Kind == lex.WordNumber && lex.IsDigits(ws[k].Lit) && ws[k+1].Lit == "/" && ws[k+1].Joined && ws[k+2].Joined {
		s := ws[k].Value
		if ws[k+2].Lit == "-" && s < 20 {
			return s * 12, k + 3, true
		}
		if d := ws[k+2]; d.Kind == lex.WordNumber && s < 20 && d.Value < 12 {
			return s*12 + d.Value, k + 3, true
		}
		return 0, k, false
	}
	total, found := 0.0, false
	if v, next, ok := p.lsdPart(k, "s"); ok {
		total, k, found = v, next, true
	}
	if v, next, ok := p.lsdPart(k, "d"); ok {
		total, k, found = total+v, next, true
	}
	return total, k, found
}

// coinsAt reads old money in words at j: "three pounds ten shillings and
// sixpence", "five shillings", "two and sixpence", "half a crown", "a
// guinea", "three guineas", "eighteenpence", "a thousand marks" (money
// only), "three halfpence".
func (p *parser) coinsAt(j int) (float64, int, bool) {
	ws := p.ws
	w := ws[j]
	// "half a crown", "half-a-crown", "half-crown", "two half-crowns"
	if v, next, ok := halfCrown(ws, j, p.hasHalfCrowns()); ok {
		return v, next, true
	}
	// "sixpence", "fourpence-halfpenny"
	if v, ok := lex.PenceCompound(w.Lower); ok {
		return v, j + 1, true
	}
	// "a guinea", "a groat", "a farthing", "a shilling", "a penny"
	if (w.Lower == "a" || w.Lower == "an") && j+1 < len(ws) {
		switch c := ws[j+1].Lower; c {
		case "mark", "noble":
			if p.moneyContext() && !(j+2 < len(ws) && ws[j+2].Lower == "of") {
				return lex.OldCoins[c], j + 2, true
			}
		case "guinea", "groat", "farthing", "shilling", "penny", "halfpenny":
			if c == "penny" && j+2 < len(ws) && ws[j+2].Lower == "a" {
				return 0, j, false // "a penny a day" is read below, as money
			}
			v := lex.OldCoins[c]
			if c == "halfpenny" {
				v = 0.5
			}
			return v, j + 2, true
		}
	}
	n, ok := p.number(j, false)
	if !ok || n.Value < 0 {
		return 0, j, false
	}
	if w.Kind == lex.WordNumber && p.digitsExcluded(n, false) {
		return 0, j, false
	}
	k := n.Next
	if k >= len(ws) {
		return 0, j, false
	}
	// "two and sixpence": shillings and pence, the shillings unsaid.
	if ws[k].Lower == "and" && k+1 < len(ws) && n.Words && !n.Scaled && n.Value < 20 {
		if d, ok := lex.PenceCompound(ws[k+1].Lower); ok && d < 12 {
			return n.Value*12 + d, k + 2, true
		}
	}
	coin := ws[k].Lower
	per, ok := lex.OldCoins[coin]
	if !ok || ws[k].Kind != lex.WordLetters || (coin == "noble" || coin == "mark") && n.Value != 1 {
		return 0, j, false
	}
	switch coin {
	case "pound", "pounds":
		if weighedWord(ws, k) {
			return 0, j, false
		}
		// "three pounds" alone is read as modern money (GBP); old money
		// goes on with shillings or pence.
		v, next, ok := p.smallerCoins(k+1, 240)
		if !ok {
			return 0, j, false
		}
		return n.Value*240 + v, next, true
	case "mark", "marks":
		if k+1 < len(ws) && ws[k+1].Lower == "of" || n.Scale >= 1e6 || !p.moneyContext() {
			return 0, j, false // "marks of silver" are a weight
		}
	case "penny", "pence", "pennies":
		// "6 pence" alone may be decimal pence (after 1971, a hundredth of
		// a pound): it keeps its own unit; with shillings it is old money.
		return 0, j, false
	case "noble", "nobles":
		if !p.moneyContext() {
			return 0, j, false
		}
	}
	total := n.Value * per
	next := k + 1
	if per >= 12 {
		if v, after, ok := p.smallerCoins(next, per); ok {
			total, next = total+v, after
		}
	}
	return total, next, true
}

// smallerCoins reads the shillings and pence after a larger coin: "ten
// shillings", "and sixpence", "ten shillings and sixpence", "6s. 8d.".
func (p *parser) smallerCoins(k int, above float64) (float64, int, bool) {
	ws := p.ws
	if k >= len(ws) {
		return 0, k, false
	}
	start := k
	if ws[k].Lit == "," && k+1 < len(ws) {
		k++
	}
	if ws[k].Lower == "and" && k+1 < len(ws) {
		k++
	}
	if v, ok := lex.PenceCompound(ws[k].Lower); ok {
		return v, k + 1, true
	}
	if v, next, ok := p.shillingsPence(k, false); ok && v < above {
		return v, next, true
	}
	n, ok := lex.NumberAt(ws, k, false)
	if !ok || n.Next >= len(ws) || n.Scaled {
		return 0, start, false
	}
	per := lex.OldCoins[ws[n.Next].Lower]
	if per == 0 || per >= above || per == 160 || per == 80 {
		return 0, start, false
	}
	total, next := n.Value*per, n.Next+1
	if per == 12 {
		if v, after, ok := p.smallerCoins(next, 12); ok {
			total, next = total+v, after
		}
	}
	return total, next, true
}

// halfCrown reads "half a crown", "half-a-crown", "half-crown" and a
// number of half-crowns at j, in pence.
func halfCrown(ws []lex.Word, j int, plural bool) (float64, int, bool) {
	w := ws[j].Lower
	switch {
	case w == "half" && j+2 < len(ws) && ws[j+1].Lower == "a" && ws[j+2].Lower == "crown":
		return 30, j + 3, true
	case w == "half-a-crown" || w == "half-crown":
		return 30, j + 1, true
	case (w == "a" || w == "an") && j+1 < len(ws) && ws[j+1].Lower == "half-crown":
		return 30, j + 2, true
	}
	if !plural {
		return 0, j, false
	}
	if n, ok := lex.NumberAt(ws, j, false); ok && n.Next < len(ws) && ws[n.Next].Lower == "half-crowns" {
		return n.Value * 30, n.Next + 1, true
	}
	return 0, j, false
}

// hasHalfCrowns reports whether the text has the word "half-crowns", so
// that a count of them ("two half-crowns") is looked for only then: reading
// a number at every word to find one cost an eighth of the quantity
// grammar's time.
func (p *parser) hasHalfCrowns() bool {
	if p.halfCrowns == 0 {
		p.halfCrowns = -1
		for _, w := range p.ws {
			if w.Lower == "half-crowns" {
				p.halfCrowns = 1
				break
			}
		}
	}
	return p.halfCrowns > 0
}

// weighedWord reports whether the "pounds" at ws[k] are a weight: "pounds
// of gold", "pounds weight", "weighed ten pounds".
func weighedWord(ws []lex.Word, k int) bool {
	if k+1 < len(ws) && (ws[k+1].Lower == "of" || ws[k+1].Lower == "weight" || ws[k+1].Lower == "avoirdupois" || ws[k+1].Lower == "troy") {
		return true
	}
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		switch ws[i].Lower {
		case "weigh", "weighs", "weighed", "weighing", "weight", "heavy":
			return true
		}
	}
	return false
}

// moneyWords are the words that show a sentence speaks of money, so that
// "marks" there are the English mark of account and not a weight or the
// German currency.
var moneyWords = lex.SetOf("paid", "pay", "pays", "paying", "payment", "fine", "fined", "ransom", "rent", "rents",
	"sum", "sums", "revenue", "revenues", "income", "sterling", "fee", "fees", "worth", "price", "tribute",
	"subsidy", "subsidies", "granted", "grant", "bequeathed", "lent", "loan", "debt", "debts", "annum",
	"yearly", "pension", "salary", "wages", "cost", "costs", "shillings", "pence", "pounds", "dowry",
	"tax", "taxes", "aid", "scutage", "treasure", "exchequer", "bribe", "reward", "sold", "bought",
	"purchase", "purchased", "mortgage", "owed", "levied", "raised")

// moneyContext reports whether the sentence speaks of money, and not of
// German marks.
func (p *parser) moneyContext() bool {
	found := false
	for _, w := range p.ws {
		switch w.Lower {
		case "german", "germany", "reichsmarks", "deutsche", "deutschmarks", "reich", "bundesbank":
			return false
		}
		if w.Lit == "£" || moneyWords[w.Lower] {
			found = true
		}
	}
	return found
}
