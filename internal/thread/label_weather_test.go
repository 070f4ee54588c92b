package thread

import (
	"slices"
	"testing"
)

// TestWeatherLabel checks, on invented leads, that a forecast in note
// form is labelled "weather forecast", after the day it is for, and
// that weather news, a weather presenter and a lead with one weather
// word are not.
func TestWeatherLabel(t *testing.T) {
	cases := []struct {
		name string
		lead string
		want []string // nil: not a forecast
	}{
		{"weather heading", "Weather: sunny spells and a few showers, dying out by evening.", []string{"weather", "forecast"}},
		{"heading before an article", "Weather. A cold start with frost in sheltered valleys, then dry.", []string{"weather", "forecast"}},
		{"day heading", "Tomorrow: cloudy in the west with drizzle on the hills. Highs of 11C.", []string{"tomorrow's", "weather", "forecast"}},
		{"highs of", "Mild and breezy for most, with rain reaching the far north later. Highs of 15C in the south.", []string{"weather", "forecast"}},
		{"day in the text", "Weather: after a wet week the weekend will be bright and dry.", []string{"weekend", "weather", "forecast"}},
		{"storm news", "Storm Hebe will bring gusts of up to 70mph and heavy rain to the west coast tonight.", nil},
		{"weather presenter", "Weather presenter Dora Pike has left the channel after twelve years of rain and sunshine.", nil},
		{"one weather word", "Weather: the county show is off.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lead := tokenizeAll([]string{c.lead})[0]
			got, ok := weatherLabel(lead)
			if ok != (c.want != nil) || !slices.Equal(got, c.want) {
				t.Errorf("weatherLabel(%q) = %q, %v; want %q", c.lead, got, ok, c.want)
			}
		})
	}
}
