package common_test

import (
	"github.com/storyline/storyline/internal/archive"
	"github.com/storyline/storyline/tui/common"
)

// The archive is the TUI's real backend.
var _ common.Backend = (*archive.Archive)(nil)
