package sources

import (
	"path"
	"reflect"
	"regexp"
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

// leadingDate is a date at the start of a file name, the way historians
// name their files: "1958-03-12 Times.txt", "19580312_times.pdf".
var leadingDate = regexp.MustCompile(`^(\d{4})(?:[-_.]?(\d{2})(?:[-_.]?(\d{2}))?)?(?:[-_ .]|$)`)

// fileNameMeta reads what a file's name tells: a date it starts with.
func fileNameMeta(name string) Meta {
	var m Meta
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	if sm := leadingDate.FindStringSubmatch(base); sm != nil {
		iso := sm[1]
		if sm[2] != "" {
			iso += "-" + sm[2]
			if sm[3] != "" {
				iso += "-" + sm[3]
			}
		}
		if y := atoi(sm[1]); y >= 1000 && y <= 2999 {
			m.Issued = ParseDate(iso)
		}
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
