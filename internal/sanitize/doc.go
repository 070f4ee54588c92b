// Package sanitize makes untrusted article text safe to show in a terminal:
// it removes C0/C1 control characters, ESC/CSI/OSC/DCS sequences and bidi
// override characters, keeping printable text, newlines and tabs.
package sanitize
