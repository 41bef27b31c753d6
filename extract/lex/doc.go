// Package lex is the one lexer of the extractors: it splits text into tokens
// (Tokens: words, numbers with their forms, symbols, punctuation with one
// set of dashes and apostrophes) with half-open byte offsets, holds the
// lexicon of word classes the grammars share (months, weekdays, units,
// currencies, qualifiers, scale and number words, titles, page words) and
// the one number reader (ParseDigits for digits, NumberAt for numbers in
// digits or words).
//
// Every grammar reads the same tokens: the date grammar as they are; the
// quantity grammar and those built on it through Words, the same tokens
// with compound words joined ("Five-Year", "twenty-six"); the entity
// recogniser through name pieces made from them.
//
// It imports no other package of the project.
package lex
