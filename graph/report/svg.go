package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"strings"
)

var (
	scriptElem = regexp.MustCompile(`(?is)<script\b.*?(</script\s*>|$)`)
	prolog     = regexp.MustCompile(`(?s)<\?xml.*?\?>`)
	doctype    = regexp.MustCompile(`(?s)<!DOCTYPE[^>\[]*(\[[^\]]*\])?\s*>`)
	comment    = regexp.MustCompile(`(?s)<!--.*?-->`)
)

// safeSVG checks a diagram before it is embedded: Graphviz escapes the text
// it writes, but the SVG goes into the page as markup, so <script> elements
// are stripped, the XML prolog, DOCTYPE (which names a URL) and comments
// dropped, and the rest must parse as XML with a single <svg> root, no
// event-handler attributes, no foreignObject and no link that leaves the
// page. Only then is it marked as trusted HTML.
func safeSVG(b []byte) (template.HTML, error) {
	s := string(b)
	for {
		t := scriptElem.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = t
	}
	s = prolog.ReplaceAllString(s, "")
	s = doctype.ReplaceAllString(s, "")
	s = comment.ReplaceAllString(s, "")
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "<svg") {
		return "", errors.New("not an SVG picture")
	}
	dec := xml.NewDecoder(strings.NewReader(s))
	dec.Strict = true
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("the SVG does not parse as XML: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				if t.Name.Local != "svg" {
					return "", errors.New("not an SVG picture")
				}
			}
			depth++
			switch strings.ToLower(t.Name.Local) {
			case "script", "foreignobject", "iframe", "object", "embed", "image", "use", "animate", "set", "style":
				if strings.ToLower(t.Name.Local) != "style" {
					return "", fmt.Errorf("the SVG holds a <%s> element", t.Name.Local)
				}
			}
			for _, a := range t.Attr {
				name := strings.ToLower(a.Name.Local)
				if strings.HasPrefix(name, "on") {
					return "", fmt.Errorf("the SVG holds an event handler (%s)", a.Name.Local)
				}
				if name == "href" || name == "src" {
					v := strings.TrimSpace(a.Value)
					if v != "" && !strings.HasPrefix(v, "#") {
						return "", errors.New("the SVG links outside the page")
					}
				}
				if strings.Contains(strings.ToLower(a.Value), "url(") && !strings.Contains(a.Value, "url(#") {
					return "", errors.New("the SVG refers to an outside resource")
				}
			}
		case xml.EndElement:
			depth--
		case xml.Directive, xml.ProcInst:
			return "", errors.New("the SVG holds an XML directive")
		}
	}
	if roots != 1 || depth != 0 {
		return "", errors.New("not a single SVG picture")
	}
	// Graphviz writes fixed sizes in pt; the page's CSS scales them.
	return template.HTML(s), nil
}

// esc escapes text for our own SVG charts.
func esc(s string) string {
	var b bytes.Buffer
	template.HTMLEscape(&b, []byte(s))
	return b.String()
}
