package actor

// Irish and Scottish Gaelic surnames are written with a capitalised
// particle as a word of its own before the family name: "Tomás Ó
// Briain", "Róisín Ní Bhriain" (daughter of the Ó Briains), "Aoife Nic
// Giolla" and "Máire Uí Néill" (a married woman's). The particle is the
// surname's, as "O'" is in "O'Neill", so a name holding one is a
// person's, whatever the tagger made of words it has never seen.

// gaelicParticles open a Gaelic surname as words of their own ("Mac" is
// left out: "Mac Pro", "Big Mac").
var gaelicParticles = map[string]bool{"Ó": true, "Ní": true, "Nic": true, "Uí": true, "Ua": true, "Mhic": true}

// gaelicSurname reports whether name holds a Gaelic particle followed by
// a capitalised word: "Ó Briain", "Tomás Ó Briain", "Róisín Ní
// Bhriain".
func gaelicSurname(name []string) bool {
	for i := 0; i+1 < len(name); i++ {
		if gaelicParticles[name[i]] && nameLike(name[i+1]) && !particles[name[i+1]] {
			return true
		}
	}
	return false
}
