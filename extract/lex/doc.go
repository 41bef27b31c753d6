// Package lex is the one lexer of the extractors: it splits text into tokens
// (words, numbers with their forms, symbols, punctuation) with half-open
// byte offsets, holds the lexicon of word classes the grammars share
// (months, weekdays, units, currencies, qualifiers, scale and number words,
// titles, page words) and the one number reader (NumberAt, ParseDigits).
// It imports no other package of the project.
package lex
