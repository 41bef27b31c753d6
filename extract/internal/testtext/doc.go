// Package testtext holds what the extractors' tests share: the reader of
// the Recognizers-Text conformance specs kept outside the repository.
package testtext
