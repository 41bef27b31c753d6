package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// synthSentence is one sentence of a generated document: its text, and
// the date, place and quantity in it.
type synthSentence struct {
	text                string
	date, place, amount string
}

// synthDoc generates a document of n sentences, each with one date, one
// place and one quantity claim, in paragraphs of five, without running the
// extractors: the model as annotate.Annotate would give it, built directly,
// so that writers can be measured on any number of claims.
func synthDoc(id string, n int) *annotate.Document {
	places := []string{"Henan", "Anhui", "Sichuan", "Gansu", "Shandong", "Hebei", "Hunan"}
	ss := make([]synthSentence, n)
	for i := range ss {
		year := strconv.Itoa(1900 + i%100)
		amount := formatThousands(1000+i*37) + " backyard furnaces"
		place := places[i%len(places)]
		ss[i] = synthSentence{
			text: "In " + year + " the province of " + place + " built " + amount + ", by the official count.",
			date: year, place: place, amount: amount,
		}
	}
	return synthDocOf(id, ss)
}

// synthDocOf builds the document of the given sentences, five to a
// paragraph.
func synthDocOf(id string, ss []synthSentence) *annotate.Document {
	var text strings.Builder
	doc := &annotate.Document{}
	for i, s := range ss {
		if i > 0 {
			if i%5 == 0 {
				text.WriteString("\n\n")
			} else {
				text.WriteString(" ")
			}
		}
		start := text.Len()
		text.WriteString(s.text)
		doc.Sentences = append(doc.Sentences, annotate.Sentence{
			Index: i, Paragraph: i / 5, Kind: "sentence", Start: start, End: text.Len(), Line: 1 + 2*(i/5), Text: s.text,
		})
		mention := func(typ, what string) annotate.Mention {
			k := strings.Index(s.text, what)
			if what == "" || k < 0 {
				panic(fmt.Sprintf("%q not in %q", what, s.text))
			}
			return annotate.Mention{ID: "M" + strconv.Itoa(len(doc.Mentions)+1), Type: typ, Text: what,
				Start: start + k, End: start + k + len(what), Sentence: i}
		}
		var dm, em, qm annotate.Mention
		if s.date != "" {
			dm = mention(annotate.TypeDate, s.date)
			dm.DateAttrs = &annotate.DateAttrs{EDTF: s.date, Earliest: s.date + "-01-01", Latest: s.date + "-12-31"}
			doc.Mentions = append(doc.Mentions, dm)
		}
		if s.place != "" {
			em = mention(annotate.TypeEntity, s.place)
			em.EntityAttrs = &annotate.EntityAttrs{Label: "GPE", Canonical: s.place}
			doc.Mentions = append(doc.Mentions, em)
		}
		if s.amount != "" {
			qm = mention(annotate.TypeQuantity, s.amount)
			v, _ := strconv.ParseFloat(strings.ReplaceAll(strings.Fields(s.amount)[0], ",", ""), 64)
			unit := strings.Join(strings.Fields(s.amount)[1:], " ")
			kind := "count"
			if unit == "percent" {
				kind = "percent"
			}
			qm.QuantityAttrs = &annotate.QuantityAttrs{Value: &v, Kind: kind, Unit: unit, Qualifier: "none"}
			doc.Mentions = append(doc.Mentions, qm)
			doc.Claims = append(doc.Claims, annotate.Claim{
				ID: annotate.ClaimID(id, s.text, s.amount, 1), Mention: annotate.MentionRef(qm.ID), Sentence: i,
				Kind: kind, Text: qm.Text, Start: qm.Start, End: qm.End, Stance: "asserted",
				Subject: unit, When: s.date, Entities: nonEmpty(s.place),
				Citation: "“" + id + ",” " + annotate.Locator(doc.Sentences, i) + ".",
				Quote:    s.text,
			})
		}
	}
	doc.Source = sources.Source{ID: id, Path: id + ".txt", SHA256: strings.Repeat("ab", 32), Encoding: "UTF-8",
		Text: text.String(), Meta: sources.Meta{ID: id, Type: "document", Title: "Generated " + id}}
	return doc
}

func nonEmpty(s ...string) []string {
	out := []string{}
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

func formatThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
