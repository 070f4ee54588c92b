// Package keys declares every key binding of the TUI once, with its help
// text, and rebinds them from the user's configuration.
package keys
