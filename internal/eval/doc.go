// Package eval holds the metrics and data readers behind storyline eval.
package eval
