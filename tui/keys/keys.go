package keys

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
)

// KeyMap is every binding of the TUI. It implements help.KeyMap.
type KeyMap struct {
	Up, Down, Top, Bottom, HalfDown, HalfUp, PageDown, PageUp key.Binding

	NextPane, PrevPane          key.Binding
	Open, Back, Quit, ForceQuit key.Binding

	Search, NextHit, PrevHit, SortHits key.Binding

	NextThread, PrevThread, JumpThread, Focus, Boilerplate key.Binding

	NextStory, PrevStory, Related, Timeline, JumpBack key.Binding

	Actors, People, List key.Binding

	OpenURL, CopyURL, Help key.Binding
}

// Default returns the default bindings (DESIGN §6).
func Default() *KeyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return &KeyMap{
		Up:       b([]string{"k", "up"}, "k/↑", "up"),
		Down:     b([]string{"j", "down"}, "j/↓", "down"),
		Top:      b([]string{"g", "home"}, "g", "top"),
		Bottom:   b([]string{"G", "end"}, "G", "bottom"),
		HalfDown: b([]string{"ctrl+d"}, "ctrl+d", "half page down"),
		HalfUp:   b([]string{"ctrl+u"}, "ctrl+u", "half page up"),
		PageDown: b([]string{"pgdown", "space"}, "pgdn", "page down"),
		PageUp:   b([]string{"pgup"}, "pgup", "page up"),

		NextPane:  b([]string{"tab"}, "tab", "next pane"),
		PrevPane:  b([]string{"shift+tab"}, "shift+tab", "previous pane"),
		Open:      b([]string{"enter"}, "enter", "open"),
		Back:      b([]string{"esc"}, "esc", "back / cancel"),
		Quit:      b([]string{"q"}, "q", "quit"),
		ForceQuit: b([]string{"ctrl+c"}, "ctrl+c", "quit now"),

		Search:   b([]string{"/"}, "/", "new search"),
		NextHit:  b([]string{"n"}, "n", "next hit"),
		PrevHit:  b([]string{"N"}, "N", "previous hit"),
		SortHits: b([]string{"S"}, "S", "sort hits: relevance, date"),

		NextThread:  b([]string{"t"}, "t", "next thread"),
		PrevThread:  b([]string{"T"}, "T", "previous thread"),
		JumpThread:  b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1…9", "thread N"),
		Focus:       b([]string{"f"}, "f", "focus mode"),
		Boilerplate: b([]string{"b"}, "b", "show furniture"),

		NextStory: b([]string{"]"}, "]", "next in storyline"),
		PrevStory: b([]string{"["}, "[", "previous in storyline"),
		Related:   b([]string{"r"}, "r", "related threads"),
		Timeline:  b([]string{"s"}, "s", "storyline timeline"),
		JumpBack:  b([]string{"backspace", "ctrl+o"}, "⌫/ctrl+o", "back to last story"),

		Actors: b([]string{"a"}, "a", "actors panel"),
		People: b([]string{"A"}, "A", "actors of the archive"),
		List:   b([]string{"l"}, "l", "story list"),

		OpenURL: b([]string{"o"}, "o", "open URL"),
		CopyURL: b([]string{"y"}, "y", "copy URL"),
		Help:    b([]string{"?"}, "?", "help"),
	}
}

// byName maps the configuration names of actions to their bindings.
func (k *KeyMap) byName() map[string]*key.Binding {
	return map[string]*key.Binding{
		"up": &k.Up, "down": &k.Down, "top": &k.Top, "bottom": &k.Bottom,
		"half_down": &k.HalfDown, "half_up": &k.HalfUp, "page_down": &k.PageDown, "page_up": &k.PageUp,
		"next_pane": &k.NextPane, "prev_pane": &k.PrevPane,
		"open": &k.Open, "back": &k.Back, "quit": &k.Quit, "force_quit": &k.ForceQuit,
		"search": &k.Search, "next_hit": &k.NextHit, "prev_hit": &k.PrevHit, "sort_hits": &k.SortHits,
		"next_thread": &k.NextThread, "prev_thread": &k.PrevThread, "jump_thread": &k.JumpThread,
		"focus": &k.Focus, "boilerplate": &k.Boilerplate,
		"next_story": &k.NextStory, "prev_story": &k.PrevStory, "related": &k.Related, "timeline": &k.Timeline,
		"jump_back": &k.JumpBack,
		"actors":    &k.Actors, "archive_actors": &k.People, "list": &k.List,
		"open_url": &k.OpenURL, "copy_url": &k.CopyURL, "help": &k.Help,
	}
}

// Names lists the action names Rebind accepts, sorted.
func (k *KeyMap) Names() []string {
	var out []string
	for n := range k.byName() {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Rebind replaces the keys of the named actions (e.g. "next_thread":
// ["t", "ctrl+n"]). The help text shows the new keys. An unknown action
// name is an error naming it; the other actions are still rebound.
func (k *KeyMap) Rebind(m map[string][]string) error {
	named := k.byName()
	var unknown []string
	for name, ks := range m {
		b, ok := named[name]
		if !ok {
			unknown = append(unknown, name)
			continue
		}
		if len(ks) == 0 {
			b.Unbind()
			b.SetEnabled(false)
			continue
		}
		b.SetKeys(ks...)
		b.SetHelp(strings.Join(ks, "/"), b.Help().Desc)
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return fmt.Errorf("unknown key actions %s (known: %s)", strings.Join(unknown, ", "), strings.Join(k.Names(), ", "))
	}
	return nil
}

// ShortHelp is the one-line help of the status bar.
func (k *KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Help, k.Search, k.NextThread, k.NextStory, k.Quit}
}

// FullHelp is every binding, grouped in columns for the help view.
func (k *KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.HalfDown, k.HalfUp, k.PageDown, k.PageUp},
		{k.NextPane, k.PrevPane, k.Open, k.Back, k.JumpBack, k.Quit, k.ForceQuit, k.Help},
		{k.Search, k.SortHits, k.NextHit, k.PrevHit, k.NextThread, k.PrevThread, k.JumpThread, k.Focus, k.Boilerplate},
		{k.NextStory, k.PrevStory, k.Related, k.Timeline, k.Actors, k.People, k.List, k.OpenURL, k.CopyURL},
	}
}
