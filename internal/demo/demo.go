package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"

	"github.com/storyline/storyline/internal/article"
)

//go:embed articles/*.md
var articles embed.FS

// dir is the embedded folder holding the articles; Files strips it, so
// callers see names such as "2026-10-05-morning-briefing.md" at the root.
const dir = "articles"

// Files returns the demo articles as a read-only file system whose root
// holds one Markdown file per article, ready for the normal Markdown
// importer.
func Files() fs.FS {
	sub, err := fs.Sub(articles, dir)
	if err != nil {
		// fs.Sub only fails on an invalid path, and dir is a constant.
		panic("demo: " + err.Error())
	}
	return sub
}

// Names returns the file names of the demo articles, sorted, as they
// appear at the root of Files.
func Names() []string {
	entries, err := fs.ReadDir(articles, dir)
	if err != nil {
		panic("demo: " + err.Error())
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names
}

// Read returns the contents of one demo article by its name from Names.
func Read(name string) ([]byte, error) {
	return fs.ReadFile(Files(), name)
}

// Articles parses every demo article as the Markdown importer would.
func Articles() ([]article.Article, error) {
	var out []article.Article
	for _, name := range Names() {
		b, err := Read(name)
		if err != nil {
			return nil, err
		}
		arts, err := article.ParseBytes(name, b)
		if err != nil {
			return nil, fmt.Errorf("demo %s: %w", name, err)
		}
		out = append(out, arts...)
	}
	return out, nil
}
