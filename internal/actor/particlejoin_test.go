package actor

import "testing"

// TestParticleJoin checks that a name cut by the tagger at a lower-case
// particle is one person, that a particle-led surname read as a body
// joins the full name, and that the first of two Spanish surnames alone
// is the same person; two places joined by "de" stay apart.
func TestParticleJoin(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"Ana": "PER", "Reis Corvo": "PER", "Quilla": "ORG", "Melo Varga": "LOC", "Varga": "PER",
		"Elsa du Toit": "PER", "Du Toit": "ORG", "Tomas Abril Quero": "PER", "Abril": "ORG",
		"Porto": "LOC", "Vela": "LOC", "Caio Bento Lamas da Rocha": "PER", "Lamas": "PER"}
	tests := []struct {
		name, para, actor, kind string
		alias                   string // an alias the actor must have
		absent                  string // no actor of this name
	}{
		{"two people cut at dos", "The singer Ana dos Reis Corvo won.", "Ana dos Reis Corvo", Person, "", "Reis Corvo"},
		{"titled surname later", "A guide, Quilla dos Melo Varga, was found. Police said Ms Varga was well.", "Quilla dos Melo Varga", Person, "Ms Varga", "Quilla"},
		{"particle surname read as a body", "The lawyer Elsa du Toit appealed. Du Toit said the ruling was wrong.", "Elsa du Toit", Person, "Du Toit", ""},
		{"first of two surnames", "The striker Tomas Abril Quero scored twice, and Abril said he was pleased.", "Tomas Abril Quero", Person, "Abril", ""},
		{"surname before a particle's", "President Caio Bento Lamas da Rocha spoke. Mr Lamas said little.", "Caio Bento Lamas da Rocha", Person, "Mr Lamas", "Lamas"},
		{"two places", "She flew from Porto de Vela on Monday.", "Porto", Place, "", "Porto de Vela"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectActor(t, tagged, tt.para, tt.actor, tt.kind, tt.alias, tt.absent)
		})
	}
}
