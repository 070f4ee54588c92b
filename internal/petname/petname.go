// Package petname knows the English pet names that are not spelt like
// the start of the given names they stand for: "Bill" for William, "Gus"
// for Augustus, "Peggy" for Margaret. Both the actor extractor (one
// person called two ways in a story) and the linker (one person across
// stories) read it.
package petname

// Of returns the given names, in lower case, that p, a pet name in lower
// case, may stand for; nil when p is none of the names listed.
func Of(p string) []string { return names[p] }

// Is reports whether short, a pet name in lower case, may stand for full,
// a given name in lower case.
func Is(short, full string) bool {
	for _, f := range names[short] {
		if f == full {
			return true
		}
	}
	return false
}

// names are the English pet names not spelt like the start of the given
// names they stand for (a pet name that is, "Santi", "Clemmie", is told
// by shortGiven without a list). These are forms of names, not people.
var names = map[string][]string{
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
