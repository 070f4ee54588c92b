package actor

import "testing"

// TestCastPart: the words around a name make it a part in a work, not a
// person of the story; the same name elsewhere in the story is that part
// too.
func TestCastPart(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "playing the brooding captain", text: []string{"The actor has spent four years playing the brooding Captain Ezra Vane in the fantasy series The Lantern Keepers."},
			want: map[string]string{"Ezra Vane": Other}},
		{name: "starred as", text: []string{"Actress Saffron Lisle, who starred as the scheming Lady Verity Hale in the period drama Ashcombe, is to marry."},
			want: map[string]string{"Saffron Lisle": Person, "Lady Verity Hale": Other}},
		{name: "made her name as", text: []string{"The actress, who made her name as the steely detective Marguerite Lowe in the drama Tidewater, is to star in a revival."},
			want: map[string]string{"Marguerite Lowe": Other}},
		{name: "played by in apposition", text: []string{"Tremayne revealed that DS Kitty Marr, the sergeant played by Shona Baird, will be promoted."},
			want: map[string]string{"Shona Baird": Person, "Kitty Marr": Other}},
		{name: "heroine of his books", text: []string{"The heroine of his nine books, the chain-smoking Inspector Clara Voss, was modelled on his aunt."},
			want: map[string]string{"Clara Voss": Other}},
		{name: "the part again", text: []string{"Imogen Thwaite is to play Lady Macbeth at the Bristol Old Vic next spring.", "The star, who was turned down for Lady Macbeth at drama school, is thrilled."},
			want: map[string]string{"Imogen Thwaite": Person, "Lady Macbeth": Other}},
		{name: "an actor as the described part", text: []string{"The new drama stars Ivo Marsh as the ruthless Tobias Wren and Ada Kell as his estranged sister, Tamsin."},
			want: map[string]string{"Ivo Marsh": Person, "Ada Kell": Person, "Tobias Wren": Other}},
		{name: "a stage word as the described part", text: []string{"Ada Kell is fine, but Ivo Marsh steals every scene in the comedy as the oldest partner, Tobias Wren, who still wears tweed."},
			want: map[string]string{"Ivo Marsh": Person, "Tobias Wren": Other}},
		{name: "a biopic titled after its subject", text: []string{"Other films tipped include Wrenfield, starring Ivo Marsh as the famed explorer Tobias Wrenfield."},
			want: map[string]string{"Ivo Marsh": Person, "Tobias Wrenfield": Person}},
		{name: "as the described role outside the stage", text: []string{"Ada Kell took over as the new chief executive, Tobias Wren, stepped down after the merger."},
			want: map[string]string{"Ada Kell": Person, "Tobias Wren": Person}},
		{name: "such stars as", text: []string{"The festival has attracted such screen stars as Michael Douglas and Jeremy Irons."},
			want: map[string]string{"Michael Douglas": Person}},
	})
}

// TestCharacterApposedAndVoiced: a name in apposition after a character
// noun with a possessive determiner, or after "the" in a paragraph of
// books or the stage, and a name voiced by an actor are parts; a hero
// in the news, a relative described by a role and a real person played
// by an actor stay people.
func TestCharacterApposedAndVoiced(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "her character and a description", text: []string{"His character, the crooked vicar Uncle Osric Pellowe, returns in the spring."},
			want: map[string]string{"Uncle Osric Pellowe": Other}},
		{name: "the heroine of a novel", text: []string{"The saga is a long novel about a canal, and the heroine, Ysolde Brisket, runs the lock."},
			want: map[string]string{"Ysolde Brisket": Other}},
		{name: "the heroine in the news", text: []string{"The heroine, Ysolde Brisket, pulled the boy from the river on Sunday."},
			want: map[string]string{"Ysolde Brisket": Person}},
		{name: "the hero", text: []string{"In the story he told, the hero, Wystan Mortlake, was a farmer from Corran."},
			want: map[string]string{"Wystan Mortlake": Person}},
		{name: "a relative and a role", text: []string{"Her daughter, the nurse Ysolde Brisket, said she was proud."},
			want: map[string]string{"Ysolde Brisket": Person}},
		{name: "voiced by", text: []string{"Baroness Ysolde Starke is voiced crisply by the singer Elfrida Snowle."},
			want: map[string]string{"Baroness Ysolde Starke": Other, "Elfrida Snowle": Person}},
		{name: "voiced by after a relative clause", text: []string{"Grandpa Ebbo Quintrell, who builds a rocket from teapots, is voiced by Ivo Marsh."},
			want: map[string]string{"Grandpa Ebbo Quintrell": Other, "Ivo Marsh": Person}},
		{name: "played by after a relative clause", text: []string{"Wystan Mortlake, who led the miners in 1926, is played by a newcomer."},
			want: map[string]string{"Wystan Mortlake": Person}},
	})
}

// TestPlayedBackAndLongRunning: a name the actor named later in the
// sentence "plays him" or "her" is the part, and so is a name played
// "since" a year; an opponent played in sport and a person named before
// someone else's "who" clause stay people.
func TestPlayedBackAndLongRunning(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "who plays him", text: []string{"Zeb Quillet vanishes on his wedding night, and Lorcan Dufrayne, who plays him, says fans will be furious."},
			want: map[string]string{"Zeb Quillet": Other, "Lorcan Dufrayne": Person}},
		{name: "who plays another", text: []string{"Zeb Quillet met Lorcan Dufrayne, who plays golf, at the club."},
			want: map[string]string{"Zeb Quillet": Person}},
		{name: "played since a year", text: []string{"Ada Kell has played Hesper Dunnock for eleven years and now wants a break."},
			want: map[string]string{"Hesper Dunnock": Other}},
		{name: "an opponent played for years", text: []string{"The defender has played Zebedee Crail for years in the league and scored against him twice in the match."},
			want: map[string]string{"Zebedee Crail": Person}},
	})
}

// TestFollowedCharacter: whom a novel follows, maybe after a description
// in commas, is a part; whom a documentary follows, and a name after a
// verb between it and "follows", stay people.
func TestFollowedCharacter(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "the novel follows a name", text: []string{"The novel follows Wenna Treliske, a retired diver who takes in a lodger."},
			want: map[string]string{"Wenna Treliske": Other}},
		{name: "follows a described name", text: []string{"Ada Kell's second novel follows a night porter, Wystan Pennan, through one winter."},
			want: map[string]string{"Ada Kell": Person, "Wystan Pennan": Other}},
		{name: "a documentary follows", text: []string{"The documentary follows a farmer, Wystan Pennan, through one winter on the fells."},
			want: map[string]string{"Wystan Pennan": Person}},
		{name: "a verb between", text: []string{"The novel follows a storm that hit Corran, which Wystan Pennan survived."},
			want: map[string]string{"Wystan Pennan": Person}},
	})
}
