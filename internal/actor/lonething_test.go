package actor

import "testing"

// TestLoneThings: a one-word name read as a person's that no full name,
// title or role of the story explains is no person when it is a head
// noun alone, the cut end of a longer name, a possessive standing for a
// place, a credit in brackets, part of an address or a name after "the"
// and a nationality; names ending in a place's, a venue's or a firm's
// head noun, or described as a place in apposition, are no people unless
// they open with a given name (or, for the apposition, whatever they open
// with). The fixtures are invented; the fake tagger makes the slips the
// rules correct.
func TestLoneThings(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "head noun alone",
		text:   []string{"He played in only nine Harbour League games last season."},
		tagged: map[string]string{"League": "PER"},
		absent: []string{"League"},
	}, {
		name:   "cut end of a longer name",
		text:   []string{"City Notebook hears that the club will be sold by Christmas."},
		tagged: map[string]string{"Notebook": "PER"},
		absent: []string{"Notebook"},
	}, {
		name:   "a given name after a capitalised noun stays",
		text:   []string{"Veterans Colin and Marsh topped the chart again."},
		tagged: map[string]string{"Colin": "PER"},
		want:   map[string]string{"Colin": Person},
	}, {
		name:   "a surname after a role stays",
		text:   []string{"Striker Dunmore scored twice."},
		tagged: map[string]string{"Dunmore": "PER"},
		want:   map[string]string{"Dunmore": Person},
	}, {
		name:   "a surname after its particle stays",
		text:   []string{"De Dellmoor was sacked on Monday."},
		tagged: map[string]string{"Dellmoor": "PER"},
		want:   map[string]string{"Dellmoor": ""},
	}, {
		name:   "possessive standing for a place",
		text:   []string{"She dined at Hallard's in Soho last week."},
		tagged: map[string]string{"Hallard": "PER", "Soho": "LOC"},
		absent: []string{"Hallard"},
	}, {
		name:   "possessive before a noun",
		text:   []string{"The meeting was held at Hallard's request, officials said."},
		tagged: map[string]string{"Hallard": "PER"},
		want:   map[string]string{"Hallard": Person},
	}, {
		name:   "ground",
		text:   []string{"On his way to Brannock Lane, the striker stopped to help a fan."},
		tagged: map[string]string{"Brannock Lane": "PER"},
		want:   map[string]string{"Brannock Lane": Place},
	}, {
		name:   "a house, a care home and a lake",
		text:   []string{"The family have put Harbrook Tower on the market. She had worked at Elmwood Lodge in Tarrow for 11 years. Gorran Tarn froze."},
		tagged: map[string]string{"Harbrook Tower": "PER", "Elmwood Lodge": "PER", "Gorran Tarn": "PER"},
		want:   map[string]string{"Harbrook Tower": Place, "Elmwood Lodge": Place, "Gorran Tarn": Place},
	}, {
		name:   "a given name before a house's noun",
		text:   []string{"Nell Tower said the lodge would close."},
		tagged: map[string]string{"Nell Tower": "PER"},
		want:   map[string]string{"Nell Tower": Person},
	}, {
		name:   "a given name before the same noun",
		text:   []string{"Nathan Lane starred in the play."},
		tagged: map[string]string{"Nathan Lane": "PER"},
		want:   map[string]string{"Nathan Lane": Person},
	}, {
		name:   "venue and firm heads",
		text:   []string{"Quillan Casino said trading was strong, and Tarrant Equity has pulled out of the race."},
		tagged: map[string]string{"Quillan Casino": "PER", "Tarrant Equity": "PER"},
		want:   map[string]string{"Quillan Casino": Org, "Tarrant Equity": Org},
	}, {
		name:   "credits in brackets",
		text:   []string{"Marla Venn (Gladius, Night Harbour) is filming on the beach."},
		tagged: map[string]string{"Marla Venn": "PER", "Gladius": "PER", "Night Harbour": "MISC"},
		want:   map[string]string{"Marla Venn": Person},
		absent: []string{"Gladius"},
	}, {
		name:   "a surname in brackets after a given name",
		text:   []string{"\"Olly (Dunmore) was very calm at half-time,\" he said."},
		tagged: map[string]string{"Olly": "PER", "Dunmore": "PER"},
		want:   map[string]string{"Dunmore": Person},
	}, {
		name:   "part of an address",
		text:   []string{"The grave, at St Anne's Church, Ashcombe, in Dorset, is visited by fans."},
		tagged: map[string]string{"St Anne's Church": "ORG", "Ashcombe": "PER", "Dorset": "LOC"},
		absent: []string{"Ashcombe"},
	}, {
		name:   "the and a nationality",
		text:   []string{"He told the Scottish Lantern that he would stand down."},
		tagged: map[string]string{"Lantern": "PER"},
		absent: []string{"Lantern"},
	}, {
		name:   "more heads of bodies and events",
		text:   []string{"Talks in the Tarrow Newsroom went on as Quell Jewellers sponsored the Harbour Grand Prix."},
		tagged: map[string]string{"Tarrow Newsroom": "PER", "Quell Jewellers": "PER", "Harbour Grand Prix": "PER"},
		want:   map[string]string{"Tarrow Newsroom": Org, "Quell Jewellers": Org, "Harbour Grand Prix": Other},
	}, {
		name:   "a place in apposition",
		text:   []string{"Even at Puddle Corner, his 1,000-acre Cotswolds farm, the council says no.", "They met at Ray Tarrant, her small estate in Dorset, on Sunday."},
		tagged: map[string]string{"Puddle Corner": "PER", "Ray Tarrant": "PER", "Cotswolds": "LOC", "Dorset": "LOC"},
		want:   map[string]string{"Puddle Corner": Place, "Ray Tarrant": Place},
	}, {
		name:   "a person's apposition",
		text:   []string{"Tom Hale, his home town's hero, scored, and Ann Vell, her estate agent, agreed."},
		tagged: map[string]string{"Tom Hale": "PER", "Ann Vell": "PER"},
		want:   map[string]string{"Tom Hale": Person, "Ann Vell": Person},
	}, {
		name:   "designer is also a firm",
		text:   []string{"Fast fashion designer Vellowby rose 13 per cent to 359p."},
		tagged: map[string]string{"Vellowby": "PER"},
		want:   map[string]string{"Vellowby": Org},
	}, {
		name:   "a designer with an age is a person",
		text:   []string{"Fashion designer Marla Venn, 52, said she was sorry."},
		tagged: map[string]string{"Marla Venn": "PER"},
		want:   map[string]string{"Marla Venn": Person},
	}})
}
