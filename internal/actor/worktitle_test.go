package actor

import "testing"

// TestWorkTitles checks that a quoted name beside a film's trade or a
// maker's verb, an apposition after a work noun, a maker's verb before a
// name and a film trade after a name of ordinary words make a work,
// while a club's star, a paper after a clause and a band's album keep
// their kinds.
func TestWorkTitles(t *testing.T) {
	stubLexicon(t, nil, setOf(`glass orchard`), setOf(`Ada Ivo`))
	tagged := map[string]string{"Harbour Lights": "ORG", "The Glass Orchard": "ORG", "Glass Orchard": "ORG",
		"Tarrow": "ORG", "Gazette": "ORG", "Ravens": "ORG", "Ada Kell": "PER", "Ivo Marsh": "PER"}
	checkNamedKinds(t, tagged, []namedKindCase{
		{"quoted before a trade", nameKindCase{`Ada Kell, the "Harbour Lights" star, checked into a clinic.`, "Harbour Lights", Other}},
		{"quoted after a maker's verb", nameKindCase{`Ivo Marsh, who directed "Harbour Lights," will direct it.`, "Harbour Lights", Other}},
		{"apposition after a work noun", nameKindCase{"Ivo Marsh will direct the sequel, Harbour Lights.", "Harbour Lights", Other}},
		{"maker's verb", nameKindCase{"Ivo Marsh, who directed The Glass Orchard last year, is in talks.", "Glass Orchard", Other}},
		{"ordinary words before a trade", nameKindCase{"The Glass Orchard actress Ada Kell is in talks.", "Glass Orchard", Other}},
		{"a club's star", nameKindCase{"The Tarrow star Ada Kell is in talks.", "Tarrow", Org}},
		{"a paper after a clause", nameKindCase{"Ivo Marsh is attached to the series, the Gazette said.", "Gazette", Org}},
		{"a band's album", nameKindCase{"Ivo Marsh, who produced the Ravens' second album, is in talks.", "Ravens", Org}},
	})
}

// TestRecordTitles: a title of ordinary or rare words after a record's
// noun that heads a noun phrase ("their recent single", "the band's
// hit") is a work; the noun in another sense, or before a person's name
// that opens a relative clause, leaves the name as it is.
func TestRecordTitles(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Broken Glass": "PER"}, "after a modifier", "The Ravens are nominated for their recent single Broken Glass.", "Broken Glass", Other),
		taggedCase(map[string]string{"Quillfire": "PER"}, "a rare word after a possessive", "The Ravens' hit Quillfire topped the chart.", "Quillfire", Other),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "a person after the noun", "It was the single Ada Kell liked best.", "Ada Kell", Person),
		taggedCase(map[string]string{"Quillfire": "PER"}, "a verb", "The storm hit Quillfire on Monday.", "Quillfire", ""),
	})
}
