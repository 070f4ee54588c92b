package thread

import "strings"

// An appeal for witnesses tells its news in the clause after the appeal:
// "Police
// in Kelby are appealing for witnesses after a cyclist was seriously
// injured in a hit-and-run on Sunday", "Separately, police are appealing
// for information after a motorcyclist was hurt in a crash on the A59".
// The matter is the incident, not the police, whom the label would
// otherwise name: a sub-editor writes the place (or the one hurt), the
// incident and "appeal" ("Kelby hit-and-run appeal", "motorcyclist crash
// appeal"). The appeal rule finds such a lead: its first sentence opens
// with a one-word subject (past an opening adverbial: "police",
// "detectives", or "Police in Kelby"), then the appeal ("are
// appealing", "have appealed", "renewed their appeal") for witnesses,
// information or help, right after it "after", and a clause in which
// someone was injured, hurt or killed "in" an incident. It keeps out of
// an appeal for anything else (donations), of an appeal against a
// decision, of a harm told before the incident's place ("injured in
// Kelby"), and of an incident told otherwise (a theft, a raid), whose
// label the rule leaves alone.

// appealVerbs are the forms of the appeal after the subject.
var appealVerbs = toSet(`appealing appealed appeal`)

// appealFor are what the police appeal for.
var appealFor = toSet(`witnesses information help`)

// appealHurt are the participles of the harm in the clause after the
// appeal.
var appealHurt = toSet(`injured hurt killed`)

// appealClauseWords is the most words from "after" to the participle
// of the harm.
const appealClauseWords = 10

// appeal is a police appeal found in a lead: the label's place or the
// one hurt, and the incident's words.
type appeal struct {
	who   string
	event []string
}

// leadAppeal returns the police appeal of the appeal rule in lead, the
// thread's lead paragraph.
func leadAppeal(lead []word) (appeal, bool) {
	n := min(len(lead), fateWords)
	h0, h1, ok := openingPhrase(lead, n)
	if !ok || h1-h0 != 1 {
		return appeal{}, false
	}
	var place string
	if h1+1 < n && strings.EqualFold(lead[h1].surface, "in") && lead[h1+1].name {
		place = lead[h1+1].surface // "Police in Kelby"
	}
	for i := range leadScan(lead, n, true) {
		if _, ok := appealVerbs[strings.ToLower(lead[i].surface)]; !ok || i+3 >= n {
			continue
		}
		if _, ok := appealFor[strings.ToLower(lead[i+2].surface)]; !ok || !strings.EqualFold(lead[i+1].surface, "for") {
			return appeal{}, false // "appealing against a ban"
		}
		k := i + 3
		if k < n && !strings.EqualFold(lead[k].surface, "after") {
			return appeal{}, false
		}
		return hurtIn(lead, k+1, n, place)
	}
	return appeal{}, false
}

// hurtIn reads the clause after the appeal, from lead[k]: someone was
// injured, hurt or killed "in" an incident ("a cyclist was seriously
// injured in a hit-and-run"). who is the place the police are in, or
// else the head of the clause's subject.
func hurtIn(lead []word, k, n int, who string) (appeal, bool) {
	for j := k; j < n && j-k <= appealClauseWords && lead[j].joined; j++ {
		if _, hurt := appealHurt[strings.ToLower(lead[j].surface)]; !hurt {
			continue
		}
		a, _, _ := fateChain(lead, j)
		if j+1 >= n || !strings.EqualFold(lead[j+1].surface, "in") {
			return appeal{}, false
		}
		e := j + 2
		if e < n && lead[e].lex&lexDet != 0 {
			e++
		}
		ws, _ := namedPhrase(lead, e, n)
		if len(ws) == 0 || ws[0].upper {
			return appeal{}, false // a place, not an incident: "injured in Kelby"
		}
		if who == "" {
			if s := lead[a-1]; !s.upper && !s.stop {
				who = strings.ToLower(s.surface) // "a cyclist"
			}
		}
		ap := appeal{who: who}
		for _, w := range ws[max(0, len(ws)-2):] {
			ap.event = append(ap.event, strings.ToLower(w.surface))
		}
		return ap, true
	}
	return appeal{}, false
}

// appealLabel returns the label of the police appeal ap: the place or
// the one hurt, the incident and "appeal".
func appealLabel(ap appeal) []string {
	var out []string
	if ap.who != "" {
		out = append(out, ap.who)
	}
	out = append(out, ap.event...)
	return append(out, "appeal")
}
