package actor

import "testing"

// TestFirmCues: a name in apposition after "the" and a business noun
// opening the clause is the business, not a person (after "head of the
// division" it is the person who holds the post); a one-word name the
// tagger reads as a person's is the firm when the story also writes it
// before a word that ends bodies' names, even where the tagger missed
// that longer name, but not when a person of the story bears it, nor
// when nothing names a firm; "service" before a name names one too, as
// does a metal after a word that is no given name, and a new name given
// by "rebrand as".
func TestFirmCues(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Merrow Vale": "PER"}, "the developer, X,", "The scheme was approved on Monday. The developer, Merrow Vale, has agreed to build a new surgery.", "Merrow Vale", Org),
		taggedCase(map[string]string{"Tamsin Orde": "PER"}, "after a comma", "Sales rose 4 per cent, and the retailer, Tamsin Orde, expects more.", "Tamsin Orde", Org),
		taggedCase(map[string]string{"Colm Adair": "PER"}, "the head of the division is a person", "Head of the division, Colm Adair, spoke about the plans.", "Colm Adair", Person),
		taggedCase(map[string]string{"Pennick": "PER"}, "an untagged firm name", "Rival Pennick Homes fell 4 per cent. Pennick said the board had begun a search.", "Pennick", Org),
		taggedCase(map[string]string{"Tesk": "PER"}, "a service before the name", "Streaming service Tesk has bid for the rights to the league.", "Tesk", Org),
		taggedCase(map[string]string{"Ada Morrow": "PER"}, "a service after a preposition", "Mourners gathered for a service in Ada Morrow's memory on Friday.", "Ada Morrow", Person),
		taggedCase(map[string]string{"Corran Lithium": "PER"}, "a metal ends a miner's name", "Corran Lithium was the best performer on AIM after drilling results.", "Corran Lithium", Org),
		taggedCase(map[string]string{"Ada Silver": "PER"}, "a given name before the metal", "Ada Silver was the best performer at the gala after a late swim.", "Ada Silver", Person),
		taggedCase(map[string]string{"Orde Vantry": "PER"}, "rebranded as a name", "Tamsin Partners is to rebrand as Orde Vantry after the merger.", "Orde Vantry", Org),
		taggedCase(map[string]string{"Orde Vantry": "PER"}, "named after a person", "The hall was named after Orde Vantry, who founded it.", "Orde Vantry", Person),
		taggedCase(map[string]string{"Pennick": "PER"}, "no firm name", "Pennick said the board had begun a search.", "Pennick", Person),
		taggedCase(map[string]string{"Dora Pennick": "PER", "Pennick": "PER"}, "a person bears it", "Dora Pennick, who founded Pennick Foods, retired. Pennick said she would garden.", "Dora Pennick", Person),
	})
}

// TestFirmTradeHeadsAndMoves: a name ending in a trade's head the
// lexicon lacks ("Parcels", "Audio", "Management") is a firm's, as is a
// name whose price moves in a headline's present tense or after an
// apposition in commas; a person's apposition and no move stays a
// person.
func TestFirmTradeHeadsAndMoves(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Quillmore Parcels": "PER"}, "a plural trade head", "Quillmore Parcels will hire 200 drivers before Christmas.", "Quillmore Parcels", Org),
		taggedCase(map[string]string{"Tavistrand Audio": "PER"}, "a trade head", "Tavistrand Audio makes headphones in a mill near Velby.", "Tavistrand Audio", Org),
		taggedCase(map[string]string{"Ossory Pennan Asset Management": "ORG"}, "a management firm", "Ossory Pennan Asset Management runs £2bn for pension schemes.", "Ossory Pennan Asset Management", Org),
		taggedCase(map[string]string{"Drabwick Tanse": "PER"}, "a present-tense move", "Drabwick Tanse slumps 9 per cent after a profit warning.", "Drabwick Tanse", Org),
		taggedCase(map[string]string{"Greyling": "PER"}, "a move after an apposition", "Greyling, the maker of garden sheds, fell 8 per cent on Monday.", "Greyling", Org),
		taggedCase(map[string]string{"Wystan Mortlake": "PER"}, "an apposition with no move", "Wystan Mortlake, the maker of fine violins, jumped into the river to save a dog.", "Wystan Mortlake", Person),
	})
}

// TestTradeApposition: a business noun heading an apposition may be
// qualified after it ("the cake chain with a kiosk at every station"), and two business
// nouns may head it together ("the bakery chain"); jewellers and
// consultancies are businesses; a person described by a trade's worker
// stays a person.
func TestTradeApposition(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Griselda Varnley": "PER"}, "a chain with shops", "Griselda Varnley, the bakery chain with a kiosk at every station, has been sold.", "Griselda Varnley", Org),
		taggedCase(map[string]string{"Lysander Oxcroft": "PER"}, "jewellers in apposition", "She chose earrings from Lysander Oxcroft, the Corran jewellers.", "Lysander Oxcroft", Org),
		taggedCase(map[string]string{"Drabwick Tanse": "PER"}, "a firm best known for", "Orders went to Drabwick Tanse, a Velby firm best known for its ropes.", "Drabwick Tanse", Org),
		taggedCase(map[string]string{"Griselda Varnley": "PER"}, "a baker with a shop", "Griselda Varnley, the baker with 30 years at the ovens, is to retire.", "Griselda Varnley", Person),
	})
}
