package report

import (
	"io"
	"strings"
	texttemplate "text/template"
	"unicode"

	"github.com/tiesnet/ties/graph/finding"
)

// mdText escapes text for Markdown: HTML is turned into entities (a
// Markdown renderer passes raw HTML through), the characters that make
// emphasis, code, links or table cells are backslash-escaped, and a
// character that would start a block (a heading, a list, a quote) at the
// start of the text is escaped too, so a name can neither inject markup
// nor break a table. Parentheses and "!" stay as they are: with "[" and
// "]" escaped they cannot form a link or an image.
func mdText(s string) string { return mdEscape(s, true) }

// mdCell escapes a table cell: inside a row nothing starts a block.
func mdCell(s string) string { return mdEscape(s, false) }

func mdEscape(s string, block bool) string {
	var b strings.Builder
	start := block
	digits := false
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\n', '\r':
			b.WriteByte(' ')
		case '\\', '`', '*', '_', '[', ']', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '#', '+', '-', '=':
			if start {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		case '.', ')':
			if digits {
				b.WriteByte('\\') // "1." or "1)" would start a numbered list
			}
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
		digits = (start || digits) && unicode.IsDigit(r)
		start = start && r == ' '
	}
	return b.String()
}

// Markdown writes the report in Markdown with the sections of the HTML
// (markdownTmpl); diagrams and brings pictures are linked to their files
// when Diagram.File is set, else named with a note, and the charts are
// given by the tables. Every text goes through md.
func Markdown(w io.Writer, d Data) error {
	m, err := build(d)
	if err != nil {
		return err
	}
	t, err := markdownTmpl.Clone()
	if err != nil {
		return err
	}
	t.Funcs(texttemplate.FuncMap{"t": func(code string, args ...any) string { return mdText(m.p.Text(finding.Code(code), args...)) }})
	return t.Execute(w, m)
}

// mdRow writes a table row, each cell escaped.
func mdRow(cells ...string) string {
	for k := range cells {
		cells[k] = mdCell(cells[k])
	}
	return "| " + strings.Join(cells, " | ") + " |"
}

// mdRule is a table's rule under its header: "---" for text, "--:" for
// figures, from a pattern of l and r.
func mdRule(align string) string {
	var b strings.Builder
	b.WriteString("|")
	for _, c := range align {
		if c == 'r' {
			b.WriteString(" --: |")
		} else {
			b.WriteString(" --- |")
		}
	}
	return b.String()
}

var markdownTmpl = texttemplate.Must(texttemplate.New("md").Funcs(texttemplate.FuncMap{
	"md": mdText, "cell": mdCell, "mdurl": mdURL, "row": mdRow, "rule": mdRule, "join": strings.Join,
	"inc":    func(i int) int { return i + 1 },
	"repeat": strings.Repeat,
	"rowOf": func(name string, cells []string, last string) string {
		return mdRow(append(append([]string{name}, cells...), last)...)
	},
	"cond": func(c bool, a, b string) string {
		if c {
			return a
		}
		return b
	},
	"t": func(string, ...any) string { return "" },
}).Parse(`# {{md .Title}}

*{{md .Meta}}*

## {{t "report.h.summary"}}

**{{md .Headline}}**
{{range .Summary}}
{{md .}}
{{end}}
| {{range $i, $f := .Facts}}{{if $i}} | {{end}}{{cell $f.Key}}{{end}} |
|{{range .Facts}} --: |{{end}}
| {{range $i, $f := .Facts}}{{if $i}} | {{end}}{{cell $f.Value}}{{end}} |
{{if .NextSteps}}
## {{t "report.h.next"}}
{{range .NextSteps}}
- **{{md .Verdict}}**: {{md (join .Networks ", ")}}{{with .More}} {{md .}}{{end}}. {{md .Advice}}{{end}}
{{end}}{{if .HasEvaluation}}
## {{t "report.h.evaluation"}}

| {{t "report.col.network"}} |{{range .Cols}} {{md .}} |{{end}} {{t "report.col.verdict"}} |
{{rule (print "l" (repeat "r" (len .Cols)) "l")}}
{{range .Networks}}{{rowOf (print .Name (cond .NotMember (print " (" (t "report.net.not_member") ")") "")) .Cells .Verdict}}
{{end}}
{{if .Population}}{{t "report.eval.note_population"}}{{else}}{{t "report.eval.note"}}{{end}}{{if .BringsShown}} {{t "report.eval.brings"}}{{end}}
{{with .NetworksNote}}
{{md .}}
{{end}}{{range .Networks}}
### {{md .Name}}: {{md .Verdict}}
{{with .Brings}}{{if and .File (not .Problem)}}
![{{md .Title}}]({{mdurl .File}})
{{end}}{{end}}{{range .Reasons}}
- {{md .}}{{end}}
{{end}}
## {{t "report.h.checklist"}}

### {{t "report.h.needs"}}
{{if .Checklist.NeedsMissing}}
{{t "report.needs.missing"}}
{{else}}{{range .Checklist.Needs}}
- {{md .}}{{end}}
{{end}}
### {{t "report.h.purposes"}}
{{if .Checklist.HasInfo}}
| {{t "report.col.network"}} | {{t "report.col.purpose"}} | {{t "report.col.organiser"}} | {{t "report.col.scope"}} | {{t "report.col.form"}} |
{{rule "lllll"}}
{{range .Checklist.Purposes}}{{row .Network .Purpose .Organiser .Scope .Formal}}
{{end}}{{else}}
{{t "report.purposes.none"}}
{{end}}
### {{t "report.h.goals"}}
{{if .Checklist.Goals}}
| {{t "report.col.network"}} | {{t "report.col.fit"}} | {{t "report.col.why"}} |
{{rule "lrl"}}
{{range .Checklist.Goals}}{{row .Network .Fit .Why}}
{{end}}{{else}}
{{t "report.goals.none"}}
{{end}}
### {{t "report.h.cost"}}
{{if not (or .Checklist.HasCost .Checklist.Total .Checklist.CostNote)}}
{{t "report.cost.nothing"}}
{{end}}{{if .Checklist.HasCost}}
| {{t "report.col.network"}} | {{t "report.col.hours"}} | {{t "report.col.fee"}} | {{t "report.col.score"}} | {{t "report.col.per_hour"}} | {{t "report.col.verdict"}} |
{{rule "lrrrrl"}}
{{range .Checklist.Cost}}{{row .Network .Hours .Fee .Score .ScorePerHour .Verdict}}
{{end}}{{end}}{{with .Checklist.Total}}
{{md .}}
{{end}}{{with .Checklist.CostNote}}
{{md .}}
{{end}}
## {{t "report.h.charts"}}

{{t "report.md.charts"}}
{{range .Charts}}
- **{{md .Title}}.** {{if .Figures}}{{md .Figures}}{{else}}{{md .Desc}}{{end}}{{end}}
{{end}}{{with .Contacts}}
## {{md .Heading}}

{{t "report.contacts.intro" .Population}}

{{if .Attributes}}| {{t "report.col.attribute"}} | {{t "report.col.known_for"}} | {{t "report.col.common"}} | {{t "report.col.iqv"}} |
{{rule "lllr"}}
{{range .Attributes}}{{row (print .Name (cond .Derived "*" "")) .Known .Values .IQV}}
{{end}}{{else}}{{t "report.contacts.no_values"}}
{{end}}{{with .DerivedNote}}
{{md .}}
{{end}}{{with .Concentration}}
{{md .}}
{{end}}{{if .Clusters}}
### {{t "report.h.clusters"}}

{{if .HasFunctions}}| {{t "report.col.organisation"}} | {{t "report.col.people"}} | {{t "report.col.who"}} | {{t "report.col.functions"}} |
{{rule "lrll"}}
{{range .Clusters}}{{row .Organization (print .Count) .People .Functions}}
{{end}}{{else}}| {{t "report.col.organisation"}} | {{t "report.col.people"}} | {{t "report.col.who"}} |
{{rule "lrl"}}
{{range .Clusters}}{{row .Organization (print .Count) .People}}
{{end}}{{end}}{{with .ClustersNote}}
{{md .}}
{{end}}{{end}}{{with .TimelineNote}}
### {{t "report.h.timeline"}}

{{md .}}
{{end}}{{if .TimelineRows}}{{if .TimelineByNetwork}}
| {{t "report.col.year"}} | {{t "report.col.total"}} | {{t "report.col.network"}} |
{{rule "lrl"}}
{{range .TimelineRows}}{{row .Year (print .Total) .Parts}}
{{end}}{{else}}
| {{t "report.col.year"}} | {{t "report.col.total"}} |
{{rule "lr"}}
{{range .TimelineRows}}{{row .Year (print .Total)}}
{{end}}{{end}}{{end}}{{end}}{{with .Changed}}
## {{t "report.h.changed"}}

{{md .Intro}}

{{range .Sentences}}- {{md .}}
{{end}}
| {{t "report.col.measure"}} | {{t "report.col.before"}} | {{t "report.col.after"}} |
{{rule "lrr"}}
{{range .Rows}}{{row .Measure .Before .After}}
{{end}}{{end}}{{with .GiveTake}}
## {{t "report.h.give_take"}}

{{md .Finding}}
{{if .ByType}}
| {{t "report.col.kind"}} | {{t "report.col.gave"}} | {{t "report.col.received"}} | {{t "report.col.balance"}} |
{{rule "lrrr"}}
{{range .ByType}}{{row .Type .Given .Received .Balance}}
{{end}}{{with .Total}}{{row .Type .Given .Received .Balance}}
{{end}}
{{t "report.give_take.note"}}
{{end}}{{end}}{{if .ShowBrokers}}
## {{t "report.h.brokers"}}

{{md .BrokersFinding}}
{{if .Brokers}}
| {{t "report.col.person"}} | {{t "report.col.betweenness"}} | {{t "report.col.constraint"}} | {{t "report.col.ties"}} |
{{rule "lrrr"}}
{{range .Brokers}}{{row .Person .Betweenness .Constraint .Degree}}
{{end}}{{end}}
{{md .BridgesFinding}}
{{range .Bridges}}
- {{md .}}{{end}}
{{end}}
## {{t "report.h.diversity"}}
{{with .Structure}}
{{md .}}
{{end}}{{range .Diversity}}
- **{{md .Key}}**: {{md .Value}}{{end}}
{{if not .GiveTake}}
{{md .Reciprocity}}
{{end}}{{with .TwoMode}}
{{md .}}
{{end}}{{if .Diagrams}}
## {{t "report.h.diagrams"}}
{{range .Diagrams}}{{if and .File (not .Problem)}}
![{{md .Title}}]({{mdurl .File}})

**{{md .Title}}.** {{md .Caption}}
{{else}}
- {{t "report.diagram.md_missing" .Title}}
{{end}}{{end}}{{end}}{{if .AddNext}}
## {{t "report.h.add_next"}}
{{range $i, $s := .AddNext}}
{{print (inc $i)}}. {{md $s.Text}}{{with $s.Command}} ` + "`{{.}}`" + `{{end}}{{end}}
{{end}}{{if .Glossary}}
## {{t "report.h.glossary"}}

{{t "report.glossary.intro"}}
{{range .Glossary}}
- **{{md .Name}}**: {{md .Text}} *{{md .Source}}*{{end}}
{{end}}
## {{t "report.h.methods"}}
{{range .Methods}}
- {{md .}}{{end}}
{{range .Notes}}
{{md .}}
{{end}}`))

// mdURL keeps a relative file name usable as a link target.
func mdURL(s string) string {
	r := strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E")
	return r.Replace(s)
}
