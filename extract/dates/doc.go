// Package dates finds date expressions (absolute, relative, ranges, eras,
// periods, seasons, feasts) and normalises them to EDTF, with the modifier
// and, for relative dates, the Shift that resolves them from an anchor.
// Bounds gives the earliest and latest ISO dates of an EDTF value.
package dates
