package tui

import (
	"os"
	"runtime/debug"

	"github.com/storyline/storyline/tui/config"
)

// Options configure the TUI.
type Options struct {
	// Query, when set, is searched at start (storyline browse QUERY).
	Query string
	// Config is the user's configuration (config.Load).
	Config config.Config
	// Theme overrides Config.Theme: "dark", "light", "auto" or "".
	Theme string
	// NoColor drops colours; NO_COLOR in the environment does the same.
	NoColor bool
	// ConfigPath is the configuration file named in the help view; ""
	// means config.Path().
	ConfigPath string
	// Opener opens a URL; nil uses xdg-open (open on macOS).
	Opener func(url string) error
}

func (o Options) theme() string {
	if o.Theme != "" {
		return o.Theme
	}
	if o.Config.Theme != "" {
		return o.Config.Theme
	}
	return "auto"
}

func (o Options) noColor() bool {
	return o.NoColor || os.Getenv("NO_COLOR") != ""
}

// TuneMemory sets the garbage collector for a long-lived interactive
// session: the heap may grow to 1.5× the live data instead of 2×. Browsing
// allocates little per key, so the extra collections cost nothing visible,
// and a large archive's resident memory stays lower.
func TuneMemory() { debug.SetGCPercent(50) }
