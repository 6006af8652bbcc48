// Command ties tells professionals whether their professional networks
// bring them new perspectives: it reads contact exports, the networks people
// belong to and who-knows-whom ties, and reports on them.
//
// Run "ties --help" for the commands, or "ties demo" to see it on the demo
// data built into the binary.
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
