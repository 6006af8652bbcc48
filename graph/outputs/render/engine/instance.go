package engine

import (
	"context"
	"fmt"

	"github.com/goccy/go-graphviz/gvc"
)

// instance is the process's one Graphviz context. go-graphviz keeps global
// state in its WebAssembly module: two contexts used at once fail ("failed
// to create graphviz context"), and a context per render leaks (60 PNG
// renders of 300 nodes grew to 1.7 GB). So there is one, created on first
// use and never closed, and a one-slot semaphore in front of it.
type instance struct {
	gvc    *gvc.Context
	raster *rasteriser
}

var (
	// lock is a one-slot semaphore rather than a sync.Mutex so that a
	// caller waiting for it can give up when its context ends.
	lock = make(chan struct{}, 1)
	// the is the instance, created under lock by acquire.
	the *instance
)

// acquire takes the lock and returns the instance, creating it on first use.
// The caller must call release.
func acquire(ctx context.Context) (*instance, error) {
	select {
	case lock <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if the == nil {
		in, err := newInstance(ctx)
		if err != nil {
			release()
			return nil, err
		}
		the = in
	}
	return the, nil
}

func release() { <-lock }

// GraphvizLoaded reports whether Graphviz (a WebAssembly module, compiled
// at about 1 s on a first run and 30 ms from wazero's cache) has been
// loaded in this process. It is loaded by the first render, never at start:
// the copy of go-graphviz ties builds with (internal/gographviz) loads it
// on first use instead of in a package init, so that commands that draw
// nothing do not pay for it.
func GraphvizLoaded() bool { return gvc.Loaded() }

// newInstance creates the Graphviz context with this package's PNG
// rasteriser registered for "png" in place of go-graphviz's own. The core
// renderers (svg, dot) and the layouts are Graphviz's built-in plugins,
// which go-graphviz adds after ours.
func newInstance(ctx context.Context) (*instance, error) {
	r := &rasteriser{}
	rp, err := gvc.NewRenderPlugin(ctx, "png", r)
	if err != nil {
		return nil, fmt.Errorf("engine: png render plugin: %w", err)
	}
	dp, err := gvc.PNGDevicePlugin(ctx)
	if err != nil {
		return nil, fmt.Errorf("engine: png device plugin: %w", err)
	}
	c, err := gvc.NewWithPlugins(ctx, rp, dp)
	if err != nil {
		return nil, fmt.Errorf("engine: create graphviz context: %w", err)
	}
	return &instance{gvc: c, raster: r}, nil
}
