package ner

import (
	"unicode"
	"unicode/utf8"
)

// Token is a word or a punctuation mark: its text and its half-open byte
// offsets [Start, End) in the text it was read from.
type Token struct {
	Text       string
	Start, End int
}

// abbreviations keep their full stop: "Mr.", "St.", "Gen.", "No.".
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Col": true, "Lt": true,
	"Capt": true, "Maj": true, "Sgt": true, "Cpl": true, "Pvt": true, "Adm": true, "Gov": true, "Sen": true,
	"Rep": true, "Rev": true, "Hon": true, "Messrs": true, "Mme": true, "Mlle": true, "St": true, "Jr": true,
	"Sr": true, "Mt": true, "Ft": true, "No": true, "Nos": true, "Co": true, "Inc": true, "Ltd": true,
	"Bros": true, "vs": true, "etc": true, "Brig": true, "Cmdr": true, "Pres": true, "Supt": true,
	"Esq": true, "Ave": true, "Blvd": true, "Gens": true, "Fr": true, "Jas": true, "Wm": true, "Chas": true,
	"Geo": true, "Thos": true, "Jno": true,
}

// clitics split off a word after an apostrophe: "Lincoln's" → "Lincoln",
// "'s".
var clitics = map[string]bool{"s": true, "S": true, "ll": true, "re": true, "ve": true, "m": true, "d": true}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isJoiner(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// Tokenize splits text[start:end] into tokens, the way the training corpora
// were read: words (with the hyphens, apostrophes and inner full stops of
// "Sino-Soviet", "O'Brien", "U.S."), clitics ("'s") and punctuation marks, a
// run of the same mark being one token ("--", "...").
func Tokenize(text string, start, end int) []Token {
	var out []Token
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case isWordRune(r):
			j := scanWord(text, i, end)
			out = append(out, Token{text[i:j], i, j})
			i = j
			continue
		case isApostrophe(r) && i+n < end:
			if k := cliticEnd(text, i+n, end); k > 0 {
				out = append(out, Token{text[i:k], i, k})
				i = k
				continue
			}
		}
		j := i + n
		for j < end {
			r2, m := utf8.DecodeRuneInString(text[j:end])
			if r2 != r {
				break
			}
			j += m
		}
		out = append(out, Token{text[i:j], i, j})
		i = j
	}
	return out
}

// cliticEnd returns the end of a clitic whose letters start at i ("s" of
// "'s"), or 0 when none does.
func cliticEnd(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	if j > i && clitics[text[i:j]] {
		return j
	}
	return 0
}

// scanWord returns the end of the word that starts at i.
func scanWord(text string, i, end int) int {
	j := i
	segStart := i // start of the part after the last full stop
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if isWordRune(r) {
			j += n
			continue
		}
		if j+n >= end {
			if r == '.' && dotted(text[i:j], text[segStart:j]) {
				j += n
			}
			break
		}
		next, _ := utf8.DecodeRuneInString(text[j+n : end])
		switch {
		case isApostrophe(r) && unicode.IsLetter(next):
			if k := cliticEnd(text, j+n, end); k > 0 && (k >= end || !isWordRune(firstRune(text[k:end]))) && text[j+n:k] != "t" {
				return j // "Lincoln's" → "Lincoln" + "'s"
			}
			j += n
			continue
		case isJoiner(r) && isWordRune(next):
			j += n
			continue
		case (r == ',' || r == '.') && unicode.IsDigit(next) && j > i && unicode.IsDigit(lastRune(text[i:j])):
			j += n // 1,000 and 3.5
			continue
		case r == '.' && unicode.IsLetter(next) && utf8.RuneCountInString(text[segStart:j]) == 1:
			j += n // U.S.A.
			segStart = j
			continue
		case r == '.' && dotted(text[i:j], text[segStart:j]):
			j += n
		}
		break
	}
	return j
}

// dotted reports whether a full stop after word belongs to it: an initial,
// a dotted abbreviation ("U.S."), a known abbreviation ("Gen.").
func dotted(word, lastPart string) bool {
	if utf8.RuneCountInString(lastPart) == 1 && unicode.IsLetter(firstRune(lastPart)) {
		return unicode.IsUpper(firstRune(lastPart)) || len(word) > 1
	}
	return abbreviations[word]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
