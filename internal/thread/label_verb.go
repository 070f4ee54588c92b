package thread

import "strings"

// A headline says what a named subject did with a verb: "Parmalat sues
// banks", "Kilroy-Silk quits party", "Southcorp rejects offer", "Zoe
// Ball buys mansion". Without part-of-speech tags the verb rule knows a
// closed set of news verbs, in their -s and past forms (and bare after
// "to" or "will": "is to retire"), and looks for one right after the
// label's name where the lead paragraph first uses it, past auxiliaries
// ("has", "is to", "will also"). A form of "be" before it makes a passive
// or an adjective ("was launched", "are close to"), a share move follows
// no news verb ("lost 4 per cent"), and the verb needs its object: the
// label's topic word must stand within a few words after it. The label is
// then subject, verb and object.

// The set holds verbs whose object is most often a thing a story names
// in lower case ("raises dividend", "cancels flight", "defends title",
// "unveils plane"); verbs that take a clause ("admits", "denies") or a
// person ("joins") would find a wrong object among the topic words
// ("admits victory", "joins secretary") and are left out.

// newsVerbs maps the -s and past forms of a closed set of news verbs to
// the -s form; baseVerbs maps their bare forms, which read as verbs only
// after "to" or "will" ("back in the squad", "close to").
var newsVerbs, baseVerbs = map[string]string{}, map[string]string{}

func init() {
	// -s form, past forms : bare form
	for _, l := range strings.Split(`buys bought:buy|sells sold:sell|quits quit:quit|retires retired:retire|resigns resigned:resign|signs signed:sign|sues sued:sue|backs backed:back|warns warned:warn|wins won:win|opens opened:open|closes closed:close|bans banned:ban|axes axed:axe|scraps scrapped:scrap|launches launched:launch|hires hired:hire|rejects rejected:reject|splits split:split|marries married:marry|sacks sacked:sack|replaces replaced:replace|seeks sought:seek|jails jailed:jail|rescues rescued:rescue|cancels cancelled:cancel|delays delayed:delay|raises raised:raise|agrees agreed:agree|unveils unveiled:unveil|appoints appointed:appoint|reopens reopened:reopen|accuses accused:accuse|defends defended:defend|beats beat:beat|suspends suspended:suspend`, "|") {
		forms, bare, _ := strings.Cut(l, ":")
		fs := strings.Fields(forms)
		for _, f := range fs {
			newsVerbs[f] = fs[0]
		}
		baseVerbs[bare] = fs[0]
	}
}

// verbAux are the words a news verb may follow after the name.
var verbAux = toSet(`has have had is was are were will also now just finally to set`)

// leadVerb returns the -s form of a news verb right after the name c in
// lead (past auxiliaries) and its index, or "".
func leadVerb(c *cand, lead []word) (string, int) {
	if c.pos < 0 {
		return "", 0
	}
	if p := c.pos - 1; p >= 0 && c.pos < len(lead) && lead[c.pos].joined && wordIn(plainLinks, lead[p]) {
		return "", 0 // a place in a longer subject: "Two bakeries in Wrexley have closed"
	}
	i := c.pos + len(c.words)
	for ; i < len(lead) && lead[i].joined; i++ {
		l := strings.ToLower(lead[i].surface)
		if _, ok := verbAux[l]; ok {
			continue
		}
		prev := strings.ToLower(lead[i-1].surface)
		v, ok := newsVerbs[l]
		if b, isBase := baseVerbs[l]; !ok && isBase && (prev == "to" || prev == "will") {
			v, ok = b, true
		}
		if ok {
			if _, be := passiveBe[prev]; be {
				return "", 0 // a passive ("was launched")
			}
			if i+1 < len(lead) && strings.EqualFold(lead[i+1].surface, "per") {
				return "", 0 // "won 4 per cent" (the figure is no token)
			}
			return v, i
		}
		return "", 0
	}
	return "", 0
}

// objectWindow is the most words from a news verb to its object.
const objectWindow = 4

// verbPhrase returns the -s form of the news verb after the name c in
// lead, its index there and its object among terms (free of the label's
// stems in used): the best term, which the lead first uses within
// objectWindow words after the verb. ok is false when there is none.
func verbPhrase(c *cand, lead []word, terms []*cand, used []bool) (verb string, at int, obj *cand, ok bool) {
	verb, at = leadVerb(c, lead)
	if verb == "" {
		return "", 0, nil, false
	}
	obj = bestFree(terms, used)
	if obj == nil || obj.pos <= at || obj.pos > at+objectWindow {
		return "", 0, nil, false
	}
	return verb, at, obj, true
}
