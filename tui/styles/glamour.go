package styles

import (
	"charm.land/glamour/v2/ansi"
	gstyles "charm.land/glamour/v2/styles"
)

// Glamour returns the glamour style the reader renders paragraphs with:
// the standard dark, light or (without colour) ASCII style with the
// document margins removed, since the reader draws its own gutter, and
// strong emphasis turned into the search-hit highlight.
func (s *Styles) Glamour() ansi.StyleConfig {
	var c ansi.StyleConfig
	switch {
	case s.Theme.NoColor:
		c = gstyles.ASCIIStyleConfig
	case s.Theme.Dark:
		c = gstyles.DarkStyleConfig
	default:
		c = gstyles.LightStyleConfig
	}
	zero := uint(0)
	c.Document.Margin = &zero
	c.Document.BlockPrefix = ""
	c.Document.BlockSuffix = ""
	c.Paragraph.Margin = &zero
	t := true
	c.Strong = ansi.StylePrimitive{Bold: &t}
	if s.Theme.NoColor {
		c.Strong.Underline = &t
		c.Strong.BlockPrefix, c.Strong.BlockSuffix = "", ""
		c.Strong.Prefix, c.Strong.Suffix = "", ""
	} else {
		bg, fg := hex(s.Palette.Highlight), hex(s.Palette.HighlightText)
		c.Strong.BackgroundColor = &bg
		c.Strong.Color = &fg
	}
	return c
}
