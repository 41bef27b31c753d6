package lex

// Roman numerals, as old books number volumes, books, chapters and kings:
// "vol. ii.", "lib. iii.", "ch. xiii.", "Henry VIII".

var romanDigits = map[byte]int{'i': 1, 'v': 5, 'x': 10, 'l': 50, 'c': 100, 'd': 500, 'm': 1000}

// RomanValue returns the value of a Roman numeral written in one case
// ("xiii", "VIII"), with the subtractive forms ("iv", "xl") and the old
// final j ("viij"), or false when s is none.
func RomanValue(s string) (int, bool) {
	if s == "" || len(s) > 12 {
		return 0, false
	}
	lower := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			lower = false
		}
	}
	total, prev := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i] | 0x20
		if (s[i] >= 'a') != lower {
			return 0, false // mixed case: "Vi" is a word
		}
		if c == 'j' && i == len(s)-1 && i > 0 {
			c = 'i'
		}
		v, ok := romanDigits[c]
		if !ok {
			return 0, false
		}
		if v < prev {
			if prev > 10*v || v == 5 || v == 50 || v == 500 {
				return 0, false
			}
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	return total, total > 0 && total < 4000
}

// RomanLower reports whether s is a Roman numeral in lower case below
// fifty ("ii", "xiii", "xlvi"): the numbers of volumes, books and chapters
// in old citations. "i", "v", "x" and "l" alone count too; "c", "d" and
// "m" do not (circa, pence).
func RomanLower(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'i', 'v', 'x', 'l', 'j':
		default:
			return false
		}
	}
	_, ok := RomanValue(s)
	return ok
}
