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
