package main

import (
	"fmt"
	"io"
	"time"
)

// stageReporter returns a progress callback that writes each new stage, and
// for long stages the share done at most every two seconds, to w.
func stageReporter(w io.Writer, start time.Time) func(stage string, done, total int) {
	last := ""
	var lastTick time.Time
	return func(stage string, done, total int) {
		now := time.Now()
		if stage != last {
			last, lastTick = stage, now
			fmt.Fprintf(w, "ties: %s … (%s)\n", stage, now.Sub(start).Round(time.Millisecond))
			return
		}
		if total > 0 && now.Sub(lastTick) >= 2*time.Second {
			lastTick = now
			fmt.Fprintf(w, "ties: %s %d%% (%s)\n", stage, 100*done/total, now.Sub(start).Round(time.Second))
		}
	}
}
