package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/tiesnet/ties/graph/outputs/render/engine"

	"github.com/spf13/cobra"
)

// version is set when building a release:
//
//	go build -ldflags "-X main.version=v1.2.3" ./cmd/ties
var version = ""

type versionOptions struct {
	IO ioStreams
}

func newCmdVersion(ios ioStreams, runF func(*versionOptions) error) *cobra.Command {
	opts := &versionOptions{IO: ios}
	cmd := &cobra.Command{
		Use:                   "version [-q]",
		DisableFlagsInUseLine: true,
		Short:                 "Print the version of ties",
		Long: strings.TrimSpace(`
Print the version of ties, the Go version it was built with, and the
operating system and architecture it was built for. A build from a source
checkout says "devel".`),
		Example: example(`
  $ ties version
  ties v0.1.0 (go1.26.8, linux/amd64)`),
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return runVersion(opts)
		},
	}
	addQuietFlag(cmd, &opts.IO)
	return cmd
}

func runVersion(opts *versionOptions) error {
	_, err := fmt.Fprintf(opts.IO.Out, "ties %s (%s, %s/%s)\n", currentVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	// Every start pays Graphviz's compile when its cache cannot be written:
	// say so where people look when ties feels slow (docs/render.md).
	if _, cacheErr := engine.CompileCacheDir(); cacheErr != nil {
		opts.IO.notef("note: %v", cacheErr)
	}
	return err
}

// currentVersion is the version set with -ldflags, else the main module's
// version when installed with "go install module@version", else "devel".
func currentVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			return v
		}
	}
	return "devel"
}
