// Package diskuse measures the space files take on disk: the blocks
// allocated to them, as du counts, not their apparent sizes (bbolt grows
// its file ahead of the data with holes that take no space).
package diskuse

import (
	"io/fs"
	"path/filepath"
)

// Of returns the bytes allocated on disk to the file at path, or to every
// file under it when it is a directory (0 when it does not exist).
func Of(path string) int64 {
	var n int64
	_ = filepath.WalkDir(path, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if info, err := d.Info(); err == nil {
			n += allocated(info)
		}
		return nil
	})
	return n
}
