// Package styles builds every lipgloss style of the TUI in one place, from
// a palette chosen for dark or light backgrounds (or no colour at all), and
// the glamour style the reader renders paragraphs with.
package styles
