//go:build !unix

package diskuse

import "os"

// allocated is the space one file takes: its size (this system does not
// report blocks through os.FileInfo).
func allocated(info os.FileInfo) int64 { return info.Size() }
