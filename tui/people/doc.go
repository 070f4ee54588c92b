// Package people is the archive's cast: its actors ranked by how many
// stories name them, each a key press away from those stories (a search
// for the actor). It reads the counts the store keeps as it imports, so
// it opens at once on a large archive.
package people
