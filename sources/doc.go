// Package sources reads inputs (files, folders, globs, standard input),
// decodes them to UTF-8 and describes where each came from as CSL-JSON.
package sources
