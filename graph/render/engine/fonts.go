package engine

import (
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// PNG text is drawn with the Go fonts (BSD-licensed, compiled into the
// binary), never with fonts found on the machine. go-graphviz looks fonts up
// on the system at run time; that made a PNG's bytes depend on the machine
// and, on a machine without fonts, on a fallback. With fonts built in, the
// same DOT gives the same PNG everywhere and labels render on a bare
// machine. The Go fonts have no CJK glyphs: such names show as boxes in PNG
// (SVG leaves fonts to the viewer and shows them).

// fontFile says which Go font stands in for a Graphviz font name: the
// family (mono for Courier and monospace names, sans otherwise) and the
// style (bold, italic) read from the name, as in "Helvetica-Bold".
func fontFile(name string) []byte {
	n := strings.ToLower(name)
	mono := strings.Contains(n, "mono") || strings.Contains(n, "courier") || strings.Contains(n, "consol")
	bold := strings.Contains(n, "bold") || strings.Contains(n, "black") || strings.Contains(n, "heavy")
	italic := strings.Contains(n, "italic") || strings.Contains(n, "oblique")
	switch {
	case mono && bold:
		return gomonobold.TTF
	case mono:
		return gomono.TTF
	case bold && italic:
		return gobolditalic.TTF
	case bold:
		return gobold.TTF
	case italic:
		return goitalic.TTF
	}
	return goregular.TTF
}

type faceKey struct {
	file *byte   // the font file's first byte: one per embedded font
	size float64 // pixels, rounded to 1/100
}

// faces caches parsed fonts and sized faces; faces are used under the
// engine's lock only, but the cache has its own for safety.
var faces = struct {
	sync.Mutex
	fonts map[*byte]*sfnt.Font
	faces map[faceKey]font.Face
}{fonts: map[*byte]*sfnt.Font{}, faces: map[faceKey]font.Face{}}

// faceFor returns a face for a Graphviz font name at px pixels.
func faceFor(name string, px float64) (font.Face, error) {
	file := fontFile(name)
	key := faceKey{&file[0], float64(int(px*100+0.5)) / 100}
	faces.Lock()
	defer faces.Unlock()
	if f, ok := faces.faces[key]; ok {
		return f, nil
	}
	ft, ok := faces.fonts[key.file]
	if !ok {
		var err error
		ft, err = opentype.Parse(file)
		if err != nil {
			return nil, err
		}
		faces.fonts[key.file] = ft
	}
	f, err := opentype.NewFace(ft, &opentype.FaceOptions{Size: key.size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, err
	}
	faces.faces[key] = f
	return f, nil
}
