package keys

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

func TestRebind(t *testing.T) {
	tests := []struct {
		name    string
		m       map[string][]string
		press   tea.KeyPressMsg
		binding func(k *KeyMap) key.Binding
		match   bool
		wantErr string
	}{
		{"default t", nil, tea.KeyPressMsg{Code: 't', Text: "t"}, func(k *KeyMap) key.Binding { return k.NextThread }, true, ""},
		{"rebound away", map[string][]string{"next_thread": {"x"}}, tea.KeyPressMsg{Code: 't', Text: "t"}, func(k *KeyMap) key.Binding { return k.NextThread }, false, ""},
		{"rebound to", map[string][]string{"next_thread": {"x"}}, tea.KeyPressMsg{Code: 'x', Text: "x"}, func(k *KeyMap) key.Binding { return k.NextThread }, true, ""},
		{"ctrl key", map[string][]string{"quit": {"ctrl+q"}}, tea.KeyPressMsg{Code: 'q', Mod: tea.ModCtrl}, func(k *KeyMap) key.Binding { return k.Quit }, true, ""},
		{"unbound", map[string][]string{"open_url": {}}, tea.KeyPressMsg{Code: 'o', Text: "o"}, func(k *KeyMap) key.Binding { return k.OpenURL }, false, ""},
		{"unknown", map[string][]string{"nope": {"z"}}, tea.KeyPressMsg{Code: 't', Text: "t"}, func(k *KeyMap) key.Binding { return k.NextThread }, true, "unknown key actions nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := Default()
			err := k.Rebind(tt.m)
			if (err != nil) != (tt.wantErr != "") || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("err %v, want %q", err, tt.wantErr)
			}
			if got := key.Matches(tt.press, tt.binding(k)); got != tt.match {
				t.Errorf("match %v, want %v", got, tt.match)
			}
		})
	}
}

func TestHelpCoversEveryAction(t *testing.T) {
	k := Default()
	inHelp := map[string]bool{}
	for _, g := range k.FullHelp() {
		for _, b := range g {
			inHelp[b.Help().Desc] = true
		}
	}
	for name, b := range k.byName() {
		if !inHelp[b.Help().Desc] {
			t.Errorf("action %s (%s) missing from help", name, b.Help().Desc)
		}
	}
}
