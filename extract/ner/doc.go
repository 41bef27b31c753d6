// Package ner is factsheet's own named-entity recogniser: a linear-chain
// model (a structured averaged perceptron, decoded with Viterbi) trained in
// this repository on openly licensed corpora (see cmd/train-ner and the
// README), and the GeoNames place gazetteer it uses as a feature.
//
// It takes tokens (words with byte offsets, made from the one lexer's
// tokens: see Tokenize and FromLex) and returns labelled spans of the coarse types PER, ORG, LOC and
// MISC. Refining those to the project's labels (GPE, LOC, FAC, NORP, EVENT,
// WORK, LAW) is the entity grammar's job. The model and the gazetteer are
// embedded, laid out to be read where they lie (see package strtab), and
// opened once per process in a few milliseconds; both are read-only and
// safe for concurrent use.
package ner
