package tui

import (
	"errors"
	"net/url"
	"os/exec"
	"runtime"

	tea "charm.land/bubbletea/v2"

	"github.com/storyline/storyline/tui/common"
)

// webURL returns the open story's URL when it is an http(s) URL: nothing
// else is ever handed to the opener or the clipboard.
func (m *Model) webURL() (string, error) {
	if m.reader.Story() == nil {
		return "", errors.New("no story open")
	}
	u := m.reader.URL()
	if u == "" {
		return "", errors.New("this story has no URL")
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return "", errors.New("not a web URL: " + u)
	}
	return p.String(), nil
}

func (m *Model) openURL() tea.Cmd {
	u, err := m.webURL()
	if err != nil {
		m.status.Message(err.Error(), true)
		return nil
	}
	open := m.opts.Opener
	if open == nil {
		open = systemOpen
	}
	return func() tea.Msg {
		if err := open(u); err != nil {
			return common.StatusMsg{Text: "could not open URL: " + err.Error(), Err: true}
		}
		return common.StatusMsg{Text: "opened " + u}
	}
}

func (m *Model) copyURL() tea.Cmd {
	u, err := m.webURL()
	if err != nil {
		m.status.Message(err.Error(), true)
		return nil
	}
	m.status.Message("copied "+u+" (OSC 52)", false)
	return tea.SetClipboard(u)
}

// systemOpen opens u with the desktop's opener.
func systemOpen(u string) error {
	name, args := "xdg-open", []string{u}
	switch runtime.GOOS {
	case "darwin":
		name = "open"
	case "windows":
		name, args = "rundll32", []string{"url.dll,FileProtocolHandler", u}
	}
	return exec.Command(name, args...).Run()
}
