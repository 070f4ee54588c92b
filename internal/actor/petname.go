package actor

import "strings"

// This file tells whether one given name is a short or pet form of
// another: "Hen" of Henrietta, "Santi" of Santiago, "Clemmie" of
// Clementine, "Decky" of Declan, "Gus" of Augustus, "Tash" of Natasha.

// shortGiven reports whether short, a given name in lower case, is a
// short or pet form of full, another in lower case: the start of it,
// three letters or more shorter ("hen" of "henrietta", not "ann" of
// "anna", another name); the start of it with a pet-name ending, the
// last consonant maybe doubled or a "c" written "ck" ("clemmie" of
// "clementine", "decky" of "declan", "freddie" of "frederick"); or a pet
// name English gives it that is spelt otherwise ("gus" of "augustus",
// "tash" of "natasha", "bex" of "rebecca": petNames).
func shortGiven(short, full string) bool {
	if len(short) < 2 || len(short) >= len(full) {
		return petOf(short, full)
	}
	if truncates(short, full) {
		return true
	}
	for _, end := range petEndings {
		if core, ok := strings.CutSuffix(short, end); ok && len(core) >= 3 && petCoreOpens(core, full) {
			return true
		}
	}
	return petOf(short, full)
}

// truncates reports whether short, a given name in lower case, is the
// start of full, three letters or more shorter: "ben" of "benjamin",
// "hen" of "henrietta", not "ann" of "anna", a name of its own.
func truncates(short, full string) bool {
	return len(short) >= 2 && len(full)-len(short) >= 3 && strings.HasPrefix(full, short)
}

// petCoreOpens reports whether core, a pet name without its ending,
// opens full as written or respelt as pet names are: a doubled last
// consonant single ("clemm" of "clementine"), "ck" for "c" ("deck" of
// "declan", "vick" of "victoria").
func petCoreOpens(core, full string) bool {
	if strings.HasPrefix(full, core) {
		return true
	}
	n := len(core)
	switch {
	case strings.HasSuffix(core, "ck"):
		return strings.HasPrefix(full, core[:n-1])
	case n >= 4 && core[n-1] == core[n-2] && !strings.ContainsRune("aeiou", rune(core[n-1])):
		return strings.HasPrefix(full, core[:n-1])
	}
	return false
}

// clergyTitles are the plain titles the Church writes before a given
// name as well as a surname: "Canon Margaret", "Fr Michael".
var clergyTitles = setOf(`Canon Rev Revd Reverend Fr`)

// petGivenOf returns the people of the story named in full whose given
// name is a short or pet form of full, a given name in lower case: a
// knighted person is "Dame Margaret" in the honour's style where the
// story calls her Maggie Fennimore.
func (st *story) petGivenOf(full string) []*cluster {
	var out []*cluster
	for _, c := range st.clusters {
		if n := longest(c).name; len(n) >= 2 && shortGiven(lowerKey(n[0]), full) {
			out = append(out, c)
		}
	}
	return out
}

// petOf reports whether petNames gives short as a pet name of full.
func petOf(short, full string) bool {
	for _, f := range petNames[short] {
		if f == full {
			return true
		}
	}
	return false
}

// petNames are English pet names not spelt like the start of the given
// names they stand for (a pet name that is, "Santi", "Clemmie", is told
// by shortGiven without a list). These are forms of names, not people.
var petNames = map[string][]string{
	"gus":    {"augustus", "angus", "augustine"},
	"tash":   {"natasha"},
	"tasha":  {"natasha"},
	"bex":    {"rebecca"},
	"becky":  {"rebecca"},
	"becca":  {"rebecca"},
	"bill":   {"william"},
	"billy":  {"william"},
	"bob":    {"robert"},
	"bobby":  {"robert"},
	"dick":   {"richard"},
	"peggy":  {"margaret"},
	"meg":    {"margaret", "megan"},
	"maggie": {"margaret"},
	"polly":  {"mary"},
	"molly":  {"mary"},
	"ted":    {"edward", "theodore", "edmund"},
	"teddy":  {"edward", "theodore", "edmund"},
	"ned":    {"edward", "edmund"},
	"harry":  {"henry", "harold"},
	"hal":    {"henry", "harold"},
	"hank":   {"henry"},
	"jack":   {"john"},
	"jim":    {"james"},
	"jimmy":  {"james"},
	"liz":    {"elizabeth"},
	"lizzie": {"elizabeth"},
	"lizzy":  {"elizabeth"},
	"beth":   {"elizabeth", "bethany"},
	"betty":  {"elizabeth"},
	"bess":   {"elizabeth"},
	"libby":  {"elizabeth"},
	"sandy":  {"alexander", "alexandra", "sandra"},
	"sasha":  {"alexander", "alexandra"},
	"lexie":  {"alexandra"},
	"kit":    {"christopher", "katherine", "catherine"},
	"kate":   {"katherine", "catherine", "kathleen"},
	"katie":  {"katherine", "catherine", "kathleen"},
	"sally":  {"sarah"},
	"sadie":  {"sarah"},
	"nell":   {"eleanor", "helen", "ellen"},
	"nellie": {"eleanor", "helen", "ellen"},
	"dolly":  {"dorothy"},
	"dot":    {"dorothy"},
	"bert":   {"albert", "herbert", "robert", "hubert"},
	"bertie": {"albert", "herbert", "robert", "hubert"},
	"tony":   {"anthony", "antony"},
	"tilly":  {"matilda"},
	"tillie": {"matilda"},
	"milly":  {"amelia", "camilla", "mildred"},
	"millie": {"amelia", "camilla", "mildred"},
	"bea":    {"beatrice", "beatrix"},
	"bee":    {"beatrice", "beatrix"},
	"trixie": {"beatrice", "beatrix"},
	"hetty":  {"henrietta", "hester"},
	"perry":  {"peregrine"},
	"lottie": {"charlotte"},
	"hattie": {"harriet"},
	"trish":  {"patricia"},
	"patsy":  {"patricia"},
	"fliss":  {"felicity"},
	"chuck":  {"charles"},
	"tom":    {"thomas"},
	"tommy":  {"thomas"},
	"ginny":  {"virginia"},
	"nancy":  {"ann", "anne", "anna"},
}
