package actor

import "testing"

// TestResidentFrom: "from" after an indefinite phrase headed by a
// resident noun names a place; after a named person or a firm's noun
// it does not.
func TestResidentFrom(t *testing.T) {
	tagged := map[string]string{"Tarrow Vale": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"teacher", "A chemistry teacher from Tarrow Vale has won the medal.", "Tarrow Vale", Place},
		{"aged man", "Police said a 71-year-old man from Tarrow Vale was hurt.", "Tarrow Vale", Place},
		{"a letter", "She had a letter from Ada Kell last week.", "Ada Kell", Person},
		{"the teacher", "The teacher from Ada Kell's school said no.", "Ada Kell", Person},
	})
}

// TestPublisherBracket: a name opening a bracket closed by a price is
// the book's publisher.
func TestPublisherBracket(t *testing.T) {
	tagged := map[string]string{"Tarrow Hale": "PER", "Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"publisher", "In The Lost Kite (Tarrow Hale, £7.99), a girl finds a map.", "Tarrow Hale", Org},
		{"author in brackets", "The new novel (Ada Kell, 2019) sold well.", "Ada Kell", Person},
	})
}

// TestTradeOpened: a firm's trade noun opening a sentence and read into
// the name makes a firm, unless a given name follows it.
func TestTradeOpened(t *testing.T) {
	tagged := map[string]string{"Developer Corran Renewables": "PER", "Builder Ada Kell": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"developer", "Developer Corran Renewables says it will appeal.", "Developer Corran Renewables", Org},
		{"given name", "Builder Ada Kell says she will appeal.", "Builder Ada Kell", Person},
	})
}

// TestPlaceOpeners: "Fort", "Mount", "Loch" and "Chez" open
// places' names.
func TestPlaceOpeners(t *testing.T) {
	tagged := map[string]string{"Fort Tarrow": "PER", "Chez Velma": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"fort", "Hundreds fled the towns around Fort Tarrow on Monday.", "Fort Tarrow", Place},
		{"chez", "Chez Velma has reopened after the fire.", "Chez Velma", Place},
	})
}
