package actor

import "testing"

// TestContextRules checks the small context rules of kindEvidence and
// the rule files named in each case, with the fake tagger reading the
// case's names as given.
func TestContextRules(t *testing.T) {
	fakeLexicon(t)
	places := map[string]string{"Tarrow": "LOC", "Velmora": "LOC", "Corran City": "LOC", "Velmo": "LOC", "Kestrel": "ORG", "Ada Kell": "PER"}
	people := map[string]string{"Ada Kell": "PER", "Velmo Corran": "PER", "Tarrow": "LOC"}
	streets := map[string]string{"Avenue Corran": "PER", "Rue de Velmo": "ORG", "Boulevard of Broken Glass": "ORG", "Ada Kell": "PER"}
	studios := map[string]string{"KTV": "MISC", "USA": "MISC", "Marsh": "MISC", "Ada Kell": "PER"}
	tests := []struct {
		rule, name string
		tagged     map[string]string
		nameKindCase
	}{
		// evidence.go: a business noun before "in" says where it is.
		{"business in", "supermarket in a town", places, nameKindCase{"Fire gutted a supermarket in Tarrow on Friday night.", "Tarrow", Place}},
		{"business in", "firm in a town", places, nameKindCase{"Kestrel is the biggest firm in Tarrow now.", "Tarrow", Place}},
		{"business in", "stake in a body", places, nameKindCase{"Kestrel bought a 10 per cent stake in Tarrow last year.", "Tarrow", Org}},
		// placequal.go: a place after "a" before a role or a business.
		{"placequal", "a judge", places, nameKindCase{"A Velmora judge sent Ada Kell to prison on Monday.", "Velmora", Place}},
		{"placequal", "an aged man", places, nameKindCase{"Police say a 35-year-old Corran City man stabbed Ada Kell.", "Corran City", Place}},
		{"placequal", "a supermarket", places, nameKindCase{"Ada Kell denied arson after a fire at a Velmora supermarket.", "Velmora", Place}},
		{"placequal", "a product", places, nameKindCase{"Ada Kell said it was probably a Velmo model.", "Velmo", Org}},
		{"placequal", "a body's director", places, nameKindCase{"Ada Kell, a Kestrel director, said so.", "Kestrel", Org}},
		// evidence.go: a market move to or by a figure.
		{"market move", "a fall to the ground", people, nameKindCase{"The video shows Ada Kell falling to the ground outside the school.", "Ada Kell", Person}},
		{"market move", "a slip in a ranking", people, nameKindCase{"Ada Kell slipped to third in the world after the defeat.", "Ada Kell", Person}},
		{"market move", "a share price", people, nameKindCase{"Shares in Velmo Corran fell to 120p, and Velmo Corran dropped by 3% more later.", "Velmo Corran", Org}},
		// evidence.go: "its" in another clause.
		{"its", "another clause", people, nameKindCase{"Tarrow waited for Ada Kell to make history, then cruised to its latest win.", "Ada Kell", Person}},
		{"its", "the name's own clause", people, nameKindCase{"Analysts said Velmo Corran would cut its dividend this year.", "Velmo Corran", Org}},
		// streetfirst.go
		{"streetfirst", "avenue", streets, nameKindCase{"Robbers burst into the store on the chic Avenue Corran on Thursday.", "Avenue Corran", Place}},
		{"streetfirst", "rue with a particle", streets, nameKindCase{"Ada Kell opened a shop on Rue de Velmo last year.", "Rue de Velmo", Place}},
		{"streetfirst", "an English title", streets, nameKindCase{"Ada Kell sang Boulevard of Broken Glass last night.", "Boulevard of Broken Glass", Org}},
		// studio.go
		{"studio", "before musicals", studios, nameKindCase{"Ada Kell starred in several splashy KTV musicals of the 1950s.", "KTV", Org}},
		{"studio", "before movie hits", studios, nameKindCase{"Ada Kell was the star of such KTV movie hits as Bathing Beauty.", "KTV", Org}},
		{"studio", "a country's initials", studios, nameKindCase{"Ada Kell said USA films did well abroad.", "USA", Other}},
		{"studio", "a director's name", studios, nameKindCase{"Ada Kell starred in a Marsh film in 1958.", "Marsh", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.rule+"/"+tt.name, func(t *testing.T) { checkNameKinds(t, tt.tagged, []nameKindCase{tt.nameKindCase}) })
	}
}
