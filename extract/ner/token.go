package ner

import (
	"github.com/factsheet/factsheet/extract/lex"
	"sync"
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

// isWordRune reports whether r can be part of a word: a letter, a digit or
// a non-spacing mark.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Tokenize splits text[start:end] into tokens, the way the training corpora
// were read: words (with the hyphens, apostrophes and inner full stops of
// "Sino-Soviet", "O'Brien", "U.S."), clitics ("'s") and punctuation marks, a
// run of the same mark being one token ("--", "..."). It reads the tokens
// of the one lexer (lex.AppendTokensIn) and joins them (FromLex).
func Tokenize(text string, start, end int) []Token {
	bp := lexBuffers.Get().(*[]lex.Token)
	ts := lex.AppendTokensIn((*bp)[:0], text, lex.Span{Start: start, End: end})
	out := FromLex(text, ts)
	*bp = ts[:0]
	lexBuffers.Put(bp)
	return out
}

// lexBuffers hold the lexer's tokens while Tokenize joins them; the tokens
// it returns keep nothing of them.
var lexBuffers = sync.Pool{New: func() any { return new([]lex.Token) }}

// FromLex makes the model's tokens from the lexer's tokens ts of text (see
// Tokenize): a word goes on over the tokens written against it (letters
// and numbers, "O'" of "O'Brien", "-" of "Sino-Soviet" and "F-16", the
// "," and "." between digits of "1,000" and "1958,1959", the "." of
// "U.S.A") and takes the full stop of an initial or an abbreviation; an
// apostrophe before a clitic ("'s", "'ll") begins a token of its own.
func FromLex(text string, ts []lex.Token) []Token {
	out := make([]Token, 0, len(ts))
	for k := 0; k < len(ts); {
		t := ts[k]
		next := k + 1
		switch {
		case t.Kind == lex.WordNumber && t.Lit[0] == '.':
			// ".265": the corpora were read with the full stop apart,
			// and the model learnt them so.
			out = append(out, Token{".", t.Start, t.Start + 1})
			t.Start++
			next = wordEnd(text, ts, k, t.Start)
		case t.Kind == lex.WordLetters || t.Kind == lex.WordNumber:
			next = wordEnd(text, ts, k, t.Start)
		case isApostrophe(t.Lit) && isClitic(ts, k+1):
			next = k + 2
		default:
			for next < len(ts) && ts[next].Joined && ts[next].Lit == t.Lit {
				next++ // a run of one mark: "--", "..."
			}
		}
		end := ts[next-1].End
		out = append(out, Token{text[t.Start:end], t.Start, end})
		k = next
	}
	return out
}

// isApostrophe reports whether a mark is an apostrophe the corpora split
// clitics at.
func isApostrophe(s string) bool { return s == "'" || s == "’" }

// isJoiner reports whether a mark joins the parts of a word: a hyphen.
func isJoiner(s string) bool { return s == "-" || s == "\u2010" || s == "\u2011" }

// isClitic reports whether ts[k] is a clitic written against the
// apostrophe before it: "s" of "'s", "ll" of "'ll".
func isClitic(ts []lex.Token, k int) bool {
	return k < len(ts) && ts[k].Joined && ts[k].Kind == lex.WordLetters && clitics[ts[k].Lit]
}

// joinedWord reports whether ts[k] is a word or number written against the
// token before it.
func joinedWord(ts []lex.Token, k int) bool {
	return k < len(ts) && ts[k].Joined && (ts[k].Kind == lex.WordLetters || ts[k].Kind == lex.WordNumber)
}

// wordEnd returns the index after the tokens of the word that starts at
// start, in ts[k].
func wordEnd(text string, ts []lex.Token, k, start int) int {
	segStart := start // start of the part after the last full stop
	j := k + 1
	for j < len(ts) {
		if joinedWord(ts, j) {
			j++
			continue
		}
		m := ts[j]
		if !m.Joined {
			break
		}
		word, part := text[start:m.Start], text[segStart:m.Start]
		switch {
		case isApostrophe(m.Lit) && j+1 < len(ts) && ts[j+1].Joined && ts[j+1].Kind == lex.WordLetters:
			if isClitic(ts, j+1) && !joinedWord(ts, j+2) && ts[j+1].Lit != "t" {
				return j // "Lincoln's" → "Lincoln" + "'s"
			}
			j += 2
			continue
		case isJoiner(m.Lit) && joinedWord(ts, j+1):
			j += 2
			continue
		case (m.Lit == "," || m.Lit == ".") && joinedWord(ts, j+1) && lex.IsDigit(ts[j+1].Lit[0]) && lex.IsDigit(word[len(word)-1]):
			j += 2 // "1958,1959", "12.03.1958"
			continue
		case m.Lit == "." && j+1 < len(ts) && ts[j+1].Joined && ts[j+1].Kind == lex.WordLetters && utf8.RuneCountInString(part) == 1:
			segStart = ts[j+1].Start // "U.S.A."
			j++
			continue
		case m.Lit == "." && dotted(word, part):
			j++
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
