package report

import (
	"io"
	"strings"
	texttemplate "text/template"
)

// mdText escapes text for Markdown: HTML is turned into entities (a
// Markdown renderer passes raw HTML through) and Markdown's punctuation is
// backslash-escaped, so a name can neither inject markup nor break a table.
func mdText(s string) string {
	var b strings.Builder
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
		case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Markdown writes the report in Markdown with the sections of the HTML
// (markdownTmpl, beside the HTML template); diagrams are linked to their
// files when Diagram.File is set, else named with a note, and the charts
// are given by the tables. Every text goes through md.
func Markdown(w io.Writer, d Data) error {
	m, err := build(d)
	if err != nil {
		return err
	}
	return markdownTmpl.Execute(w, m)
}

// mdRow writes a table row, each cell escaped.
func mdRow(cells ...string) string {
	for k := range cells {
		cells[k] = mdText(cells[k])
	}
	return "| " + strings.Join(cells, " | ") + " |"
}

// mdHead writes a table's header and rule.
func mdHead(cells ...string) string {
	return mdRow(cells...) + "\n|" + strings.Repeat(" --- |", len(cells))
}

var markdownTmpl = texttemplate.Must(texttemplate.New("md").Funcs(texttemplate.FuncMap{
	"md": mdText, "mdurl": mdURL, "row": mdRow, "head": mdHead, "join": strings.Join,
	"inc": func(i int) int { return i + 1 },
	"cond": func(c bool, a, b string) string {
		if c {
			return a
		}
		return b
	},
}).Parse(`# {{md .Title}}

*Report by ties · {{md .Date}}{{if .Anonymized}} · names replaced by pseudonyms{{end}}*

## Does this network bring new perspectives?

**{{md .Headline}}**
{{range .Summary}}
{{md .}}
{{end}}
{{head "Figure" "Value"}}
{{range .Facts}}{{row .Key .Value}}
{{end}}{{if .NextSteps}}
## What to do next
{{range .NextSteps}}
- **{{md .Verdict}}**: {{md (join .Networks ", ")}}. {{md .Advice}}{{end}}
{{end}}{{with .Contacts}}
## Who you know

The backgrounds of {{md .Population}}: how many have each attribute, the most common values, and how evenly they spread (IQV: 0 all alike, 1 as even as the values allow).

{{head "Attribute" "Known for" "Most common" "IQV"}}
{{range .Attributes}}{{row (print .Name (cond .Derived "*" "")) .Known .Values .IQV}}
{{end}}{{with .DerivedNote}}
{{md .}}
{{end}}{{with .Concentration}}
{{md .}}
{{end}}{{if .Clusters}}
### Colleague clusters

{{head "Organisation" "People" "Who" "Functions"}}
{{range .Clusters}}{{row .Organization (print .Count) .People .Functions}}
{{end}}{{with .ClustersNote}}
{{md .}}
{{end}}{{end}}{{with .TimelineNote}}
### When your ties began

{{md .}}
{{end}}{{end}}{{with .GiveTake}}
## Give and take

{{md .Finding}}
{{if .ByType}}
{{head "Kind" "You gave" "You received" "Balance"}}
{{range .ByType}}{{row .Type .Given .Received .Balance}}
{{end}}{{end}}{{end}}{{if .HasEvaluation}}
## Välj dina nätverk med omsorg! — choose your networks with care

### 1. Know your professional needs
{{if .Checklist.NeedsMissing}}
No goals given. Write down what you need from your networks (a goals file) and run the report with --goals.
{{else}}{{range .Checklist.Needs}}
- {{md .}}{{end}}
{{end}}
### 2. Learn each network's purpose and who runs it

{{head "Network" "Purpose" "Organiser" "Scope" "Form"}}
{{range .Checklist.Purposes}}{{row .Network .Purpose .Organiser .Scope .Formal}}
{{end}}
### 3. Set goals for taking part
{{if .Checklist.Goals}}
{{head "Network" "Fit with your goals (0–1)" "Why"}}
{{range .Checklist.Goals}}{{row .Network .Fit (join .Reasons "; ")}}
{{end}}{{else}}
For each network you keep, decide what you want from it in the coming months and check it again in a year.
{{end}}
### 4. Weigh time and fees against what comes back

{{head "Network" "Hours a month" "Fee a year" "Reached only here" "Per hour" "Verdict"}}
{{range .Checklist.Cost}}{{row .Network .Hours .Fee .Score .ScorePerHour .Verdict}}
{{end}}
Your networks take **{{md .Checklist.TotalHours}}** hours a month and **{{md .Checklist.TotalFee}}** a year in fees.
{{with .Checklist.CostNote}}
{{md .}}
{{end}}
## Each network judged

{{head "Network" "Member" "Members" "Held only here" "New to you" "Their contacts" "Known" "Overlap" "Give/take" "Score" "Verdict"}}
{{range .Networks}}{{row .Name .Member .Members .Held .New .TheirContacts .Known .Overlap .Balance .Score .Verdict}}
{{end}}{{range .Networks}}
### {{md .Name}} — {{md .Verdict}}
{{range .Reasons}}
- {{md .}}{{end}}
{{end}}
## Charts

The charts of the HTML report (ties report --format html) are given here by their figures in the tables above.
{{end}}{{if .ShowBrokers}}
## Brokers and bridges

{{md .BrokersFinding}}
{{if .Brokers}}
{{head "Person" "Betweenness" "Constraint" "Contacts"}}
{{range .Brokers}}{{row .Person .Betweenness .Constraint .Degree}}
{{end}}{{end}}
{{md .BridgesFinding}}
{{range .Bridges}}
- {{md .}}{{end}}
{{end}}
## Diversity and reciprocity
{{with .Structure}}
{{md .}}
{{end}}{{range .Diversity}}
- **{{md .Key}}**: {{md .Value}}{{end}}
{{if not .GiveTake}}
{{md .Reciprocity}}
{{end}}{{with .TwoMode}}
{{md .}}
{{end}}
## Diagrams
{{range .Diagrams}}{{if and .File (not .Problem)}}
![{{md .Title}}]({{mdurl .File}})

{{md .Caption}}
{{else}}
- {{md .Title}}: not included in the Markdown report (draw it with ties render, or see the HTML report).
{{end}}{{else}}
The diagrams are in the HTML report (ties report --format html), or draw them with ties render.
{{end}}{{range .Notes}}
{{md .}}
{{end}}{{if .AddNext}}
## What to add next
{{range $i, $s := .AddNext}}
{{print (inc $i)}}. {{md $s.Text}}{{with $s.Command}} ` + "`{{.}}`" + `{{end}}{{end}}
{{end}}`))

// mdURL keeps a relative file name usable as a link target.
func mdURL(s string) string {
	r := strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E")
	return r.Replace(s)
}
