package link

import (
	"strings"
	"testing"
)

func TestSamePlace(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"egypt", "egyptian", true},
		{"japanese", "japan", true},
		{"germany", "german", true},
		{"turkey", "turkish", true},
		{"china", "chinese", true},
		{"belgium", "belgian", true},
		{"argentina", "argentine", true},
		{"scotland", "scottish", true},
		{"france", "french", true},
		{"clark", "clarke", false},
		{"brown", "browne", false},
		{"japan", "tokyo", false},
		{"labour", "labour", false},
	}
	for _, tc := range tests {
		if got := samePlace(tc.a, tc.b); got != tc.want {
			t.Errorf("samePlace(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestPairedIn(t *testing.T) {
	tests := []struct {
		name    string
		phrases []string
		a, b    string
		want    bool
	}{
		{"written as one", []string{"world cross country championships", "england cross country", "reebok cardiff cross challenge"}, "cross", "country", true},
		{"once is not enough", []string{"england cross country"}, "cross", "country", false},
		{"mostly apart", []string{"amazon google", "amazon google", "google news", "amazon books", "google earth"}, "amazon", "google", false},
		{"wrong order", []string{"england cross country", "world cross country"}, "country", "cross", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := pairedIn(tc.phrases, tc.a, tc.b); got != tc.want {
				t.Errorf("pairedIn = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestPick: label parts leave out near duplicates and keep names whole.
func TestPick(t *testing.T) {
	type cand struct {
		display string
		name    bool
		score   float64
	}
	tests := []struct {
		name  string
		cands []cand
		ns    labelNames
		want  string
	}{
		{"place and its people", []cand{{"Egypt", false, 9}, {"Egyptian", false, 8}, {"textiles", false, 3}}, labelNames{}, "Egypt · textiles"},
		{"place after a name holding its adjective", []cand{{"European Union", true, 9}, {"Europe", false, 8}, {"EU", false, 7}}, labelNames{}, "European Union · EU"},
		{"a given name alone", []cand{{"Reliance", false, 9}, {"Anil", false, 8}, {"Mukesh Ambani", true, 7}}, labelNames{given: map[string]bool{"anil": true, "mukesh": true}}, "Reliance · Mukesh Ambani"},
		{"one name written two ways", []cand{{"Wal Mart", true, 9}, {"Wal-Mart", false, 8}, {"store", false, 7}}, labelNames{}, "Wal Mart · store"},
		{"a plural of a part", []cand{{"Oscar", false, 9}, {"Chris Rock", true, 8}, {"Oscars", false, 7}}, labelNames{}, "Oscar · Chris Rock"},
		{"a name widens a word", []cand{{"retailers", false, 9}, {"British Retail Consortium", true, 8}, {"Christmas", false, 7}}, labelNames{}, "British Retail Consortium · Christmas"},
		{"two words of one name", []cand{{"Hayley Yelling", true, 9}, {"Cross", false, 8}, {"Country", false, 7}, {"Park", false, 2}},
			labelNames{phrases: []string{"world cross country championships", "england cross country"}}, "Hayley Yelling · Cross Country"},
		{"an acronym stands alone", []cand{{"ID", false, 9}, {"RFID", false, 8}},
			labelNames{phrases: []string{"radio frequency id rfid", "radio frequency id rfid"}}, "ID · RFID"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := make([]labelCand, len(tc.cands))
			for i, c := range tc.cands {
				cs[i] = labelCand{t: int32(i), display: c.display, name: c.name, score: c.score}
			}
			if got := pick(cs, map[string]float64{}, tc.ns); got != tc.want {
				t.Errorf("pick = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestAbsorbNames(t *testing.T) {
	cs := []labelCand{
		{t: 1, display: "Film Classification", name: true, score: 9},
		{t: 2, display: "games", score: 5},
		{t: 3, display: "British Board of Film Classification", name: true, score: 4},
		{t: 4, display: "Pew Internet", name: true, score: 3},
		{t: 5, display: "Pew Internet and American Life Project", name: true, score: 2},
	}
	var got []string
	for _, c := range absorbNames(cs) {
		got = append(got, c.display)
	}
	want := "British Board of Film Classification|games|Pew Internet|Pew Internet and American Life Project"
	if strings.Join(got, "|") != want {
		t.Errorf("absorbNames = %q, want %q", got, want)
	}
}

// TestOfName: a name phrase followed by "of" and a name reads as the whole
// name, unless it is a person's.
func TestOfName(t *testing.T) {
	tests := []struct {
		name, text string
		actors     []string
		key, want  string
	}{
		{"body of a matter", "Officials met the British Board of Film Classification on Monday.", nil, "n:british board", "British Board of Film Classification"},
		{"a person and his club", "The goal came from Steven Gerrard of Liverpool on Monday.", []string{"person:steven gerrard"}, "n:steven gerrard", "Steven Gerrard"},
		{"a title", "The speech by Lord Kinnock of Bedwellty was long.", nil, "n:lord kinnock", "Lord Kinnock"},
		{"too long", "Officials met the British Board of Film Classification Review Panel Staff on Monday.", nil, "n:british board", "British Board"},
		{"across a comma", "Officials met the British Board of Film, Classification said.", nil, "n:british board", "British Board of Film"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Featurize(ThreadDoc{ID: "s#1", Story: "s", Text: tc.text, Actors: tc.actors})
			for _, tw := range f.Terms {
				if tw.Term == tc.key {
					if tw.Surface != tc.want {
						t.Errorf("surface of %q = %q, want %q", tc.key, tw.Surface, tc.want)
					}
					return
				}
			}
			t.Errorf("no term %q in %+v", tc.key, f.Terms)
		})
	}
}
