package actor

import "strings"

// English and Scottish place names open with words no given name is:
// "Nether Wendham", "Lower Pelling", "Upper Slaughter" (a village's
// part of a parish), "Castle Dunvarrie" (a castle and its estate). Such
// a name of two words or more is a place's, however the tagger read it,
// unless it ends in a body's word ("Lower Pelling Parish Council"). And
// "nearby" before a name makes it a place: "has lived at nearby Wendham
// Hall since 1971"; no person is nearby in this way.

// placeOpeners open place names and never given names: "Nether
// Wendham", "Fort Tarrow", "Mount Velby" (or "Mt Velby"), "Chez Ada" (a restaurant's);
// not "Port", which opens clubs' names as often ("Port Vale").
var placeOpeners = setOf(`nether lower upper castle fort mount mt loch chez`)

// placeOpened reports whether name, of two words or more, opens with a
// placeOpeners word and goes on with a capitalised word that is not
// "of" and ends in no body's word nor a chamber's ("the Upper House").
func placeOpened(name []string) bool {
	if len(name) < 2 || !inSetFold(placeOpeners, name[0]) || name[1] == "of" {
		return false
	}
	last := name[len(name)-1]
	return headBits(last)&orgHead == 0 && !inSetFold(chamberEnds, last)
}

// chamberEnds close the names of a parliament's chambers, a body's
// ("the Upper House", "the Lower Chamber").
var chamberEnds = setOf(`house chamber`)

// nearbyPlace reports whether "nearby" in lower case stands right
// before the name starting at token s.
func nearbyPlace(toks []tok, s int) bool {
	return s > 0 && toks[s-1].lower == "nearby" && !toks[s-1].cap
}

// bodyOpeners open the names of bodies in other languages than English
// and never a given name: schools, colleges, churches, councils and
// clubs in Welsh, Irish and Scottish Gaelic ("Ysgol Bryn Eithin",
// "Gaelscoil Tarrow", "Coláiste Velmo"), firms, banks and wineries
// ("Banco Velmora", "Bodegas Hermanos Ruiz", "Maison Duvall") and
// sports clubs ("Atlético Sadino", "Olympique Tarrow", "Real Velmora",
// "Stade Tarrovien", "Hapoel Corran") in the languages of Europe and
// beyond.
var bodyOpeners = setOf(`ysgol coleg prifysgol eglwys capel canolfan cymdeithas cyngor undeb clwb
scoil gaelscoil gaelcholáiste coláiste colaiste ollscoil cumann comhairle sgoil
colegio universidad universidade università université universität banco banca banque grupo
gruppo groupe bodegas bodega tenuta cantina fratelli hermanos domaine maison société sociedad
compañía compagnie gesellschaft stiftung stichting atlético atletico deportivo dinamo
olympique borussia real racing sporting stade celta partizan partizani lokomotiv spartak dynamo
steaua hapoel maccabi beitar bnei hajduk slavia legia eintracht werder hertha`)

// bodyOpened reports whether name, of two words or more, opens with a
// bodyOpeners word before a capitalised word that is not "of".
// "Stade" also opens a ground's name, before a particle ("Stade de
// Velmo"), which stays a place.
func bodyOpened(name []string) bool {
	return len(name) >= 2 && inSetFold(bodyOpeners, name[0]) && name[1] != "of" && nameLike(name[1]) &&
		!(strings.EqualFold(name[0], "stade") && particles[name[1]])
}

// royalOpened reports whether name, of two words or more, opens with
// "Royal" before a capitalised word that is not "of": a body's name
// ("Royal Tarrow", a club, a school, a hospital, a cruise line), never a
// person's, "Royal" being no given name.
func royalOpened(name []string) bool {
	return len(name) >= 2 && name[0] == "Royal" && name[1] != "of" && nameLike(name[1]) && !particles[name[1]]
}
