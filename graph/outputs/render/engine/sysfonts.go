package engine

import (
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
)

// Fonts found on the machine, for the characters the Go fonts lack.
//
// The folders are walked once per process, on the first character that the
// Go font has no glyph for (a render of Latin text never looks), and only
// file names are read then. A file's character map (its cmap table, a few
// kilobytes) is read when a character needs it, in the order of preference
// below, and kept as a list of ranges; the whole file is read (and kept)
// only when a character is to be drawn with it. The folders are read once:
// a font installed while a process runs is seen by the next process. The
// files are ordered by name, never by the order the folders list them, so
// the same fonts give the same choices on every run.

// fontDirs returns the folders to search, most general last. A variable so
// that a test can point it at a folder of its own (see setFontDirs).
var fontDirs = systemFontDirs

// systemFontDirs returns the font folders of this machine.
func systemFontDirs() []string { return fontDirsFor(runtime.GOOS, os.Getenv) }

// fontDirsFor returns the font folders of the operating system goos, with
// getenv reading its environment (os.Getenv on the machine itself): the
// folders each system installs fonts into, for all users and for one.
// Paths are written with goos's separator, so that every system's list can
// be checked on any machine.
//
//   - windows: %WINDIR%\Fonts (C:\Windows\Fonts when WINDIR is unset:
//     Segoe UI, Arial, Yu Gothic, Microsoft YaHei, Malgun Gothic, …) and
//     %LOCALAPPDATA%\Microsoft\Windows\Fonts, where Windows 10 and later
//     install a user's fonts.
//   - darwin: /System/Library/Fonts (Helvetica, PingFang, Hiragino, Apple
//     SD Gothic Neo; Arial Unicode in its Supplemental folder),
//     /Library/Fonts and ~/Library/Fonts.
//   - others (Linux and the BSDs): the XDG and fontconfig defaults,
//     $XDG_DATA_HOME/fonts, ~/.local/share/fonts, ~/.fonts,
//     /usr/local/share/fonts and /usr/share/fonts.
func fontDirsFor(goos string, getenv func(string) string) []string {
	join := func(elem ...string) string { return path.Join(elem...) }
	home := getenv("HOME")
	if goos == "windows" {
		join = func(elem ...string) string {
			for i, e := range elem {
				if i > 0 {
					e = strings.TrimLeft(e, `\/`)
				}
				if i < len(elem)-1 {
					e = strings.TrimRight(e, `\/`)
				}
				elem[i] = e
			}
			return strings.Join(elem, `\`)
		}
		home = getenv("USERPROFILE")
	}
	var dirs []string
	add := func(elem ...string) {
		if elem[0] == "" {
			return
		}
		if d := join(elem...); !slices.Contains(dirs, d) {
			dirs = append(dirs, d)
		}
	}
	switch goos {
	case "windows":
		win := getenv("WINDIR")
		if win == "" {
			win = getenv("SystemRoot")
		}
		if win == "" {
			win = `C:\Windows`
		}
		add(win, "Fonts")
		local := getenv("LOCALAPPDATA")
		if local == "" && home != "" {
			local = join(home, "AppData", "Local")
		}
		add(local, "Microsoft", "Windows", "Fonts")
	case "darwin", "ios":
		add("/System/Library/Fonts")
		add("/Library/Fonts")
		add(home, "Library", "Fonts")
	default:
		add(getenv("XDG_DATA_HOME"), "fonts")
		add(home, ".local", "share", "fonts")
		add(home, ".fonts")
		add("/usr/local/share/fonts")
		add("/usr/share/fonts")
	}
	return dirs
}

// Limits on what the scan and the cmap reader accept: a fonts folder is not
// trusted to be small or well formed.
const (
	maxFontFiles   = 20000
	maxFontDepth   = 8
	maxFacesInFile = 64
	maxTables      = 200
	maxCmapBytes   = 4 << 20
)

// scanFontFiles lists the font files (.ttf, .otf, .ttc, .otc) under dirs,
// each once, in no particular order.
func scanFontFiles(dirs []string) []string {
	var files []string
	seen := map[string]bool{}
	for _, dir := range dirs {
		root := filepath.Clean(dir)
		depth0 := strings.Count(root, string(filepath.Separator))
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if d != nil && d.IsDir() && path != root {
					return fs.SkipDir
				}
				return nil
			}
			if len(files) >= maxFontFiles {
				return fs.SkipAll
			}
			if d.IsDir() {
				if strings.Count(path, string(filepath.Separator))-depth0 >= maxFontDepth {
					return fs.SkipDir
				}
				return nil
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".ttf", ".otf", ".ttc", ".otc":
			default:
				return nil
			}
			if !d.Type().IsRegular() {
				// A symbolic link (Debian links many fonts): keep it
				// if it leads to a file.
				if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
					return nil
				}
			}
			if !seen[path] {
				seen[path] = true
				files = append(files, path)
			}
			return nil
		})
	}
	return files
}

// fontPrefs is how much a file is preferred as a fallback for a style,
// from its name alone (lower is better); ok is false for files never used.
//
// Noto comes first ("no tofu": one design for every script, and what
// Debian, Fedora and Android install; Noto Sans itself before the fonts
// for single scripts), then a few families known to cover
// many scripts on each system, then any other sans-serif font, serif,
// monospaced, and last symbol and emoji fonts (so that they do not draw
// letters and digits). Within a class, the file whose style matches the
// Graphviz font's (bold, italic) wins, then plain regular, then other
// weights and widths.
func fontPrefs(path string, bold, italic bool) (rank int, ok bool) {
	n := strings.ToLower(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	n = strings.NewReplacer(" ", "", "_", "", "-", "").Replace(n)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(n, w) {
				return true
			}
		}
		return false
	}
	if has("coloremoji", "appleemoji", "twemoji", "lastresort") {
		return 0, false // colour emoji (drawn by none of x/image) or placeholders
	}
	notoSans := false
	if rest, ok := strings.CutPrefix(n, "notosans"); ok {
		notoSans = rest == "" || strings.HasPrefix(rest, "[")
		for _, w := range []string{"regular", "bold", "italic", "thin", "light", "medium", "semi", "extra", "black", "condensed"} {
			notoSans = notoSans || strings.HasPrefix(rest, w)
		}
	}
	noto := strings.HasPrefix(n, "noto")
	var class int
	switch {
	case has("emoji", "symbola", "symbol", "seguisym", "dingbat", "wingding", "webdings", "awesome", "glyphicon", "math", "music"):
		class = 8
	case has("mono", "courier", "consol", "typewriter"):
		class = 7
	case notoSans:
		class = 0 // Noto Sans itself: Latin, Greek, Cyrillic, Vietnamese
	case noto && has("serif", "rashi"):
		class = 3
	case noto && has("kufi", "nastaliq", "looped"):
		class = 2 // decorative styles: after Noto Naskh and the Sans
	case noto:
		class = 1 // Noto Sans for a script (CJK, Arabic, Hebrew, …)
	case has("serif", "times", "georgia", "mincho", "明朝", "song", "ming", "batang", "garamond", "roman"):
		class = 6
	case has("dejavusans", "arial", "helvetica", "segoeui", "tahoma", "msyh", "yugoth", "meiryo",
		"malgun", "pingfang", "hiragino", "ヒラギノ", "applesdgothic", "geezapro", "droidsans", "freesans", "unifont"):
		class = 4 // Windows, macOS and Linux families for many scripts
	default:
		class = 5
	}
	isBold := has("bold", "black", "heavy")
	isItalic := has("italic", "oblique")
	odd := has("thin", "light", "medium", "semi", "demi", "extra", "ultra", "condensed", "narrow",
		"expanded", "wide", "display", "caption", "book", "slanted")
	if b, i, o, ok := shortStyle(n); ok {
		isBold, isItalic, odd = b, i, o
	}
	var dist int
	if isBold != bold {
		dist += 2
	}
	if isItalic != italic {
		dist++
	}
	if odd {
		dist += 4
	}
	return class*16 + dist, true
}

// windowsFamilies are the file name stems of Windows families whose styles
// are told by a short suffix: arial, arialbd, ariali, arialbi; segoeui,
// segoeuib, segoeuii, segoeuiz, segoeuil, segoeuisl; msyh, msyhbd, msyhl;
// malgun, malgunbd, malgunsl; YuGothR, YuGothB, YuGothM, YuGothL.
var windowsFamilies = []string{"arial", "segoeui", "msyh", "msjh", "malgun", "yugoth", "meiryo", "tahoma"}

// shortStyle reads the style from the short names Windows and macOS give
// their font files, which the words of fontPrefs miss: a Windows family's
// suffix (windowsFamilies), and the W0 to W9 weights of Japanese fonts
// (ヒラギノ角ゴシック W3 is regular, W6 bold). ok is false for other
// names.
func shortStyle(n string) (bold, italic, odd, ok bool) {
	for _, fam := range windowsFamilies {
		rest, found := strings.CutPrefix(n, fam)
		if !found {
			continue
		}
		switch rest {
		case "", "r":
			return false, false, false, true
		case "b", "bd":
			return true, false, false, true
		case "i":
			return false, true, false, true
		case "z", "bi", "bz":
			return true, true, false, true
		case "l", "sl", "m", "sb":
			return false, false, true, true
		case "li", "sli", "sbi":
			return false, true, true, true
		}
		return false, false, false, false // arialuni and others: their words say
	}
	if l := len(n); l >= 2 && n[l-2] == 'w' && n[l-1] >= '0' && n[l-1] <= '9' {
		switch w := n[l-1] - '0'; {
		case w == 3:
			return false, false, false, true
		case w == 6:
			return true, false, false, true
		default:
			return w > 6, false, true, true
		}
	}
	return false, false, false, false
}

// coverage is the characters a face has glyphs for, as sorted,
// non-overlapping ranges [lo, hi].
type coverage []runeRange

type runeRange struct{ lo, hi rune }

func (c coverage) has(r rune) bool {
	i := sort.Search(len(c), func(i int) bool { return c[i].hi >= r })
	return i < len(c) && c[i].lo <= r
}

// add appends [lo, hi], merging it with the last range when they touch;
// ranges must come in order.
func (c coverage) add(lo, hi rune) coverage {
	if n := len(c); n > 0 && c[n-1].hi+1 >= lo {
		c[n-1].hi = max(c[n-1].hi, hi)
		return c
	}
	return append(c, runeRange{lo, hi})
}

// faceInfo is what the cmap reader learns of one face of a font file.
type faceInfo struct {
	index  int      // in the collection (0 for a single font)
	family string   // from the name table, for collections only
	cov    coverage // characters with a glyph
}

var errNotFont = errors.New("not a TrueType or OpenType font")

// readFaces reads the faces of a font file: for each one that x/image can
// draw (TrueType or CFF outlines, not colour bitmaps), its character map.
// Only the headers, the cmap and (in collections) the name table are read.
func readFaces(r io.ReaderAt) (faces []faceInfo, collection bool, err error) {
	var hdr [12]byte
	if _, err := r.ReadAt(hdr[:], 0); err != nil {
		return nil, false, err
	}
	offsets := []uint32{0}
	collection = string(hdr[:4]) == "ttcf"
	if collection {
		n := binary.BigEndian.Uint32(hdr[8:])
		if n == 0 || n > maxFacesInFile {
			return nil, true, errNotFont
		}
		b := make([]byte, 4*n)
		if _, err := r.ReadAt(b, 12); err != nil {
			return nil, true, err
		}
		offsets = offsets[:0]
		for i := range n {
			offsets = append(offsets, binary.BigEndian.Uint32(b[4*i:]))
		}
	}
	cmaps := map[uint32]coverage{} // faces of a collection often share one
	for i, off := range offsets {
		tables, err := readTables(r, int64(off))
		if err != nil {
			if collection {
				continue
			}
			return nil, false, err
		}
		if _, ok := tables["CBDT"]; ok {
			continue // colour bitmaps (Noto Color Emoji)
		}
		if _, ok := tables["sbix"]; ok {
			continue // colour bitmaps (Apple Color Emoji)
		}
		if _, ok := tables["COLR"]; ok {
			continue // colour layers: the base glyphs may be empty
		}
		_, glyf := tables["glyf"]
		_, cff := tables["CFF "]
		if !glyf && !cff {
			continue // CFF2 or bitmaps only: x/image draws neither
		}
		cm, ok := tables["cmap"]
		if !ok {
			continue
		}
		cov, done := cmaps[cm.off]
		if !done {
			cov, err = readCmap(r, cm)
			if err != nil {
				continue
			}
			cmaps[cm.off] = cov
		}
		f := faceInfo{index: i, cov: cov}
		if nm, ok := tables["name"]; ok && collection {
			f.family = readFamily(r, nm)
		}
		faces = append(faces, f)
	}
	return faces, collection, nil
}

type tableLoc struct{ off, len uint32 }

func readTables(r io.ReaderAt, off int64) (map[string]tableLoc, error) {
	var hdr [12]byte
	if _, err := r.ReadAt(hdr[:], off); err != nil {
		return nil, err
	}
	switch string(hdr[:4]) {
	case "\x00\x01\x00\x00", "OTTO", "true":
	default:
		return nil, errNotFont
	}
	n := int(binary.BigEndian.Uint16(hdr[4:]))
	if n > maxTables {
		return nil, errNotFont
	}
	b := make([]byte, 16*n)
	if _, err := r.ReadAt(b, off+12); err != nil {
		return nil, err
	}
	tables := make(map[string]tableLoc, n)
	for i := range n {
		rec := b[16*i:]
		tables[string(rec[:4])] = tableLoc{binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])}
	}
	return tables, nil
}

// readCmap reads the character map x/image's sfnt would use: the widest
// Unicode subtable (full repertoire before the Basic Multilingual Plane
// only) in format 12 or 4, and returns the characters that map to a glyph
// other than .notdef.
func readCmap(r io.ReaderAt, t tableLoc) (coverage, error) {
	if t.len < 4 || t.len > maxCmapBytes {
		return nil, errNotFont
	}
	cmap := make([]byte, t.len)
	if _, err := r.ReadAt(cmap, int64(t.off)); err != nil {
		return nil, err
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	if 4+8*n > len(cmap) {
		return nil, errNotFont
	}
	bestWidth, best := 0, -1
	for i := range n {
		rec := cmap[4+8*i:]
		pid, psid := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		width := 0
		switch {
		case pid == 0 && psid == 4, pid == 3 && psid == 10:
			width = 4
		case pid == 0 && psid == 3, pid == 3 && (psid == 0 || psid == 1):
			width = 2
		}
		off := int(binary.BigEndian.Uint32(rec[4:]))
		if width <= bestWidth || off+2 > len(cmap) {
			continue
		}
		if f := binary.BigEndian.Uint16(cmap[off:]); f == 4 || f == 12 {
			bestWidth, best = width, off
		}
	}
	if best < 0 {
		return nil, errNotFont
	}
	sub := cmap[best:]
	if binary.BigEndian.Uint16(sub) == 12 {
		return cmapFormat12(sub)
	}
	return cmapFormat4(sub)
}

func cmapFormat12(b []byte) (coverage, error) {
	if len(b) < 16 {
		return nil, errNotFont
	}
	n := int(binary.BigEndian.Uint32(b[12:]))
	if n > (len(b)-16)/12 {
		return nil, errNotFont
	}
	var cov coverage
	for i := range n {
		g := b[16+12*i:]
		lo, hi := rune(binary.BigEndian.Uint32(g)), rune(binary.BigEndian.Uint32(g[4:]))
		glyph := binary.BigEndian.Uint32(g[8:])
		if glyph == 0 {
			lo++ // the first character maps to .notdef
		}
		if lo < 0 || hi > 0x10FFFF || lo > hi {
			continue
		}
		if len(cov) > 0 && lo <= cov[len(cov)-1].hi {
			return nil, errNotFont // groups must be sorted
		}
		cov = cov.add(lo, hi)
	}
	return cov, nil
}

func cmapFormat4(b []byte) (coverage, error) {
	if len(b) < 14 {
		return nil, errNotFont
	}
	segs := int(binary.BigEndian.Uint16(b[6:])) / 2
	if 16+8*segs > len(b) {
		return nil, errNotFont
	}
	u16 := func(off int) int { return int(binary.BigEndian.Uint16(b[off:])) }
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	var cov coverage
	for i := range segs {
		end, start := u16(ends+2*i), u16(starts+2*i)
		delta, ro := u16(deltas+2*i), u16(ranges+2*i)
		if start > end || (len(cov) > 0 && rune(start) <= cov[len(cov)-1].hi) {
			continue
		}
		for c := start; c <= end; c++ {
			var glyph int
			if ro == 0 {
				glyph = (c + delta) & 0xFFFF
			} else {
				at := ranges + 2*i + ro + 2*(c-start)
				if at+2 > len(b) {
					break
				}
				if glyph = u16(at); glyph != 0 {
					glyph = (glyph + delta) & 0xFFFF
				}
			}
			if glyph != 0 && c != 0xFFFF {
				cov = cov.add(rune(c), rune(c))
			}
		}
	}
	return cov, nil
}

// readFamily returns a face's family name (typographic family if there is
// one), read from the Windows Unicode names; "" if there is none.
func readFamily(r io.ReaderAt, t tableLoc) string {
	if t.len < 6 || t.len > 1<<20 {
		return ""
	}
	b := make([]byte, t.len)
	if _, err := r.ReadAt(b, int64(t.off)); err != nil {
		return ""
	}
	n, strs := int(binary.BigEndian.Uint16(b[2:])), int(binary.BigEndian.Uint16(b[4:]))
	best, bestID := "", 0
	for i := range n {
		rec := b[6+12*i:]
		if 6+12*i+12 > len(b) {
			break
		}
		pid, eid, id := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:]), int(binary.BigEndian.Uint16(rec[6:]))
		lang := binary.BigEndian.Uint16(rec[4:])
		if pid != 3 || eid != 1 || lang != 0x409 || (id != 1 && id != 16) || id < bestID {
			continue
		}
		l, o := int(binary.BigEndian.Uint16(rec[8:])), strs+int(binary.BigEndian.Uint16(rec[10:]))
		if o+l > len(b) {
			continue
		}
		u := make([]rune, 0, l/2)
		for j := 0; j+1 < l; j += 2 {
			u = append(u, rune(binary.BigEndian.Uint16(b[o+j:])))
		}
		best, bestID = string(u), id
	}
	return best
}

// cjkLang reads the CJK locale from a collection face's family, as in
// "Noto Sans CJK JP": "JP", "KR", "SC", "TC" or "HK", or "".
func cjkLang(family string) string {
	f := strings.Fields(family)
	if len(f) > 1 {
		switch l := strings.ToUpper(f[len(f)-1]); l {
		case "JP", "KR", "SC", "TC", "HK":
			return l
		}
	}
	return ""
}
