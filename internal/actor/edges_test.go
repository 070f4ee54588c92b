package actor

import (
	"regexp"
	"testing"

	"github.com/storyline/storyline/internal/nlp"
)

// edgeTexts are short, clipped or odd paragraphs that end or start right
// at a cue of the rules added for animals, vessels, racehorses, routes,
// parts, nicknames, lists of kin and named buildings, so that their
// look-behind and look-ahead loops meet the edges of the token slice.
var edgeTexts = []string{
	"", " ", ".", ",", "'", "’s", "-", "--", "...", "?!", ",,,,", "' '", "\"", "()",
	"A", "Ada", "ADA", "Ada.", "Ada,", ", Ada", "the", "The", "THE", "as", "As",
	"ADA KELL SAID THE FERRY LADY MAUD WAS NAMED ADA KELL.",
	"BREAKING: TRAINS BETWEEN CORRAN AND HALVEY CANCELLED",
	"the ferry", "the ferry Ada", "ferry Ada", "Ada Kell the", "Ada Kell the tortoise", "Ada Kell, the",
	"Ada Kell, a", "Ada Kell, a bay", "Gerald the grey", "the grey mare", "the grey mare Lady",
	"was named Ada", "named Ada", "Lady Ada", "Lady", ", Lady Maud", "ship, Ada Kell",
	"Tin Kettle,", "Tin Kettle, a", "Tin Kettle, a 20-1", "Tin Kettle, backed from", "Lady Maud, trained",
	"The mare Lady Maud, the 5-2", "hurdle Lady Maud, the 5-2 favourite",
	"to Tarrow", "sailings to Tarrow", "between Corran", "between Corran and", "Trains between Corran and Halvey",
	"from Corran to", "from Corran to Halvey", "en route to Tarrow", "and Halvey",
	"as Tilly", "superb as Tilly", "is superb as Tilly", "as the", "as the ruthless", "stars Rafe Okonjo as the ruthless Jago",
	"play Maud", "play Maud,", "play Maud, a", "will play Maud, a widow", "playing", "plays the vet, Dr",
	", as his estranged sister, Lotte", "Bertie's brother Cyril", "as Bertie's",
	"known as", "known to friends as", "known to friends as Wally", "Known to all as Wally", "as Wally",
	"simply as Karo", "the Badger", "Mags, as", "Mags, as she", "Mags, as she is known", "Peggy, as every patient called her.",
	"wife", "his wife", "his wife,", "his wife, Ann", "wife of", "wife of the", "wife of the late", "wife of the late Ronald",
	"children, Karen,", "children, Karen, Neil and", "children, Karen, Neil and Andrew", "twin boys", "twin boys,", "twins, Ezra and",
	"a brother for", "mother of Susan,", "father of Brexit",
	"the Ada", "the Ada Kell children's", "the Ada Kell children's ward", "at James Cook", "at James Cook hospital",
	"Agnes Whitlock Wing", "Wing", "Ferncombe Manor", "Chapel",
	"St Michael's", "St", "Saint", "King Edmund's", "King Edmund's Academy", "the Admiral", "the Admiral Penrose", "Admiral Penrose",
	"the 400-room Admiral Carew", "- Admiral Carew",
	"The selling agents, Pargeter Lowe", "agents, Pargeter Lowe,", "the pollsters, Brannigan Lowe.", ", Pargeter Lowe",
	"Cornwall", "Hyde Park", "in Cornwall and Devon", "Notting Hill",
	"Tom and Jo Kell", "To Tom and Jo Kell", "and Jo Kell", "Tom and", "Haverford",
	"jobs for Tarrow Marten and NatWest", "and NatWest", "Tarrow Marten and", "NatWest and Velby Research Centre",
	"Secretary Blunkett", "Home Secretary David Blunkett",
}

// capRun matches runs of capitalised words, which edgeTagger tags.
var capRun = regexp.MustCompile(`[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*`)

// edgeTagger tags every run of capitalised words, in turn as a person, a
// thing, a body and a place, to drive rules the model would not reach.
func edgeTagger(typ string) EntityFunc {
	return func(text string) []nlp.Entity {
		var out []nlp.Entity
		for _, loc := range capRun.FindAllStringIndex(text, -1) {
			out = append(out, nlp.Entity{Text: text[loc[0]:loc[1]], Type: typ, Start: loc[0], End: loc[1]})
		}
		return out
	}
}

// TestExtractEdges: no paragraph of edgeTexts, alone, after another or
// before one, makes extraction panic, with the model or with any
// entity type.
func TestExtractEdges(t *testing.T) {
	run := func(name string, f func()) {
		t.Helper()
		defer func() {
			if r := recover(); r != nil {
				t.Errorf("%s: panic %v", name, r)
			}
		}()
		f()
	}
	for _, s := range edgeTexts {
		for _, ps := range [][]string{{s}, {s, s}, {"Ada Kell said.", s}, {s, "Ada Kell said."}, {"Ada Kell, the jockey, rode the gelding.", s + " " + s}} {
			run("Extract "+s, func() { Extract(paras(ps...)) })
			for _, typ := range []string{"PER", "MISC", "ORG", "LOC"} {
				run(typ+" "+s, func() { ExtractWith(paras(ps...), edgeTagger(typ)) })
			}
		}
	}
}
