package thread

import "strings"

// A round-up's weather item is a forecast in note form: "Weather: cloudy
// with showers clearing eastwards by evening. Highs of 9C.", "Dry and
// bright in most areas after early fog … Highs of 14C in the south",
// "Tomorrow: Dry and bright in the south, with rain spreading into
// Scotland by evening." The name rule took a place of the forecast
// ("Scotland fog", "Northern Ireland frost"), which is not the matter;
// a sub-editor writes "weather forecast", "weekend weather", "tomorrow's
// weather". The weather rule labels a lead that reads as a forecast —
// a "Weather" or day heading, or the forecaster's "highs of" — and
// tells of the weather in two words or more, "weather forecast", after
// the day it is for when the lead names one. A weather story (a storm's
// damage, a heatwave's records, a weather presenter's news) has no
// heading or "highs of", and keeps its label.

// weatherWords tell of the weather.
var weatherWords = toSet(`fog foggy mist misty rain rainy showers shower showery drizzle sunny sunshine cloud clouds cloudy frost frosty snow sleet hail wind winds windy gusts gusty breeze dry bright mild chilly cold warm hot highs lows temperatures thunder thunderstorms`)

// weatherDays are the times a forecast is for, in the label's words.
var weatherDays = map[string]string{
	"today":    "today's",
	"tonight":  "tonight's",
	"tomorrow": "tomorrow's",
	"weekend":  "weekend",
}

// weatherHeadings open a forecast as a heading ("Weather:", "Tomorrow:").
var weatherHeadings = toSet(`weather today tonight tomorrow weekend`)

// weatherLabel returns the label of a forecast lead, if lead is one.
func weatherLabel(lead []word) ([]string, bool) {
	if len(lead) < 3 {
		return nil, false
	}
	// a heading: punctuation parts it from what follows, or an article
	// does, which no sentence puts right after it ("Weather. A hard
	// frost…", where the tokens lose the full stop with the "A")
	heading := wordIn(weatherHeadings, lead[0]) && lead[0].upper && (!lead[1].joined || lead[1].afterA)
	n := 0
	highs := false
	for i, w := range lead {
		if wordIn(weatherWords, w) {
			n++
		}
		l := strings.ToLower(w.surface)
		highs = highs || (l == "highs" || l == "lows") && i+1 < len(lead) && strings.EqualFold(lead[i+1].surface, "of")
	}
	if n < 2 || !heading && !highs {
		return nil, false
	}
	for _, w := range lead {
		if d, ok := weatherDays[strings.ToLower(w.surface)]; ok {
			return []string{d, "weather", "forecast"}, true
		}
	}
	return []string{"weather", "forecast"}, true
}
