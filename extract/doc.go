// Package extract is the root of the extractors: pure functions from text to
// spans, one package per grammar, all reading one lexer. It does no I/O and
// keeps no mutable global state; every span is a half-open range of byte
// offsets into the text it was given.
//
// The packages, each importing only those above it:
//
//	lex         the lexer, the lexicon of word classes (months, units,
//	            currencies, qualifiers, scale words, titles...) and the one
//	            number reader; Span and the table of line starts
//	sentences   segmentation into sentences, headings, captions, list items
//	tagging     prose's part-of-speech tagger and entity model, loaded once
//	dates       dates and relative dates, normalised to EDTF
//	quantities  numeric expressions, and the subject a number is about
//	entities    named entities: gazetteers, rules, and the statistical
//	            model's candidates (entities.Recognizer)
//
// The annotate package assembles their output into a document; nothing here
// imports it.
package extract
