package actor

import "testing"

func TestPossessiveNames(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		{name: "a firm written only with its ending, used as a noun",
			text:   []string{"Harlow's said on Monday it would open 40 stores.", "Shoppers queued outside Harlow's in Leeds."},
			tagged: map[string]string{"Harlow": "PER", "Leeds": "LOC"},
			want:   map[string]string{"Harlow's": Org}, absent: []string{"Harlow"}},
		{name: "every possessive owns a noun",
			text:   []string{"Brantwell's profits rose by a fifth.", "Brantwell's boss was pleased."},
			tagged: map[string]string{"Brantwell": "ORG"},
			want:   map[string]string{"Brantwell": Org}, absent: []string{"Brantwell's"}},
		{name: "also written bare",
			text:   []string{"Brantwell's shares fell.", "Brantwell said sales were weak."},
			tagged: map[string]string{"Brantwell": "ORG"},
			want:   map[string]string{"Brantwell": Org}, absent: []string{"Brantwell's"}},
		{name: "a list of owners",
			text:   []string{"It is bad news for Velmora's and Ostrand's hopes.", "Fans cheered Velmora's."},
			tagged: map[string]string{"Velmora": "LOC", "Ostrand": "LOC"},
			absent: []string{"Velmora's", "Ostrand's"}},
		{name: "a person's full name",
			text:   []string{"The film is Ada Fenwick's.", "Critics loved Ada Fenwick's."},
			tagged: map[string]string{"Ada Fenwick": "PER"},
			want:   map[string]string{"Ada Fenwick": Person}, absent: []string{"Ada Fenwick's"}},
		{name: "a time after the ending",
			text:   []string{"Lady Ashcombe is sending 140 lots to auction at Marlowe's next month."},
			tagged: map[string]string{"Marlowe": "PER"},
			want:   map[string]string{"Marlowe's": Org, "Lady Ashcombe": Person}, absent: []string{"Marlowe"}},
		{name: "a time's own possessive",
			text:   []string{"Brantwell's next year's results will be late.", "Brantwell's boss was pleased."},
			tagged: map[string]string{"Brantwell": "ORG"},
			want:   map[string]string{"Brantwell": Org}, absent: []string{"Brantwell's"}},
		{name: "next owning a noun",
			text:   []string{"Talks on Harlow's next chief executive stalled.", "Harlow's boss was pleased."},
			tagged: map[string]string{"Harlow": "ORG"},
			want:   map[string]string{"Harlow": Org}, absent: []string{"Harlow's"}},
		{name: "a possessive inside a body's name",
			text:   []string{"A man was hurt outside the Tam's Warehouse in Ditchley on Friday, police said."},
			tagged: map[string]string{"Tam's Warehouse": "ORG", "Ditchley": "LOC"},
			want:   map[string]string{"Tam's Warehouse": Org}, absent: []string{"Tam Warehouse"}},
	})
}
