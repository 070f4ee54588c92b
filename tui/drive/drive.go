package drive

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// Timeout bounds one Cmd; a Cmd that takes longer is abandoned.
var Timeout = 5 * time.Second

// Send updates m with msgs in order, running every resulting Cmd.
func Send(m tea.Model, msgs ...tea.Msg) tea.Model {
	for _, msg := range msgs {
		m = step(m, msg, 0)
	}
	return m
}

func step(m tea.Model, msg tea.Msg, depth int) tea.Model {
	if _, ok := msg.(tea.QuitMsg); ok || depth > 50 {
		return m
	}
	m, cmd := m.Update(msg)
	return Run(m, cmd, depth+1)
}

// Run executes cmd and feeds what it returns to m.
func Run(m tea.Model, cmd tea.Cmd, depth int) tea.Model {
	if cmd == nil {
		return m
	}
	msg := call(cmd)
	if msg == nil {
		return m
	}
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			m = Run(m, c, depth)
		}
		return m
	}
	return step(m, msg, depth)
}

func call(cmd tea.Cmd) tea.Msg {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		return msg
	case <-time.After(Timeout):
		return nil
	}
}

// Key returns the key press of a key name as the keymap spells it:
// "j", "G", "tab", "shift+tab", "enter", "esc", "ctrl+c", "/", "space".
func Key(name string) tea.KeyPressMsg {
	switch name {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+d":
		return tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	case "ctrl+o":
		return tea.KeyPressMsg{Code: 'o', Mod: tea.ModCtrl}
	}
	r := []rune(name)
	if len(r) == 1 {
		k := tea.KeyPressMsg{Code: r[0], Text: name}
		if r[0] >= 'A' && r[0] <= 'Z' {
			k.Code = r[0] + 'a' - 'A'
			k.ShiftedCode = r[0]
			k.Mod = tea.ModShift
		}
		return k
	}
	panic("drive.Key: unknown key " + name)
}

// Keys returns key presses for each name.
func Keys(names ...string) []tea.Msg {
	out := make([]tea.Msg, len(names))
	for i, n := range names {
		out[i] = Key(n)
	}
	return out
}

// Type returns key presses typing s.
func Type(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}
