// Package export writes annotated documents as fact sheets, one writer per
// format, all reading the annotate model. Formats is the registry of the
// formats: each declares its name, extensions, whether it streams, what it
// does with review work, and its constructor. For the workbook it also does the review round trip:
// ReadReviews reads the review work of the workbook about to be replaced,
// the workbook writer carries it over by claim ID (and keeps the rest on an
// "Orphaned reviews" sheet), and WriteWorkbook replaces the workbook
// atomically, keeping the old one as a backup.
package export
