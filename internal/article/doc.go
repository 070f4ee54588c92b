// Package article defines the Article type and turns input files into
// articles with cleaned paragraphs. It is pure: it reads from io.Readers
// and never touches the archive.
//
// Formats (see Sniff, which tells them by content as well as by name):
// plain text (first line the title, blank-line paragraphs), Markdown with
// YAML (---) or TOML (+++) front matter, HTML article pages (readability
// extraction plus Open Graph and other meta tags), RSS, Atom and JSON
// Feed (one article per item), JSON Lines and JSON arrays of article
// objects. Gzip input is decompressed transparently; UTF-16 and
// Windows-1252 text is converted, and remaining invalid UTF-8 becomes
// U+FFFD. All text is made terminal-safe with package sanitize.
//
// Body text splits into paragraphs on blank lines, single line breaks
// inside a paragraph becoming spaces; text without any blank line has one
// paragraph per line. Dates are read by ParseDate (numeric dates such as
// 02/01/2006 are read day first).
//
// Limits: an input may hold at most MaxFileBytes after decompression and
// a JSON Lines line at most MaxLineBytes; feeds nested deeper than 512
// elements are refused and deeply nested HTML falls back to a streaming
// extraction. XML entities are never expanded beyond the predefined
// ones, so entity bombs cannot grow.
//
// Errors are *ParseError values naming the path, line, field and a fix.
// A multi-article input with some bad lines or items returns its good
// articles together with a *ParseError listing the bad ones.
//
// Clean marks page furniture (gallery counters, adverts, share lines,
// repeated captions, duplicate paragraphs) as Boilerplate, keeping it in
// the article so the original can always be shown.
package article
