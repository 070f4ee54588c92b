//go:build linux && (amd64 || arm64 || ppc64le || riscv64 || s390x || loong64)

package store

import (
	"os"
	"os/exec"
	"syscall"
	"testing"
)

const addressLimitEnv = "STORYLINE_STORE_ADDRESS_LIMIT_DIR"

// A store still opens, without the reserved mapping, where the address
// space is limited below mmapReserve (ulimit -v). The open runs in a child
// process that lowers its own limit.
func TestOpenUnderAddressSpaceLimit(t *testing.T) {
	if dir := os.Getenv(addressLimitEnv); dir != "" {
		lim := syscall.Rlimit{Cur: 8 << 30, Max: 8 << 30}
		if err := syscall.Setrlimit(syscall.RLIMIT_AS, &lim); err != nil {
			t.Skipf("cannot limit address space: %v", err)
		}
		s, err := Open(dir, true)
		if err != nil {
			t.Fatalf("open under an 8 GiB address-space limit: %v", err)
		}
		defer s.Close()
		if s.reserved {
			t.Fatal("mapping reserved beyond the limit")
		}
		if r, err := s.Get("abcd1"); err != nil || r == nil {
			t.Fatalf("get: %v %v", r, err)
		}
		if err := s.Pin(func(p string) error {
			if p != "" {
				t.Errorf("Pin named %q for a mapping that may move", p)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return
	}
	dir := t.TempDir()
	s, err := Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if !s.reserved {
		t.Error("mapping not reserved without a limit")
	}
	if err := s.Write(&Batch{Records: []*Record{rec("abcd1", "Ferry fares", 2)}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestOpenUnderAddressSpaceLimit$", "-test.v")
	cmd.Env = append(os.Environ(), addressLimitEnv+"="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	t.Logf("child:\n%s", out)
}
