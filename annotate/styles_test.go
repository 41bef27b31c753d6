package annotate_test

import (
	"reflect"
	"testing"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// library reads the test library in both its forms and checks that they
// give the same items.
func library(t *testing.T) map[string]sources.Meta {
	t.Helper()
	csl, err := sources.LoadLibrary("../testdata/library/refs.json")
	if err != nil {
		t.Fatal(err)
	}
	bib, err := sources.LoadLibrary("../testdata/library/refs.bib")
	if err != nil {
		t.Fatal(err)
	}
	a, b := csl.Items(), bib.Items()
	if len(a) != len(b) {
		t.Fatalf("%d CSL-JSON items, %d BibTeX entries", len(a), len(b))
	}
	items := map[string]sources.Meta{}
	for i := range a {
		if !reflect.DeepEqual(a[i], b[i]) {
			t.Errorf("item %s differs:\nCSL-JSON %+v\nBibTeX   %+v", a[i].ID, a[i], b[i])
		}
		items[a[i].ID] = a[i]
	}
	return items
}

func TestCitationStyles(t *testing.T) {
	items := library(t)
	page := annotate.Loc{Page: "45"}
	para := annotate.Loc{Paragraph: 2, Sentence: 1}
	tests := []struct {
		id, style, reference, cite string
		loc                        annotate.Loc
	}{
		{"dikotter2010", "chicago", "Dikötter, Frank. Mao's Great Famine. New York: Walker, 2010.", "Frank Dikötter, Mao's Great Famine (New York: Walker, 2010), 45.", page},
		{"dikotter2010", "apa", "Dikötter, F. (2010). Mao's Great Famine. Walker.", "(Dikötter, 2010, p. 45)", page},
		{"dikotter2010", "mla", "Dikötter, Frank. Mao's Great Famine. Walker, 2010.", "(Dikötter 45)", page},
		{"bernstein1967", "chicago", "Bernstein, Thomas P. “Leadership and Mass Mobilisation in the Soviet and Chinese Collectivisation Campaigns.” The China Quarterly 31, no. 3 (1967): 1–47. https://doi.org/10.1017/S0305741000015001.",
			"Thomas P. Bernstein, “Leadership and Mass Mobilisation in the Soviet and Chinese Collectivisation Campaigns,” The China Quarterly 31, no. 3 (1967): 45, https://doi.org/10.1017/S0305741000015001.", page},
		{"bernstein1967", "apa", "Bernstein, T. P. (1967). Leadership and Mass Mobilisation in the Soviet and Chinese Collectivisation Campaigns. The China Quarterly, 31(3), 1–47. https://doi.org/10.1017/S0305741000015001", "(Bernstein, 1967, p. 45)", page},
		{"bernstein1967", "mla", "Bernstein, Thomas P. “Leadership and Mass Mobilisation in the Soviet and Chinese Collectivisation Campaigns.” The China Quarterly, vol. 31, no. 3, July 1967, pp. 1–47. https://doi.org/10.1017/S0305741000015001.", "(Bernstein 45)", page},
		{"times1958", "chicago", "Liang, Wei, and Anna Smith. “Communes Report Record Harvest.” The Times, March 12, 1958.", "Wei Liang and Anna Smith, “Communes Report Record Harvest,” The Times, March 12, 1958, ¶ 2, sentence 1.", para},
		{"times1958", "apa", "Liang, W., & Smith, A. (1958, March 12). Communes Report Record Harvest. The Times, 7.", "(Liang & Smith, 1958, para. 2, sentence 1)", para},
		{"times1958", "mla", "Liang, Wei, and Anna Smith. “Communes Report Record Harvest.” The Times, 12 Mar. 1958, p. 7.", "(Liang and Smith, par. 2, sentence 1)", para},
		{"harvest-web", "chicago", "Alpha History. “The Great Leap Forward.” Chinese Revolution. June 4, 2019. https://alphahistory.com/chineserevolution/great-leap-forward/.", "Alpha History, “The Great Leap Forward,” Chinese Revolution, June 4, 2019, ¶ 2, sentence 1, https://alphahistory.com/chineserevolution/great-leap-forward/.", para},
		{"harvest-web", "apa", "Alpha History. (2019, June 4). The Great Leap Forward. Chinese Revolution. https://alphahistory.com/chineserevolution/great-leap-forward/", "(Alpha History, 2019, para. 2, sentence 1)", para},
		{"harvest-web", "mla", "Alpha History. “The Great Leap Forward.” Chinese Revolution, 4 June 2019, alphahistory.com/chineserevolution/great-leap-forward/. Accessed 1 May 2024.", "(Alpha History, par. 2, sentence 1)", para},
		{"zhou-letter", "chicago", "Zhou, Enlai. Letter to Dag Hammarskjöld, March 12, 1958. FO 371/133476, box 3, folder 2. National Archives, Kew.", "Enlai Zhou to Dag Hammarskjöld, March 12, 1958, p. 45, FO 371/133476, box 3, folder 2, National Archives, Kew.", page},
		{"zhou-letter", "apa", "Zhou, E. (1958, March 12). Letter to Dag Hammarskjöld [Letter]. FO 371/133476, box 3, folder 2, National Archives, Kew.", "(Zhou, 1958, p. 45)", page},
		{"zhou-letter", "mla", "Zhou, Enlai. Letter to Dag Hammarskjöld. 12 Mar. 1958. FO 371/133476, box 3, folder 2, National Archives, Kew.", "(Zhou 45)", page},
		{"notes-undated", "chicago", "Wang, Li. “Notes on the Commune Meetings.” Unpublished manuscript, ca. 1920.", "Li Wang, “Notes on the Commune Meetings” (unpublished manuscript, ca. 1920), 45.", page},
		{"notes-undated", "apa", "Wang, L. (ca. 1920). Notes on the Commune Meetings [Unpublished manuscript].", "(Wang, ca. 1920, p. 45)", page},
		{"notes-undated", "mla", "Wang, Li. “Notes on the Commune Meetings.” c. 1920. Unpublished manuscript.", "(Wang 45)", page},
	}
	for _, tt := range tests {
		t.Run(tt.id+"/"+tt.style, func(t *testing.T) {
			m, ok := items[tt.id]
			if !ok {
				t.Fatalf("no item %s", tt.id)
			}
			if got := annotate.Reference(m, tt.style); got != tt.reference {
				t.Errorf("Reference =\n%s\nwant\n%s", got, tt.reference)
			}
			if got := annotate.Cite(m, tt.style, tt.loc); got != tt.cite {
				t.Errorf("Cite =\n%s\nwant\n%s", got, tt.cite)
			}
		})
	}
}

func TestCitationItalics(t *testing.T) {
	items := library(t)
	runs := annotate.ReferenceRuns(items["bernstein1967"], annotate.StyleAPA)
	var italic []string
	for _, r := range runs {
		if r.Italic {
			italic = append(italic, r.Text)
		}
	}
	if len(italic) != 2 || italic[0] != "The China Quarterly" || italic[1] != "31" {
		t.Errorf("italic runs = %q, want the journal and the volume", italic)
	}
}

func TestCitationMissingParts(t *testing.T) {
	tests := []struct {
		name, style, want string
		meta              sources.Meta
	}{
		{"no date, chicago", "chicago", "Notes. N.d.", sources.Meta{Type: "document", Title: "Notes"}},
		{"no author or date, apa", "apa", "Notes. (n.d.).", sources.Meta{Type: "document", Title: "Notes"}},
		{"web with no date, apa", "apa", "Liang, W. (n.d.). Page. Retrieved May 1, 2024, from https://x.org", sources.Meta{Type: "webpage", Title: "Page", Author: []sources.Name{{Family: "Liang", Given: "Wei"}}, URL: "https://x.org", Accessed: &sources.DateParts{DateParts: [][]int{{2024, 5, 1}}}}},
		{"four authors, mla", "mla", "A, Al, et al. T. P, 2000.", sources.Meta{Type: "book", Title: "T", Publisher: "P", Issued: &sources.DateParts{DateParts: [][]int{{2000}}}, Author: []sources.Name{{Family: "A", Given: "Al"}, {Family: "B"}, {Family: "C"}, {Family: "D"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := annotate.Reference(tt.meta, tt.style); got != tt.want {
				t.Errorf("Reference = %q, want %q", got, tt.want)
			}
		})
	}
}
