package thread

import "strings"

// A court item names the offence a sentence was passed for, and a
// sub-editor puts it in the label: "A builder who conned pensioners out
// of £80,000 has been jailed" is "builder jailed for fraud", not
// "builder jailed", and "A cashier has been jailed for stealing from
// the till" is "cashier jailed for theft". The offence is told by a
// verb of theft or deceit in the relative clause right after the
// subject ("who stole", "who swindled"), or by the phrase after the
// verb ("jailed for two years for stealing", "convicted of fraud",
// "jailed for life for the murder of"). The offence rule adds it to the
// fate rule's label (label_fate.go) when the fate is a sentence or a
// conviction, unless the subject's own noun already names the offender
// ("a burglar who broke into …", "a conman who swindled …").

// offenceVerbs are the verbs of an offence (past tense, and the -ing
// form a "for" phrase takes), as the offence's noun.
var offenceVerbs = map[string]string{
	"stole": "theft", "stealing": "theft",
	"conned": "fraud", "conning": "fraud",
	"defrauded": "fraud", "defrauding": "fraud",
	"swindled": "fraud", "swindling": "fraud",
	"fleeced": "fraud", "fleecing": "fraud",
	"scammed": "fraud", "scamming": "fraud",
	"duped": "fraud", "duping": "fraud",
	"embezzled": "fraud", "embezzling": "fraud",
	"siphoned": "fraud", "siphoning": "fraud",
	"plundered": "fraud", "plundering": "fraud",
}

// offenceNouns are offences named by a noun in the phrase after the
// verb ("convicted of fraud", "for the murder of").
var offenceNouns = toSet(`fraud theft murder manslaughter burglary robbery arson blackmail bribery embezzlement`)

// offenceEvents are the fate rule's events that a sentence or a
// conviction tells.
var offenceEvents = toSet(`jailed sentenced convicted imprisoned`)

// offenders are nouns that name the offence in the person: the label
// needs no offence after them.
var offenders = toSet(`burglar burglars thief thieves fraudster fraudsters conman conmen swindler swindlers robber robbers murderer killer embezzler shoplifter shoplifters arsonist`)

// offenceWords is how many words after the fate's verb the offence
// rule looks for the "for" or "of" phrase in.
const offenceWords = 10

// offence returns the words of the offence the fate f in lead was a
// sentence or conviction for, if the lead tells it: its noun, after
// what was stolen when a verb of theft has a plain object ("who stole
// 40 puppies" is "puppy theft"; a sum alone adds nothing).
func offence(lead []word, f fate) ([]string, bool) {
	if _, ok := offenceEvents[f.event]; !ok || f.to >= len(lead) || f.to <= f.from {
		return nil, false
	}
	if _, ok := offenders[strings.ToLower(lead[f.to-1].surface)]; ok {
		return nil, false // "a burglar who …"
	}
	// the relative clause right after the subject: "who stole"
	if r := f.to; r+1 < f.at && lead[r].joined && strings.EqualFold(lead[r].surface, "who") {
		v := r + 1
		if v+1 < f.at && lead[v].lex&lexAdverb != 0 && lead[v+1].joined {
			v++ // "who repeatedly stole"
		}
		if o, ok := offenceVerbs[strings.ToLower(lead[v].surface)]; ok && lead[v].joined {
			return offenceObject(lead, v, f.at, o), true
		}
	}
	// the phrase after the verb: "for stealing", "of fraud", "for the
	// murder of"
	end := min(len(lead), f.at+1+offenceWords)
	for k := f.at + 1; k+1 < end && (lead[k].joined || strings.EqualFold(lead[k-1].surface, "for")); k++ {
		// a break right after "for" is a count the tokenizer drops
		// ("jailed for 18 months for stealing")
		p := strings.ToLower(lead[k].surface)
		if p != "for" && p != "of" {
			continue
		}
		n := k + 1
		if !lead[n].joined {
			continue // "for [18] months"
		}
		if strings.EqualFold(lead[n].surface, "the") && n+1 < end && lead[n+1].joined {
			n++
		}
		l := strings.ToLower(lead[n].surface)
		if o, ok := offenceVerbs[l]; ok && strings.HasSuffix(l, "ing") {
			return offenceObject(lead, n, end, o), true
		}
		if _, ok := offenceNouns[l]; ok {
			return []string{l}, true
		}
	}
	return nil, false
}

// offenceObject returns the offence o told by the verb lead[v], after
// what was stolen (lead[v+1:end]) for a theft: "stole 40 puppies" is
// "puppy theft".
func offenceObject(lead []word, v, end int, o string) []string {
	if o != "theft" {
		return []string{o}
	}
	end = min(end, len(lead))
	k := v + 1
	for k < end && (lead[k].lex&(lexDet|lexFigure) != 0 || numberWord(lead[k]) || wordIn(winSkip, lead[k])) && (k == v+1 || lead[k].joined) {
		k++ // "more than", "a", "the"
	}
	// a figure the tokenizer drops may stand before the noun ("stole
	// 40 puppies"): a break right after the verb or the words above is
	// one; a sum alone leaves a function word ("stole £900 from")
	var obj []string
	for s := k; k < end && (k == s || lead[k].joined) && !lead[k].stop && !lead[k].upper && lead[k].lex&(lexPast|lexFigure) == 0 && len(obj) < winObjectWords+1; k++ {
		obj = append(obj, strings.ToLower(lead[k].surface))
	}
	if len(obj) == 0 || len(obj) > winObjectWords {
		return []string{o}
	}
	obj[len(obj)-1] = singular(obj[len(obj)-1])
	return append(obj, o)
}

// offenceLabel returns the fate rule's label with the offence after
// it: "builder jailed" is "builder jailed for fraud".
func offenceLabel(label []string, lead []word, f fate) []string {
	o, ok := offence(lead, f)
	if !ok {
		return reasonLabel(label, lead, f) // the reason rule (label_reason.go)
	}
	if len(label) == 0 || label[len(label)-1] != f.event {
		return label
	}
	return append(append(label, "for"), o...)
}

// genericOffenceLabel returns the label of a sentence passed on a
// subject with a generic head ("Two men who stole 40 puppies have been
// jailed"), which the fate rule leaves alone: the event and what was
// stolen ("jailed for puppy theft"), when the lead tells it; the head
// itself says no more than that someone was jailed.
func genericOffenceLabel(lead []word, f fate) []string {
	if f.to <= f.from {
		return nil
	}
	if _, gen := fateGeneric[strings.ToLower(lead[f.to-1].surface)]; !gen {
		return nil
	}
	o, ok := offence(lead, f)
	if !ok || len(o) < 2 {
		return nil // an offence alone: "jailed for fraud" says less than the topic words
	}
	return append([]string{f.event, "for"}, o...)
}
