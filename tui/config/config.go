package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"
	"github.com/adrg/xdg"
)

// Config is the TUI configuration.
//
//	theme = "auto"            # "dark", "light" or "auto" (ask the terminal)
//	[keys]
//	next_thread = ["t", "ctrl+n"]
//	quit = ["q", "ctrl+q"]
type Config struct {
	// Theme is "dark", "light" or "auto" ("" means auto).
	Theme string `toml:"theme"`
	// Keys rebinds actions by name (see keys.KeyMap.Names).
	Keys map[string][]string `toml:"keys"`
}

// RelPath is the configuration file's path under the XDG config home.
const RelPath = "storyline/config.toml"

// Path returns where the configuration file is looked for.
func Path() string {
	return filepath.Join(xdg.ConfigHome, RelPath)
}

// Load reads the configuration file, if there is one. A missing file is
// no error and gives the zero Config.
func Load() (Config, error) {
	if p, err := xdg.SearchConfigFile(RelPath); err == nil {
		return LoadFile(p)
	}
	return Config{}, nil
}

// LoadFile reads the configuration from path; a missing file gives the
// zero Config.
func LoadFile(path string) (Config, error) {
	var c Config
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, err
	}
	if _, err := toml.Decode(string(data), &c); err != nil {
		return Config{}, fmt.Errorf("%s: %w", path, err)
	}
	return c, c.Validate()
}

// Validate checks the theme name.
func (c Config) Validate() error {
	switch c.Theme {
	case "", "auto", "dark", "light":
		return nil
	}
	return fmt.Errorf("theme %q: want dark, light or auto", c.Theme)
}
