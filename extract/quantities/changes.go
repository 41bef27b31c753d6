package quantities

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// A quantity that follows a verb of change is the size of the change:
// "rose by $4 billion", "fell 12 percent", "was cut by a third". One that
// follows "to" or "from" is a level before or after it ("fell from 40 to 25
// percent"), and has no direction.

// changeUp and changeDown are the verbs and nouns of change by direction.
var (
	changeUp = lex.SetOf("rose", "risen", "rise", "rises", "rising", "increased", "increase", "increases",
		"increasing", "grew", "grown", "grow", "grows", "growing", "growth", "climbed", "climb", "jumped", "jump",
		"soared", "surged", "raised", "raise", "expanded", "gained", "gain", "added", "swelled", "leapt", "leaped",
		"boosted", "up", "increment", "went up", "mounted", "rallied", "doubled", "tripled", "trebled",
		"quadrupled", "multiplied", "improved", "advanced", "widened", "accelerated", "hiked", "inflated")
	changeDown = lex.SetOf("fell", "fallen", "fall", "falls", "falling", "declined", "decline", "declines",
		"declining", "dropped", "drop", "drops", "dropping", "cut", "cuts", "reduced", "reduce", "reduction",
		"decreased", "decrease", "decreases", "shrank", "shrunk", "shrink", "plunged", "plummeted", "slumped",
		"sank", "sunk", "lowered", "contracted", "collapsed", "halved", "dwindled", "lost", "down", "slashed",
		"tumbled", "slid", "eased", "narrowed", "diminished", "retreated", "lose", "loss", "losses", "slowed")
)

// changeAt returns the direction of change of the quantity q that starts at
// ws[i]: "up" or "down" after a verb of change (with "by" and an adverb
// between them, or none), or for a multiplier that is a verb itself
// ("doubled", "halved"); else "".
func (p *parser) changeAt(i int, q Quantity) string {
	ws := p.ws
	if q.Kind == KindMultiplier {
		w := ws[i].Lower
		switch {
		case w == "halved" || w == "halving":
			return "down"
		case strings.HasSuffix(w, "led") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"):
			return "up" // doubled, tripled, quadrupled
		}
	}
	k := i - 1
	if k >= 0 && ws[k].Lower == "by" {
		k--
	}
	for n := 0; k >= 0 && n < 2 && strings.HasSuffix(ws[k].Lower, "ly") && len(ws[k].Lower) > 3; n++ {
		k-- // "rose sharply by", "fell only 3 percent"
	}
	if k < 0 || ws[k].Kind != lex.WordLetters {
		return ""
	}
	switch w := ws[k].Lower; {
	case changeUp[w]:
		return "up"
	case changeDown[w]:
		return "down"
	}
	return ""
}
