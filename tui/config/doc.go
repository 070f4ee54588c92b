// Package config reads the TUI's configuration file,
// $XDG_CONFIG_HOME/storyline/config.toml: the theme and key rebindings.
package config
