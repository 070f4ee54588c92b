// Package reader is the story pane: the story's paragraphs, each with its
// thread's colour and number in a gutter, a legend of thread labels,
// thread navigation and a focus mode showing one thread, furniture hidden
// unless asked for, and search hits highlighted. Paragraphs are rendered
// with glamour in a tea.Cmd and cached per width; until a rendering
// arrives a plain word-wrapped layout shows.
package reader
