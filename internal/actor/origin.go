package actor

import "strings"

// Where a person comes from, what publishes a book and what trade a
// firm is in are written in set phrases whose name is no person's:
//
//   - "from" after an indefinite noun phrase headed by a noun for a
//     resident ("a chemistry teacher from Tarrow Vale", "a 71-year-old
//     man from Corran Heath") names a place (residentFrom);
//   - a book's details in brackets, a publisher and a price ("(Tarrow
//     Hale, £7.99)"), name the publisher (publisherBracket);
//   - a trade noun a firm is called by, capitalised at a sentence's
//     start and read into the name ("Developer Corran Renewables
//     says"), makes a firm of a name no given name follows
//     (tradeOpened).

// residentNouns head an indefinite noun phrase before "from" and a
// town: people of a place.
var residentNouns = setOf(`man woman men women boy girl boys girls teenager teenagers pensioner
pensioners mother father mum dad grandmother grandfather grandmother couple family families
student students pupil pupils teacher teachers nurse farmer farmers resident residents
widow widower schoolboy schoolgirl driver motorist cyclist walker walkers`)

// residentFrom reports whether the name starting at token s follows
// "from" after an indefinite noun phrase of at most four words headed
// by a resident noun: "a chemistry teacher from", "two men from".
func residentFrom(toks []tok, s int) bool {
	if s < 3 || toks[s-1].lower != "from" || !residentNouns[toks[s-2].lower] || toks[s-2].cap && !toks[s-2].sentStart {
		return false
	}
	for k := s - 3; k >= 0 && k >= s-6; k-- {
		t := &toks[k]
		if !t.word || t.cap && !t.sentStart {
			return false
		}
		switch t.lower {
		case "a", "an", "two", "three", "four", "five", "six", "several", "some", "many":
			return true
		}
		if isNumber(t.lower) {
			return true
		}
	}
	return false
}

// publisherBracket reports whether the name of m opens a bracket and a
// comma and a price close it: "(Tarrow Hale, £7.99)".
func publisherBracket(toks []tok, m *mention) bool {
	s, e := m.s, m.e
	if s == 0 || toks[s-1].text != "(" || e+2 >= len(toks) || toks[e].text != "," {
		return false
	}
	k := e + 1
	if toks[k].text == "£" || toks[k].text == "$" || toks[k].text == "€" {
		k++
	}
	if k+1 >= len(toks) || !strings.ContainsAny(toks[k-1].text+toks[k].text, "£$€") || !figure(toks[k].text) {
		return false
	}
	return toks[k+1].text == ")"
}

// tradeOpened reports whether m, a name of three words or more, opens
// with a capitalised trade noun a firm is called by at the start of a
// sentence and no given name follows it: "Developer Corran Renewables",
// not "Builder Ivo Marsh".
func tradeOpened(d *paraDoc, m *mention) bool {
	if len(m.name) < 3 || !d.toks[m.s].sentStart {
		return false
	}
	l := strings.ToLower(m.name[0])
	return businessNouns[l] && !strings.HasSuffix(l, "s") && !givenName(m.name[1])
}
