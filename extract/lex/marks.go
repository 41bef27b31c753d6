package lex

// The one set of dashes and apostrophes every grammar reads. Text from the
// web writes a range, a minus and a compound word with many different
// characters; the lexer gives each its canonical form, so that "15‒45
// million" (figure dash) and "1958–1961" (en dash) are read alike by the
// quantity and the date grammars.

// The canonical dashes.
const (
	Hyphen    = "-" // hyphen-minus, hyphen U+2010, non-breaking hyphen U+2011, small and full-width hyphen-minus
	RangeDash = "–" // en dash U+2013, figure dash U+2012
	EmDash    = "—" // em dash U+2014, horizontal bar U+2015
	Minus     = "−" // minus sign U+2212
)

// Dash returns the canonical form of a dash (Hyphen, RangeDash, EmDash or
// Minus), or "" when s is not a dash.
func Dash(s string) string {
	switch s {
	case "-", "\u2010", "\u2011", "\uFE63", "\uFF0D":
		return Hyphen
	case "\u2012", "\u2013":
		return RangeDash
	case "\u2014", "\u2015":
		return EmDash
	case "\u2212":
		return Minus
	}
	return ""
}

// IsDash reports whether s is a dash of any kind: what can join the ends of
// a range ("1958–61", "15‒45", "20-30").
func IsDash(s string) bool { return Dash(s) != "" }

// IsHyphenRune reports whether r joins the parts of a compound word
// ("Five-Year", "Kai‐shek"): a hyphen of any kind.
func IsHyphenRune(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// IsApostrophe reports whether r is an apostrophe: the straight one, the
// right single quotation mark (the curly apostrophe) or the modifier letter
// apostrophe (ʼ).
func IsApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }
