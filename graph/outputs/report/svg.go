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

// prefixIDs gives every id of one SVG picture the prefix p ("d1-") and
// rewrites the references to them (href="#x", xlink:href="#x", url(#x),
// aria-labelledby and aria-describedby), so that several pictures inlined
// in one page never share an element id (Graphviz numbers "graph0",
// "node1", "edge1" in every picture alike). It reads the markup safeSVG
// has checked: tags and attributes are found by a scanner that honours
// quoted values, so text between tags is never touched.
func prefixIDs(svg, p string) string { return rewriteSVG(svg, p, false) }

// graphvizTitle is a <title> element as Graphviz writes one per picture,
// node, edge and cluster (its text escaped, no markup inside).
var graphvizTitle = regexp.MustCompile(`(?s)<title>[^<]*</title>`)

// diagramSVG prepares a picture of ties render for the report: ids
// prefixed (prefixIDs), and its hover texts dropped (the <title> elements
// and title attributes): they name people by id and give figures at other
// precisions than the report's, and a document handed to a client shows
// every name and figure in the open, once.
func diagramSVG(svg, p string) string {
	return rewriteSVG(graphvizTitle.ReplaceAllString(svg, ""), p, true)
}

func rewriteSVG(svg, p string, dropTitles bool) string {
	var b strings.Builder
	b.Grow(len(svg) + len(svg)/20)
	for i := 0; i < len(svg); {
		lt := strings.IndexByte(svg[i:], '<')
		if lt < 0 {
			b.WriteString(svg[i:])
			break
		}
		b.WriteString(svg[i : i+lt])
		i += lt
		switch {
		case strings.HasPrefix(svg[i:], "<![CDATA["):
			end := strings.Index(svg[i:], "]]>")
			if end < 0 {
				b.WriteString(svg[i:])
				return b.String()
			}
			b.WriteString(svg[i : i+end+3])
			i += end + 3
			continue
		case strings.HasPrefix(svg[i:], "</"), strings.HasPrefix(svg[i:], "<!"), strings.HasPrefix(svg[i:], "<?"):
			end := strings.IndexByte(svg[i:], '>')
			if end < 0 {
				b.WriteString(svg[i:])
				return b.String()
			}
			b.WriteString(svg[i : i+end+1])
			i += end + 1
			continue
		}
		i = prefixTag(&b, svg, i, p, dropTitles)
	}
	return b.String()
}

// prefixTag copies the start tag at svg[i] ('<') with its attributes
// rewritten, and returns the index after it.
func prefixTag(b *strings.Builder, svg string, i int, p string, dropTitles bool) int {
	j := i + 1
	for j < len(svg) && !isSpace(svg[j]) && svg[j] != '>' && svg[j] != '/' {
		j++
	}
	b.WriteString(svg[i:j])
	for j < len(svg) {
		// Space, or the end of the tag.
		k := j
		for k < len(svg) && isSpace(svg[k]) {
			k++
		}
		b.WriteString(svg[j:k])
		j = k
		if j >= len(svg) {
			break
		}
		if svg[j] == '>' {
			b.WriteByte('>')
			return j + 1
		}
		if svg[j] == '/' {
			b.WriteByte('/')
			j++
			continue
		}
		// An attribute: name = "value".
		k = j
		for k < len(svg) && svg[k] != '=' && !isSpace(svg[k]) && svg[k] != '>' && svg[k] != '/' {
			k++
		}
		name := svg[j:k]
		local := strings.ToLower(name)
		if c := strings.LastIndexByte(local, ':'); c >= 0 {
			local = local[c+1:]
		}
		drop := dropTitles && local == "title"
		if !drop {
			b.WriteString(name)
		}
		j = k
		for j < len(svg) && isSpace(svg[j]) {
			j++
		}
		if j >= len(svg) || svg[j] != '=' {
			continue
		}
		if !drop {
			b.WriteByte('=')
		}
		j++
		for j < len(svg) && isSpace(svg[j]) {
			j++
		}
		if j >= len(svg) {
			break
		}
		q := svg[j]
		if q != '"' && q != '\'' {
			continue
		}
		end := strings.IndexByte(svg[j+1:], q)
		if end < 0 {
			b.WriteString(svg[j:])
			return len(svg)
		}
		value := svg[j+1 : j+1+end]
		if !drop {
			b.WriteByte(q)
			b.WriteString(prefixValue(name, value, p))
			b.WriteByte(q)
		}
		j += end + 2
	}
	return j
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// prefixValue rewrites one attribute's value.
func prefixValue(name, value, p string) string {
	local := strings.ToLower(name)
	if k := strings.LastIndexByte(local, ':'); k >= 0 {
		local = local[k+1:]
	}
	switch local {
	case "id":
		if value != "" {
			return p + value
		}
	case "href":
		if strings.HasPrefix(value, "#") && len(value) > 1 {
			return "#" + p + value[1:]
		}
	case "aria-labelledby", "aria-describedby":
		f := strings.Fields(value)
		for k := range f {
			f[k] = p + f[k]
		}
		return strings.Join(f, " ")
	}
	if strings.Contains(value, "url(#") {
		return strings.ReplaceAll(value, "url(#", "url(#"+p)
	}
	return value
}

// esc escapes text for our own SVG charts.
func esc(s string) string {
	var b bytes.Buffer
	template.HTMLEscape(&b, []byte(s))
	return b.String()
}
