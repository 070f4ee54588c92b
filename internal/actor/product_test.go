package actor

import "testing"

// TestProductName: a product's head noun in apposition, "made by" in
// apposition, a product noun before "called", "it is called" and a
// product noun after the name following an article make a product's
// name, no person's; a person described by a trade, a personal
// assistant called by name and a person made to do something stay
// people.
func TestProductName(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Ada Ivo Pru`))
	tagged := map[string]string{"Velby Pru": "PER", "Pru": "PER", "Ada Kell": "PER", "Ivo Marsh": "PER", "Quorn Ebb": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"a hatchback in apposition", "This month I drove the Velby Pru, a five-door hatchback that costs £16,000.", "Velby Pru", Other},
		{"made by in apposition", "Pru, made by the Corran firm Tessmere, is a waist-high machine on wheels.", "Pru", Other},
		{"a robot called", "The lab has built a robot called Pru that sorts the post.", "Pru", Other},
		{"it is called", "The council bought a chatbot last year. It is called Pru, and nobody uses it.", "Pru", Other},
		{"a product noun after an article and the name", "A Quorn Ebb electric hatchback, which is being recalled, caught fire.", "Quorn Ebb", Other},
		{"a person's trade in apposition", "Ada Kell, a car dealer from Corran, was fined.", "Ada Kell", Person},
		{"an assistant called", "She hired a personal assistant called Ada Kell last year.", "Ada Kell", Person},
		{"a person made to wait", "Ivo Marsh, made to wait an hour, left the clinic.", "Ivo Marsh", Person},
	})
}
