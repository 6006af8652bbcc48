package engine

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
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

// PNG text is drawn first with the Go fonts (BSD-licensed, compiled into
// the binary), so Latin, Greek and Cyrillic labels look the same on every
// machine and render on a machine with no fonts at all. The Go fonts have
// no CJK, Arabic, Hebrew or Vietnamese letters, nor emoji: for each such
// character the rasteriser falls back, character by character, to fonts
// found on the machine (sysfonts.go: Noto preferred), and a character no
// font has is drawn as nothing and reported to Options.MissingGlyphs.
//
// So a PNG's text depends on the fonts installed: with the same fonts the
// same DOT gives the same PNG bytes, but a machine without, say, Noto CJK
// draws Japanese names with another font or not at all. SVG leaves fonts to
// the viewer. go-graphviz's own renderer looked every font up on the
// system, so even Latin text changed from machine to machine.

// goFontFor says which Go font stands in for a Graphviz font name: the
// family (mono for Courier and monospace names, sans otherwise) and the
// style (bold, italic) read from the name, as in "Helvetica-Bold".
func goFontFor(name string) []byte {
	mono, bold, italic := fontStyle(name)
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

func fontStyle(name string) (mono, bold, italic bool) {
	n := strings.ToLower(name)
	mono = strings.Contains(n, "mono") || strings.Contains(n, "courier") || strings.Contains(n, "consol")
	bold = strings.Contains(n, "bold") || strings.Contains(n, "black") || strings.Contains(n, "heavy")
	italic = strings.Contains(n, "italic") || strings.Contains(n, "oblique")
	return mono, bold, italic
}

// fontSource is one face text can be drawn with: a Go font compiled in, or
// one face of a font file found on the machine.
type fontSource struct {
	data  []byte    // a Go font; nil for a system font
	file  *fontFile // a system font's file
	index int       // the face's index in a collection
	lang  string    // CJK locale of a collection face: "JP", "SC", …
	cov   coverage  // a system face's characters (from its cmap)

	font   *sfnt.Font // parsed on first use
	err    error      // why it could not be parsed
	parsed bool
	buf    sfnt.Buffer
}

func (s *fontSource) String() string {
	if s.file == nil {
		return "Go font"
	}
	if s.index > 0 || s.lang != "" {
		return fmt.Sprintf("%s#%d", s.file.path, s.index)
	}
	return s.file.path
}

// open parses the font, once. A system font file is read whole into
// memory then (x/image's sfnt misreads some fonts, Noto Sans among them,
// through an io.ReaderAt): the files read are those a character is drawn
// with, a few per process, the largest the 20 MB of Noto Sans CJK.
func (s *fontSource) open() (*sfnt.Font, error) {
	if s.parsed {
		return s.font, s.err
	}
	s.parsed = true
	switch {
	case s.data != nil:
		s.font, s.err = sfnt.Parse(s.data)
	case s.file.collection:
		var c *sfnt.Collection
		if c, s.err = s.file.parseCollection(); s.err == nil {
			s.font, s.err = c.Font(s.index)
		}
	default:
		var data []byte
		if data, s.err = s.file.bytes(); s.err == nil {
			if s.font, s.err = sfnt.Parse(data); s.err != nil {
				s.file.data = nil // never drawn: do not keep it
			}
		}
	}
	return s.font, s.err
}

// glyph reports whether the parsed font maps r to a glyph.
func (s *fontSource) glyph(r rune) bool {
	f, err := s.open()
	if err != nil {
		return false
	}
	g, err := f.GlyphIndex(&s.buf, r)
	return err == nil && g != 0
}

// fontFile is a font file found on the machine.
type fontFile struct {
	path       string
	read       bool          // faces read (readFaces)
	collection bool          // a .ttc/.otc
	faces      []*fontSource // drawable faces, in order of preference

	data []byte           // the file, once a face is parsed
	coll *sfnt.Collection // parsed, for a collection
	err  error            // why it could not be read
}

// maxFontBytes bounds the size of a font file read into memory.
const maxFontBytes = 256 << 20

func (f *fontFile) bytes() ([]byte, error) {
	if f.data == nil && f.err == nil {
		fi, err := os.Stat(f.path)
		if err == nil && fi.Size() > maxFontBytes {
			err = fmt.Errorf("%s: font file over %d MB", f.path, maxFontBytes>>20)
		}
		if err == nil {
			f.data, err = os.ReadFile(f.path)
		}
		f.err = err
	}
	return f.data, f.err
}

func (f *fontFile) parseCollection() (*sfnt.Collection, error) {
	if f.coll == nil {
		data, err := f.bytes()
		if err != nil {
			return nil, err
		}
		if f.coll, err = sfnt.ParseCollection(data); err != nil {
			f.data, f.err = nil, err
			return nil, err
		}
	}
	return f.coll, nil
}

// load reads the file's faces and character maps, once. Faces of a
// collection are ordered: proportional before monospaced, then by CJK
// locale (cjkLangs), then as in the file.
func (f *fontFile) load() {
	if f.read {
		return
	}
	f.read = true
	fh, err := os.Open(f.path)
	if err != nil {
		return
	}
	defer fh.Close()
	infos, collection, err := readFaces(fh)
	if err != nil {
		return
	}
	f.collection = collection
	mono := func(in faceInfo) bool { return strings.Contains(strings.ToLower(in.family), "mono") }
	slices.SortStableFunc(infos, func(a, b faceInfo) int {
		if mono(a) != mono(b) {
			if mono(a) {
				return 1
			}
			return -1
		}
		return cmp.Compare(slices.Index(cjkLangs, cjkLang(a.family)), slices.Index(cjkLangs, cjkLang(b.family)))
	})
	for _, in := range infos {
		f.faces = append(f.faces, &fontSource{file: f, index: in.index, lang: cjkLang(in.family), cov: in.cov})
	}
}

// cjkLangs is the order in which the faces of a pan-CJK collection (Noto
// Sans CJK has JP, KR, SC, TC and HK faces, each with every ideograph in
// its locale's design) are tried. Han characters take the simplified
// Chinese design unless the label has kana (Japanese) or hangul (Korean):
// see hanHint.
var cjkLangs = []string{"", "SC", "TC", "HK", "JP", "KR"}

// chain is the fallback chain for one Graphviz font style: the Go font,
// then the system fonts in order of preference (fontPrefs).
type chain struct {
	primary      *fontSource
	bold, italic bool
	files        []*fontFile          // nil until a character is not in primary
	found        map[rune]*fontSource // the first face with a glyph; nil: none has one
}

type chainKey struct {
	goFont       *byte // the Go font's first byte: one per embedded font
	bold, italic bool
}

type faceKey struct {
	src  *fontSource
	size float64 // pixels, rounded to 1/100
}

// fonts holds what is known of fonts in this process: the folders are
// scanned once, files read once, and chains and sized faces built once.
// Faces are used under the engine's lock only; the registry has its own
// lock so that it is safe anyway.
var fonts = struct {
	sync.Mutex
	scanned bool
	files   []*fontFile
	goFonts map[*byte]*fontSource
	chains  map[chainKey]*chain
	faces   map[faceKey]font.Face
}{goFonts: map[*byte]*fontSource{}, chains: map[chainKey]*chain{}, faces: map[faceKey]font.Face{}}

// chainFor returns the fallback chain for a Graphviz font name. The caller
// holds fonts' lock.
func chainFor(name string) (*chain, error) {
	data := goFontFor(name)
	_, bold, italic := fontStyle(name)
	key := chainKey{&data[0], bold, italic}
	if c, ok := fonts.chains[key]; ok {
		return c, nil
	}
	src, ok := fonts.goFonts[key.goFont]
	if !ok {
		src = &fontSource{data: data}
		if _, err := src.open(); err != nil {
			return nil, err
		}
		fonts.goFonts[key.goFont] = src
	}
	c := &chain{primary: src, bold: bold, italic: italic, found: map[rune]*fontSource{}}
	fonts.chains[key] = c
	return c, nil
}

// lookup returns the first face in the chain with a glyph for r, or nil.
func (c *chain) lookup(r rune) *fontSource {
	if c.primary.glyph(r) {
		return c.primary
	}
	if s, ok := c.found[r]; ok {
		return s
	}
	if c.files == nil {
		c.files = fallbackFiles(c.bold, c.italic)
	}
	var found *fontSource
search:
	for _, f := range c.files {
		f.load()
		for _, s := range f.faces {
			// The cmap says whether the face has r; parsing the font
			// (once) confirms that x/image can draw it.
			if s.cov.has(r) && s.glyph(r) {
				found = s
				break search
			}
		}
	}
	c.found[r] = found
	return found
}

// face is lookup, with a CJK locale preferred for Han characters: a face
// of the same collection in locale lang, if it has r.
func (c *chain) face(r rune, lang string) *fontSource {
	s := c.lookup(r)
	if s == nil || lang == "" || s.lang == "" || s.lang == lang {
		return s
	}
	for _, t := range s.file.faces {
		if t.lang == lang && t.cov.has(r) && t.glyph(r) {
			return t
		}
	}
	return s
}

// fallbackFiles returns the system font files in order of preference for
// a style, scanning the folders on first use. The caller holds fonts' lock.
func fallbackFiles(bold, italic bool) []*fontFile {
	if !fonts.scanned {
		fonts.scanned = true
		for _, p := range scanFontFiles(fontDirs()) {
			fonts.files = append(fonts.files, &fontFile{path: p})
		}
	}
	paths := make([]string, len(fonts.files))
	for i, f := range fonts.files {
		paths[i] = f.path
	}
	order := preferredFonts(paths, bold, italic)
	files := make([]*fontFile, 0, len(order)) // not nil: the chain asks once
	for _, i := range order {
		files = append(files, fonts.files[i])
	}
	return files
}

// preferredFonts returns the indices of the font files in paths that may be
// used for a style, most preferred first (fontPrefs), ties broken by file
// name and then by path, so that the order never depends on the order the
// folders were listed in.
func preferredFonts(paths []string, bold, italic bool) []int {
	type ranked struct {
		i    int
		rank int
		base string
	}
	var rs []ranked
	for i, p := range paths {
		if rank, ok := fontPrefs(p, bold, italic); ok {
			rs = append(rs, ranked{i, rank, strings.ToLower(filepath.Base(p))})
		}
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.base, b.base), cmp.Compare(paths[a.i], paths[b.i]))
	})
	order := make([]int, len(rs))
	for i, r := range rs {
		order[i] = r.i
	}
	return order
}

// sizedFace returns a face of src at px pixels. The caller holds fonts'
// lock.
func sizedFace(src *fontSource, px float64) (font.Face, error) {
	key := faceKey{src, float64(int(px*100+0.5)) / 100}
	if f, ok := fonts.faces[key]; ok {
		return f, nil
	}
	ft, err := src.open()
	if err != nil {
		return nil, err
	}
	f, err := opentype.NewFace(ft, &opentype.FaceOptions{Size: key.size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, err
	}
	fonts.faces[key] = f
	return f, nil
}

// setFontDirs points the font lookup at dirs and forgets what was found,
// for tests; the returned function restores the system folders.
func setFontDirs(dirs []string) (restore func()) {
	fonts.Lock()
	defer fonts.Unlock()
	resetFontsLocked()
	fontDirs = func() []string { return dirs }
	return func() {
		fonts.Lock()
		defer fonts.Unlock()
		resetFontsLocked()
		fontDirs = systemFontDirs
	}
}

func resetFontsLocked() {
	fonts.scanned, fonts.files = false, nil
	clear(fonts.chains)
	for k := range fonts.faces {
		if k.src.file != nil {
			delete(fonts.faces, k)
		}
	}
}
