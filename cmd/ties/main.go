// Command ties tells professionals whether their professional networks
// bring them new perspectives: it reads contact exports, the networks people
// belong to and who-knows-whom ties, and reports on them.
//
// Run "ties --help" for the commands, or "ties demo" to see it on the demo
// data built into the binary.
package main

import "os"

func main() {
	stop := installSignalCleanup(os.Stderr, os.Exit)
	code := execute(os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
