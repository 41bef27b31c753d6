package lex

// OldCitation reports whether the number at ws[i] is part of an old-style
// reference rather than a quantity: after a Roman numeral in lower case
// and its stop ("iv. 419", "vol. ii. 87"), or a chapter "c." or "cap."
// after a Roman numeral or a reference word ("lib. iii. c. 4", "3 Hen.
// VIII, c. 5", "ch. 4").
func OldCitation(ws []Word, i int) bool {
	k := i - 1
	// "i. 124, 206": a later number of the same list.
	for steps := 0; steps < 6 && k >= 1 && (ws[k].Lit == "," || ws[k].Kind == WordNumber); steps++ {
		k--
	}
	if k < 1 || ws[k].Lit != "." || !ws[k].Joined {
		return false
	}
	prev := ws[k-1]
	if RomanLower(prev.Lit) && prev.Lit != "l" {
		return true
	}
	if prev.Lower != "c" && prev.Lower != "cap" && prev.Lower != "capp" && prev.Lower != "cc" {
		return false
	}
	j := k - 2
	if j >= 0 && ws[j].Lit == "," {
		j--
	}
	if j >= 0 && ws[j].Lit == "." {
		j--
	}
	if j < 0 {
		return false
	}
	if _, ok := RomanValue(ws[j].Lit); ok && ws[j].Lit != "I" {
		return true
	}
	return IsPageWord(ws[j].Lower, true) || ws[j].Kind == WordNumber && j > 0 && (ws[j-1].Lower == "p" || ws[j-1].Lit == ".")
}
