package report

import (
	"fmt"
	"io"
	"strings"
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

// Markdown writes the report in Markdown, with the sections of the HTML;
// diagrams are linked to their files when Diagram.File is set, else left
// out with a note, and the charts are given as tables.
func Markdown(w io.Writer, d Data) error {
	m, err := build(d)
	if err != nil {
		return err
	}
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	row := func(cells ...string) {
		for k := range cells {
			cells[k] = mdText(cells[k])
		}
		p("| %s |\n", strings.Join(cells, " | "))
	}
	head := func(cells ...string) {
		row(cells...)
		p("|%s\n", strings.Repeat(" --- |", len(cells)))
	}
	p("# %s\n\n", mdText(m.Title))
	p("*Report by ties · %s%s*\n\n", mdText(m.Date), map[bool]string{true: " · names replaced by pseudonyms", false: ""}[m.Anonymized])
	p("## Does this network bring new perspectives?\n\n**%s**\n\n", mdText(m.Headline))
	for _, s := range m.Summary {
		p("%s\n\n", mdText(s))
	}
	head("Figure", "Value")
	for _, f := range m.Facts {
		row(f.Key, f.Value)
	}
	p("\n## What to do next\n\n")
	for _, s := range m.NextSteps {
		p("- **%s**: %s. %s\n", mdText(s.Verdict), mdText(strings.Join(s.Networks, ", ")), mdText(s.Advice))
	}
	p("\n## Välj dina nätverk med omsorg! — choose your networks with care\n\n### 1. Know your professional needs\n\n")
	if m.Checklist.NeedsMissing {
		p("No goals given. Write down what you need from your networks (a goals file) and run the report with --goals.\n\n")
	} else {
		for _, n := range m.Checklist.Needs {
			p("- %s\n", mdText(n))
		}
		p("\n")
	}
	p("### 2. Learn each network's purpose and who runs it\n\n")
	head("Network", "Purpose", "Organiser", "Scope", "Form")
	for _, r := range m.Checklist.Purposes {
		row(r.Network, r.Purpose, r.Organiser, r.Scope, r.Formal)
	}
	p("\n### 3. Set goals for taking part\n\n")
	if len(m.Checklist.Goals) > 0 {
		head("Network", "Fit with your goals (0–1)", "Why")
		for _, g := range m.Checklist.Goals {
			row(g.Network, g.Fit, strings.Join(g.Reasons, "; "))
		}
	} else {
		p("For each network you keep, decide what you want from it in the coming months and check it again in a year.\n")
	}
	p("\n### 4. Weigh time and fees against what comes back\n\n")
	head("Network", "Hours a month", "Fee a year", "Reached only here", "Per hour", "Verdict")
	for _, c := range m.Checklist.Cost {
		row(c.Network, c.Hours, c.Fee, c.Score, c.ScorePerHour, c.Verdict)
	}
	if m.HasEvaluation {
		p("\nYour networks take **%s** hours a month and **%s** a year in fees.\n", mdText(m.Checklist.TotalHours), mdText(m.Checklist.TotalFee))
	}
	if m.Checklist.CostNote != "" {
		p("\n%s\n", mdText(m.Checklist.CostNote))
	}
	p("\n## Each network judged\n\n")
	if m.HasEvaluation {
		head("Network", "Member", "Members", "Held only here", "New to you", "Their contacts", "Known", "Overlap", "Give/take", "Score", "Verdict")
		for _, n := range m.Networks {
			row(n.Name, n.Member, n.Members, n.Held, n.New, n.TheirContacts, n.Known, n.Overlap, n.Balance, n.Score, n.Verdict)
		}
		for _, n := range m.Networks {
			p("\n### %s — %s\n\n", mdText(n.Name), mdText(n.Verdict))
			for _, r := range n.Reasons {
				p("- %s\n", mdText(r))
			}
		}
	} else {
		p("No networks to judge.\n")
	}
	p("\n## Charts\n\nThe charts of the HTML report (ties report --format html) are given here by their figures in the tables above.\n")
	p("\n## Brokers and bridges\n\n%s\n\n", mdText(m.BrokersFinding))
	if len(m.Brokers) > 0 {
		head("Person", "Betweenness", "Constraint", "Contacts")
		for _, r := range m.Brokers {
			row(r.Person, r.Betweenness, r.Constraint, r.Degree)
		}
	}
	p("\n%s\n\n", mdText(m.BridgesFinding))
	for _, s := range m.Bridges {
		p("- %s\n", mdText(s))
	}
	p("\n## Diversity and reciprocity\n\n")
	if m.Structure != "" {
		p("%s\n\n", mdText(m.Structure))
	}
	for _, d := range m.Diversity {
		p("- **%s**: %s\n", mdText(d.Key), mdText(d.Value))
	}
	p("\n%s\n\n", mdText(m.Reciprocity))
	if m.TwoMode != "" {
		p("%s\n\n", mdText(m.TwoMode))
	}
	p("## Diagrams\n\n")
	for _, d := range m.Diagrams {
		if d.File != "" && d.Problem == "" {
			p("![%s](%s)\n\n%s\n\n", mdText(d.Title), mdURL(d.File), mdText(d.Caption))
		} else {
			p("- %s: not included in the Markdown report (draw it with ties render, or see the HTML report).\n", mdText(d.Title))
		}
	}
	if len(m.Diagrams) == 0 {
		p("The diagrams are in the HTML report (ties report --format html), or draw them with ties render.\n")
	}
	for _, n := range m.Notes {
		p("\n%s\n", mdText(n))
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// mdURL keeps a relative file name usable as a link target.
func mdURL(s string) string {
	r := strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E")
	return r.Replace(s)
}
