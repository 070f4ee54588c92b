// Package bench implements `storyline bench`: it builds a synthetic archive
// from real text, imports it with storyline and with a naive bleve-only
// baseline in the same run, then measures search latency, the TUI's first
// frame and key latency, peak memory and size on disk (DESIGN §8).
package bench
