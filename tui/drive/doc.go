// Package drive runs a bubbletea model synchronously, for tests, the demo
// harness and benchmarks (storyline bench): each message's Cmds are run at
// once and their messages fed back, depth first, until none are left.
package drive
