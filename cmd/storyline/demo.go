package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/adrg/xdg"

	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/internal/demo"
	"github.com/storyline/storyline/internal/store"
)

// demoKey identifies the demo content and the analysis that built it, so
// a cached demo archive is rebuilt when either changes.
func demoKey() string {
	h := sha256.New()
	h.Write([]byte(archive.AnalysisVersion() + "/" + store.FormatVersion))
	for _, n := range demo.Names() {
		b, _ := demo.Read(n)
		h.Write([]byte(n))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// openDemo opens the demo archive, building it on first use in the cache
// directory (it is a regular archive built from the embedded articles, so
// everything works on it exactly as on a user's archive).
func openDemo(ctx context.Context) (*archive.Archive, error) {
	base := filepath.Join(xdg.CacheHome, "storyline")
	dir := filepath.Join(base, "demo-"+demoKey())
	if !archive.Exists(dir) {
		if err := buildDemo(ctx, base, dir); err != nil {
			return nil, fmt.Errorf("build the demo archive: %w", err)
		}
	}
	return archive.Open(dir, archive.Options{ReadOnly: true, Demo: true})
}

func buildDemo(ctx context.Context, base, dir string) error {
	if err := os.MkdirAll(base, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(base, ".demo-build-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	a, err := archive.Open(tmp, archive.Options{})
	if err != nil {
		return err
	}
	res, err := a.ImportFS(ctx, demo.Files(), archive.ImportOptions{})
	if cerr := a.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if res.Failed > 0 {
		return fmt.Errorf("%d demo articles failed: %v", res.Failed, res.Errors)
	}
	// Old demo builds are stale now.
	if old, _ := filepath.Glob(filepath.Join(base, "demo-*")); len(old) > 0 {
		for _, o := range old {
			_ = os.RemoveAll(o)
		}
	}
	if err := os.Rename(tmp, dir); err != nil && !archive.Exists(dir) {
		return err
	}
	return nil
}

var _ fs.FS = demo.Files()
