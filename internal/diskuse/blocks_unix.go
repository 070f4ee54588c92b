//go:build unix

package diskuse

import (
	"os"
	"syscall"
)

// allocated is the space one file takes: its blocks where the system
// says, else its size.
func allocated(info os.FileInfo) int64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return st.Blocks * 512
	}
	return info.Size()
}
