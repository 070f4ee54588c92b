// Package article defines the Article type and turns input files (plain
// text, Markdown with front matter, HTML pages, RSS/Atom/JSON feeds, JSON
// Lines, optionally gzip-compressed) into articles with cleaned paragraphs.
//
// It is pure: it reads from io.Readers and never touches the archive.
package article
