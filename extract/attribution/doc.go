// Package attribution says who asserts a claim in a sentence and how the
// text stands to it: the party before a reporting verb that governs the
// claim ("demographers concluded that..."), after it (", the ministry
// said"), "according to X", "X's figures show", a cited source in brackets,
// and the stance (asserted, reported, distanced). It reads the words of the
// one lexer (extract/lex) and its lexicon of reporting verbs.
package attribution
