// Command ties tells professionals whether their professional networks
// bring them new perspectives: it reads contact exports, the networks people
// belong to and who-knows-whom ties, and reports on them.
//
// Run "ties --help" for the commands, or "ties demo" to see it on the demo
// data built into the binary.
//
// It owns the commands: flags into an options struct, a run function that
// tests call through runF, streams, progress, exit codes and writing --out.
// It must not compute a measure or word a finding itself.
package main
