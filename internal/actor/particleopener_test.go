package actor

import "testing"

// TestParticleOpener checks that a surname's particle opening a
// sentence, which the story writes in lower case inside the full name,
// stays in the name, while another word the story writes in lower case
// is cut off the name it opens.
func TestParticleOpener(t *testing.T) {
	stubLexicon(t, nil, nil, setOf(`Ada`))
	runNameRules(t, []nameRuleCase{{
		name: "a particle",
		text: []string{"The mediator, Ada van der Velde, met both sides on Monday.",
			"Van der Velde, a former judge, said talks would resume."},
		tagged: map[string]string{"Ada van der Velde": "PER", "Van der Velde": "PER"},
		want:   map[string]string{"Ada van der Velde": Person},
		absent: []string{"der Velde"},
	}, {
		name: "an ordinary word",
		text: []string{"Critics were asked about Tamsin Orr Kell in May.",
			"Asked Tamsin Orr Kell said nothing."},
		tagged: map[string]string{"Tamsin Orr Kell": "PER", "Asked Tamsin Orr Kell": "PER"},
		want:   map[string]string{"Tamsin Orr Kell": Person},
		absent: []string{"Asked Tamsin Orr Kell"},
	}})
}
