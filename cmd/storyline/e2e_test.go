package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The end-to-end test drives the real binary in tmux, as a user would:
// import, browse, search, open a story, cycle threads, follow a storyline,
// search for an actor, and check that hostile article text cannot change
// the terminal. It skips when tmux is not installed or with -short.

func buildBinary(t *testing.T) string {
	t.Helper()
	exe := filepath.Join(t.TempDir(), "storyline")
	out, err := exec.Command("go", "build", "-o", exe, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return exe
}

type tmux struct {
	t    *testing.T
	name string
}

// tmuxSocket names the tmux server of the top-level test t belongs to:
// each test has a server of its own (see e2eSetup), so no test meets a
// server another one is shutting down ("server exited unexpectedly").
func tmuxSocket(t *testing.T) string {
	top, _, _ := strings.Cut(t.Name(), "/")
	return fmt.Sprintf("storyline-e2e-%d-%s", os.Getpid(), top)
}

// tmuxCmd is a tmux command on t's server.
func tmuxCmd(t *testing.T, args ...string) *exec.Cmd {
	return exec.Command("tmux", append([]string{"-L", tmuxSocket(t)}, args...)...)
}

func startTmux(t *testing.T, w, h int, env []string, args ...string) *tmux {
	t.Helper()
	name := fmt.Sprintf("storyline-e2e-%d", time.Now().UnixNano()%100000)
	cmdline := strings.Join(append(env, args...), " ")
	cmd := tmuxCmd(t, "new-session", "-d", "-s", name, "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), cmdline)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v\n%s", err, out)
	}
	tm := &tmux{t: t, name: name}
	t.Cleanup(func() { _ = tmuxCmd(t, "kill-session", "-t", name).Run() })
	return tm
}

func (tm *tmux) keys(keys ...string) {
	tm.t.Helper()
	args := append([]string{"send-keys", "-t", tm.name}, keys...)
	if out, err := tmuxCmd(tm.t, args...).CombinedOutput(); err != nil {
		tm.t.Fatalf("send-keys %v: %v\n%s", keys, err, out)
	}
}

func (tm *tmux) typeText(s string) {
	tm.t.Helper()
	if out, err := tmuxCmd(tm.t, "send-keys", "-t", tm.name, "-l", s).CombinedOutput(); err != nil {
		tm.t.Fatalf("send-keys -l: %v\n%s", err, out)
	}
}

func (tm *tmux) screen() string {
	out, err := tmuxCmd(tm.t, "capture-pane", "-p", "-t", tm.name).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("capture-pane: %v\n%s", err, out)
	}
	return string(out)
}

func (tm *tmux) title() string {
	out, _ := tmuxCmd(tm.t, "display-message", "-p", "-t", tm.name, "#{pane_title}").Output()
	return strings.TrimSpace(string(out))
}

// waitFor polls the screen until it contains all of want.
func (tm *tmux) waitFor(what string, want ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var s string
	for time.Now().Before(deadline) {
		s = tm.screen()
		ok := true
		for _, w := range want {
			if !strings.Contains(s, w) {
				ok = false
			}
		}
		if ok {
			return s
		}
		time.Sleep(150 * time.Millisecond)
	}
	tm.t.Fatalf("%s: screen never showed %q:\n%s", what, want, s)
	return s
}

// readerTitle returns the line under the reader pane's heading (the
// story's title), or "" when the reader is not on screen.
func readerTitle(screen string) string {
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		if strings.Contains(l, "Reader") && i+1 < len(lines) {
			return lines[i+1]
		}
	}
	return ""
}

func e2eSetup(t *testing.T) string {
	if testing.Short() {
		t.Skip("end-to-end tmux test skipped with -short")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: end-to-end TUI test skipped (.ci/run installs it)")
	}
	// A session that lives as long as the test keeps its tmux server up
	// between subtests: the server exits with its last session.
	if out, err := tmuxCmd(t, "new-session", "-d", "-s", "keeper").CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v\n%s", err, out)
	}
	t.Cleanup(func() { _ = tmuxCmd(t, "kill-server").Run() })
	return buildBinary(t)
}

func TestTUIEndToEndDemo(t *testing.T) {
	exe := e2eSetup(t)
	cache := t.TempDir()
	env := []string{"XDG_CACHE_HOME=" + cache, "XDG_DATA_HOME=" + t.TempDir(), "XDG_CONFIG_HOME=" + t.TempDir()}
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := startTmux(t, size[0], size[1], env, exe)
			s := tm.waitFor("first frame", "Reader", "stories")
			if strings.Contains(s, "\x1b") {
				t.Fatalf("raw escape on screen:\n%s", s)
			}
			// Search as you type, then open the first hit.
			tm.keys("/")
			tm.typeText(`"politics live"`)
			// Wait for the hit itself (the story list also shows the
			// title): enter opens it only once the results are in.
			tm.waitFor("live search", "Search · 1")
			tm.keys("Enter")
			tm.waitFor("reader after search", "READER", "Politics live")
			// Cycle threads and focus mode.
			tm.keys("t")
			tm.waitFor("next thread", "thread 2")
			tm.keys("f")
			time.Sleep(300 * time.Millisecond)
			tm.keys("f")
			// Follow the storyline back: another story's thread, or a
			// clear word that this is its first story.
			before := readerTitle(tm.screen())
			tm.keys("[")
			deadline := time.Now().Add(10 * time.Second)
			for time.Now().Before(deadline) {
				s := tm.screen()
				if readerTitle(s) != before || strings.Contains(s, "first story of this storyline") || strings.Contains(s, "no storyline") {
					break
				}
				time.Sleep(150 * time.Millisecond)
			}
			if s := tm.screen(); readerTitle(s) == before && !strings.Contains(s, "storyline") {
				t.Fatalf("[ neither moved along the storyline nor said why:\n%s", s)
			}
			// Enter on an actor searches the archive for that actor.
			tm.keys("a")
			time.Sleep(300 * time.Millisecond)
			tm.keys("Enter")
			tm.waitFor("actor search", `name:"`)
			// Help lists the actions.
			tm.keys("?")
			tm.waitFor("help", "next thread", "focus mode", "next in storyline")
			tm.keys("Escape")
			time.Sleep(700 * time.Millisecond) // tmux's escape-time
			tm.keys("q")
		})
	}
}

func TestTUIHostileTextCannotDriveTerminal(t *testing.T) {
	exe := e2eSetup(t)
	dir := t.TempDir()
	out, err := exec.Command(exe, "--archive", dir, "import", "testdata/hostile").CombinedOutput()
	if err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	tm := startTmux(t, 120, 40, []string{"XDG_CONFIG_HOME=" + t.TempDir()}, exe, "--archive", dir)
	before := tm.title()
	tm.waitFor("list", "ferry fares")
	tm.keys("Enter")
	s := tm.waitFor("reader", "two million crowns")
	if after := tm.title(); strings.Contains(after, "pwned") || strings.Contains(after, "owned") {
		t.Fatalf("article text changed the terminal title: %q → %q", before, after)
	}
	if !strings.Contains(s, "Stories") {
		t.Fatalf("the screen was cleared or garbled:\n%s", s)
	}
	tm.keys("q")
}

// TestTUIImportWhileBrowsing runs the real binary: a browser open on an
// archive in tmux, then an import in another process. The import must
// succeed, the browser say that the archive is being updated, and then
// show the new stories.
func TestTUIImportWhileBrowsing(t *testing.T) {
	exe := e2eSetup(t)
	dir := filepath.Join(t.TempDir(), "archive")
	if out, err := exec.Command(exe, "--archive", dir, "import", filepath.Join(fixtures, "strike-day1.md")).CombinedOutput(); err != nil {
		t.Fatalf("first import: %v\n%s", err, out)
	}
	tm := startTmux(t, 120, 40, []string{"XDG_CONFIG_HOME=" + t.TempDir()}, exe, "--archive", dir)
	tm.waitFor("first frame", "Reader", "Stories · 1")
	out, err := exec.Command(exe, "--archive", dir, "import", fixtures).CombinedOutput()
	if err != nil {
		t.Fatalf("import while browsing: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "step aside") {
		t.Errorf("the import did not say it asked the browser to step aside:\n%s", out)
	}
	tm.waitFor("browser back with the new stories", fmt.Sprintf("Stories · %d", fixtureStories), "archive updated")
	tm.keys("q")
}

// TestTUIFirstImportLeavesTheDemo: the browser opened on the demo (no
// archive yet) switches to the user's archive once a first import, run in
// another process, has made it.
func TestTUIFirstImportLeavesTheDemo(t *testing.T) {
	exe := e2eSetup(t)
	data, cache := t.TempDir(), t.TempDir()
	env := []string{"XDG_DATA_HOME=" + data, "XDG_CACHE_HOME=" + cache, "XDG_CONFIG_HOME=" + t.TempDir()}
	tm := startTmux(t, 120, 40, env, exe)
	tm.waitFor("demo", "demo ·", "Reader")
	cmd := exec.Command(exe, "import", fixtures)
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("first import: %v\n%s", err, out)
	}
	s := tm.waitFor("switch to the new archive", "your archive is ready", fmt.Sprintf("Stories · %d", fixtureStories))
	if strings.Contains(s, "demo ·") {
		t.Errorf("still on the demo:\n%s", s)
	}
	tm.keys("q")
}
