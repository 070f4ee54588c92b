package thread

// A price is a headline noun. genericLabelWords keeps "price" out of
// labels with the words that name no matter ("level", "number", "rise"),
// but a story about what a thing costs is about its price, and a
// sub-editor writes the price with the thing: "house prices rise",
// "petrol price rise", "energy price cap", "milk price cut". The
// headline-noun rule lets a label take the lower-case word, as a topic
// and as the measure the movement rule (label_rise.go) reads. A
// capitalised "Price" is a surname or part of a name and stays out.
//
// Tried with posts held by one person ("minister", "MP", "chief",
// "boss"), which headlines use for a person a reader does not know by
// name ("minister's flat expenses row"): dev labels rose a little more,
// but on BBC news the post crowded out a well-known name ("MP farm
// slurry bucket" for Kilroy-Silk) or joined a label that had the
// person already ("Blair prime minister party").

// headlineNouns are the generic words a label may take all the same.
var headlineNouns = toSet(`price prices`)

// headlineNoun reports whether w is one of headlineNouns written in
// lower case.
func headlineNoun(w word) bool {
	return w.lex&lexGeneric != 0 && !w.upper && wordIn(headlineNouns, w)
}
