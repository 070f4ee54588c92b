package handoff

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// FileName is the request's file in the archive directory.
const FileName = "handoff.json"

// MaxAge is how long a request stands: a writer waits less than this for
// the readers before it withdraws its request, so an older one was left
// by a writer that died waiting (and whose pid may since have been
// reused).
const MaxAge = 2 * time.Minute

// Request is a writer's wish to have the archive.
type Request struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`
	Since   time.Time `json:"since"`
}

// Ask records, in the archive at dir, that this process wants to write
// it; command says what for ("import"). withdraw removes the request: call
// it once the archive is open for writing, or on giving up.
func Ask(dir, command string) (withdraw func(), err error) {
	b, err := json.Marshal(Request{PID: os.Getpid(), Command: command, Since: time.Now()})
	if err != nil {
		return nil, err
	}
	p := filepath.Join(dir, FileName)
	tmp := p + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, p); err != nil {
		_ = os.Remove(tmp)
		return nil, err
	}
	pid := os.Getpid()
	return func() {
		// Only our own request: another writer may have asked since.
		if r, ok := read(p); ok && r.PID == pid {
			_ = os.Remove(p)
		}
	}, nil
}

// Pending returns the request waiting in the archive at dir, if any. A
// request whose process has gone (killed while it waited), or older than
// MaxAge, is stale: it is removed and not reported.
func Pending(dir string) (Request, bool) {
	p := filepath.Join(dir, FileName)
	r, ok := read(p)
	if !ok {
		return Request{}, false
	}
	if !alive(r.PID) || time.Since(r.Since) > MaxAge {
		_ = os.Remove(p)
		return Request{}, false
	}
	return r, true
}

func read(p string) (Request, bool) {
	b, err := os.ReadFile(p)
	if err != nil {
		return Request{}, false
	}
	var r Request
	if json.Unmarshal(b, &r) != nil || r.PID <= 0 {
		return Request{}, false
	}
	return r, true
}

// alive reports whether a process with this pid exists.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
