package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/storyline/storyline/tui"
	"github.com/storyline/storyline/tui/drive"
	"github.com/storyline/storyline/tui/internal/fake"
)

func main() {
	size := flag.String("print", "", "print one frame at WxH instead of running")
	keys := flag.String("keys", "", "space-separated keys to send before printing")
	query := flag.String("q", "", "initial query")
	plain := flag.Bool("plain", false, "no colour, escapes stripped")
	flag.Parse()
	b := fake.New()
	m := tui.New(b, tui.Options{Query: *query, NoColor: *plain})
	if *size == "" {
		if _, err := tea.NewProgram(m).Run(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	var w, h int
	fmt.Sscanf(*size, "%dx%d", &w, &h)
	var model tea.Model = m
	model = drive.Run(model, m.Init(), 0)
	model = drive.Send(model, tea.WindowSizeMsg{Width: w, Height: h})
	for _, k := range strings.Fields(*keys) {
		if strings.HasPrefix(k, "type:") {
			model = drive.Send(model, drive.Type(strings.TrimPrefix(k, "type:"))...)
			continue
		}
		model = drive.Send(model, drive.Key(k))
	}
	out := m.Render()
	if *plain {
		out = ansi.Strip(out)
	}
	fmt.Println(out)
}
