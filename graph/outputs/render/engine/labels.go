package engine

import (
	"bytes"
	"unicode/utf8"
)

// capLabels cuts every line longer than maxLabelRunes in the quoted
// label, xlabel, headlabel and taillabel values of DOT text to that many
// characters, the last an ellipsis, as the rasteriser draws them: so that
// Graphviz sizes nodes for the text a PNG shows. Without it a
// 100 000-character label laid a node out 1.4 million points wide, and the
// picture scaled into MaxPixels was 3 984 pixels wide and 0 high. It
// returns dot itself when nothing is cut (one pass over the bytes, no
// allocation).
//
// It reads DOT's lexical structure only: comments, quoted strings with
// their escapes, HTML strings (<…>, left alone: their text is cut when
// drawn) and the attribute name before "=". Record labels (with |, { or })
// are left alone too, since a cut could unbalance them.
func capLabels(dot []byte) []byte {
	var out []byte
	copied := 0
	var key []byte // the identifier or quoted string before "="
	afterEq := false
	for i := 0; i < len(dot); {
		c := dot[i]
		switch {
		case c == '"':
			j := i + 1
			for j < len(dot) && dot[j] != '"' {
				if dot[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j, len(dot))
			content := dot[i+1 : j]
			if afterEq && isLabelKey(key) {
				if cut, ok := capLabel(content); ok {
					out = append(out, dot[copied:i+1]...)
					out = append(out, cut...)
					copied = j
				}
				key, afterEq = nil, false
			} else {
				key, afterEq = content, false
			}
			i = j + 1
		case c == '<':
			depth := 0
			for ; i < len(dot); i++ {
				if dot[i] == '<' {
					depth++
				} else if dot[i] == '>' {
					if depth--; depth == 0 {
						break
					}
				}
			}
			i++
			key, afterEq = nil, false
		case c == '/' && i+1 < len(dot) && dot[i+1] == '/', c == '#' && (i == 0 || dot[i-1] == '\n'):
			for i < len(dot) && dot[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(dot) && dot[i+1] == '*':
			end := bytes.Index(dot[i+2:], []byte("*/"))
			if end < 0 {
				i = len(dot)
			} else {
				i += 2 + end + 2
			}
		case c == '=':
			afterEq = key != nil
			i++
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '_' || c == '.' || c == '-' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80:
			j := i
			for j < len(dot) && (dot[j] == '_' || dot[j] == '.' || dot[j] == '-' || dot[j] >= '0' && dot[j] <= '9' ||
				dot[j] >= 'A' && dot[j] <= 'Z' || dot[j] >= 'a' && dot[j] <= 'z' || dot[j] >= 0x80) {
				j++
			}
			key, afterEq = dot[i:j], false
			i = j
		default:
			key, afterEq = nil, false
			i++
		}
	}
	if out == nil {
		return dot
	}
	return append(out, dot[copied:]...)
}

func isLabelKey(k []byte) bool {
	switch string(k) {
	case "label", "xlabel", "headlabel", "taillabel":
		return true
	}
	return false
}

// capLabel cuts the lines (separated by the escapes \n, \l and \r) of a
// quoted label's content that are longer than maxLabelRunes; an escape
// counts as one character. ok is false when nothing was cut.
func capLabel(s []byte) (cut []byte, ok bool) {
	if len(s) <= maxLabelRunes || bytes.ContainsAny(s, "{}|") {
		return nil, false // short in bytes, so short in characters; or a record
	}
	// unit returns the length in bytes of the character or escape at i,
	// and whether it ends a line.
	unit := func(i int) (n int, eol bool) {
		if s[i] == '\\' && i+1 < len(s) {
			_, m := utf8.DecodeRune(s[i+1:])
			return 1 + m, s[i+1] == 'n' || s[i+1] == 'l' || s[i+1] == 'r'
		}
		_, m := utf8.DecodeRune(s[i:])
		return m, false
	}
	var out []byte
	for i := 0; i < len(s); {
		// One line: find where it ends and where its cut would be.
		start, keep, count := i, -1, 0
		for i < len(s) {
			n, eol := unit(i)
			if eol {
				break
			}
			if count == maxLabelRunes-1 {
				keep = i
			}
			count++
			i += n
		}
		if count > maxLabelRunes {
			out = append(out, s[start:keep]...)
			out = append(out, "…"...)
			ok = true
		} else {
			out = append(out, s[start:i]...)
		}
		if i < len(s) { // the line break escape
			n, _ := unit(i)
			out = append(out, s[i:i+n]...)
			i += n
		}
	}
	return out, ok
}
