package actor

import "testing"

// TestBodyNounNamed: a name right after a noun that only a band or a
// business is, in a noun phrase opened by an article, a possessive or
// the sentence, is the body's at every mention; not a name that is the
// subject of a relative clause of the noun, one that opens a list of
// members, a spokesman's name after "the firm," or a name the story
// also gives a title.
func TestBodyNounNamed(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Ada Kell": "PER"}, "a band",
			"Two members of the indie band Ada Kell walked on stage. A spokesman for Ada Kell said sorry.", "Ada Kell", Org),
		taggedCase(map[string]string{"Corran Hill": "PER", "Ivo Marsh": "PER"}, "a trio",
			"Ivo Marsh played three songs with the folk trio Corran Hill on Sunday.", "Corran Hill", Org, "Ivo Marsh", Person),
		taggedCase(map[string]string{"Velby": "LOC", "Tam Orr": "PER"}, "an N-piece after a place",
			"The band lost out to the Velby five-piece Tam Orr at the awards.", "Tam Orr", Org),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "opening the sentence",
			"Pop duo Ada Kell arrived at the fair in matching coats.", "Ada Kell", Org),
		taggedCase(map[string]string{"Tarrow Marsh": "PER", "Bo Pike": "PER"}, "a law firm",
			"At the City law firm Tarrow Marsh, Bo Pike has been elected senior partner. Tarrow Marsh has 900 lawyers.", "Tarrow Marsh", Org, "Bo Pike", Person),
		taggedCase(map[string]string{"Tarrow Marsh": "PER"}, "a firm in apposition after a",
			"He hosted lunches for a lobbying firm, Tarrow Marsh, which paid him a fee.", "Tarrow Marsh", Org),
		taggedCase(map[string]string{"Velbet": "PER"}, "a bookmaker after a preposition",
			"According to bookmaker Velbet, the singer is 3/1 to win.", "Velbet", Org),
		taggedCase(map[string]string{"Corvane": "PER"}, "a firm's group after a preposition",
			"The survey was carried out by consultancy group Corvane in May.", "Corvane", Org),
		taggedCase(map[string]string{"Velmo": "PER"}, "a distributor",
			"A spokesman for distributor Velmo said the film had done well.", "Velmo", Org),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "a trade a person plies too",
			"Head brewer Ada Kell said a new canning line would open.", "Ada Kell", Person),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "the subject of a relative clause",
			"He left the band Ada Kell formed in 1990 and went solo.", "Ada Kell", Person),
		taggedCase(map[string]string{"Ada Kell": "PER", "Bo Marsh": "PER", "Cy Pike": "PER"}, "a list of members",
			"The trio Ada Kell, Bo Marsh and Cy Pike were arrested.", "Ada Kell", Person),
		taggedCase(map[string]string{"Dom Keel": "PER"}, "a spokesman after the firm",
			"A spokesman for the firm, Dom Keel, admitted the error.", "Dom Keel", Person),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "a title elsewhere",
			"She joined the company Ada Kell in May. Dr Ada Kell said she was pleased.", "Ada Kell", Person),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "a role in a business",
			"The company's founder Ada Kell retired.", "Ada Kell", Person),
	})
}
