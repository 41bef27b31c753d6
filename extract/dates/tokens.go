package dates

import (
	"github.com/factsheet/factsheet/extract/lex"
)

// The date grammar reads a text as the tokens of the one lexer
// (lex.Tokens): words (runs of letters, so that "mid-March" is "mid", "-",
// "March"), numbers and single marks of punctuation and symbols, the dashes
// and apostrophes in their canonical forms. A number is a year, a day or a
// month only when it is a whole number (isInt): "1958", "10,000" (which
// context.go reads as a count), not "1.5" or "1½". Each token remembers
// whether space came before it, so that "5th" (a number joined to a word)
// and "1958 – 1961" can be told apart from "5 th" and "1958–1961" where it
// matters.

// isInt reports whether t is a whole number in digits, plain or grouped.
func isInt(t lex.Token) bool {
	return t.Kind == lex.WordNumber && (t.Form == lex.Plain || t.Form == lex.Grouped)
}

// isMark reports whether t is a mark of punctuation or a symbol.
func isMark(t lex.Token) bool { return t.Kind == lex.WordPunct || t.Kind == lex.WordSymbol }

// isDash reports whether a mark joins the ends of a range: a dash of any
// kind (lex.IsDash).
func isDash(s string) bool { return lex.IsDash(s) }

// num returns the value of a number token, at most 1e9.
func num(t lex.Token) int { return int(min(t.Value, 1e9)) }

// digits returns how many digits a number token has.
func ndigits(t lex.Token) int { return int(t.Digits) }

// Helpers over the token list. Each is safe for any index.

func (p *dateParser) word(i int) string {
	if i >= 0 && i < len(p.toks) && p.toks[i].Kind == lex.WordLetters {
		return p.toks[i].Lower
	}
	return ""
}

func (p *dateParser) mark(i int) string {
	if i >= 0 && i < len(p.toks) && isMark(p.toks[i]) {
		return p.toks[i].Lower
	}
	return ""
}

func (p *dateParser) isNum(i int) bool {
	return i >= 0 && i < len(p.toks) && isInt(p.toks[i])
}

// joined reports whether token i follows token i-1 with no space between.
func (p *dateParser) joined(i int) bool {
	return i > 0 && i < len(p.toks) && p.toks[i].Joined
}

// wordsAt reports whether the tokens from i are the given words, and returns
// the index after them. A hyphen may stand for a space ("mid-1960s" is read
// by other rules; this is for phrases such as "no later than").
func (p *dateParser) wordsAt(i int, words ...string) (int, bool) {
	for _, w := range words {
		if p.word(i) != w {
			return i, false
		}
		i++
	}
	return i, true
}

// dotAfter skips a full stop right after token i-1 ("c." "Jan."), returning
// the index after it.
func (p *dateParser) dotAfter(i int) int {
	if p.mark(i) == "." && p.joined(i) {
		return i + 1
	}
	return i
}

// monthEnd returns the index after a month name at i and the full stop of
// its abbreviation ("Sept."), if any.
func (p *dateParser) monthEnd(i int) int {
	if monthAbbrev(p.word(i)) {
		return p.dotAfter(i + 1)
	}
	return i + 1
}
