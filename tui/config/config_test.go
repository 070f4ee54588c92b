package config

import (
	"os"
	"path/filepath"
	"testing"
)

func TestLoadFile(t *testing.T) {
	tests := []struct {
		name, body string
		theme      string
		keys       int
		wantErr    bool
	}{
		{"empty", "", "", 0, false},
		{"theme and keys", "theme = \"light\"\n[keys]\nnext_thread = [\"t\", \"ctrl+n\"]\nquit = [\"q\"]\n", "light", 2, false},
		{"bad theme", "theme = \"neon\"\n", "", 0, true},
		{"bad toml", "theme = \n", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "config.toml")
			if err := os.WriteFile(p, []byte(tt.body), 0o600); err != nil {
				t.Fatal(err)
			}
			c, err := LoadFile(p)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err %v", err)
			}
			if err == nil && (c.Theme != tt.theme || len(c.Keys) != tt.keys) {
				t.Errorf("got %+v", c)
			}
		})
	}
}

func TestLoadFileMissing(t *testing.T) {
	c, err := LoadFile(filepath.Join(t.TempDir(), "none.toml"))
	if err != nil || c.Theme != "" {
		t.Fatalf("missing file: %+v, %v", c, err)
	}
}
