package styles

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Palette is the set of colours the styles are built from.
type Palette struct {
	Text, Dim, Faint, Accent, Border, Focus, Error, Highlight, HighlightText color.Color
	// Threads are the thread colours, used in order (thread n takes
	// Threads[(n-1) % len]).
	Threads []color.Color
}

// threadColors holds eight thread hues, each as a (light, dark) pair picked
// to stay distinct from each other and readable on either background.
var threadColors = [][2]string{
	{"#1f6fd1", "#5fa8ff"}, // blue
	{"#c2410c", "#ff9a5c"}, // orange
	{"#15803d", "#5fd48a"}, // green
	{"#a21caf", "#e38bf0"}, // magenta
	{"#0e7490", "#4fd6e8"}, // cyan
	{"#a16207", "#f2cf4a"}, // amber
	{"#b91c1c", "#ff7a7a"}, // red
	{"#4338ca", "#a5a8ff"}, // indigo
	{"#4d7c0f", "#b5e06a"}, // lime
	{"#9d174d", "#f58cbb"}, // pink
}

// NewPalette returns the palette for a dark or light background.
func NewPalette(isDark bool) Palette {
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dark)) }
	p := Palette{
		Text:          c("#1c1c1c", "#e4e4e4"),
		Dim:           c("#6b6b6b", "#9a9a9a"),
		Faint:         c("#a8a8a8", "#5c5c5c"),
		Accent:        c("#5b3fd1", "#b4a2ff"),
		Border:        c("#c6c6c6", "#4a4a4a"),
		Focus:         c("#5b3fd1", "#9d85ff"),
		Error:         c("#b91c1c", "#ff6b6b"),
		Highlight:     c("#ffe066", "#8a6d00"),
		HighlightText: c("#1c1c1c", "#ffffff"),
	}
	for _, tc := range threadColors {
		p.Threads = append(p.Threads, c(tc[0], tc[1]))
	}
	return p
}

// NoColorPalette returns a palette whose colours are all "no colour", for
// NO_COLOR and plain output: styles then differ only by bold, faint,
// underline and reverse.
func NoColorPalette() Palette {
	var n color.Color = lipgloss.NoColor{}
	p := Palette{Text: n, Dim: n, Faint: n, Accent: n, Border: n, Focus: n, Error: n, Highlight: n, HighlightText: n}
	for range threadColors {
		p.Threads = append(p.Threads, n)
	}
	return p
}
