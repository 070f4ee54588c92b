// Package demo holds the built-in demo archive: a few dozen short news
// articles, written for storyline, that a user sees before importing
// anything of their own.
//
// The articles are Markdown files with YAML front matter (title, date,
// source, author, url), set in an invented country over five weeks of
// autumn 2026. They are fiction: every person, party, company and outlet
// is made up. Together they show what storyline is for: several matters
// woven through one round-up, people named in different ways (full name,
// surname, title, role), and storylines followed across weeks of coverage.
//
// STORYLINES.md describes the storylines and the people in them, and
// storylines.json records the same gold in machine-readable form for tests
// of threading and linking. Neither file is embedded in the binary.
package demo
