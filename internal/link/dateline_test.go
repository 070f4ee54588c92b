package link

import (
	"testing"
	"time"
)

func TestDateline(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              string // yyyy-mm-dd, "" for none
	}{
		{"title is a date", "March 9, 2017", "Ferry crews in Ostrava walked out on Monday.", "2017-03-09"},
		{"abbreviated month, upper case", "SEP 4, 2020", "The strike went on.", "2020-09-04"},
		{"day before month", "Harbour strike", "Updated: Thursday, 14 October 2021, 10: 05 GMT\nFerry crews walked out.", "2021-10-14"},
		{"ordinal day", "Harbour strike", "October 14th, 2021, 18: 40 GMT\nFerry crews walked out.", "2021-10-14"},
		{"posted with numeric date, month first", "Posted 10/14/2021 6: 12 PM", "Ferry crews walked out.", "2021-10-14"},
		{"numeric date, month first when both could be", "Harbour strike", "03/04/2021\nFerry crews walked out.", "2021-03-04"},
		{"two-digit year", "Harbour strike", "10/14/21\nFerry crews walked out.", "2021-10-14"},
		{"ISO date", "Harbour strike", "2021-10-14\nFerry crews walked out.", "2021-10-14"},
		{"date opens a long headline, day first", "14/10/2021-Ferry crews in Ostrava walk out over pay as talks with the port authority collapse", "Text.", "2021-10-14"},
		{"date closes a long line", "Harbour strike", "Ferry crews in Ostrava walk out over pay as talks with the port authority collapse, union says October 14, 2021\nMore.", "2021-10-14"},
		{"dateline on the third line", "Harbour strike", "By a staff reporter\nOstrava\nOctober 14, 2021\nFerry crews walked out.", "2021-10-14"},
		{"date inside a sentence is no dateline", "Harbour strike", "The union leader, who was born on May 2, 1961 in the port town of Ostrava, said the crews would stay out until the port authority made a better offer.", ""},
		{"too far down", "Harbour strike", "One\nTwo\nThree\nFour\nOctober 14, 2021", ""},
		{"month and day without year", "OCT 14", "Ferry crews walked out.", ""},
		{"a year alone", "Harbour strike of 2021", "Ferry crews walked out in 2021.", ""},
		{"not a day", "Harbour strike", "October 44, 2021", ""},
		{"not a month", "Harbour strike", "14/14/2021", ""},
		{"no date", "Harbour strike", "Ferry crews walked out.", ""},
		{"empty", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if d := dateline(tc.title, tc.text); !d.IsZero() {
				got = d.Format(time.DateOnly)
			}
			if got != tc.want {
				t.Errorf("dateline(%q, %q) = %q, want %q", tc.title, tc.text, got, tc.want)
			}
		})
	}
}

func TestMonthOf(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"January", 1}, {"FEB", 2}, {"Sept", 9}, {"september", 9}, {"Dec", 12},
		{"Ju", 0}, {"Junes", 0}, {"Mayday", 0}, {"Sep", 9}, {"Septem", 0}, {"Monday", 0},
	}
	for _, tc := range tests {
		if got := monthOf(tc.in); got != tc.want {
			t.Errorf("monthOf(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestShareDateline checks that every thread of a story takes the
// dateline its first thread's text opens with, whichever way the story
// comes in.
func TestShareDateline(t *testing.T) {
	s := story{"st1", "Ferry strike spreads", -1, []string{
		"October 14, 2021\nFerry crews in Ostrava walked out over pay on Thursday.",
		"Port authority managers said talks with the ferry union would resume next week.",
	}}
	fs := s.features()
	want := time.Date(2021, 10, 14, 0, 0, 0, 0, time.UTC)
	if !fs[0].Dateline.Equal(want) || !fs[1].Dateline.IsZero() {
		t.Fatalf("Featurize: datelines %v, %v; want %v and none", fs[0].Dateline, fs[1].Dateline, want)
	}
	for _, name := range []string{"add", "load in reverse"} {
		t.Run(name, func(t *testing.T) {
			l := New()
			if name == "add" {
				l.Add(fs)
			} else {
				l.Load(fs[1], "")
				l.Load(fs[0], "")
			}
			for _, id := range []string{"st1#1", "st1#2"} {
				if got := l.features(l.mustSlot(t, id)).Dateline; !got.Equal(want) {
					t.Errorf("%s: dateline %v, want %v", id, got, want)
				}
			}
		})
	}
}

// TestFeaturesDateline checks that a thread's dateline survives the
// linker (Features out equal Features in), also when only its year is
// known, as from a store that keeps no more.
func TestFeaturesDateline(t *testing.T) {
	day := time.Date(2021, 10, 14, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		in   Features
	}{
		{"full date", Features{ID: "s#1", Story: "s", Dateline: day, DateYear: 2021}},
		{"year only", Features{ID: "s#1", Story: "s", DateYear: 2021}},
		{"none", Features{ID: "s#1", Story: "s"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := New()
			l.Add([]Features{tc.in})
			got := l.features(l.mustSlot(t, "s#1"))
			if !got.Dateline.Equal(tc.in.Dateline) || got.DateYear != tc.in.DateYear {
				t.Errorf("got dateline %v year %d, want %v year %d", got.Dateline, got.DateYear, tc.in.Dateline, tc.in.DateYear)
			}
		})
	}
}
