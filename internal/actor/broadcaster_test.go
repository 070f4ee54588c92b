package actor

import "testing"

func TestBroadcasterOpened(t *testing.T) {
	fakeLexicon(t)
	tests := []whoKindCase{
		{"a channel before a genre noun", "Ada Kell has been cast in a six-part BBC One thriller.", map[string]string{"Ada Kell": "PER", "BBC One": "PER"}, "BBC One", Org},
		{"a broadcaster's department", "Ivo Marsh told BBC Sport he was fit.", map[string]string{"Ivo Marsh": "PER", "BBC Sport": "PER"}, "BBC Sport", Org},
		{"a presenter run into the span", "Viewers wrote to BBC Nell Harrow about the show.", map[string]string{"BBC Nell Harrow": "PER"}, "BBC Nell Harrow", Person},
	}
	checkWhoKinds(t, tests)
}

func TestBroadcasterOpenedNames(t *testing.T) {
	fakeLexicon(t)
	tests := []struct {
		name []string
		want bool
	}{
		{[]string{"BBC", "Two"}, true},
		{[]string{"ITV", "News"}, true},
		{[]string{"BBC", "Four", "World", "Cinema", "Award"}, false},
		{[]string{"Bbc", "Two"}, false},
		{[]string{"BBC"}, false},
		{[]string{"BBC", "Ada", "Kell"}, false},
	}
	for _, tt := range tests {
		if got := broadcasterOpened(tt.name); got != tt.want {
			t.Errorf("broadcasterOpened(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
