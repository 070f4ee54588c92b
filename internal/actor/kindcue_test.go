package actor

import "testing"

// TestKindCues: the class a list follows, what a body makes, a plural
// verb and an outbreak set the kind of a word the tagger guessed at.
func TestKindCues(t *testing.T) {
	k := func(name, text string, kinds ...string) nameRuleCase {
		want := map[string]string{}
		for i := 0; i+1 < len(kinds); i += 2 {
			want[kinds[i]] = kinds[i+1]
		}
		return nameRuleCase{name: name, text: []string{text}, want: want}
	}
	// tagged is k on a fake tagger that marks the given phrases.
	tagged := func(tags map[string]string, name, text string, kinds ...string) nameRuleCase {
		c := k(name, text, kinds...)
		c.tagged = tags
		return c
	}
	runNameRules(t, []nameRuleCase{
		k("services such as", "Younger viewers are relying on streaming services such as Netflix and Vidora instead.",
			"Netflix", Org, "Vidora", Org),
		tagged(map[string]string{"Google": "LOC"}, "companies such as, opening a sentence", "Companies such as Google have become important to the way people use the web.",
			"Google", Org),
		k("countries such as", "Exports to countries such as Peru and Chile rose sharply last year.",
			"Peru", Place, "Chile", Place),
		k("the possessor of a listed firm is not the firm", "Travel shares fell in firms such as Germany's TUI and France's Club Med.",
			"Germany", Place, "France", Place),
		k("maker of a documentary or a title", "Lady Ames starred in Netflix's The Regent, and questions about the Amazon documentary are now off-limits.",
			"Netflix", Org, "Amazon", Org),
		k("a title before series stays a title", "Rank, famous for the Carry On series, will cut jobs.",
			"Carry On", Other),
		k("a party by its plural verb", "The Tories say the budget will fail. The Tories would cut taxes, Michael Howard said.",
			"Tories", Org),
		k("plural places stay places", "Flooding hit the Netherlands and the Midlands on Tuesday.",
			"Netherlands", Place),
		k("a disease", "Mr Fenn, 82, was dying from Covid. The Covid pandemic has hit the airline.",
			"Covid", Other),
		k("a verb after a prepositional object", "Campaigners said the fight against Aids are leading the list.",
			"Aids", Other),
		k("the class right before a list", "Private equity groups Harrowgate Equity, Quillon Pike, and Tarrant Capital Partners are circling the firm.",
			"Quillon Pike", Org, "Tarrant Capital Partners", Org),
		k("shareholders are people too", "He will still need the approval of major shareholders Jon Magner and Pat Hurley, who own 29% of the club.",
			"Jon Magner", Person, "Pat Hurley", Person),
		k("a class in apposition is no list", "The president of one of the city's main Catholic organisations, Dolan D'Sa, says the film is offensive.",
			"Dolan D'Sa", Person),
		k("countries among rivals stay countries", "Tri-Nations rivals Australia, New Zealand and South Africa would feature prominently.",
			"Australia", Place),
		k("a stem written with a number", "Staff were reminded of Covid rules on Monday. The Covid-19 crisis has hit sales at the chain.",
			"Covid", Other),
		k("a rating", "The film was rated PG-13 in America, and PG in Britain.",
			"PG", Other),
		k("a party's members", "The plan was backed by the Harbour Party MP for the seat, and Union MPs voted against it.",
			"Harbour Party", Org, "Union", ""),
		tagged(map[string]string{"Western Tarrovia": "LOC", "River Quell": "ORG"}, "regions and rivers", "Western Tarrovia reported seven new cases, and homes by the River Quell were flooded.",
			"Western Tarrovia", "", "River Quell", Place),
		k("a region of a known place", "Western Australia reported seven new cases, and he moved to the South of France.",
			"Western Australia", Place, "South of France", Place),
		k("initials after at", "Soon after that, she enrolled at RADA and then at LAMDA.",
			"RADA", Org),
		k("restaurants before a list", "He teamed up with the force behind Italian restaurants Strada and Pomodoro in the deal.",
			"Strada", Org),
		k("a given name and a month", "Echoes of Margaret Thatcher and Theresa May were clear. Brian May said so.",
			"Theresa May", Person, "Brian May", Person),
		k("a party after the", "A deal with the Liberals was defeated at the party conference.",
			"Liberals", Org),
		k("events after the stay events", "She won gold at the Olympics and later hosted the Oscars.",
			"Olympics", Other, "Oscars", Other),
	})
}

// TestOneThingPerName: the mentions of one name that end up with
// different kinds of thing in a story make one actor of the kind most of
// them have ("The Quill Lantern" read as a body, "Quill Lantern" after
// "The" read as a person and so as no body in particular).
func TestOneThingPerName(t *testing.T) {
	ner := fakeNER(map[string]string{"The Quill Lantern": "ORG", "Quill Lantern": "PER", "Corvane": "ORG"})
	got := ExtractWith(paras(
		"The Quill Lantern opens on Broadway next month, Corvane said.",
		"Previews of the play, which Corvane backs, begin soon.",
		"Tickets for the Quill Lantern sold out within a day.",
	), ner)
	n := 0
	for _, a := range got {
		if a.Name == "Quill Lantern" {
			n++
			if a.Kind == Person {
				t.Errorf("Quill Lantern is a person")
			}
		}
	}
	if n != 1 {
		t.Errorf("%d actors named Quill Lantern, want 1; got %s", n, summary(got))
	}
}
