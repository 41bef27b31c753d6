package annotate

import (
	"strings"

	"github.com/factsheet/factsheet/sources"
)

// chicagoNames writes the names of a note: "Wei Liang", "Wei Liang and
// Anna Smith", "A, B, and C"; four or more: "A et al.".
func chicagoNoteNames(names []sources.Name) string {
	if len(names) >= 4 {
		return nameGivenFirst(names[0]) + " et al."
	}
	var list []string
	for _, n := range names {
		list = append(list, nameGivenFirst(n))
	}
	return andList(list, "and")
}

// chicagoBibNames writes the names of a bibliography entry: "Liang, Wei",
// "Liang, Wei, and Anna Smith".
func chicagoBibNames(names []sources.Name) string {
	var list []string
	for i, n := range names {
		if i == 0 {
			list = append(list, nameFamilyFirst(n))
		} else {
			list = append(list, nameGivenFirst(n))
		}
	}
	if len(list) == 2 {
		return list[0] + ", and " + list[1]
	}
	return andList(list, "and")
}

// chicagoEditors writes "ed. A" or "ed. A and B" (note) or "edited by A"
// (bibliography).
func chicagoEditors(names []sources.Name, prefix string) string {
	if len(names) == 0 {
		return ""
	}
	var list []string
	for _, n := range names {
		list = append(list, nameGivenFirst(n))
	}
	return prefix + " " + andList(list, "and")
}

// chicagoPub writes "Place: Publisher, Year".
func chicagoPub(m sources.Meta) string {
	pub := join(": ", m.PublisherPlace, m.Publisher)
	date := yearOf(m.Issued, "ca.")
	if date == "" {
		date = "n.d."
	}
	return join(", ", pub, date)
}

// chicagoArchive writes where an archival document is kept: "box 3, folder
// 2, Papers of X, National Archives, Kew".
func chicagoArchive(m sources.Meta) string {
	return join(", ", m.ArchiveLocation, m.CollectionTitle, m.Archive, m.ArchivePlace)
}

// chicagoNote formats a full note.
func chicagoNote(m sources.Meta, loc Loc) string {
	authors := chicagoNoteNames(m.Author)
	at := locator(loc, false, "¶")
	date := longDate(m.Issued, "ca.")
	var s string
	switch kind(m) {
	case "book", "document":
		s = join(", ", authors, ital(m.Title)+" ("+join(", ", join(": ", m.PublisherPlace, m.Publisher), orND(yearOf(m.Issued, "ca.")))+")", at)
	case "chapter":
		in := "in " + join(", ", ital(m.ContainerTitle), chicagoEditors(m.Editor, "ed."))
		s = join(", ", authors, quoted(m.Title, ",")+" "+in+" ("+chicagoPub(m)+")", at)
		s = strings.Replace(s, "”, in", "” in", 1)
	case "journal":
		vol := join(", no. ", m.Volume, m.Issue)
		head := join(" ", ital(m.ContainerTitle), vol)
		if y := yearOf(m.Issued, "ca."); y != "" {
			head += " (" + y + ")"
		}
		pages := at
		if pages == "" {
			pages = m.Page
		}
		s = join(", ", authors, quoted(m.Title, ","))
		s = join(" ", s, head)
		if pages != "" {
			s += ": " + pages
		}
		s = join(", ", s, doiURL(m))
	case "newspaper":
		s = join(", ", authors, quoted(m.Title, ","))
		s = join(" ", s, join(", ", ital(m.ContainerTitle), date, at, m.URL))
	case "web":
		s = join(", ", authors, quoted(m.Title, ","))
		rest := join(", ", m.ContainerTitle, date)
		if date == "" && m.Accessed != nil {
			rest = join(", ", m.ContainerTitle, "accessed "+longDate(m.Accessed, "ca."))
		}
		s = join(" ", s, join(", ", rest, at, m.URL))
	case "letter":
		head := m.Title
		if len(m.Recipient) > 0 {
			head = join(" to ", authors, chicagoNoteNames(m.Recipient))
		} else {
			head = join(", ", authors, head)
		}
		s = join(", ", head, orND(date), locator(loc, true, "¶"), chicagoArchive(m))
	case "manuscript":
		s = join(", ", authors, quoted(m.Title, "")+" (unpublished manuscript, "+orND(date)+")", at)
	}
	s = strings.ReplaceAll(s, ",”,", ",”")
	s = strings.ReplaceAll(s, ",” ,", ",”")
	return end(s)
}

func orND(date string) string {
	if date == "" {
		return "n.d."
	}
	return date
}

// doiURL writes a DOI as a URL, else the URL.
func doiURL(m sources.Meta) string {
	if m.DOI != "" {
		return "https://doi.org/" + strings.TrimPrefix(strings.TrimPrefix(m.DOI, "https://doi.org/"), "doi:")
	}
	return m.URL
}

// chicagoBibliography formats a bibliography entry.
func chicagoBibliography(m sources.Meta) string {
	authors := chicagoBibNames(m.Author)
	date := longDate(m.Issued, "ca.")
	var parts []string
	add := func(p ...string) {
		for _, x := range p {
			if x != "" {
				parts = append(parts, end(x))
			}
		}
	}
	switch kind(m) {
	case "book", "document":
		add(authors, ital(m.Title), join(", ", join(": ", m.PublisherPlace, m.Publisher), orND(yearOf(m.Issued, "ca."))))
	case "chapter":
		in := "In " + join(", ", ital(m.ContainerTitle), chicagoEditors(m.Editor, "edited by"), m.Page)
		add(authors, quoted(m.Title, "."), in, chicagoPub(m))
	case "journal":
		vol := join(", no. ", m.Volume, m.Issue)
		head := join(" ", ital(m.ContainerTitle), vol)
		if y := yearOf(m.Issued, "ca."); y != "" {
			head += " (" + y + ")"
		}
		if m.Page != "" {
			head += ": " + m.Page
		}
		add(authors, quoted(m.Title, "."), head, doiURL(m))
	case "newspaper":
		add(authors, quoted(m.Title, "."), join(", ", ital(m.ContainerTitle), date), m.URL)
	case "web":
		accessed := ""
		if date == "" && m.Accessed != nil {
			accessed = "Accessed " + longDate(m.Accessed, "ca.")
		}
		add(authors, quoted(m.Title, "."), m.ContainerTitle, date, accessed, m.URL)
	case "letter":
		head := m.Title
		if len(m.Recipient) > 0 {
			head = "Letter to " + chicagoNoteNames(m.Recipient)
		}
		add(authors, join(", ", head, orND(date)), join(". ", join(", ", m.ArchiveLocation, m.CollectionTitle), join(", ", m.Archive, m.ArchivePlace)))
	case "manuscript":
		add(authors, quoted(m.Title, "."), "Unpublished manuscript, "+orND(date))
	}
	out := strings.Join(parts, " ")
	out = strings.ReplaceAll(out, ". n.d.", ". N.d.") // n.d. opening a sentence
	return strings.ReplaceAll(out, ".”.", ".”")
}
