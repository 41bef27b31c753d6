// Package export writes annotated documents as fact sheets: an Excel
// workbook, JSON, JSON Lines and CSV, one writer per format, all reading the
// annotate model.
package export
