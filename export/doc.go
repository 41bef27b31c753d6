// Package export writes annotated documents as fact sheets: an Excel
// workbook, JSON, JSON Lines and CSV, one writer per format, all reading the
// annotate model. For the workbook it also does the review round trip:
// ReadReviews reads the review work of the workbook about to be replaced,
// the workbook writer carries it over by claim ID (and keeps the rest on an
// "Orphaned reviews" sheet), and WriteWorkbook replaces the workbook
// atomically, keeping the old one as a backup.
package export
