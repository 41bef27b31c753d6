package compare

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/extract/dates"
)

// Topic is a question a historian pins ("Great Chinese Famine death toll"):
// every comparable claim that matches it is grouped under it, even where the
// automatic grouping would not join them. A claim matches when one of Words
// is among the words of its subject or its counted thing (equivalent words
// count: "died" matches "deaths"), its unit is of Unit's measure, it names
// one of Entities, and its time overlaps Period (an undated claim passes).
// An empty field matches every claim.
type Topic struct {
	Name     string
	Words    []string
	Unit     string
	Entities []string
	Period   string // EDTF
	Line     int    // where the topic starts in its file

	dimension, canonical string
	from, to             int
	words                map[string]bool
}

// TopicError is a mistake in a topics file, at a line (1-based).
type TopicError struct {
	Line int
	Msg  string
}

func (e *TopicError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// topicUnits are the unit words a topic may give beyond the symbols of
// units.
var topicUnits = map[string]string{
	"people": "count", "persons": "count", "count": "count", "deaths": "count", "number": "count",
	"percent": "percent", "%": "percent", "per cent": "percent", "ratio": "percent",
	"tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "kilograms": "kg", "hectares": "ha",
	"acres": "ac", "kilometres": "km", "kilometers": "km", "miles": "mi", "litres": "L", "liters": "L",
	"$": "USD", "dollars": "USD", "yuan": "CNY", "£": "GBP", "pounds sterling": "GBP", "€": "EUR", "euros": "EUR",
}

// prepare checks a topic and works out what its matching needs.
func (t *Topic) prepare() error {
	if strings.TrimSpace(t.Name) == "" {
		return &TopicError{t.Line, "a topic needs a name"}
	}
	if t.Unit != "" {
		u := strings.TrimSpace(t.Unit)
		if w, ok := topicUnits[strings.ToLower(u)]; ok {
			u = w
		}
		switch {
		case u == "count":
			t.dimension = "count"
		case u == "percent":
			t.dimension, t.canonical = "percent", "percent"
		case units[u].dimension != "":
			t.dimension, t.canonical = units[u].dimension, units[u].canonical
		case len(u) == 3 && strings.ToUpper(u) == u:
			t.dimension, t.canonical = "money", u
		default:
			return &TopicError{t.Line, fmt.Sprintf("topic %q: unknown unit %q (try people, percent, t, ha, km, USD...)", t.Name, t.Unit)}
		}
	}
	if t.Period != "" {
		from, to := dates.Bounds(t.Period, "")
		if from == "" && to == "" {
			return &TopicError{t.Line, fmt.Sprintf("topic %q: period %q is not an EDTF date or interval (e.g. 1958/1962)", t.Name, t.Period)}
		}
		t.from, t.to = day(from, math.MinInt32), day(to, math.MaxInt32)
	}
	t.words = map[string]bool{}
	for _, w := range t.Words {
		for _, x := range words(w) {
			t.words[equivalent(Lemma(x))] = true
		}
	}
	return nil
}

// matches reports whether a claim belongs under the topic.
func (t *Topic) matches(c *Claim) bool {
	if !c.Comparable && c.Value == nil {
		return false
	}
	if t.dimension != "" && (c.Dimension != t.dimension || t.canonical != "" && c.Canonical != t.canonical) {
		return false
	}
	if t.Period != "" && c.Dated() && (c.To < t.from || c.From > t.to) {
		return false
	}
	if len(t.Entities) > 0 {
		found := false
		for _, e := range t.Entities {
			for _, ce := range c.Entities {
				if strings.EqualFold(strings.TrimSpace(e), ce) {
					found = true
				}
			}
		}
		if !found {
			return false
		}
	}
	if len(t.words) > 0 {
		found := t.words[c.Thing.Head]
		for _, m := range c.Thing.Modifiers {
			found = found || t.words[m]
		}
		for _, w := range words(c.Subject + " " + c.Unit) {
			found = found || t.words[equivalent(Lemma(w))]
		}
		if !found {
			return false
		}
	}
	return true
}

// ParseTopics reads a topics file: CSV (a header with name, words, unit,
// entities, period; lists separated by ";") when csvFormat is set, else a
// small YAML: a list of mappings with those keys, lists written [a, b] or
// as "- a" lines, optionally under a "topics:" key.
func ParseTopics(r io.Reader, csvFormat bool) ([]Topic, error) {
	var ts []Topic
	var err error
	if csvFormat {
		ts, err = parseTopicsCSV(r)
	} else {
		ts, err = parseTopicsYAML(r)
	}
	if err != nil {
		return nil, err
	}
	if len(ts) == 0 {
		return nil, &TopicError{1, "no topics in the file"}
	}
	for i := range ts {
		if err := ts[i].prepare(); err != nil {
			return nil, err
		}
	}
	return ts, nil
}

func parseTopicsCSV(r io.Reader) ([]Topic, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.Comment = '#'
	header, err := cr.Read()
	if err != nil {
		return nil, &TopicError{1, "no header line (name,words,unit,entities,period)"}
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		switch h {
		case "name", "words", "unit", "entities", "period":
			col[h] = i
		default:
			return nil, &TopicError{1, fmt.Sprintf("unknown column %q (want name, words, unit, entities, period)", h)}
		}
	}
	if _, ok := col["name"]; !ok {
		return nil, &TopicError{1, "the header has no name column"}
	}
	var out []Topic
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &TopicError{pe.Line, pe.Err.Error()}
			}
			return nil, &TopicError{line, err.Error()}
		}
		get := func(k string) string {
			if i, ok := col[k]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		out = append(out, Topic{Name: get("name"), Words: splitList(get("words")), Unit: get("unit"),
			Entities: splitList(get("entities")), Period: get("period"), Line: line})
	}
}

// splitList splits "a; b | c" into its items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// parseTopicsYAML reads the small YAML subset of a topics file.
func parseTopicsYAML(r io.Reader) ([]Topic, error) {
	var out []Topic
	var cur *Topic
	var listKey string // the key whose "- item" lines follow
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		raw := strings.TrimRight(sc.Text(), " \t\r")
		if n == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		line := stripComment(raw)
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || trimmed == "---" {
			continue
		}
		if trimmed == "topics:" && !strings.HasPrefix(line, " ") {
			continue
		}
		item := strings.HasPrefix(trimmed, "- ") || trimmed == "-"
		body := trimmed
		if item {
			body = strings.TrimSpace(strings.TrimPrefix(trimmed, "-"))
		}
		key, value, isPair := splitPair(body)
		switch {
		case item && isPair:
			out = append(out, Topic{Line: n})
			cur = &out[len(out)-1]
			listKey = ""
		case item && listKey != "" && cur != nil:
			if err := setTopic(cur, listKey, body, true, n); err != nil {
				return nil, err
			}
			continue
		case item:
			return nil, &TopicError{n, fmt.Sprintf("expected a topic (- name: ...), found %q", trimmed)}
		case !isPair:
			return nil, &TopicError{n, fmt.Sprintf("expected key: value, found %q", trimmed)}
		case cur == nil:
			return nil, &TopicError{n, fmt.Sprintf("%q before the first topic (start each with - name: ...)", trimmed)}
		}
		listKey = ""
		if value == "" {
			listKey = key
			if err := checkKey(key, n); err != nil {
				return nil, err
			}
			continue
		}
		if err := setTopic(cur, key, value, false, n); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &TopicError{n + 1, err.Error()}
	}
	return out, nil
}

// stripComment drops a comment: "#" at the start or after a space, outside
// quotes.
func stripComment(s string) string {
	var quote rune
	for i, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '"' || r == '\'':
			quote = r
		case r == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t'):
			return s[:i]
		}
	}
	return s
}

// splitPair splits "key: value".
func splitPair(s string) (key, value string, ok bool) {
	i := strings.Index(s, ":")
	if i <= 0 || (i+1 < len(s) && s[i+1] != ' ') {
		return "", "", false
	}
	key = strings.ToLower(strings.TrimSpace(s[:i]))
	if strings.ContainsAny(key, " \"'[") {
		return "", "", false
	}
	return key, strings.TrimSpace(s[i+1:]), true
}

func checkKey(key string, line int) error {
	switch key {
	case "name", "words", "unit", "entities", "period":
		return nil
	}
	return &TopicError{line, fmt.Sprintf("unknown key %q (want name, words, unit, entities, period)", key)}
}

// setTopic sets one field of a topic from YAML.
func setTopic(t *Topic, key, value string, listItem bool, line int) error {
	if err := checkKey(key, line); err != nil {
		return err
	}
	var list []string
	if strings.HasPrefix(value, "[") {
		if !strings.HasSuffix(value, "]") {
			return &TopicError{line, fmt.Sprintf("unclosed list %q", value)}
		}
		for _, f := range strings.Split(value[1:len(value)-1], ",") {
			if f = unquote(strings.TrimSpace(f)); f != "" {
				list = append(list, f)
			}
		}
	} else {
		list = []string{unquote(value)}
	}
	switch key {
	case "words":
		t.Words = append(t.Words, list...)
	case "entities":
		t.Entities = append(t.Entities, list...)
	default:
		if listItem || len(list) != 1 {
			return &TopicError{line, fmt.Sprintf("%s takes one value", key)}
		}
		switch key {
		case "name":
			t.Name = list[0]
		case "unit":
			t.Unit = list[0]
		case "period":
			t.Period = list[0]
		}
	}
	return nil
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"') {
		if u, err := strconv.Unquote(s); err == nil {
			return u
		}
	}
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
	}
	return s
}
