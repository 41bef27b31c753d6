// Package sentences splits a text into paragraphs and units (sentences,
// headings, captions, list items) with half-open byte offsets, the spans
// every mention and claim is linked to.
package sentences
