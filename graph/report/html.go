package report

import (
	"html/template"
	"io"
)

// HTML writes the report as one self-contained HTML page.
func HTML(w io.Writer, d Data) error {
	m, err := build(d)
	if err != nil {
		return err
	}
	return pageTmpl.Execute(w, m)
}

var pageTmpl = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{{.Title}}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1a1a1a;background:#f6f6f4;margin:0;line-height:1.5}
main{max-width:1000px;margin:0 auto;padding:24px}
section{background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.12);padding:20px 28px;margin:0 0 24px}
h1{font-size:1.9em;margin:.2em 0}h2{border-bottom:2px solid #0072B2;padding-bottom:4px}
.meta{color:#555}.headline{font-size:1.35em;font-weight:600;margin:.6em 0}
table{border-collapse:collapse;width:100%;font-size:.92em;margin:.5em 0}
th,td{border-bottom:1px solid #ddd;padding:5px 6px;text-align:left;vertical-align:top}
th{background:#eef3f8}td.n{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#000;font-weight:600;white-space:nowrap;border:1px solid #333}
.step{border-left:6px solid #999;padding:4px 12px;margin:10px 0}
.check li{margin:.4em 0}.check h3{margin-bottom:.2em}
svg{max-width:100%;height:auto}svg.chart .lbl{font-size:13px;fill:#1a1a1a}svg.chart .val{font-size:12px;fill:#333}svg.chart .pt{font-size:11px;font-weight:700;fill:#000}
figure{margin:16px 0;page-break-inside:avoid;break-inside:avoid}figcaption{color:#444;font-size:.92em}
.note{color:#555;font-size:.9em}.warn{color:#8a4b00}
.wide{overflow-x:auto}
@media print{body{background:#fff}main{max-width:none;padding:0}section{box-shadow:none;border-radius:0;padding:0;margin:0 0 12px;page-break-after:always;break-after:page}section:last-child{page-break-after:auto;break-after:auto}table,figure,.step,tr{page-break-inside:avoid;break-inside:avoid}a{color:inherit;text-decoration:none}.wide{overflow:visible!important}.wide table{font-size:.66em!important;width:100%;table-layout:fixed;word-wrap:break-word}.wide .badge{white-space:normal;display:inline-block;max-width:100%}}
</style>
</head>
<body>
<main>
<section id="summary">
<h1>{{.Title}}</h1>
<p class="meta">Report by ties · {{.Date}}{{if .Anonymized}} · names replaced by pseudonyms{{end}}</p>
<h2>Does this network bring new perspectives?</h2>
<p class="headline">{{.Headline}}</p>
{{range .Summary}}<p>{{.}}</p>
{{end}}
<table><tbody>{{range .Facts}}<tr><th scope="row">{{.Key}}</th><td class="n">{{.Value}}</td></tr>{{end}}</tbody></table>
</section>

{{if .NextSteps}}<section id="next">
<h2>What to do next</h2>
{{range .NextSteps}}<div class="step" style="border-left-color:{{.Color}}"><p><span class="badge" style="background:{{.Color}}">{{.Verdict}}</span> {{range $i, $n := .Networks}}{{if $i}}, {{end}}<strong>{{$n}}</strong>{{end}}</p><p>{{.Advice}}</p></div>
{{end}}
</section>
{{end}}
{{with .Contacts}}<section id="contacts">
<h2>Who you know</h2>
<p>The backgrounds of {{.Population}}: how many have each attribute, the most common values, and how evenly they spread (IQV: 0 all alike, 1 as even as the values allow).</p>
<table><thead><tr><th>Attribute</th><th>Known for</th><th>Most common</th><th>IQV</th></tr></thead><tbody>
{{range .Attributes}}<tr><td>{{.Name}}{{if .Derived}}*{{end}}</td><td>{{.Known}}</td><td>{{.Values}}</td><td class="n">{{.IQV}}</td></tr>{{end}}
</tbody></table>
{{with .DerivedNote}}<p class="note">{{.}}</p>{{end}}
{{with .Concentration}}<p>{{.}}</p>{{end}}
{{if .Clusters}}<h3>Colleague clusters</h3>
<table><thead><tr><th>Organisation</th><th>People</th><th>Who</th><th>Functions</th></tr></thead><tbody>
{{range .Clusters}}<tr><td>{{.Organization}}</td><td class="n">{{.Count}}</td><td>{{.People}}</td><td>{{.Functions}}</td></tr>{{end}}
</tbody></table>{{with .ClustersNote}}<p class="note">{{.}}</p>{{end}}{{end}}
{{with .Timeline}}<h3>When your ties began</h3><figure>{{.SVG}}<figcaption><strong>{{.Title}}.</strong> {{.Desc}}</figcaption></figure>{{end}}
{{with .TimelineNote}}<p>{{.}}</p>{{end}}
</section>
{{end}}
{{with .GiveTake}}<section id="give-take">
<h2>Give and take</h2>
<p>{{.Finding}}</p>
{{if .ByType}}<table><thead><tr><th>Kind</th><th>You gave</th><th>You received</th><th>Balance</th></tr></thead><tbody>
{{range .ByType}}<tr><td>{{.Type}}</td><td class="n">{{.Given}}</td><td class="n">{{.Received}}</td><td class="n">{{.Balance}}</td></tr>{{end}}
</tbody></table>
<p class="note">Balance: (given − received) / (given + received); +1 you only give, −1 you only receive. A message counts from its sender to each recipient, an endorsement or a recommendation from its author.</p>{{end}}
</section>
{{end}}
{{if .HasEvaluation}}<section id="checklist">
<h2>Välj dina nätverk med omsorg! — choose your networks with care</h2>
<div class="check">
<h3>1. Know your professional needs</h3>
{{if .Checklist.NeedsMissing}}<p class="warn">No goals given. Write down what you need from your networks (a goals file: more diversity in an attribute, contacts in a profession, at most so many hours and so much in fees) and run the report with --goals.</p>
{{else}}<ul>{{range .Checklist.Needs}}<li>{{.}}</li>{{end}}</ul>{{end}}
<h3>2. Learn each network's purpose and who runs it</h3>
<table><thead><tr><th>Network</th><th>Purpose</th><th>Organiser</th><th>Scope</th><th>Form</th></tr></thead><tbody>
{{range .Checklist.Purposes}}<tr><td>{{.Network}}</td><td>{{.Purpose}}</td><td>{{.Organiser}}</td><td>{{.Scope}}</td><td>{{.Formal}}</td></tr>{{end}}
</tbody></table>
<h3>3. Set goals for taking part</h3>
{{if .Checklist.Goals}}<table><thead><tr><th>Network</th><th>Fit with your goals (0–1)</th><th>Why</th></tr></thead><tbody>
{{range .Checklist.Goals}}<tr><td>{{.Network}}</td><td class="n">{{.Fit}}</td><td>{{range .Reasons}}{{.}}<br>{{end}}</td></tr>{{end}}
</tbody></table>{{else}}<p>For each network you keep, decide what you want from it in the coming months (people to meet, a role to take, knowledge to bring and to get) and check it again in a year.</p>{{end}}
<h3>4. Weigh time and fees against what comes back</h3>
<table><thead><tr><th>Network</th><th>Hours a month</th><th>Fee a year</th><th>Reached only here</th><th>Per hour</th><th>Verdict</th></tr></thead><tbody>
{{range .Checklist.Cost}}<tr><td>{{.Network}}</td><td class="n">{{.Hours}}</td><td class="n">{{.Fee}}</td><td class="n">{{.Score}}</td><td class="n">{{.ScorePerHour}}</td><td>{{.Verdict}}</td></tr>{{end}}
</tbody></table>
<p>Your networks take <strong>{{.Checklist.TotalHours}}</strong> hours a month and <strong>{{.Checklist.TotalFee}}</strong> a year in fees.</p>
{{with .Checklist.CostNote}}<p class="note">{{.}}</p>{{end}}
</div>
</section>

<section id="evaluation">
<h2>Each network judged</h2>
<div class="wide"><table style="font-size:.82em"><thead><tr><th>Network</th><th>You a member</th><th>Members</th><th>Held only here</th><th>New to you</th><th>Their contacts</th><th>Known</th><th>Overlap</th><th>Give/take</th><th>Score</th><th>Verdict</th></tr></thead><tbody>
{{range .Networks}}<tr><td>{{.Name}}</td><td>{{.Member}}</td><td class="n">{{.Members}}</td><td class="n">{{.Held}}</td><td class="n">{{.New}}</td><td class="n">{{.TheirContacts}}</td><td class="n">{{.Known}}</td><td class="n">{{.Overlap}}</td><td class="n">{{.Balance}}</td><td class="n">{{.Score}}</td><td><span class="badge" style="background:{{.Color}}">{{.Verdict}}</span></td></tr>{{end}}
</tbody></table></div>
<p class="note">Held only here: your contacts tied to you only through the network. New to you: members you do not know and do not meet in your other networks. Their contacts: people two steps away you reach only through it. Known: the share of members who are your contacts. Overlap: the largest share of members shared with another of your networks (Jaccard, 0–1). Give/take: +1 you only give, −1 you only receive. Score: held + new + their contacts, the people you reach only through it.</p>
{{range .Networks}}<h3>{{.Name}} — {{.Verdict}}</h3><ul>{{range .Reasons}}<li>{{.}}</li>{{end}}</ul>{{end}}
</section>
{{end}}
<section id="charts">
<h2>Charts</h2>
{{range .Charts}}<figure>{{.SVG}}<figcaption><strong>{{.Title}}.</strong> {{.Desc}}</figcaption></figure>
{{end}}
</section>

{{if .ShowBrokers}}<section id="brokers">
<h2>Brokers and bridges</h2>
<p>{{.BrokersFinding}}</p>
{{if .Brokers}}<table><thead><tr><th>Person</th><th>Betweenness</th><th>Constraint</th><th>Contacts</th></tr></thead><tbody>
{{range .Brokers}}<tr><td>{{.Person}}</td><td class="n">{{.Betweenness}}</td><td class="n">{{.Constraint}}</td><td class="n">{{.Degree}}</td></tr>{{end}}
</tbody></table>{{end}}
<p>{{.BridgesFinding}}</p>
{{if .Bridges}}<ul>{{range .Bridges}}<li>{{.}}</li>{{end}}</ul>{{end}}
</section>
{{end}}

<section id="diversity">
<h2>Diversity and reciprocity</h2>
{{with .Structure}}<p>{{.}}</p>{{end}}
<ul>{{range .Diversity}}<li><strong>{{.Key}}:</strong> {{.Value}}</li>{{end}}</ul>
{{if not .GiveTake}}<p>{{.Reciprocity}}</p>{{end}}
{{with .TwoMode}}<p>{{.}}</p>{{end}}
</section>

<section id="diagrams">
<h2>Diagrams</h2>
{{range .Diagrams}}<figure>{{if .Problem}}<p class="warn">{{.Problem}}</p>{{else}}{{.SVG}}{{end}}<figcaption><strong>{{.Title}}.</strong> {{.Caption}}</figcaption></figure>
{{else}}<p class="note">No diagrams.</p>{{end}}
{{range .Notes}}<p class="note">{{.}}</p>{{end}}
{{if .AddNext}}</section>
<section id="add-next">
<h2>What to add next</h2>
<ol>{{range .AddNext}}<li>{{.Text}}{{with .Command}}<br><code>{{.}}</code>{{end}}</li>{{end}}</ol>{{end}}
<p class="note">Made with ties. The figures and the verdicts are explained in its documentation (docs/evaluate.md, docs/analyze.md).</p>
</section>
</main>
</body>
</html>
`))
