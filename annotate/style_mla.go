package annotate

import (
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/sources"
)

// mlaNames writes "Liang, Wei", "Liang, Wei, and Anna Smith", "Liang, Wei,
// et al.".
func mlaNames(names []sources.Name) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return nameFamilyFirst(names[0])
	case 2:
		return nameFamilyFirst(names[0]) + ", and " + nameGivenFirst(names[1])
	}
	return nameFamilyFirst(names[0]) + ", et al."
}

// mlaDate writes "12 Mar. 1958", "Mar. 1958", "1958", "c. 1920".
func mlaDate(d *sources.DateParts) string {
	p := dateParts(d)
	y := yearOf(d, "c.")
	if p == nil {
		return y
	}
	switch {
	case len(p) >= 3 && p[1] > 0 && p[2] > 0:
		return strconv.Itoa(p[2]) + " " + mlaMonths[p[1]-1] + " " + y
	case len(p) >= 2 && p[1] > 0:
		return mlaMonths[p[1]-1] + " " + y
	}
	return y
}

// mlaURL drops the scheme of a URL, as MLA prints it.
func mlaURL(u string) string {
	return strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
}

func mlaPages(p string) string {
	if p == "" {
		return ""
	}
	if strings.ContainsAny(p, "–-,") {
		return "pp. " + p
	}
	return "p. " + p
}

// mlaReference formats an entry of MLA's works cited: author. title.
// container, contributors, version, number, publisher, date, location.
func mlaReference(m sources.Meta) string {
	authors := mlaNames(m.Author)
	var parts []string
	add := func(p ...string) {
		for _, x := range p {
			if x != "" {
				parts = append(parts, end(x))
			}
		}
	}
	date := mlaDate(m.Issued)
	switch kind(m) {
	case "book", "document":
		add(authors, ital(m.Title), join(", ", m.Publisher, date))
	case "chapter":
		eds := ""
		if len(m.Editor) > 0 {
			var list []string
			for _, n := range m.Editor {
				list = append(list, nameGivenFirst(n))
			}
			eds = "edited by " + andList(list, "and")
		}
		add(authors, quoted(m.Title, "."), join(", ", ital(m.ContainerTitle), eds, m.Publisher, date, mlaPages(m.Page)))
	case "journal":
		vol := ""
		if m.Volume != "" {
			vol = "vol. " + m.Volume
		}
		no := ""
		if m.Issue != "" {
			no = "no. " + m.Issue
		}
		link := ""
		if m.DOI != "" {
			link = doiURL(m)
		} else {
			link = mlaURL(m.URL)
		}
		add(authors, quoted(m.Title, "."), join(", ", ital(m.ContainerTitle), vol, no, date, mlaPages(m.Page)), link)
	case "newspaper":
		add(authors, quoted(m.Title, "."), join(", ", ital(m.ContainerTitle), date, mlaPages(m.Page), mlaURL(m.URL)))
	case "web":
		accessed := ""
		if m.Accessed != nil {
			accessed = "Accessed " + mlaDate(m.Accessed)
		}
		add(authors, quoted(m.Title, "."), join(", ", ital(m.ContainerTitle), date, mlaURL(m.URL)), accessed)
	case "letter":
		head := m.Title
		if len(m.Recipient) > 0 {
			var list []string
			for _, n := range m.Recipient {
				list = append(list, nameGivenFirst(n))
			}
			head = "Letter to " + andList(list, "and")
		}
		add(authors, head, date, join(", ", m.ArchiveLocation, m.CollectionTitle, m.Archive, m.ArchivePlace))
	case "manuscript":
		add(authors, quoted(m.Title, "."), date, "Unpublished manuscript")
	}
	return strings.ReplaceAll(strings.Join(parts, " "), ".”.", ".”")
}

// mlaInText writes "(Liang 45)", "(Liang and Smith, par. 2, sentence 1)",
// "(Liang et al. 45)"; with no author, the title.
func mlaInText(m sources.Meta, loc Loc) string {
	var who string
	switch n := len(m.Author); {
	case n == 0:
		switch kind(m) {
		case "book", "document":
			who = ital(m.Title)
		default:
			who = "“" + m.Title + "”"
		}
	case n == 1:
		who = familyOf(m.Author[0])
	case n == 2:
		who = familyOf(m.Author[0]) + " and " + familyOf(m.Author[1])
	default:
		who = familyOf(m.Author[0]) + " et al."
	}
	at := locator(loc, false, "par.")
	switch {
	case at == "":
		return "(" + who + ")"
	case loc.Page != "":
		return "(" + who + " " + at + ")"
	}
	return "(" + who + ", " + at + ")"
}
