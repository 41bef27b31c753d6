package sources

import (
	"path"
	"reflect"
	"strings"
)

// Where metadata comes from, strongest first, as MetaFrom names it.
const (
	FromLibrary   = "library"
	FromManifest  = "manifest"
	FromSidecar   = "sidecar"
	FromFileName  = "file name"
	FromTitleLine = "title line"
	FromFetch     = "fetched"
)

// fill copies into dst each field of src that dst does not have yet, and
// notes in from where it came; dst's fields, set by a stronger source, win.
// An id or type is never noted.
func fill(dst *Meta, from map[string]string, src Meta, origin string) {
	dv := reflect.ValueOf(dst).Elem()
	sv := reflect.ValueOf(src)
	t := dv.Type()
	for i := 0; i < t.NumField(); i++ {
		d, s := dv.Field(i), sv.Field(i)
		if s.IsZero() || !d.IsZero() {
			continue
		}
		if dp, ok := s.Interface().(*DateParts); ok && dp.String() == "" && dp.Literal == "" {
			continue
		}
		d.Set(s)
		name := strings.Split(t.Field(i).Tag.Get("json"), ",")[0]
		if name != "id" && name != "type" && from != nil {
			from[name] = origin
		}
	}
}

// nameDate is a date in a file's name, the way historians name their
// files: "1958-03-12 Times.txt", "times-1958-03-12.txt", "19580312.pdf",
// or a year and month at its start, "1958-03 letters.txt".
var (
	nameDate    = lazyRegexp(`(?:^|[-_ .])(1[0-9]{3}|20[0-9]{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12][0-9]|3[01])(?:[-_ .]|$)`)
	nameYearMon = lazyRegexp(`^(1[0-9]{3}|20[0-9]{2})(?:[-_.](0[1-9]|1[0-2]))?(?:[-_ .]|$)`)
)

// fileNameMeta reads what a file's name tells: a date in it.
func fileNameMeta(name string) Meta {
	var m Meta
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	base = strings.TrimSuffix(base, path.Ext(base))
	if sm := nameDate().FindStringSubmatch(base); sm != nil {
		m.Issued = ParseDate(sm[1] + "-" + sm[2] + "-" + sm[3])
	} else if sm := nameYearMon().FindStringSubmatch(base); sm != nil {
		iso := sm[1]
		if sm[2] != "" {
			iso += "-" + sm[2]
		}
		m.Issued = ParseDate(iso)
	}
	return m
}

// typeOf picks a CSL-JSON type for a source with none: what its metadata
// suggests, else by format.
func typeOf(m Meta, format string) string {
	switch {
	case m.Archive != "" || m.ArchiveLocation != "":
		return "manuscript"
	case m.ContainerTitle != "" && (m.Volume != "" || m.Issue != "" || m.DOI != ""):
		return "article-journal"
	case format == FormatHTML || m.URL != "" && m.Publisher == "":
		return "webpage"
	case m.Publisher != "" && m.ContainerTitle == "":
		return "book"
	}
	return "document"
}
