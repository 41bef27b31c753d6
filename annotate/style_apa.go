package annotate

import (
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/sources"
)

// apaNames writes the authors of a reference: "Liang, W.", "Liang, W., &
// Smith, A.", "A, B, & C" (up to 20).
func apaNames(names []sources.Name) string {
	var list []string
	for _, n := range names {
		if n.Literal != "" {
			list = append(list, n.Literal)
			continue
		}
		list = append(list, join(", ", n.Family, initials(n.Given)))
	}
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	case 2:
		return list[0] + ", & " + list[1]
	}
	return strings.Join(list[:len(list)-1], ", ") + ", & " + list[len(list)-1]
}

// apaDate writes the date of a reference in parentheses: "(1958)",
// "(1958, March 12)", "(ca. 1920)", "(n.d.)". Books and journals take the
// year only.
func apaDate(m sources.Meta, full bool) string {
	p := dateParts(m.Issued)
	y := yearOf(m.Issued, "ca.")
	if y == "" {
		return "(n.d.)"
	}
	if full && p != nil && len(p) >= 2 && p[1] > 0 {
		y += ", " + monthNames[p[1]-1]
		if len(p) >= 3 && p[2] > 0 {
			y += " " + strconv.Itoa(p[2])
		}
	}
	return "(" + y + ")"
}

func apaEditors(names []sources.Name) string {
	var list []string
	for _, n := range names {
		list = append(list, join(" ", initials(n.Given), n.Family))
	}
	if len(list) == 0 {
		return ""
	}
	ed := " (Ed.)"
	if len(list) > 1 {
		ed = " (Eds.)"
	}
	if len(list) == 2 {
		return list[0] + " & " + list[1] + ed
	}
	return andList(list, "&") + ed
}

// apaReference formats an entry of an APA reference list. Titles are kept
// as the source gives them: turning them into sentence case cannot tell a
// proper noun.
func apaReference(m sources.Meta) string {
	authors := apaNames(m.Author)
	var parts []string
	add := func(p ...string) {
		for _, x := range p {
			if x != "" {
				parts = append(parts, end(x))
			}
		}
	}
	link := doiURL(m)
	k := kind(m)
	full := k == "newspaper" || k == "web" || k == "letter"
	date := apaDate(m, full)
	// With no author, the title takes the author's place.
	title := func(t string) string { return t }
	switch k {
	case "book", "document":
		if authors == "" {
			add(ital(m.Title), date, m.Publisher)
		} else {
			add(authors, date, ital(m.Title), m.Publisher)
		}
	case "chapter":
		in := "In " + join(", ", apaEditors(m.Editor), ital(m.ContainerTitle))
		if m.Page != "" {
			in += " (pp. " + m.Page + ")"
		}
		add(authors, date, title(m.Title), in, m.Publisher)
	case "journal":
		src := ital(m.ContainerTitle)
		if m.Volume != "" {
			src = join(", ", src, ital(m.Volume))
			if m.Issue != "" {
				src += "(" + m.Issue + ")"
			}
		}
		src = join(", ", src, m.Page)
		add(authors, date, m.Title, src)
	case "newspaper":
		add(authors, date, m.Title, join(", ", ital(m.ContainerTitle), m.Page))
		link = m.URL
	case "web":
		add(authors, date, ital(m.Title))
		if m.ContainerTitle != "" && authors != "" {
			add(m.ContainerTitle)
		}
		if m.Issued.String() == "" && m.Accessed != nil && m.URL != "" {
			link = "Retrieved " + longDate(m.Accessed, "ca.") + ", from " + m.URL
		}
	case "letter":
		desc := "[Letter]"
		if m.Type == "manuscript" || m.Type == "document" {
			desc = "[Unpublished manuscript]"
		}
		t := m.Title
		if t == "" && len(m.Recipient) > 0 {
			t = "Letter to " + chicagoNoteNames(m.Recipient)
		}
		coll := m.CollectionTitle
		if m.ArchiveLocation != "" {
			coll = join(" ", coll, "("+m.ArchiveLocation+")")
			if m.CollectionTitle == "" {
				coll = m.ArchiveLocation
			}
		}
		add(authors, date, ital(t)+" "+desc, join(", ", coll, m.Archive, m.ArchivePlace))
		link = m.URL
	case "manuscript":
		add(authors, date, ital(m.Title)+" [Unpublished manuscript]", m.Archive)
		link = m.URL
	}
	if authors == "" && k != "book" && k != "document" && len(parts) >= 2 {
		// "Title. (1958)." — the title goes first.
		parts[0], parts[1] = parts[1], parts[0]
	}
	out := strings.Join(parts, " ")
	if link != "" {
		out += " " + link // APA ends a DOI or URL without a full stop
	}
	return out
}

// apaInText writes "(Liang, 1962, p. 45)", "(Liang & Smith, 1962, para. 2,
// sentence 1)", "(Liang et al., n.d.)"; with no author, the title.
func apaInText(m sources.Meta, loc Loc) string {
	var who string
	switch n := len(m.Author); {
	case n == 0:
		who = m.Title
		if kind(m) == "book" || kind(m) == "web" || kind(m) == "document" {
			who = ital(m.Title)
		} else if who != "" {
			who = "“" + who + "”"
		}
	case n == 1:
		who = familyOf(m.Author[0])
	case n == 2:
		who = familyOf(m.Author[0]) + " & " + familyOf(m.Author[1])
	default:
		who = familyOf(m.Author[0]) + " et al."
	}
	y := yearOf(m.Issued, "ca.")
	if y == "" {
		y = "n.d."
	}
	return "(" + join(", ", who, y, locator(loc, true, "para.")) + ")"
}
