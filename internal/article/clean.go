package article

// Clean marks a's page furniture as boilerplate. Placeholder.
func Clean(a *Article) {}
