package main

import (
	"os"

	"golang.org/x/term"
)

func main() {
	stop := installSignalCleanup(os.Stderr, os.Exit)
	code := executeWith(os.Args[1:], ioStreams{
		Out:           os.Stdout,
		ErrOut:        os.Stderr,
		OutIsTerminal: term.IsTerminal(int(os.Stdout.Fd())),
		ErrIsTerminal: term.IsTerminal(int(os.Stderr.Fd())),
	})
	stop()
	os.Exit(code)
}
