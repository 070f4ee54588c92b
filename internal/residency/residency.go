package residency

import (
	"sync"
	"time"
)

// A Keeper holds the archive's mapped pages in a process under a budget:
// a background check every interval, and Check after anything that reads
// much of the archive.
type Keeper struct {
	trim   func()
	budget int64
	mu     sync.Mutex // one trim at a time
	done   chan struct{}
	wg     sync.WaitGroup
	once   sync.Once
}

// Keep starts a Keeper: whenever the file-backed part of the process's
// resident set passes budget bytes, it calls trim, which pins the
// archive's files and calls Trim on them. every is the interval of the
// background check.
func Keep(budget int64, every time.Duration, trim func()) *Keeper {
	k := &Keeper{trim: trim, budget: budget, done: make(chan struct{})}
	k.wg.Add(1)
	go func() {
		defer k.wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-k.done:
				return
			case <-t.C:
				k.Check()
			}
		}
	}()
	return k
}

// Check trims the archive's mappings now if the process is over budget.
// It costs one read of /proc/self/statm when it is not. A nil Keeper does
// nothing.
func (k *Keeper) Check() {
	if k == nil {
		return
	}
	if n, ok := FileResident(); ok && n > k.budget {
		k.mu.Lock()
		if n, ok := FileResident(); ok && n > k.budget {
			k.trim()
		}
		k.mu.Unlock()
	}
}

// Stop ends the background checks and waits for the last one. It may be
// called more than once; a nil Keeper does nothing.
func (k *Keeper) Stop() {
	if k == nil {
		return
	}
	k.once.Do(func() {
		close(k.done)
		k.wg.Wait()
	})
}
