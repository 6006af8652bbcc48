package report

import (
	"html/template"
	"io"

	"github.com/tiesnet/ties/graph/finding"
)

// HTML writes the report as one self-contained HTML page.
func HTML(w io.Writer, d Data) error {
	m, err := build(d)
	if err != nil {
		return err
	}
	t, err := pageTmpl.Clone()
	if err != nil {
		return err
	}
	t.Funcs(template.FuncMap{"t": func(code string, args ...any) string { return m.p.Text(finding.Code(code), args...) }})
	return t.Execute(w, m)
}

// pageCSS is the page's style. Tables fit their column at any width: the
// table lays out automatically, a name wraps (anywhere, if one word is
// longer than the column), a header wraps between words only (hyphens:
// manual: no hyphen is invented) and a number or a verdict badge never
// wraps. Text wraps anywhere too (p, li, dt, dd, figcaption, the meta
// line): a name or a network's name of one long word (a thousand letters
// without a space) breaks inside its section instead of running past it.
// Print: A4, no forced page breaks; a heading stays with what
// follows it, a figure with its caption, a table row and a step whole.
const pageCSS = `
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a;background:#f6f6f4;margin:0;line-height:1.45}
main{max-width:1040px;margin:0 auto;padding:24px}
header{margin:8px 0 20px}
section{background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.12);padding:18px 28px;margin:0 0 22px}
h1{font-size:1.8em;line-height:1.2;margin:.2em 0}
h2{font-size:1.35em;border-bottom:2px solid #0072B2;padding-bottom:3px;margin:.3em 0 .6em}
h3{font-size:1.1em;margin:1.1em 0 .4em}
h1,h2,h3,th{overflow-wrap:break-word;hyphens:manual}
p,li,dt,dd,figcaption,.meta{overflow-wrap:anywhere}
.meta{color:#555;margin:0}
.headline{font-size:1.3em;font-weight:600;margin:.4em 0 .6em}
p{margin:.45em 0}
table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0}
th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef3f8;font-weight:600;word-break:normal;overflow-wrap:normal}
td{overflow-wrap:anywhere}
.n{text-align:right;font-variant-numeric:tabular-nums}
td.n{white-space:nowrap}
td.name{width:30%}td.name a{color:inherit}
.sub{display:block;color:#666;font-size:.88em}
.badge{display:inline-block;white-space:nowrap;padding:0 .55em;border-radius:1em;color:#000;font-weight:600;font-size:.92em;border:1px solid #444;line-height:1.5}
table.facts{table-layout:fixed}table.facts th,table.facts td{text-align:center}
table.verdicts{font-size:.86em}
.step{border-left:6px solid #999;padding:2px 12px;margin:8px 0}
.step p{margin:.25em 0}
.net{margin:1em 0 0;border-top:1px solid #e3e3e3;padding-top:.2em}
.net::after{content:"";display:block;clear:both}
.net h3 .badge{margin-left:.3em;vertical-align:1px}
ul{padding-left:1.3em;margin:.4em 0}
li{margin:.12em 0}
.reasons{font-size:.95em}
figure{margin:12px 0;break-inside:avoid;page-break-inside:avoid}
figcaption{color:#444;font-size:.9em;margin-top:4px}
figure.brings{float:right;width:270px;max-width:42%;margin:4px 0 8px 18px;border:1px solid #e3e3e3;border-radius:6px;padding:6px}
figure.brings svg{display:block;width:100%;height:auto}
figure.diagram svg{display:block;width:100%;height:auto;max-height:1100px}
svg{max-width:100%;height:auto}
svg.chart{display:block}svg.chart .lbl{font-size:13px;fill:#1a1a1a}svg.chart .val{font-size:12px;fill:#333}svg.chart .pt{font-size:11px;font-weight:700;fill:#000}
.note{color:#555;font-size:.9em}.warn{color:#8a4b00}
.glossary{margin:.4em 0;columns:2 24em;column-gap:28px}
.glossary div{margin:0 0 .55em;break-inside:avoid;page-break-inside:avoid}
.glossary dt{font-weight:600}
.glossary dd{margin:0 0 0 1em}
.src{color:#555;font-style:italic}
code{font-size:.9em;overflow-wrap:anywhere}
@page{size:A4;margin:12mm 12mm 13mm}
@media print{
body{background:#fff;font-size:9pt;line-height:1.33}
main{max-width:none;padding:0}
header{margin:0 0 4mm}
section{box-shadow:none;border-radius:0;padding:0;margin:0 0 5mm;background:none}
h1{font-size:18pt}h2{font-size:13pt;margin-top:2mm}h3{font-size:10.5pt;margin:3mm 0 1mm}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
h2+*,h3+*{break-before:avoid;page-break-before:avoid}
tr,.step,li,figure,.glossary div,table.facts{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
table{font-size:.92em}table.verdicts{font-size:.84em}
.reasons{font-size:.93em}li{margin:.05em 0}
figure.brings{width:58mm;padding:1mm}
table.keep,table.facts{break-inside:avoid;page-break-inside:avoid}
.figs{display:grid;grid-template-columns:1fr 1fr;column-gap:6mm;align-items:start}
.figs figure{margin:0 0 4mm}
figure.diagram svg{max-height:78mm}
svg.chart{max-height:80mm;width:auto;max-width:100%}
.glossary{columns:3;column-gap:6mm;font-size:.9em;break-before:avoid;page-break-before:avoid}
.repeats{display:none}
}
`

// noWords stands for the catalog at parse time; each report binds its own.
var noWords = template.FuncMap{"t": func(string, ...any) string { return "" }}

var pageTmpl = template.Must(template.New("page").Funcs(noWords).Parse(`<!DOCTYPE html>
<html lang="{{t "report.lang"}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ` + interactiveHash + `">
<title>{{.Title}}</title>
<style>` + pageCSS + interactiveCSS + `</style>
</head>
<body>
<main>
<header id="top">
<h1>{{.Title}}</h1>
<p class="meta">{{.Meta}}</p>
</header>

<section id="summary">
<h2>{{t "report.h.summary"}}</h2>
<p class="headline">{{.Headline}}</p>
{{range .Summary}}<p>{{.}}</p>
{{end}}<table class="facts"><thead><tr>{{range .Facts}}<th scope="col">{{.Key}}</th>{{end}}</tr></thead><tbody><tr>{{range .Facts}}<td>{{.Value}}</td>{{end}}</tr></tbody></table>
</section>
{{if .NextSteps}}
<section id="next">
<h2>{{t "report.h.next"}}</h2>
{{range .NextSteps}}<div class="step" style="border-left-color:{{.Color}}"><p><span class="badge" style="background:{{.Color}}">{{.Verdict}}</span> {{range $i, $n := .Networks}}{{if $i}}, {{end}}<strong>{{$n}}</strong>{{end}}{{with .More}} {{.}}{{end}}</p><p>{{.Advice}}</p></div>
{{end}}</section>
{{end}}{{if .HasEvaluation}}
<section id="evaluation">
<h2>{{t "report.h.evaluation"}}</h2>
<table class="verdicts{{if le (len .Networks) 12}} keep{{end}}"><thead><tr><th scope="col">{{t "report.col.network"}}</th>{{range .Cols}}<th scope="col" class="n">{{.}}</th>{{end}}<th scope="col">{{t "report.col.verdict"}}</th></tr></thead>
<tbody>
{{range .Networks}}<tr><td class="name"><a href="#{{.ID}}">{{.Name}}</a>{{if .NotMember}}<span class="sub">{{t "report.net.not_member"}}</span>{{end}}</td>{{$b := .Bold}}{{range $i, $c := .Cells}}<td class="n">{{if eq $i $b}}<strong>{{$c}}</strong>{{else}}{{$c}}{{end}}</td>{{end}}<td><span class="badge" style="background:{{.Color}}">{{.Verdict}}</span></td></tr>
{{end}}</tbody></table>
<p class="note">{{if .Population}}{{t "report.eval.note_population"}}{{else}}{{t "report.eval.note"}}{{end}}{{if .BringsShown}} {{t "report.eval.brings"}}{{end}}</p>
{{with .NetworksNote}}<p class="note">{{.}}</p>
{{end}}{{range .Networks}}<article class="net" id="{{.ID}}">
<h3>{{.Name}} <span class="badge" style="background:{{.Color}}">{{.Verdict}}</span></h3>
{{with .Brings}}<figure class="brings" aria-label="{{.Title}}">{{if .Problem}}<p class="warn">{{.Problem}}</p>{{else}}{{.SVG}}{{end}}</figure>
{{end}}<ul class="reasons">{{range .Reasons}}<li>{{.}}</li>{{end}}</ul>
</article>
{{end}}</section>

<section id="checklist">
<h2>{{t "report.h.checklist"}}</h2>
<h3>{{t "report.h.needs"}}</h3>
{{if .Checklist.NeedsMissing}}<p class="warn">{{t "report.needs.missing"}}</p>
{{else}}<ul>{{range .Checklist.Needs}}<li>{{.}}</li>{{end}}</ul>
{{end}}<h3>{{t "report.h.purposes"}}</h3>
{{if not .Checklist.HasInfo}}<p>{{t "report.purposes.none"}}</p>
{{else}}<table><thead><tr><th scope="col">{{t "report.col.network"}}</th><th scope="col">{{t "report.col.purpose"}}</th><th scope="col">{{t "report.col.organiser"}}</th><th scope="col">{{t "report.col.scope"}}</th><th scope="col">{{t "report.col.form"}}</th></tr></thead><tbody>
{{range .Checklist.Purposes}}<tr><td>{{.Network}}</td><td>{{.Purpose}}</td><td>{{.Organiser}}</td><td>{{.Scope}}</td><td>{{.Formal}}</td></tr>
{{end}}</tbody></table>
{{end}}
<h3>{{t "report.h.goals"}}</h3>
{{if .Checklist.Goals}}<table><thead><tr><th scope="col">{{t "report.col.network"}}</th><th scope="col" class="n">{{t "report.col.fit"}}</th><th scope="col">{{t "report.col.why"}}</th></tr></thead><tbody>
{{range .Checklist.Goals}}<tr><td>{{.Network}}</td><td class="n">{{.Fit}}</td><td>{{.Why}}</td></tr>
{{end}}</tbody></table>
{{else}}<p>{{t "report.goals.none"}}</p>
{{end}}<h3>{{t "report.h.cost"}}</h3>
{{if not (or .Checklist.HasCost .Checklist.Total .Checklist.CostNote)}}<p>{{t "report.cost.nothing"}}</p>
{{end}}{{if .Checklist.HasCost}}<table><thead><tr><th scope="col">{{t "report.col.network"}}</th><th scope="col" class="n">{{t "report.col.hours"}}</th><th scope="col" class="n">{{t "report.col.fee"}}</th><th scope="col" class="n">{{t "report.col.score"}}</th><th scope="col" class="n">{{t "report.col.per_hour"}}</th><th scope="col">{{t "report.col.verdict"}}</th></tr></thead><tbody>
{{range .Checklist.Cost}}<tr><td>{{.Network}}</td><td class="n">{{.Hours}}</td><td class="n">{{.Fee}}</td><td class="n">{{.Score}}</td><td class="n">{{.ScorePerHour}}</td><td><span class="badge" style="background:{{.Color}}">{{.Verdict}}</span></td></tr>
{{end}}</tbody></table>
{{end}}{{with .Checklist.Total}}<p>{{.}}</p>
{{end}}{{with .Checklist.CostNote}}<p class="note">{{.}}</p>
{{end}}</section>
{{end}}{{if .Charts}}
<section id="charts">
<h2>{{t "report.h.charts"}}</h2>
{{range .Charts}}<figure{{if .Repeats}} class="repeats"{{end}}>{{.SVG}}<figcaption><strong>{{.Title}}.</strong> {{.Desc}}</figcaption></figure>
{{end}}</section>
{{end}}{{with .Contacts}}
<section id="contacts">
<h2>{{.Heading}}</h2>
<p>{{t "report.contacts.intro" .Population}}</p>
{{if .Attributes}}<table><thead><tr><th scope="col">{{t "report.col.attribute"}}</th><th scope="col">{{t "report.col.known_for"}}</th><th scope="col">{{t "report.col.common"}}</th><th scope="col" class="n">{{t "report.col.iqv"}}</th></tr></thead><tbody>
{{range .Attributes}}<tr><td>{{.Name}}{{if .Derived}}*{{end}}</td><td>{{.Known}}</td><td>{{.Values}}</td><td class="n">{{.IQV}}</td></tr>
{{end}}</tbody></table>{{else}}<p>{{t "report.contacts.no_values"}}</p>{{end}}
{{with .DerivedNote}}<p class="note">{{.}}</p>
{{end}}{{with .Concentration}}<p>{{.}}</p>
{{end}}{{if .Clusters}}<h3>{{t "report.h.clusters"}}</h3>
<table><thead><tr><th scope="col">{{t "report.col.organisation"}}</th><th scope="col" class="n">{{t "report.col.people"}}</th><th scope="col">{{t "report.col.who"}}</th>{{if .HasFunctions}}<th scope="col">{{t "report.col.functions"}}</th>{{end}}</tr></thead><tbody>
{{range .Clusters}}<tr><td>{{.Organization}}</td><td class="n">{{.Count}}</td><td>{{.People}}</td>{{if $.Contacts.HasFunctions}}<td>{{.Functions}}</td>{{end}}</tr>
{{end}}</tbody></table>
{{with .ClustersNote}}<p class="note">{{.}}</p>
{{end}}{{end}}{{with .Timeline}}<h3>{{t "report.h.timeline"}}</h3>
<figure>{{.SVG}}<figcaption><strong>{{.Title}}.</strong> {{.Desc}}</figcaption></figure>
{{end}}{{with .TimelineNote}}<p>{{.}}</p>
{{end}}</section>
{{end}}{{with .Changed}}
<section id="changed">
<h2>{{t "report.h.changed"}}</h2>
<p>{{.Intro}}</p>
<ul>
{{range .Sentences}}<li>{{.}}</li>
{{end}}</ul>
<table><thead><tr><th scope="col">{{t "report.col.measure"}}</th><th scope="col" class="n">{{t "report.col.before"}}</th><th scope="col" class="n">{{t "report.col.after"}}</th></tr></thead><tbody>
{{range .Rows}}<tr><th scope="row">{{.Measure}}</th><td class="n">{{.Before}}</td><td class="n">{{.After}}</td></tr>
{{end}}</tbody></table>
</section>
{{end}}{{with .GiveTake}}
<section id="give-take">
<h2>{{t "report.h.give_take"}}</h2>
<p>{{.Finding}}</p>
{{if .ByType}}<table><thead><tr><th scope="col">{{t "report.col.kind"}}</th><th scope="col" class="n">{{t "report.col.gave"}}</th><th scope="col" class="n">{{t "report.col.received"}}</th><th scope="col" class="n">{{t "report.col.balance"}}</th></tr></thead><tbody>
{{range .ByType}}<tr><td>{{.Type}}</td><td class="n">{{.Given}}</td><td class="n">{{.Received}}</td><td class="n">{{.Balance}}</td></tr>
{{end}}{{with .Total}}<tr><th scope="row">{{.Type}}</th><td class="n"><strong>{{.Given}}</strong></td><td class="n"><strong>{{.Received}}</strong></td><td class="n"><strong>{{.Balance}}</strong></td></tr>
{{end}}</tbody></table>
<p class="note">{{t "report.give_take.note"}}</p>
{{end}}</section>
{{end}}{{if .ShowBrokers}}
<section id="brokers">
<h2>{{t "report.h.brokers"}}</h2>
<p>{{.BrokersFinding}}</p>
{{if .Brokers}}<table><thead><tr><th scope="col">{{t "report.col.person"}}</th><th scope="col" class="n">{{t "report.col.betweenness"}}</th><th scope="col" class="n">{{t "report.col.constraint"}}</th><th scope="col" class="n">{{t "report.col.ties"}}</th></tr></thead><tbody>
{{range .Brokers}}<tr><td>{{.Person}}</td><td class="n">{{.Betweenness}}</td><td class="n">{{.Constraint}}</td><td class="n">{{.Degree}}</td></tr>
{{end}}</tbody></table>
{{end}}<p>{{.BridgesFinding}}</p>
{{if .Bridges}}<ul>{{range .Bridges}}<li>{{.}}</li>{{end}}</ul>
{{end}}</section>
{{end}}
<section id="diversity">
<h2>{{t "report.h.diversity"}}</h2>
{{with .Structure}}<p>{{.}}</p>
{{end}}<ul>{{range .Diversity}}<li><strong>{{.Key}}:</strong> {{.Value}}</li>{{end}}</ul>
{{if not .GiveTake}}<p>{{.Reciprocity}}</p>
{{end}}{{with .TwoMode}}<p>{{.}}</p>
{{end}}</section>
{{if .Diagrams}}
<section id="diagrams">
<h2>{{t "report.h.diagrams"}}</h2>
<div class="figs">
{{range .Diagrams}}<figure class="diagram" id="{{.ID}}">{{if .Problem}}<p class="warn">{{.Problem}}</p>{{else}}{{.SVG}}{{end}}<figcaption><strong>{{.Title}}.</strong> {{.Caption}}</figcaption></figure>
{{end}}</div>
</section>
{{end}}{{if .AddNext}}
<section id="add-next">
<h2>{{t "report.h.add_next"}}</h2>
<ol>{{range .AddNext}}<li>{{.Text}}{{with .Command}}<br><code>{{.}}</code>{{end}}</li>{{end}}</ol>
</section>
{{end}}{{if .Glossary}}
<section id="glossary">
<h2>{{t "report.h.glossary"}}</h2>
<p class="note">{{t "report.glossary.intro"}}</p>
<dl class="glossary">{{range .Glossary}}<div id="{{.ID}}"><dt>{{.Name}}</dt><dd>{{.Text}} <span class="src">{{.Source}}</span></dd></div>{{end}}</dl>
</section>
{{end}}
<section id="methods">
<h2>{{t "report.h.methods"}}</h2>
<ul>{{range .Methods}}<li>{{.}}</li>{{end}}</ul>
{{range .Notes}}<p class="note">{{.}}</p>
{{end}}</section>
</main>
{{with .Explore}}<script type="application/json" id="ties-explore">{{.}}</script>
<script>{{$.InteractiveJS}}</script>
{{end}}</body>
</html>
`))
