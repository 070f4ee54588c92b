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
		{name: "her character and a description", text: []string{"Her character, the fearsome landlady Auntie Wyn Trevaskis, will not be killed off."},
			want: map[string]string{"Auntie Wyn Trevaskis": Other}},
		{name: "the heroine of a novel", text: []string{"In the comic novel, which is set at sea, the heroine, Ottoline Brisket, falls in love with a cook."},
			want: map[string]string{"Ottoline Brisket": Other}},
		{name: "the heroine in the news", text: []string{"The heroine, Ottoline Brisket, pulled the boy from the river on Sunday."},
			want: map[string]string{"Ottoline Brisket": Person}},
		{name: "the hero", text: []string{"In the story he told, the hero, Jasper Mortlake, was a farmer from Corran."},
			want: map[string]string{"Jasper Mortlake": Person}},
		{name: "a relative and a role", text: []string{"Her daughter, the nurse Ottoline Brisket, said she was proud."},
			want: map[string]string{"Ottoline Brisket": Person}},
		{name: "voiced by", text: []string{"Dame Wrenna Hollowell is voiced superbly by the stage actress Judith Penhale, 71."},
			want: map[string]string{"Dame Wrenna Hollowell": Other, "Judith Penhale": Person}},
		{name: "voiced by after a relative clause", text: []string{"Granny Olwen Tresize, who knits the moon a scarf in the final reel, is voiced by Ida Perrow."},
			want: map[string]string{"Granny Olwen Tresize": Other, "Ida Perrow": Person}},
		{name: "played by after a relative clause", text: []string{"Jasper Mortlake, who led the strike in 1926, is played by Ida Perrow's son Tobin."},
			want: map[string]string{"Jasper Mortlake": Person}},
	})
}

// TestPlayedBackAndLongRunning: a name the actor named later in the
// sentence "plays him" or "her" is the part, and so is a name played
// "since" a year; an opponent played in sport and a person named before
// someone else's "who" clause stay people.
func TestPlayedBackAndLongRunning(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "who plays him", text: []string{"Zeb Carrow, 16, is left fighting for his life, and Kwabena Ellison, who plays him, said he had met families."},
			want: map[string]string{"Zeb Carrow": Other, "Kwabena Ellison": Person}},
		{name: "who plays another", text: []string{"Zeb Carrow met Kwabena Ellison, who plays golf, at the club."},
			want: map[string]string{"Zeb Carrow": Person}},
		{name: "played since a year", text: []string{"The actor, who has played Vinnie Tolland since 2004, announced his exit on Friday."},
			want: map[string]string{"Vinnie Tolland": Other}},
		{name: "an opponent played for years", text: []string{"The striker, who has played Vinnie Tolland for years in the league, scored twice in the match."},
			want: map[string]string{"Vinnie Tolland": Person}},
	})
}
