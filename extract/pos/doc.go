// Package pos tags words with their part of speech (Penn Treebank tags),
// giving exactly the tags of prose's tagger (github.com/jdkato/prose/v2)
// from prose's own model data, without its costs: prose builds a map of
// features and a map of scores for every word, joins strings for every
// feature and reads its model from gob on start-up; here the model is
// embedded in a compact form (model.bin, made by gen_model.go from prose's
// data), read once on first use, and a word's features are looked up from
// one reused buffer and scored in an array.
//
// The tokenizer is prose's too, with byte offsets: the words, their tags and
// their spans are the ones prose gives for the same text. Two of prose's
// quirks are kept so that the tags stay the same: a word repeated in a text
// (other than its last word) takes the tag of its last occurrence, because
// prose's tokenizer shares the token between them; and where two tags score
// exactly the same, prose picks one by map order, at random, while this
// package always picks the first in the model's class order.
package pos

//go:generate go run gen_model.go
