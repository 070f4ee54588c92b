package styles

import (
	"fmt"
	"image/color"
)

// hex formats a colour as #rrggbb for glamour's style config.
func hex(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}
