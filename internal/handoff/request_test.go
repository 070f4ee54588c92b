package handoff

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

func TestAskPendingWithdraw(t *testing.T) {
	dir := t.TempDir()
	if _, ok := Pending(dir); ok {
		t.Fatal("a request pending in an empty directory")
	}
	withdraw, err := Ask(dir, "storyline import x")
	if err != nil {
		t.Fatal(err)
	}
	r, ok := Pending(dir)
	if !ok || r.PID != os.Getpid() || r.Command != "storyline import x" {
		t.Fatalf("Pending = %+v, %v; want this process's request", r, ok)
	}
	withdraw()
	if _, ok := Pending(dir); ok {
		t.Fatal("the request is still pending after withdraw")
	}
}

func TestPendingIgnoresStaleAndBadRequests(t *testing.T) {
	// A process that has exited: its pid is free (or reused, rarely).
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skipf("cannot run true: %v", err)
	}
	gone := cmd.Process.Pid
	tests := []struct {
		name, body string
	}{
		{"dead writer", `{"pid":` + strconv.Itoa(gone) + `,"command":"storyline import"}`},
		{"not json", `{"pid":`},
		{"no pid", `{"command":"storyline import"}`},
		{"too old", `{"pid":1,"command":"storyline import","since":"2020-01-01T00:00:00Z"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, FileName)
			if err := os.WriteFile(p, []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			if r, ok := Pending(dir); ok {
				t.Fatalf("Pending = %+v, want none", r)
			}
		})
	}
}

func TestWithdrawLeavesAnotherWritersRequest(t *testing.T) {
	dir := t.TempDir()
	withdraw, err := Ask(dir, "storyline import a")
	if err != nil {
		t.Fatal(err)
	}
	// Another live process asked since (pid 1 always exists).
	other := fmt.Sprintf(`{"pid":1,"command":"storyline reindex","since":%q}`, time.Now().Format(time.RFC3339))
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	withdraw()
	if r, ok := Pending(dir); !ok || r.PID != 1 {
		t.Fatalf("Pending = %+v, %v; want the other writer's request kept", r, ok)
	}
}
