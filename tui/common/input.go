package common

import "charm.land/bubbles/v2/textinput"

// InputStyles returns the styles of a text box in the current theme: no
// blinking cursor, the prompt bright while typing and dim otherwise.
func (c *Common) InputStyles() textinput.Styles {
	st := textinput.DefaultStyles(c.Styles.Theme.Dark)
	st.Cursor.Blink = false
	st.Focused.Prompt = c.Styles.Prompt
	st.Blurred.Prompt = c.Styles.Dim
	return st
}
