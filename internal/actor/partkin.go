package actor

import "strings"

// A review names the people of a drama by what they are to one another
// and by who plays them: "Tom Vane plays Reginald Pouncey, a hotel
// manager hiding guests from his wife, Dolores", "the neighbour, Mrs
// Pennyfeather, whom Ada Kell turns into a glorious monster".

// kinOfPart reports whether m is named as the relative of a part the
// sentence named before it ("plays Reginald Pouncey, … his wife,
// Dolores"): a kinship noun after "his", "her" or "their", maybe with a
// comma, right before the name, and the nearest name before the
// possessive one the story has found a part (notePart).
func (st *story) kinOfPart(d *paraDoc, m *mention) bool {
	toks := d.toks
	k := m.s - 1
	if k >= 0 && toks[k].text == "," {
		k--
	}
	if k < 1 || !toks[k].word || toks[k].cap || !isKinship(toks[k].lower) || !toks[k-1].is(clsPossessiveDet) || len(st.parts) == 0 {
		return false
	}
	for j := k - 2; j >= 0; j-- {
		t := &toks[j]
		if t.word && t.cap && !t.sentStart {
			e := j + 1
			for j > 0 && toks[j-1].word && toks[j-1].cap && !toks[j-1].sentStart {
				j--
			}
			words := make([]string, 0, e-j)
			for _, w := range toks[j:e] {
				words = append(words, w.lower)
			}
			for i := range words {
				if st.parts[strings.Join(words[i:], " ")] {
					return true // "Reginald Pouncey", also read without its title
				}
			}
			return false
		}
		if t.sentStart {
			return false
		}
	}
	return false
}

// madeIntoVerbs say an actor makes a part something: "whom Ada Kell
// plays", "turns into a glorious monster", "portrays".
var madeIntoVerbs = setOf(`plays played turns turned portrays portrayed voices voiced`)

// playedByNext reports whether a comma, "whom" or "who", a person's name
// and a verb of portraying follow m: "Mrs Pennyfeather, whom Ada Kell
// turns into a glorious monster": the name is the part, the other the
// actor.
func playedByNext(d *paraDoc, m *mention) bool {
	toks := d.toks
	e := m.e
	if d.persons == nil || e+3 >= len(toks) || toks[e].text != "," || toks[e+1].lower != "whom" && toks[e+1].lower != "who" || !d.persons[e+2] {
		return false
	}
	j := e + 2
	for j < len(toks) && d.persons[j] {
		j++
	}
	return j < len(toks) && madeIntoVerbs[toks[j].lower]
}
