// Command demo runs the TUI on the fake backend's demo content, or with
// -print WxH prints one frame after the given keys, to eyeball layouts.
package main
