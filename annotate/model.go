package annotate

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/extract/attribution"
	"github.com/factsheet/factsheet/extract/entities"
	"github.com/factsheet/factsheet/sources"
)

// Document is one annotated source. It is the unit of every export.
type Document struct {
	Source    sources.Source `json:"source"`
	Sentences []Sentence     `json:"sentences"`
	Mentions  []Mention      `json:"mentions"`
	Claims    []Claim        `json:"claims"`
}

// Sentence is a unit of the source's text: a sentence, heading, caption or
// list item. Index and Paragraph count from 0, Line from 1; Start and End are
// byte offsets into the source's text.
type Sentence struct {
	Index     int    `json:"index"`
	Paragraph int    `json:"paragraph"`
	Kind      string `json:"kind"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Line      int    `json:"line"`
	// Page is the page of the original the sentence is on ("45", or
	// "45–46" when it runs over a page break), when the source has pages.
	Page string `json:"page,omitempty"`
	// Note is the number of the note the sentence is in, for the notes a
	// source keeps apart from its body (a DOCX's footnotes).
	Note string `json:"note,omitempty"`
	Text string `json:"text"`
}

// The types of mention.
const (
	TypeEntity   = "entity"
	TypeDate     = "date"
	TypeQuantity = "quantity"
)

// Mention is an entity, date or quantity found in a sentence. The fields of
// its type are those of the embedded attributes; the others are left out of
// its JSON.
type Mention struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	*EntityAttrs
	*DateAttrs
	*QuantityAttrs
}

// EntityAttrs are the fields of an entity mention: its label and the
// canonical name of the entity, shared by all the mentions of it.
type EntityAttrs struct {
	Label     string `json:"label"`
	Canonical string `json:"canonical"`

	origin entities.Origin // what settled Label and Canonical
}

// AnchorIssued is the Anchor of a date counted from the source's own date,
// its issued date ("yesterday" in a newspaper of 12 March 1958).
const AnchorIssued = "issued"

// DateAttrs are the fields of a date mention. EDTF is empty for a relative
// date that could not be resolved; Reason then says why. Earliest and Latest
// are ISO dates, empty where the date is open at that end ("by 1972").
type DateAttrs struct {
	EDTF     string `json:"edtf"`
	Mod      string `json:"mod,omitempty"`
	Relative bool   `json:"relative"`
	Anchor   string `json:"anchor,omitempty"`
	Reason   string `json:"reason,omitempty"`
	Earliest string `json:"earliest,omitempty"`
	Latest   string `json:"latest,omitempty"`
	// Calendar is "julian" for a date the source gives in the Julian
	// calendar after 1582 (Old Style); EDTF keeps the day as written, and
	// Earliest and Latest are its Gregorian days.
	Calendar string `json:"calendar,omitempty"`
}

// QuantityAttrs are the fields of a quantity mention. Value is null for a
// vague quantity, High for anything but a range.
type QuantityAttrs struct {
	Value       *float64 `json:"value"`
	High        *float64 `json:"high"`
	Kind        string   `json:"kind"`
	Unit        string   `json:"unit"`
	SurfaceUnit string   `json:"surface_unit,omitempty"`
	Qualifier   string   `json:"qualifier"`
	Vague       bool     `json:"vague"`
	// Change is "up" or "down" for the size of a change ("rose by $4
	// billion", "fell 12 percent"), and left out otherwise.
	Change string `json:"change,omitempty"`
	// Duration is the ISO 8601 duration of a quantity of kind duration
	// ("P872D"), left out otherwise.
	Duration string `json:"duration,omitempty"`
	// SIValue is an old measure's value in SIUnit ("m", "m²", "m³", "kg")
	// where the measure had a standard size (20 leagues: 96560.64 m);
	// Value and Unit stay as the text gives them.
	SIValue *float64 `json:"si_value,omitempty"`
	SIUnit  string   `json:"si_unit,omitempty"`
}

// Claim is a checkable statement: one quantity mention (or, for Kind
// "comparison", a superlative or comparison without a number, whose Mention
// is empty and null in JSON), the sentence that makes it, what it is about,
// when, who and where, who asserts it, how much it needs checking, and how
// to cite it.
type Claim struct {
	ID       string     `json:"id"`
	Mention  MentionRef `json:"mention"`
	Sentence int        `json:"sentence"`
	// Kind is the quantity's kind (count, percent, money...), or
	// KindComparison.
	Kind string `json:"kind"`
	// Text is the claim's words: the quantity as written, or the
	// comparison's words ("the worst in world history").
	Text string `json:"text"`
	// Start and End are the byte offsets of Text in the source's text.
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Subject  string   `json:"subject"`
	When     string   `json:"when,omitempty"`
	Entities []string `json:"entities"`
	Citation string   `json:"citation"`
	Quote    string   `json:"quote"`
	// Attribution is who the text says asserts the claim; nil when the
	// text asserts it in its own voice.
	Attribution *Attribution `json:"attribution"`
	// Stance is how the text stands to the claim: StanceAsserted,
	// StanceReported or StanceDistanced.
	Stance string `json:"stance"`
	// Priority, from 0 to 1, is how much the claim asks to be checked
	// first; PriorityReasons are what make it up (see Priority).
	Priority        float64  `json:"priority"`
	PriorityReasons []string `json:"priority_reasons"`
}

// KindComparison is the kind of a claim without a number: a superlative
// ("the worst famine in world history") or a comparison ("overtake Britain
// in fifteen years").
const KindComparison = "comparison"

// The stances of a text to its claims.
const (
	StanceAsserted  = attribution.Asserted
	StanceReported  = attribution.Reported
	StanceDistanced = attribution.Distanced
)

// Attribution is who asserts a claim: the party as written ("demographers",
// "the government"), its entity's canonical name when the party is a named
// entity, and the reporting verb in its base form ("conclude", "announce",
// "according to"). Party is empty for a claim reported without naming
// anyone ("it was estimated that").
type Attribution struct {
	Party     string `json:"party"`
	Canonical string `json:"canonical,omitempty"`
	Verb      string `json:"verb"`
}

// MentionRef is the id of a claim's quantity mention: empty for a
// comparison, and then null in JSON.
type MentionRef string

// MarshalJSON writes the id, or null when it is empty.
func (r MentionRef) MarshalJSON() ([]byte, error) {
	if r == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(r))
}

// MentionOf returns the quantity mention of a claim, or nil for a
// comparison.
func (d *Document) MentionOf(c *Claim) *Mention {
	if c.Mention == "" {
		return nil
	}
	// Mention ids are "M" and the mention's place in the source's
	// mentions, from 1; Mentions may be those of one part of it.
	id := string(c.Mention)
	if n, err := strconv.Atoi(strings.TrimPrefix(id, "M")); err == nil && len(d.Mentions) > 0 {
		if first, err := strconv.Atoi(strings.TrimPrefix(d.Mentions[0].ID, "M")); err == nil {
			if k := n - first; k >= 0 && k < len(d.Mentions) && d.Mentions[k].ID == id {
				return &d.Mentions[k]
			}
		}
	}
	for i := range d.Mentions {
		if d.Mentions[i].ID == id {
			return &d.Mentions[i]
		}
	}
	return nil
}

// MentionIndex maps the ids of the document's mentions to the mentions.
func (d *Document) MentionIndex() map[string]*Mention {
	m := make(map[string]*Mention, len(d.Mentions))
	for i := range d.Mentions {
		m[d.Mentions[i].ID] = &d.Mentions[i]
	}
	return m
}
