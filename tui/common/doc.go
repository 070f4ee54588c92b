// Package common holds what every TUI pane shares: sizes, styles, keys,
// the Backend the panes read through, and the messages panes exchange.
package common
