// Package sanitize makes untrusted article text safe to show in a terminal:
// it removes C0/C1 control characters, ESC/CSI/OSC/DCS/SOS/PM/APC
// sequences (in their 7-bit and C1 forms) and bidi override and isolate
// characters, repairs invalid UTF-8, and keeps printable text and
// newlines (tabs become spaces). Text is for multi-line text, Line for
// one-line fields.
package sanitize
