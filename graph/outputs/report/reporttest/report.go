package reporttest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// probe is the measuring side of the report's checks, evaluated in a tab
// (DevTools' evaluation is not bound by the page's Content-Security-Policy):
// window.tiesProbe.* return plain values for the Go side to judge.
const probe = `
window.tiesProbe = (function () {
  var D = JSON.parse(document.getElementById('ties-explore').textContent);
  function fold(s) { return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
  function figures() { return Array.prototype.slice.call(document.querySelectorAll('figure.diagram, figure.brings')).filter(function (f) { return f.querySelector('svg'); }); }
  function opacity(e) { var o = 1; for (; e && e.nodeType === 1 && e.tagName !== 'svg'; e = e.parentNode) o *= parseFloat(getComputedStyle(e).opacity); return o; }
  function say(list, s) { if (list.length < 12) list.push(s); }
  // where(g): the middle of element g when it shows on screen and is what
  // the mouse would meet there; else null.
  function where(g) {
    var svg = g.closest('svg'), r = g.getBoundingClientRect(), s = svg.getBoundingClientRect();
    var x = r.left + r.width / 2, y = r.top + r.height / 2;
    if (x < s.left + 2 || x > s.right - 2 || y < s.top + 2 || y > s.bottom - 2) return null;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return null;
    var hit = document.elementFromPoint(x, y);
    return hit && hit.closest('g.node') === g ? [x, y] : null;
  }
  return {
    data: D,
    ready: function () {
      var f = figures();
      return { figures: f.length, notReady: f.filter(function (x) { return x.getAttribute('data-interactive') !== 'ready'; }).map(function (x) { return x.id || x.getAttribute('aria-label'); }) };
    },
    // tables: no table wider than its column, no cell's content wider
    // than the cell.
    tables: function () {
      var bad = [];
      document.querySelectorAll('table').forEach(function (tb) {
        var box = tb.parentElement.getBoundingClientRect(), r = tb.getBoundingClientRect();
        if (r.right > box.right + 0.5 || r.left < box.left - 0.5) say(bad, 'table wider than its column: ' + tb.textContent.trim().slice(0, 50) + ' ' + r.width + ' > ' + box.width);
        tb.querySelectorAll('th,td').forEach(function (c) {
          if (c.scrollWidth > c.clientWidth + 1) say(bad, 'cell overflows: ' + c.textContent.trim().slice(0, 50));
        });
      });
      return bad;
    },
    // labels: every text of a diagram at least min px on screen, by its
    // font size as drawn and by the height of its box.
    labels: function (min) {
      var bad = [], n = 0, least = Infinity;
      figures().forEach(function (f) {
        f.querySelectorAll('svg text').forEach(function (t) {
          if (!/\S/.test(t.textContent)) return;
          n++;
          var px = parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a, h = t.getBoundingClientRect().height;
          least = Math.min(least, px, h);
          if (px < min - 1e-6 || h < min - 1e-6) say(bad, (f.id || 'brings') + ': "' + t.textContent.trim() + '" ' + px.toFixed(2) + ' px (box ' + h.toFixed(2) + ')');
        });
      });
      return { n: n, least: least, bad: bad };
    },
    // overlaps: no text of a diagram's node (a name label, a network's
    // name) on another node's shape or on another node's text.
    overlaps: function () {
      var bad = [], n = 0;
      function ov(a, b) {
        var dx = Math.min(a.right, b.right) - Math.max(a.left, b.left), dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        return dx > 0.5 && dy > 0.5;
      }
      // on: does text box a touch shape s (an ellipse by its geometry, any
      // other shape by its box), by more than half a pixel?
      function on(a, s) {
        if (s.el.tagName !== 'ellipse') return ov(a, s.r);
        var rx = s.r.width / 2 - 0.5, ry = s.r.height / 2 - 0.5, cx = s.r.left + s.r.width / 2, cy = s.r.top + s.r.height / 2;
        if (rx <= 0 || ry <= 0) return false;
        var px = Math.max(a.left, Math.min(cx, a.right)), py = Math.max(a.top, Math.min(cy, a.bottom));
        return Math.pow((px - cx) / rx, 2) + Math.pow((py - cy) / ry, 2) < 1;
      }
      figures().forEach(function (f) {
        var texts = [], shapes = [];
        f.querySelectorAll('svg g.node').forEach(function (g) {
          g.querySelectorAll('text').forEach(function (t) { if (/\S/.test(t.textContent)) texts.push({ g: g, r: t.getBoundingClientRect(), s: t.textContent.trim() }); });
          if (!g.classList.contains('label')) {
            // A node is its filled shape: an outline alone (the rings of a
            // brings picture) is a guide that labels may cross.
            var s = g.querySelector('ellipse:not([fill="none"]),polygon:not([fill="none"]),path:not([fill="none"])');
            if (s) shapes.push({ g: g, el: s, r: s.getBoundingClientRect() });
          }
        });
        texts.forEach(function (a, i) {
          n++;
          shapes.forEach(function (s) { if (s.g !== a.g && on(a.r, s)) say(bad, (f.id || 'brings') + ': "' + a.s + '" on node ' + s.g.id); });
          for (var j = i + 1; j < texts.length; j++) {
            if (texts[j].g !== a.g && ov(a.r, texts[j].r)) say(bad, (f.id || 'brings') + ': "' + a.s + '" on "' + texts[j].s + '"');
          }
        });
      });
      return { n: n, bad: bad };
    },
    // person: a person of diagram fig with ties, on screen, the one with
    // the most lines; null when there is none.
    person: function (fig) {
      var f = document.getElementById(fig), svg = f.querySelector('svg');
      svg.scrollIntoView({ block: 'center' });
      var best = null;
      svg.querySelectorAll('g.node[data-p]').forEach(function (g) {
        var k = g.getAttribute('data-p'), lines = svg.querySelectorAll('g.edge[data-e~="p' + k + '"]').length;
        if (!lines || (best && lines <= best.lines)) return;
        var xy = where(g);
        if (xy) best = { k: +k, x: xy[0], y: xy[1], lines: lines };
      });
      return best;
    },
    // printed: what print shows that it should not (a control, the card,
    // a zoomed or faded picture).
    printed: function () {
      var bad = [];
      document.querySelectorAll('.ties-ui').forEach(function (e) {
        if (getComputedStyle(e).display !== 'none') say(bad, 'a control shows: ' + e.className);
      });
      figures().forEach(function (f) {
        var v = f.querySelector('.ties-view');
        if (v && getComputedStyle(v).transform !== 'none') say(bad, (f.id || 'brings') + ' is zoomed: ' + getComputedStyle(v).transform);
        f.querySelectorAll('g.node, g.edge').forEach(function (g) {
          if (parseFloat(getComputedStyle(g).opacity) < 1) say(bad, (f.id || 'brings') + ' fades ' + g.id);
        });
      });
      return bad;
    },
    // someone: the name of a person, not the client, drawn in a diagram
    // of people (the one with the most lines there).
    someone: function () {
      var best = null;
      document.querySelectorAll('figure.diagram g.node[data-p]').forEach(function (g) {
        var k = +g.getAttribute('data-p'), p = D.people[k];
        if (p.ego) return;
        var lines = g.closest('svg').querySelectorAll('g.edge[data-e~="p' + k + '"]').length;
        if (!best || lines > best.lines) best = { name: p.n, lines: lines };
      });
      return best ? best.name : '';
    },
    // network: a network's node on screen, in any diagram.
    network: function () {
      var found = null;
      figures().some(function (f) {
        return Array.prototype.some.call(f.querySelectorAll('g.node[data-g]'), function (g) {
          f.querySelector('svg').scrollIntoView({ block: 'center' });
          var xy = where(g);
          if (xy) found = { k: +g.getAttribute('data-g'), x: xy[0], y: xy[1], fig: f.id };
          return found;
        });
      });
      return found;
    },
    card: function () {
      var c = document.getElementById('ties-card');
      if (!c || c.hidden) return null;
      var r = c.getBoundingClientRect();
      return { name: c.querySelector('strong').textContent, text: c.textContent, inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1 };
    },
    // focused: after pointing at person k in fig, its lines are lit and
    // every other line of that diagram dimmed.
    focused: function (fig, k) {
      var svg = document.getElementById(fig).querySelector('svg'), tok = 'p' + k, bad = [], mine = 0, others = 0;
      if (!svg.classList.contains('ties-focus')) say(bad, 'the diagram is not in focus');
      svg.querySelectorAll('g.edge[data-e]').forEach(function (e) {
        var t = e.getAttribute('data-e').split(' '), on = e.classList.contains('ties-on'), o = opacity(e);
        if (t[0] === tok || t[1] === tok) { mine++; if (!on || o < 0.99) say(bad, 'a tie is not lit: ' + e.id + ' ' + o); }
        else { others++; if (on || o > 0.5) say(bad, 'another line is not dimmed: ' + e.id + ' ' + o); }
      });
      svg.querySelectorAll('g.node[data-p="' + k + '"]').forEach(function (g) { if (!g.classList.contains('ties-sel')) say(bad, 'the person is not marked'); });
      return { mine: mine, others: others, bad: bad };
    },
    // calm: nothing is lit or dimmed, no card shows.
    calm: function () {
      var bad = [];
      figures().forEach(function (f) {
        var svg = f.querySelector('svg');
        if (svg.classList.contains('ties-focus') || svg.classList.contains('ties-match')) say(bad, (f.id || 'brings') + ' still highlighted');
      });
      var c = document.getElementById('ties-card');
      if (c && !c.hidden) say(bad, 'the card still shows');
      return bad;
    },
    // matched: every drawn person for whom want(person) holds is lit,
    // every other one dimmed.
    matched: function (want, only) {
      var bad = [], lit = 0, dim = 0;
      figures().forEach(function (f) {
        if (only && !only(f)) return;
        f.querySelectorAll('svg g.node[data-p]').forEach(function (g) {
          var k = +g.getAttribute('data-p'), o = opacity(g);
          if (want(D.people[k], k)) { lit++; if (o < 0.99) say(bad, D.people[k].n + ' is dimmed'); }
          else { dim++; if (o > 0.5) say(bad, D.people[k].n + ' is not dimmed'); }
        });
      });
      return { lit: lit, dim: dim, bad: bad };
    },
    found: function (q) {
      var r = this.matched(function (p) { return fold(p.n).indexOf(fold(q)) >= 0; });
      r.status = document.querySelector('.ties-status').textContent;
      return r;
    },
    // filter picks the attribute with the fewest values (two at least)
    // and its most common value, as a reader would in the two lists.
    filter: function () {
      var best = -1, bestN = 0;
      D.attrs.forEach(function (a, i) {
        var s = {};
        D.people.forEach(function (p) { if (p.a[i]) s[p.a[i]] = 1; });
        var n = Object.keys(s).length;
        if (n >= 2 && (best < 0 || n < bestN)) { best = i; bestN = n; }
      });
      if (best < 0) return null;
      var attr = document.querySelector('select.ties-attr'), value = document.querySelector('select.ties-value');
      attr.value = String(best);
      attr.dispatchEvent(new Event('change'));
      value.selectedIndex = 1;
      value.dispatchEvent(new Event('change'));
      var v = value.value, r = this.matched(function (p) { return p.a[best] === v; });
      r.attr = D.attrs[best]; r.value = v; r.status = document.querySelector('.ties-status').textContent;
      return r;
    },
    // members: after a click on network g, its members are lit and the
    // others dimmed in every diagram that draws the network or a member.
    members: function (g) {
      var m = D.networks[g].m;
      return this.matched(function (p, k) { return m.indexOf(k) >= 0; }, function (f) {
        return f.querySelector('g.node[data-g="' + g + '"]') || m.some(function (k) { return f.querySelector('g.node[data-p="' + k + '"]'); });
      });
    },
    // view: the zoom and shift of the first diagram's picture (1, 0, 0:
    // the whole picture).
    view: function () {
      var v = document.querySelector('figure.diagram .ties-view'), m = v && v.transform.baseVal.consolidate();
      return m ? [m.matrix.a, m.matrix.e, m.matrix.f] : [1, 0, 0];
    },
    // focusDiagram puts the keyboard's focus on the first diagram.
    focusDiagram: function () {
      var svg = document.querySelector('figure.diagram svg');
      svg.scrollIntoView({ block: 'center' });
      svg.focus();
      return document.activeElement === svg;
    },
    // active: the name of the person or network that has the focus.
    active: function () {
      var a = document.activeElement;
      return a && a.matches('[data-p],[data-g]') ? a.getAttribute('aria-label') || '' : '';
    },
    at: function (sel) {
      var e = document.querySelector(sel);
      e.scrollIntoView({ block: 'center' });
      var r = e.getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2];
    }
  };
})();
true
`

// Check is what CheckReport found wrong, by check.
type Check struct {
	Name     string
	Problems []string
}

// CheckReport explores a report's page in tab p as a reader would and
// fails the test on what is wrong: a console error or exception; a diagram
// whose script did not run (data-interactive="ready"); a table wider than
// its column; a diagram's text under 11 px on screen; a label on another
// node or label; pointing at a person that does not light their ties or
// show their card; a search that does not find a person by name; a filter
// that does not dim the others; a click on a network that does not light
// its members. shots, when not empty, is a folder for screenshots taken
// along the way.
func CheckReport(t *testing.T, p *Tab, shots string) {
	t.Helper()
	if !checkOpened(t, p, shots) {
		return
	}
	checkHover(t, p, shots)
	checkSearch(t, p, shots)
	checkFilter(t, p, shots)
	checkNetworkClick(t, p, shots)
	checkPanZoom(t, p)
	checkPrint(t, p)
}

// reportFail fails the test with a problem of page p, named after it.
func reportFail(t *testing.T, p *Tab) func(format string, args ...any) {
	return func(format string, args ...any) {
		t.Helper()
		t.Errorf("%s: %s", p.Name, fmt.Sprintf(format, args...))
	}
}

// probeCard is the card the page shows: whose it is, its text, and
// whether it is inside the window.
type probeCard struct {
	Name, Text string
	Inside     bool
}

// checkOpened checks the page as opened: no console error, every diagram
// ready, tables within their column, diagram texts of 11 px at least and
// no label on another. It reports false when the page has no data for
// its diagrams, and nothing more can be checked.
func checkOpened(t *testing.T, p *Tab, shots string) bool {
	t.Helper()
	fail := reportFail(t, p)
	if bad := p.Problems(); len(bad) > 0 {
		fail("the console:\n%s", strings.Join(bad, "\n"))
	}
	if !Eval[bool](p, `!!document.getElementById('ties-explore')`) {
		fail("the page has no data for its diagrams")
		return false
	}
	Eval[bool](p, probe)
	ready := Eval[struct {
		Figures  int
		NotReady []string
	}](p, `tiesProbe.ready()`)
	if ready.Figures == 0 || len(ready.NotReady) > 0 {
		fail("%d diagrams, not ready: %v", ready.Figures, ready.NotReady)
	}
	if bad := Eval[[]string](p, `tiesProbe.tables()`); len(bad) > 0 {
		fail("at %d px: %s", p.Width, strings.Join(bad, "; "))
	}
	labels := Eval[struct {
		N     int
		Least float64
		Bad   []string
	}](p, `tiesProbe.labels(11)`)
	if labels.N == 0 || len(labels.Bad) > 0 {
		fail("%d texts in the diagrams, the smallest %.2f px; under 11 px at %d px: %s", labels.N, labels.Least, p.Width, strings.Join(labels.Bad, "; "))
	}
	over := Eval[struct {
		N   int
		Bad []string
	}](p, `tiesProbe.overlaps()`)
	if len(over.Bad) > 0 {
		fail("%d texts; labels overlap: %s", over.N, strings.Join(over.Bad, "; "))
	}
	p.Screenshot(shots, p.Name+"-1-open")
	return true
}

// checkHover points at a person in each diagram of people: their ties
// light, their card shows, and all is calm when the mouse leaves.
func checkHover(t *testing.T, p *Tab, shots string) {
	t.Helper()
	fail := reportFail(t, p)
	type person struct {
		K, Lines int
		X, Y     float64
	}
	figs := Eval[[]string](p, `Array.prototype.map.call(document.querySelectorAll('figure.diagram[id]'), function (f) { return f.querySelector('g.node[data-p]') && f.querySelector('g.edge[data-e*="p"]') ? f.id : ''; }).filter(String)`)
	if len(figs) == 0 {
		fail("no diagram of people")
	}
	data := Eval[struct {
		People []struct {
			N   string
			Ego bool
			A   []string
		}
	}](p, `tiesProbe.data`)
	hovered := 0
	for _, fig := range figs {
		who := Eval[*person](p, `tiesProbe.person(`+Quote(fig)+`)`)
		if who == nil {
			continue
		}
		hovered++
		p.Hover(who.X, who.Y)
		got := Eval[struct {
			Mine, Others int
			Bad          []string
		}](p, fmt.Sprintf(`tiesProbe.focused(%s, %d)`, Quote(fig), who.K))
		if got.Mine == 0 || len(got.Bad) > 0 {
			fail("pointing at %s in %s: %d ties, %d other lines: %s", data.People[who.K].N, fig, got.Mine, got.Others, strings.Join(got.Bad, "; "))
		}
		c := Eval[*probeCard](p, `tiesProbe.card()`)
		if c == nil || c.Name != data.People[who.K].N || !c.Inside {
			fail("pointing at %s in %s: the card is %+v", data.People[who.K].N, fig, c)
		}
		p.Screenshot(shots, p.Name+"-2-hover-"+fig)
		p.Hover(1, 1)
		if bad := Eval[[]string](p, `tiesProbe.calm()`); len(bad) > 0 {
			fail("after the mouse left %s: %s", fig, strings.Join(bad, "; "))
		}
	}
	if hovered == 0 {
		fail("no person with ties on screen in %v", figs)
	}
}

// checkSearch searches a person drawn in a diagram of people by name:
// they light, Enter shows their card, Clear calms the page.
func checkSearch(t *testing.T, p *Tab, shots string) {
	t.Helper()
	fail := reportFail(t, p)
	name := Eval[string](p, `tiesProbe.someone()`)
	if name == "" {
		fail("no person to search for")
	} else {
		at := Eval[[2]float64](p, `tiesProbe.at('input.ties-find')`)
		p.Click(at[0], at[1])
		p.Type("input.ties-find", name)
		found := Eval[struct {
			Lit, Dim int
			Bad      []string
			Status   string
		}](p, `tiesProbe.found(`+Quote(name)+`)`)
		if found.Lit == 0 || len(found.Bad) > 0 || found.Status == "" {
			fail("searching %q: %d lit, %d dimmed, status %q: %s", name, found.Lit, found.Dim, found.Status, strings.Join(found.Bad, "; "))
		}
		p.Type("input.ties-find", "\r")
		if c := Eval[*probeCard](p, `tiesProbe.card()`); c == nil || c.Name != name {
			fail("Enter on the search for %q: the card is %+v", name, c)
		}
		p.Screenshot(shots, p.Name+"-3-search")
		at = Eval[[2]float64](p, `tiesProbe.at('button.ties-clear')`)
		p.Click(at[0], at[1])
		if bad := Eval[[]string](p, `tiesProbe.calm()`); len(bad) > 0 {
			fail("after Clear: %s", strings.Join(bad, "; "))
		}
	}
}

// checkFilter filters by an attribute's value: the others dim, Clear
// calms the page.
func checkFilter(t *testing.T, p *Tab, shots string) {
	t.Helper()
	fail := reportFail(t, p)
	filtered := Eval[*struct {
		Lit, Dim    int
		Bad         []string
		Attr, Value string
		Status      string
	}](p, `tiesProbe.filter()`)
	if filtered != nil {
		if filtered.Lit == 0 || filtered.Dim == 0 || len(filtered.Bad) > 0 {
			fail("filtering %s = %s: %d lit, %d dimmed: %s", filtered.Attr, filtered.Value, filtered.Lit, filtered.Dim, strings.Join(filtered.Bad, "; "))
		}
		p.Screenshot(shots, p.Name+"-4-filter")
		at := Eval[[2]float64](p, `tiesProbe.at('button.ties-clear')`)
		p.Click(at[0], at[1])
		if bad := Eval[[]string](p, `tiesProbe.calm()`); len(bad) > 0 {
			fail("after Clear: %s", strings.Join(bad, "; "))
		}
	}
}

// checkNetworkClick clicks a network: its members light and its card
// shows; Escape calms the page.
func checkNetworkClick(t *testing.T, p *Tab, shots string) {
	t.Helper()
	fail := reportFail(t, p)
	if net := Eval[*struct {
		K    int
		X, Y float64
		Fig  string
	}](p, `tiesProbe.network()`); net != nil {
		p.Click(net.X, net.Y)
		m := Eval[struct {
			Lit, Dim int
			Bad      []string
		}](p, fmt.Sprintf(`tiesProbe.members(%d)`, net.K))
		if len(m.Bad) > 0 {
			fail("clicking network %d in %s: %s", net.K, net.Fig, strings.Join(m.Bad, "; "))
		}
		if c := Eval[*probeCard](p, `tiesProbe.card()`); c == nil {
			fail("clicking network %d in %s: no card", net.K, net.Fig)
		}
		p.Screenshot(shots, p.Name+"-5-network")
		if err := p.do(chromedp.KeyEvent(kb.Escape)); err != nil {
			fail("Escape: %v", err)
		}
		if bad := Eval[[]string](p, `tiesProbe.calm()`); len(bad) > 0 {
			fail("after Escape: %s", strings.Join(bad, "; "))
		}
	}
}

// checkPrint checks the page in print: no control, no card, every picture
// whole and nothing faded, whatever the reader did on screen; and no
// console error after exploring.
func checkPrint(t *testing.T, p *Tab) {
	t.Helper()
	fail := reportFail(t, p)
	Eval[bool](p, `(function () { var f = document.querySelector('figure.diagram g.node[data-p]'); if (f) f.dispatchEvent(new MouseEvent('click', { bubbles: true })); return true; })()`)
	p.Media("print")
	if bad := Eval[[]string](p, `tiesProbe.printed()`); len(bad) > 0 {
		fail("in print: %s", strings.Join(bad, "; "))
	}
	p.Media("")
	if bad := p.Problems(); len(bad) > 0 {
		fail("the console, after exploring:\n%s", strings.Join(bad, "\n"))
	}
}

// checkPanZoom zooms the first diagram with its buttons and Ctrl and the
// wheel, moves it by a drag and with the keyboard, and tabs to a person.
func checkPanZoom(t *testing.T, p *Tab) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("%s: %s", p.Name, fmt.Sprintf(format, args...))
	}
	view := func() [3]float64 { return Eval[[3]float64](p, `tiesProbe.view()`) }
	click := func(sel string) {
		at := Eval[[2]float64](p, `tiesProbe.at(`+Quote(sel)+`)`)
		p.Click(at[0], at[1])
	}
	click("figure.diagram .ties-zoom button:nth-child(3)")
	if v := view(); v[0] != 1 {
		fail("the whole-diagram button leaves zoom %v", v)
	}
	click("figure.diagram .ties-zoom button:nth-child(1)")
	in := view()
	if in[0] <= 1.4 {
		fail("zoom in: %v", in)
	}
	click("figure.diagram .ties-zoom button:nth-child(2)")
	if v := view(); v[0] >= in[0] {
		fail("zoom out: %v after %v", v, in)
	}
	// Ctrl and the wheel zoom in where the mouse is; a plain wheel leaves
	// the picture to the page.
	at := Eval[[2]float64](p, `tiesProbe.at('figure.diagram svg')`)
	before := view()
	wheel := func(mods ...chromedp.Modifier) {
		if err := p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseWheel, at[0], at[1],
			// (The protocol wants both deltas, and cdproto leaves out a zero.)
			func(e *input.DispatchMouseEventParams) { e.DeltaX, e.DeltaY = 1e-6, -240 }, chromedp.ButtonModifiers(mods...))); err != nil {
			fail("wheel: %v", err)
		}
	}
	wheel()
	if v := view(); v != before {
		fail("a plain wheel zoomed: %v after %v", v, before)
	}
	wheel(chromedp.ModifierCtrl)
	zoomed := view()
	if zoomed[0] <= before[0] {
		fail("Ctrl and the wheel: zoom %v after %v", zoomed, before)
	}
	// A drag moves the picture.
	x, y := at[0], at[1]
	if err := p.do(
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, x, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x+30, y+20, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x+60, y+40, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, x+60, y+40, chromedp.ButtonLeft),
	); err != nil {
		fail("drag: %v", err)
	}
	p.Hover(1, 1)
	dragged := view()
	if dragged[1] == zoomed[1] && dragged[2] == zoomed[2] {
		fail("a drag did not move the picture: %v", dragged)
	}
	// The keyboard: the arrows move the picture; Tab reaches a person,
	// whose card shows.
	if !Eval[bool](p, `tiesProbe.focusDiagram()`) {
		fail("the diagram takes no focus")
		return
	}
	if err := p.do(chromedp.KeyEvent(kb.ArrowLeft)); err != nil {
		fail("arrow: %v", err)
	}
	if v := view(); v[1] == dragged[1] {
		fail("the left arrow did not move the picture: %v", v)
	}
	// (Graphviz's legend is a link: Tab may stop there first.)
	who := ""
	for range 4 {
		if err := p.do(chromedp.KeyEvent("\t")); err != nil {
			fail("tab: %v", err)
		}
		if who = Eval[string](p, `tiesProbe.active()`); who != "" {
			break
		}
	}
	c := Eval[*struct{ Name string }](p, `tiesProbe.card()`)
	if Eval[bool](p, `!!document.querySelector('figure.diagram svg [tabindex]')`) && (who == "" || c == nil || c.Name != who) {
		fail("Tab from the diagram: focus on %q, card %+v", who, c)
	}
}
