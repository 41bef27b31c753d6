package extract

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/factsheet/factsheet/extract/dates"
	"github.com/factsheet/factsheet/extract/entities"
	"github.com/factsheet/factsheet/extract/quantities"
	"github.com/factsheet/factsheet/extract/sentences"
	"github.com/factsheet/factsheet/extract/tagging"
)

func TestScratchLinear(t *testing.T) {
	var para strings.Builder
	for _, n := range []string{"great-leap-forward.txt", "corpus/siege-of-leningrad.txt", "corpus/irish-famine.md"} {
		b, _ := os.ReadFile("../testdata/" + n)
		para.WriteString(strings.Join(strings.Fields(string(b)), " "))
		para.WriteString(" ")
	}
	p := para.String()
	r := entities.NewRecognizer(tagging.SharedModel(), nil)
	for _, mb := range []int{1, 5, 10} {
		var b strings.Builder
		for b.Len() < mb<<20 {
			b.WriteString(p)
		}
		text := b.String()[:mb<<20]
		t0 := time.Now()
		ss := sentences.Sentences(text)
		t1 := time.Now()
		ds := dates.Dates(text)
		t2 := time.Now()
		quantities.Quantities(text, ds)
		t3 := time.Now()
		for _, s := range ss[:len(ss)/10] {
			r.Entities(text, s.Span)
		}
		t4 := time.Now()
		f := float64(mb)
		t.Logf("%d MB: sentences %.3f dates %.3f quantities %.3f entities(1/10) %.3f s/MB", mb, t1.Sub(t0).Seconds()/f, t2.Sub(t1).Seconds()/f, t3.Sub(t2).Seconds()/f, t4.Sub(t3).Seconds()/f)
	}
}
