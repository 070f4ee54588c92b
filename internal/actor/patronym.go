package actor

import "strings"

// Arabic and Malay names join a person's own name to the father's with a
// lower-case word meaning "son of" or "daughter of": "bin", "ibn",
// "binti", "bint" ("Hamid bin Yusof", "Aisha binti Rahman"). The whole
// is one person's name, however a tagger cuts it, and the person is
// called by the own name before the connector, with a title ("Datuk
// Hamid", "Sheikh Hamid"), not by the father's name after it.

// patronymConnectors are the words that join an own name to a father's.
var patronymConnectors = setOf(`bin binti bint ibn`)

// joinPatronym widens a person's span over a patronymic connector and the
// capitalised name words after it ("Hamid" "bin" "Yusof" tagged as two
// people, or the father's name left out), dropping any span that started
// inside the words taken in. One side must be read as a person.
func joinPatronym(d *paraDoc, spans []span) []span {
	toks := d.toks
	for i := 0; i < len(spans); i++ {
		sp := spans[i]
		e := sp.e
		if e+1 >= len(toks) || !patronymConnectors[toks[e].text] || !toks[e+1].word || !nameLike(toks[e+1].text) || particles[toks[e+1].text] {
			continue
		}
		// A person on either side: the tagger may read the own name as a
		// place ("Fatima" of "Fatima bint Khalid").
		if sp.typ != "PER" && (i+1 >= len(spans) || spans[i+1].s != e+1 || spans[i+1].typ != "PER") {
			continue
		}
		k := e + 1
		for k < len(toks) && k-e <= 3 && toks[k].word && (toks[k].cap && nameLike(toks[k].text) || particles[toks[k].text] && k+1 < len(toks) && toks[k+1].cap) && !toks[k].honorific() {
			k++
		}
		for k > e+1 && particles[toks[k-1].text] {
			k--
		}
		j := i + 1
		for j < len(spans) && spans[j].s < k {
			if spans[j].e > k {
				k = spans[j].e // the tagger's span over the father's name runs on ("al-Harthy")
			}
			j++
		}
		spans[i].e = k
		spans[i].typ = "PER"
		spans = append(spans[:i+1], spans[j:]...)
	}
	return spans
}

// patronymGiven returns the own name of a patronymic name, the word
// before its first connector ("hamid" of "Hamid bin Yusof"), in lower
// case, or "" when name has no connector after its first word.
func patronymGiven(name []string) string {
	for i := 1; i+1 < len(name); i++ {
		if patronymConnectors[name[i]] {
			return strings.ToLower(name[i-1])
		}
	}
	return ""
}

// patronymOwn reports whether short is the own name of the patronymic
// name long, all of its words before the connector ("Ahmad Hamid" of
// "Ahmad Hamid bin Yusof").
func patronymOwn(long, short []string) bool {
	if len(short) >= len(long) || !patronymConnectors[long[len(short)]] {
		return false
	}
	for i, w := range short {
		if !strings.EqualFold(long[i], w) {
			return false
		}
	}
	return true
}
