package actor

import "testing"

// taggedCase is a nameRuleCase of one paragraph on a fake tagger that
// marks the phrases of tags, wanting the names and kinds given in pairs.
func taggedCase(tags map[string]string, name, text string, kinds ...string) nameRuleCase {
	want := map[string]string{}
	for i := 0; i+1 < len(kinds); i += 2 {
		want[kinds[i]] = kinds[i+1]
	}
	return nameRuleCase{name: name, text: []string{text}, want: want, tagged: tags}
}

// TestStagedWorks: a name a theatre stages, a part played at a theatre,
// a title before its cast and a creation or a character are works or
// parts, kind other; the maker of a work, an opponent played, a
// documentary's characters and an actor who stars in a film stay
// people.
func TestStagedWorks(t *testing.T) {
	per := func(names ...string) map[string]string {
		m := map[string]string{}
		for _, n := range names {
			m[n] = "PER"
		}
		return m
	}
	runNameRules(t, []nameRuleCase{
		taggedCase(per("Orlando Vane", "Coriolan"), "staged with an adjective",
			"Orlando Vane, who staged an acclaimed Coriolan in Leeds last year, will direct.",
			"Coriolan", Other, "Orlando Vane", Person),
		taggedCase(per("Maud Pettigrew"), "a revival of",
			"The company opens a revival of Maud Pettigrew in May.",
			"Maud Pettigrew", Other),
		taggedCase(per("Orla Vance", "Maud Pettigrew"), "a touring production",
			"Orla Vance, who last worked with him on a touring Maud Pettigrew in 2011, is back.",
			"Maud Pettigrew", Other, "Orla Vance", Person),
		taggedCase(per("Ivo Marsh"), "touring a place is a journey",
			"The band spent the summer touring Ivo Marsh and the coast.",
			"Ivo Marsh", Person),
		taggedCase(per("Tamsin Gale"), "a new series of a show",
			"She returns to the set next month for the new series of Tamsin Gale.",
			"Tamsin Gale", Other),
		taggedCase(per("Tamsin Gale"), "a series of things before a person",
			"After a series of phases lock Tamsin Gale ran hard at the defence.",
			"Tamsin Gale", Person),
		taggedCase(per("Tamsin Gale"), "a series of a person's works",
			"The gallery shows a series of Tamsin Gale prints this month.",
			"Tamsin Gale", Person),
		taggedCase(per("Rob Hale"), "the maker of an adapted work",
			"The studio is making an adaptation of Rob Hale's third novel.",
			"Rob Hale", Person),
		taggedCase(map[string]string{"Ines Tarrant": "PER", "Greta Lind": "PER", "Moorgate Theatre": "ORG"}, "a part played at a theatre",
			"Ines Tarrant will play Greta Lind at the Moorgate Theatre next spring.",
			"Greta Lind", Other, "Ines Tarrant", Person),
		taggedCase(per("Ines Tarrant", "Greta Lind"), "an opponent played in a final",
			"Ines Tarrant will play Greta Lind in the final on Sunday.",
			"Greta Lind", Person),
		taggedCase(per("Harriet Vosper", "Ana Solis", "Tom Peck"), "a title before its cast",
			"Harriet Vosper stars Ana Solis and Tom Peck, and opens on Friday.",
			"Harriet Vosper", Other, "Ana Solis", Person),
		taggedCase(per("Ned Farrant", "Jack Vellum"), "a writer's creation",
			"His most famous creation was Jack Vellum, but Ned Farrant's grave lies neglected.",
			"Jack Vellum", Other, "Ned Farrant", Person),
		taggedCase(per("Tom Quarles", "Dizzy K"), "an actor's character",
			"Critics attacked Tom Quarles for his character Dizzy K and its brand of humour.",
			"Dizzy K", Other),
		taggedCase(per("Maren Holt"), "a documentary's characters are real",
			"She dressed up as one of the show's most colourful characters, Maren Holt, an animal rights campaigner.",
			"Maren Holt", Person),
		taggedCase(map[string]string{"Ana Solis": "PER", "Harbour Lights": "MISC"}, "an actor stars in a film",
			"Ana Solis stars in Harbour Lights, which opens on Friday.",
			"Ana Solis", Person),
	})
}
