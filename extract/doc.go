// Package extract holds pure functions from text to spans: sentence
// segmentation, named entities, dates and quantities. It does no I/O and keeps
// no mutable global state; every span is a half-open range of byte offsets
// into the text it was given.
package extract
