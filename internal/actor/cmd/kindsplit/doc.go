// Command kindsplit lists the names an archive reads as more than one
// actor kind, with the number of stories giving each reading, so that a
// developer can see which names the kind rules split.
//
// Usage: kindsplit [-min N] ARCHIVE_DIR
package main
