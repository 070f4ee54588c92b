package actor

// Firms, banks and consultancies publish research, data and surveys in
// their own name: "according to research by Tarrow Henley", "data from
// Velmora Analytics", "a survey commissioned by Corran Kell". A person
// does research too, but the news then gives a title or a role
// ("research by Professor Ada Kell", "a study by Ivo Marsh, a historian
// at …"), which outweighs this cue.

// researchNouns are what a firm publishes: "research by", "data from".
// A report or a review is as often a person's ("the report by Sue
// Marsh"), and left out.
var researchNouns = setOf(`research study studies analysis survey surveys poll polling data figures
index calculations estimates forecasts modelling`)

// researchParticiples stand between a research noun and "by": "a survey
// commissioned by", "research carried out by".
var researchParticiples = setOf(`commissioned conducted published compiled carried out produced released`)

// researchBy reports whether the word at token k, "by" or "from", says
// whose research the name after it is: a research noun before it, maybe
// with a participle of publishing or "out" between ("a survey
// commissioned by", "research carried out by"); "from" only right after
// the noun ("data from").
func researchBy(toks []tok, k int) bool {
	l := toks[k].lower
	if l != "by" && l != "from" || k < 1 {
		return false
	}
	j := k - 1
	if l == "by" {
		for n := 0; n < 2 && j > 0 && researchParticiples[toks[j].lower]; n++ {
			j--
		}
	}
	return toks[j].word && !toks[j].cap && researchNouns[toks[j].lower]
}
