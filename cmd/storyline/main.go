// Command storyline is a terminal story explorer: it imports an archive of
// news articles, splits each story into threads, extracts its actors,
// links threads across stories into storylines and lets you browse and
// search it all from the keyboard.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
)

func main() {
	// bleve logs recoverable index trouble on the standard logger; storyline
	// reports problems itself, so those lines would only garble the output.
	log.SetOutput(io.Discard)
	code, err := run(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "storyline:", err)
	}
	os.Exit(code)
}
