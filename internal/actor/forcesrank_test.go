package actor

import "testing"

// TestForcesRanks checks that the ranks of the forces' other ranks before
// a name are titles, not part of it: "Able Seaman", "Lance Corporal",
// "Bombardier" in full, and "Pte", "LCpl", "Gnr" written short.
func TestForcesRanks(t *testing.T) {
	runNameRules(t, []nameRuleCase{{
		name:   "able seaman in apposition",
		text:   []string{"The baby was born while her father, Able Seaman Orrin Bexworth, was at sea."},
		tagged: map[string]string{"Able Seaman Orrin Bexworth": "PER"},
		want:   map[string]string{"Orrin Bexworth": Person},
		absent: []string{"Able Seaman Orrin Bexworth"},
	}, {
		name:   "lance corporal opening a sentence",
		text:   []string{"Lance Corporal Marit Quenby led the patrol."},
		tagged: map[string]string{"Lance Corporal Marit Quenby": "PER"},
		want:   map[string]string{"Marit Quenby": Person},
	}, {
		name:   "short ranks",
		text:   []string{"Pte Ada Kettering and Gnr Ivo Marsden were decorated.", "Pte Kettering said she was proud."},
		tagged: map[string]string{"Ada Kettering": "PER", "Gnr Ivo Marsden": "PER", "Kettering": "PER"},
		want:   map[string]string{"Ada Kettering": Person, "Ivo Marsden": Person},
	}, {
		name:   "Seaman as a surname",
		text:   []string{"Goalkeeper Orrin Seaman kept a clean sheet.", "Seaman said the defence was superb."},
		tagged: map[string]string{"Orrin Seaman": "PER", "Seaman": "PER"},
		want:   map[string]string{"Orrin Seaman": Person},
	}})
	got := ExtractWith(paras("Goalkeeper Orrin Seaman kept a clean sheet.", "Seaman said the defence was superb."), fakeNER(map[string]string{"Orrin Seaman": "PER", "Seaman": "PER"}))
	if a := find(got, "Orrin Seaman"); a == nil || !has(a.Aliases, "Seaman") {
		t.Errorf("Seaman is not Orrin Seaman's surname: %s", summary(got))
	}
}
