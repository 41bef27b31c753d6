package compare

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/annotate"
)

// Group is a set of claims about the same measure of the same thing at the
// same time, with the reasons they were put together and their verdict.
type Group struct {
	ID        string // G1, G2, ... in report order
	Measure   string // the counted thing ("deaths", "grain output"), or the topic's name
	Thing     Thing
	Dimension string
	Unit      string // the canonical unit the intervals are in
	When      string // EDTF: the members' common time, or the span of their times
	Topic     string // the topic's name, for a group under a topic
	Series    string // the id of the series the group is a point of, or ""
	Why       []string
	Members   []*Claim
	Verdict
}

// Series is the same measure at different times: its groups in time order
// (an undated group last). A series is never a conflict.
type Series struct {
	ID      string
	Measure string
	Unit    string
	Groups  []string
}

// Report is the result of a comparison.
type Report struct {
	Claims     int // claims read
	Comparable int // claims with a figure and a thing it counts
	Groups     []*Group
	Series     []*Series
}

// Compare puts the claims of the documents into the normal form and groups
// them. See Group.
func Compare(docs []*annotate.Document, opts Options) *Report {
	var claims []Claim
	for i, d := range docs {
		claims = append(claims, Normalize(d, i, opts)...)
	}
	return GroupClaims(claims, opts)
}

// GroupClaims groups claims in normal form and judges each group.
//
// Claims under a topic (opts.Topics, the first that matches) are grouped
// under it, parted only by unit (and for counts by what is counted). The others are grouped by measure: the same dimension and
// canonical unit (money in the same currency, never converted), the same
// head of the counted thing and the same direction of change; then by the
// words that narrow the thing ("grain output" and "steel output" part;
// "output" alone joins the one it can only be), by place (claims that name
// no place join the one group of places they can only belong to), and by
// time (overlapping times are one group; different times make a series).
// Claims that are not comparable are never grouped.
func GroupClaims(claims []Claim, opts Options) *Report {
	r := &Report{Claims: len(claims)}
	ptrs := make([]*Claim, 0, len(claims))
	for i := range claims {
		if claims[i].Comparable {
			ptrs = append(ptrs, &claims[i])
		}
	}
	r.Comparable = len(ptrs)
	sort.SliceStable(ptrs, func(i, j int) bool { return claimLess(ptrs[i], ptrs[j]) })

	type unit struct {
		groups [][]*Claim // one per time
		topic  *Topic
	}
	var units []unit

	// topics first, in the order of the file
	topics := make([]Topic, len(opts.Topics))
	copy(topics, opts.Topics)
	taken := map[*Claim]bool{}
	for ti := range topics {
		t := &topics[ti]
		if t.words == nil {
			if err := t.prepare(); err != nil {
				continue
			}
		}
		byMeasure := map[string][]*Claim{}
		var keys []string
		for _, c := range ptrs {
			if taken[c] || !t.matches(c) {
				continue
			}
			taken[c] = true
			k := c.Dimension + "\x00" + c.Canonical
			if c.Dimension == "count" {
				k += "\x00" + c.Thing.Head // people and tractors are never one group
			}
			if byMeasure[k] == nil {
				keys = append(keys, k)
			}
			byMeasure[k] = append(byMeasure[k], c)
		}
		for _, k := range keys {
			units = append(units, unit{byTime(byMeasure[k]), t})
		}
	}

	// then the measures of the rest
	byMeasure := map[string][]*Claim{}
	var keys []string
	for _, c := range ptrs {
		if taken[c] {
			continue
		}
		k := strings.Join([]string{c.Dimension, c.Canonical, c.Thing.Head, c.Thing.Change}, "\x00")
		if byMeasure[k] == nil {
			keys = append(keys, k)
		}
		byMeasure[k] = append(byMeasure[k], c)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, narrow := range byModifiers(byMeasure[k]) {
			for _, placed := range byPlace(narrow) {
				units = append(units, unit{groups: byTime(placed)})
			}
		}
	}

	// make the groups; keep a lone claim only under a topic or in a series
	type ranked struct {
		groups  []*Group
		sources int
		first   *Claim
		topic   int
	}
	var ranks []ranked
	for _, u := range units {
		if u.topic == nil && len(u.groups) == 1 && len(u.groups[0]) == 1 && !opts.All {
			continue
		}
		rk := ranked{topic: math.MaxInt}
		if u.topic != nil {
			for i := range topics {
				if &topics[i] == u.topic {
					rk.topic = i
				}
			}
		}
		srcs := map[string]bool{}
		for _, members := range u.groups {
			g := newGroup(members, u.topic, len(u.groups) > 1)
			rk.groups = append(rk.groups, g)
			for _, c := range members {
				srcs[c.Source] = true
				if rk.first == nil || claimLess(c, rk.first) {
					rk.first = c
				}
			}
		}
		rk.sources = len(srcs)
		ranks = append(ranks, rk)
	}
	sort.SliceStable(ranks, func(i, j int) bool {
		a, b := ranks[i], ranks[j]
		switch {
		case a.topic != b.topic:
			return a.topic < b.topic
		case a.sources != b.sources:
			return a.sources > b.sources
		case a.groups[0].Measure != b.groups[0].Measure:
			return a.groups[0].Measure < b.groups[0].Measure
		}
		return claimLess(a.first, b.first)
	})
	var all []*Group
	for _, rk := range ranks {
		all = append(all, rk.groups...)
	}
	noteCurrencies(all, ptrs)
	for _, rk := range ranks {
		var s *Series
		if len(rk.groups) > 1 {
			s = &Series{ID: "S" + strconv.Itoa(len(r.Series)+1), Measure: rk.groups[0].Measure, Unit: rk.groups[0].Unit}
			r.Series = append(r.Series, s)
		}
		for _, g := range rk.groups {
			g.ID = "G" + strconv.Itoa(len(r.Groups)+1)
			if s != nil {
				g.Series = s.ID
				s.Groups = append(s.Groups, g.ID)
			}
			r.Groups = append(r.Groups, g)
		}
	}
	return r
}

// claimLess orders claims by source, then by place in the source.
func claimLess(a, b *Claim) bool {
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	if a.Doc != b.Doc {
		return a.Doc < b.Doc
	}
	return a.Order < b.Order
}

// attach puts each claim (most specific first) into the one cluster it is
// compatible with; a claim compatible with none, or with several and
// preferred by none, starts a cluster of its own. A cluster is represented
// by its first claim.
func attach(cs []*Claim, compatible func(sig, c *Claim) bool, prefer func(sig, c *Claim) bool) [][]*Claim {
	var clusters [][]*Claim
	for _, c := range cs {
		var fits []int
		for i, cl := range clusters {
			if compatible(cl[0], c) {
				fits = append(fits, i)
			}
		}
		if len(fits) > 1 && prefer != nil {
			var preferred []int
			for _, i := range fits {
				if prefer(clusters[i][0], c) {
					preferred = append(preferred, i)
				}
			}
			fits = preferred
		}
		if len(fits) == 1 {
			clusters[fits[0]] = append(clusters[fits[0]], c)
		} else {
			clusters = append(clusters, []*Claim{c})
		}
	}
	for _, cl := range clusters {
		sort.SliceStable(cl, func(i, j int) bool { return claimLess(cl[i], cl[j]) })
	}
	return clusters
}

// byModifiers parts claims of one head by the words that narrow it.
func byModifiers(cs []*Claim) [][]*Claim {
	cs = append([]*Claim{}, cs...)
	sort.SliceStable(cs, func(i, j int) bool { return len(cs[i].Thing.Modifiers) > len(cs[j].Thing.Modifiers) })
	return attach(cs, func(sig, c *Claim) bool { return sig.Thing.narrows(c.Thing) },
		func(sig, c *Claim) bool { return len(sig.Thing.Modifiers) == len(c.Thing.Modifiers) })
}

// byPlace parts claims by the places they name: claims that share a place
// are one group; a claim naming none joins the only group there is, or the
// only one whose places its source names.
func byPlace(cs []*Claim) [][]*Claim {
	cs = append([]*Claim{}, cs...)
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := len(cs[i].Places), len(cs[j].Places)
		if (a == 0) != (b == 0) {
			return b == 0
		}
		return a < b
	})
	return attach(cs, func(sig, c *Claim) bool {
		return len(sig.Places) == 0 || len(c.Places) == 0 || shares(sig.Places, c.Places)
	}, func(sig, c *Claim) bool {
		if len(c.Places) == 0 {
			return shares(sig.Places, c.SourcePlaces)
		}
		return strings.Join(sig.Places, "\x00") == strings.Join(c.Places, "\x00")
	})
}

func shares(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// byTime parts the claims of one measure by time: claims whose times
// overlap are one group (the narrowest times first, so that a figure for
// 1958/1962 does not join 1959 and 1960 into one); an undated claim joins
// the only group there is, else the undated group. Groups come in time
// order, the undated one last.
func byTime(cs []*Claim) [][]*Claim {
	cs = append([]*Claim{}, cs...)
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Dated() != b.Dated() {
			return a.Dated()
		}
		if la, lb := span(a), span(b); la != lb {
			return la < lb
		}
		return a.From < b.From
	})
	clusters := attach(cs, func(sig, c *Claim) bool {
		if !sig.Dated() || !c.Dated() {
			return true
		}
		return c.From <= sig.To && sig.From <= c.To
	}, func(sig, c *Claim) bool { return sig.Dated() && sig.From == c.From && sig.To == c.To })
	sort.SliceStable(clusters, func(i, j int) bool {
		a, b := clusters[i], clusters[j]
		da, db := timeOf(a), timeOf(b)
		if (da[0] == 0 && da[1] == 0) != (db[0] == 0 && db[1] == 0) {
			return db[0] == 0 && db[1] == 0
		}
		if da[0] != db[0] {
			return da[0] < db[0]
		}
		return da[1] < db[1]
	})
	return clusters
}

func span(c *Claim) float64 { return float64(c.To) - float64(c.From) }

// timeOf returns the days a group covers, [0, 0] when none is dated.
func timeOf(cs []*Claim) [2]int {
	out := [2]int{math.MaxInt, math.MinInt}
	dated := false
	for _, c := range cs {
		if c.Dated() {
			dated = true
			out[0], out[1] = min(out[0], c.From), max(out[1], c.To)
		}
	}
	if !dated {
		return [2]int{}
	}
	return out
}

// newGroup makes a group of members and says why they are together.
func newGroup(members []*Claim, topic *Topic, inSeries bool) *Group {
	first := members[0]
	g := &Group{Thing: first.Thing, Dimension: first.Dimension, Unit: first.Canonical, Members: members}
	g.Measure = first.Thing.String()
	if topic != nil {
		g.Topic = topic.Name
		g.Measure = topic.Name
	}
	g.When = groupWhen(members)
	g.Verdict = judge(members)
	g.Why = why(g, topic, inSeries)
	return g
}

// groupWhen is the members' common time, else the years their times span.
func groupWhen(members []*Claim) string {
	when := ""
	same := true
	for _, c := range members {
		if !c.Dated() {
			continue
		}
		if when == "" {
			when = c.When
		} else if c.When != when {
			same = false
		}
	}
	if same {
		return when
	}
	t := timeOf(members)
	year := func(d int) string {
		if d == math.MinInt32 || d == math.MaxInt32 {
			return ".."
		}
		y := d / 10000
		if d < 0 {
			y = -((-d - 10000 + 9999) / 10000) // see day
		}
		if y < 0 {
			return fmt.Sprintf("-%04d", -y)
		}
		return fmt.Sprintf("%04d", y)
	}
	from, to := year(t[0]), year(t[1])
	if from == to {
		return from
	}
	return from + "/" + to
}

// why says which of unit, counted thing, places and time matched.
func why(g *Group, topic *Topic, inSeries bool) []string {
	var out []string
	ms := g.Members
	if topic != nil {
		out = append(out, "topic: "+topic.Name)
	}
	// unit
	written := map[string]bool{}
	var ws []string
	for _, c := range ms {
		u := c.Unit
		if c.Kind == kindRatio {
			u = "ratio"
		}
		if c.Dimension == "count" {
			u = "count"
		}
		if !written[u] {
			written[u] = true
			ws = append(ws, u)
		}
	}
	switch {
	case g.Dimension == "count":
		out = append(out, "same unit: counts")
	case g.Dimension == "money":
		out = append(out, "same currency: "+g.Unit)
	case len(ws) == 1:
		out = append(out, "same unit: "+ws[0])
	default:
		out = append(out, "units converted to "+g.Unit+": "+strings.Join(ws, ", "))
	}
	// counted thing
	heads := map[string]bool{}
	var subjects []string
	carried := 0
	for _, c := range ms {
		heads[c.Thing.String()] = true
		if c.Carried {
			carried++
			continue
		}
		s := strings.TrimSpace(c.Subject)
		if c.Dimension == "count" && c.Unit != "" && !strings.HasPrefix(strings.ToLower(s), strings.ToLower(c.Unit)) {
			s = c.Unit
		}
		if s != "" && !contains(subjects, s) {
			subjects = append(subjects, s)
		}
	}
	if len(heads) == 1 {
		line := "same counted thing: " + g.Thing.String()
		if len(subjects) > 1 {
			if len(subjects) > 5 {
				subjects = append(subjects[:5], "…")
			}
			line += " (" + strings.Join(subjects, "; ") + ")"
		}
		out = append(out, line)
	} else {
		var hs []string
		for h := range heads {
			hs = append(hs, h)
		}
		sort.Strings(hs)
		if topic == nil {
			out = append(out, "counted thing narrowed: "+strings.Join(hs, ", "))
		} else {
			out = append(out, "counted things: "+strings.Join(hs, ", "))
		}
	}
	if carried > 0 {
		out = append(out, fmt.Sprintf("counted thing carried from the claim before: %d claim(s)", carried))
	}
	// places
	count := map[string]int{}
	none := 0
	for _, c := range ms {
		if len(c.Places) == 0 {
			none++
		}
		for _, p := range c.Places {
			count[p]++
		}
	}
	var shared []string
	for p, n := range count {
		if n+none == len(ms) && n > 0 {
			shared = append(shared, p)
		}
	}
	sort.Strings(shared)
	switch {
	case len(shared) > 0 && none > 0:
		out = append(out, fmt.Sprintf("shared place: %s (%d of %d name no place)", strings.Join(shared, ", "), none, len(ms)))
	case len(shared) > 0:
		out = append(out, "shared place: "+strings.Join(shared, ", "))
	case none == len(ms):
		out = append(out, "no place named")
	default:
		out = append(out, "places differ")
	}
	// time
	undated := 0
	whens := map[string]bool{}
	for _, c := range ms {
		if !c.Dated() {
			undated++
		} else {
			whens[c.When] = true
		}
	}
	switch {
	case undated == len(ms):
		out = append(out, "no time given")
	case len(whens) == 1 && undated == 0:
		out = append(out, "same time: "+g.When)
	case len(whens) == 1:
		out = append(out, fmt.Sprintf("same time: %s (%d of %d undated)", g.When, undated, len(ms)))
	default:
		var list []string
		for w := range whens {
			list = append(list, w)
		}
		sort.Strings(list)
		line := "overlapping time: " + strings.Join(list, ", ")
		if undated > 0 {
			line += fmt.Sprintf(" (%d of %d undated)", undated, len(ms))
		}
		out = append(out, line)
	}
	if inSeries {
		out = append(out, "a point of a series: the same measure at other times is in the other groups of the series")
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// noteCurrencies tells a group of sums in one currency about the sums for
// the same thing at an overlapping time in other currencies, which are
// never converted and so never joined to it.
func noteCurrencies(groups []*Group, claims []*Claim) {
	byHead := map[string][]*Claim{}
	for _, c := range claims {
		if c.Dimension == "money" {
			byHead[c.Thing.Head+"\x00"+c.Thing.Change] = append(byHead[c.Thing.Head+"\x00"+c.Thing.Change], c)
		}
	}
	for _, g := range groups {
		if g.Dimension != "money" {
			continue
		}
		t := timeOf(g.Members)
		var others []string
		for _, c := range byHead[g.Thing.Head+"\x00"+g.Thing.Change] {
			if c.Canonical == g.Unit || c.Dated() && t != [2]int{} && (c.To < t[0] || c.From > t[1]) {
				continue
			}
			others = append(others, fmt.Sprintf("%s %q (%s)", c.ID, c.Text, c.Canonical))
		}
		if len(others) > 0 {
			g.Why = append(g.Why, "not converted, other currencies: "+strings.Join(others, ", "))
		}
	}
}
