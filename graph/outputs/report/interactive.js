// ties report: the diagrams to explore ("Exploring the report" in the
// report's documentation). It reads the JSON block #ties-explore and the
// data-* attributes the report gives the pictures' nodes and lines
// (interactive.go beside this file) and adds every control itself: without
// JavaScript the page is the static report, and print shows none of this.
// It requests nothing and writes text only as text (textContent), never as
// markup.
(function () {
  'use strict';
  var block = document.getElementById('ties-explore');
  if (!block) return;
  var D = JSON.parse(block.textContent);
  var ui = D.ui || {}, people = D.people || [], nets = D.networks || [];
  var attrs = D.attrs || [], measures = D.measures || [];
  var SVGNS = 'http://www.w3.org/2000/svg';
  var FOCUSABLE_PEOPLE = 60; // a diagram with more people is explored by search from the keyboard
  var LEGIBLE_PX = 11.25; // the smallest text on screen, in CSS px, when a diagram opens
  var diagrams = [];
  var state = { focus: null, pinned: false, by: '', match: null, hits: [], hitAt: -1, query: '', attr: -1, value: null };

  people.forEach(function (p) { p.key = fold(p.n); });

  function fold(s) {
    return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function el(tag, at, text) {
    var e = document.createElement(tag);
    if (at) Object.keys(at).forEach(function (k) { e.setAttribute(k, at[k]); });
    if (text != null) e.textContent = text;
    return e;
  }
  function fill(s, vals) {
    return String(s || '').replace(/\{(\w)\}/g, function (m, k) { return k in vals ? vals[k] : m; });
  }
  function push(map, k, v) { (map[k] || (map[k] = [])).push(v); }
  function each(map, k, f) { var l = map[k]; if (l) l.forEach(f); }

  // ---- the card -------------------------------------------------------
  var card = el('div', { 'class': 'ties-ui ties-card', id: 'ties-card', role: 'tooltip', hidden: '' });
  document.body.appendChild(card);

  function cardLine(k, v) {
    var p = el('p');
    p.appendChild(el('span', { 'class': 'ties-k' }, k + ': '));
    p.appendChild(document.createTextNode(v));
    card.appendChild(p);
  }
  function showCard(f, anchor) {
    card.textContent = '';
    if (f.kind === 'p') {
      var p = people[f.k];
      card.appendChild(el('strong', null, p.n));
      attrs.forEach(function (a, i) { if (p.a && p.a[i]) cardLine(a, p.a[i]); });
      if (p.g && p.g.length) {
        var names = p.g.slice(0, 8).map(function (k) { return nets[k].n; }).join(', ');
        if (p.g.length > 8) names += ' ' + fill(ui.more, { n: p.g.length - 8 });
        cardLine(ui.networks, names);
      }
      measures.forEach(function (m, i) { if (p.m && p.m[i] != null) cardLine(m, p.m[i]); });
    } else {
      var n = nets[f.k];
      card.appendChild(el('strong', null, n.n));
      card.appendChild(el('p', null, fill(ui.members, { t: n.t, n: n.m.length })));
    }
    card.hidden = false;
    place(anchor);
  }
  function place(anchor) {
    if (!anchor) return;
    var r = anchor.getBoundingClientRect();
    var w = card.offsetWidth, h = card.offsetHeight;
    var vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
    var x = r.right + 12;
    if (x + w > vw - 4) x = Math.max(4, r.left - 12 - w);
    var y = Math.min(Math.max(4, r.top - 4), Math.max(4, vh - h - 4));
    card.style.left = (x + window.scrollX) + 'px';
    card.style.top = (y + window.scrollY) + 'px';
  }
  function hideCard() { card.hidden = true; }

  // ---- highlight ------------------------------------------------------
  // setFocus lights f (a person or a network) and shows its card; pin
  // keeps it until a click elsewhere or Escape; by says whether the pointer
  // or the keyboard asked, so that the one does not undo the other.
  function setFocus(f, anchor, pin, by) {
    state.focus = f;
    state.pinned = !!pin;
    state.by = by || '';
    apply();
    if (f) showCard(f, anchor); else hideCard();
  }
  function clearFocus() { setFocus(null, null, false); }
  function same(a, b) { return a && b && a.kind === b.kind && a.k === b.k; }

  function apply() {
    diagrams.forEach(applyTo);
  }
  function applyTo(d) {
    d.on.forEach(function (e) { e.classList.remove('ties-on', 'ties-sel', 'ties-hit'); });
    d.on = [];
    function on(e) { e.classList.add('ties-on'); d.on.push(e); }
    function sel(e) { on(e); e.classList.add('ties-sel'); }
    var f = state.focus, focus = false, match = false;
    if (f && f.kind === 'p' && d.pNodes[f.k]) {
      focus = true;
      var tok = 'p' + f.k, ps = {};
      ps[f.k] = true;
      each(d.pNodes, f.k, sel);
      each(d.inc, tok, function (e) {
        on(e.g);
        var o = e.a === tok ? e.b : e.a;
        if (o.charAt(0) === 'p') ps[o.slice(1)] = true;
        else if (o.charAt(0) === 'g') each(d.gNodes, o.slice(1), on);
      });
      Object.keys(ps).forEach(function (k) {
        if (k !== String(f.k)) each(d.pNodes, k, on);
        each(d.lNodes, k, on);
      });
    } else if (f && f.kind === 'g') {
      var members = nets[f.k].m, set = {}, gtok = 'g' + f.k;
      members.forEach(function (k) { set['p' + k] = true; });
      if (d.gNodes[f.k] || members.some(function (k) { return d.pNodes[k]; })) {
        focus = true;
        each(d.gNodes, f.k, sel);
        members.forEach(function (k) { each(d.pNodes, k, on); each(d.lNodes, k, on); });
        d.edges.forEach(function (e) {
          if (e.a === gtok || e.b === gtok || (set[e.a] && set[e.b])) on(e.g);
        });
      }
    }
    if (!focus && state.match) {
      match = true;
      var m = state.match;
      Object.keys(d.pNodes).forEach(function (k) {
        if (m[k]) { each(d.pNodes, k, on); each(d.lNodes, k, on); }
      });
      d.edges.forEach(function (e) {
        if (e.a.charAt(0) === 'p' && e.b.charAt(0) === 'p' && m[e.a.slice(1)] && m[e.b.slice(1)]) on(e.g);
      });
    }
    if (state.query) {
      state.hits.forEach(function (k) {
        each(d.pNodes, k, function (g) { g.classList.add('ties-hit'); d.on.push(g); });
      });
    }
    d.svg.classList.toggle('ties-focus', focus);
    d.svg.classList.toggle('ties-match', match);
  }

  // ---- pan and zoom ---------------------------------------------------
  function scale(d) {
    var m = d.svg.getScreenCTM();
    return m ? m.a : 0;
  }
  function toUser(d, x, y) {
    var m = d.svg.getScreenCTM();
    if (!m) return null;
    var p = d.svg.createSVGPoint();
    p.x = x; p.y = y;
    return p.matrixTransform(m.inverse());
  }
  function setView(d, k, tx, ty) {
    var b = d.box;
    k = Math.max(1, Math.min(d.kmax, k));
    tx = Math.min(b.x - k * b.x, Math.max(b.x + b.width - k * (b.x + b.width), tx));
    ty = Math.min(b.y - k * b.y, Math.max(b.y + b.height - k * (b.y + b.height), ty));
    d.k = k; d.tx = tx; d.ty = ty;
    if (k === 1) d.view.removeAttribute('transform');
    else d.view.setAttribute('transform', 'matrix(' + k + ' 0 0 ' + k + ' ' + tx + ' ' + ty + ')');
  }
  function zoomAt(d, f, ux, uy) {
    var k = Math.max(1, Math.min(d.kmax, d.k * f)), r = k / d.k;
    setView(d, k, ux - r * (ux - d.tx), uy - r * (uy - d.ty));
  }
  function zoomMiddle(d, f) { zoomAt(d, f, d.box.x + d.box.width / 2, d.box.y + d.box.height / 2); }
  // centre puts an element of the picture in the middle of the view at zoom k.
  function centre(d, g, k) {
    var r = g.getBoundingClientRect(), u = toUser(d, r.left + r.width / 2, r.top + r.height / 2);
    if (!u) return;
    var cx = (u.x - d.tx) / d.k, cy = (u.y - d.ty) / d.k;
    setView(d, k, d.box.x + d.box.width / 2 - k * cx, d.box.y + d.box.height / 2 - k * cy);
  }
  function inView(d, g) {
    var r = g.getBoundingClientRect(), s = d.svg.getBoundingClientRect();
    return r.left >= s.left && r.right <= s.right && r.top >= s.top && r.bottom <= s.bottom;
  }
  // legible opens a diagram at the zoom where its smallest text is
  // LEGIBLE_PX on screen, around the client (or the middle), when the
  // whole picture would show it smaller.
  function legible(d) {
    var min = Infinity;
    d.svg.querySelectorAll('text').forEach(function (t) {
      if (!/\S/.test(t.textContent)) return;
      var fs = parseFloat(t.getAttribute('font-size')), m = t.getScreenCTM();
      if (fs > 0 && m && m.a > 0) min = Math.min(min, fs * m.a);
    });
    if (!isFinite(min) || min >= LEGIBLE_PX) return;
    var k = LEGIBLE_PX / min;
    d.kmax = Math.max(d.kmax, 4 * k);
    var ego = d.svg.querySelector('.ties-p.ego');
    if (ego) centre(d, ego, k);
    else zoomMiddle(d, k);
  }

  // ---- one diagram ----------------------------------------------------
  function targetOf(d, node) {
    var g = node && node.closest ? node.closest('.ties-p,.ties-l,.ties-g') : null;
    if (!g || !d.svg.contains(g)) return null;
    if (g.hasAttribute('data-g')) return { kind: 'g', k: +g.getAttribute('data-g'), el: g };
    return { kind: 'p', k: +(g.getAttribute('data-p') || g.getAttribute('data-l')), el: g };
  }

  function wire(fig) {
    var svg = fig.querySelector('svg');
    if (!svg || !svg.viewBox || !svg.viewBox.baseVal || !svg.viewBox.baseVal.width) return;
    var view = document.createElementNS(SVGNS, 'g');
    view.setAttribute('class', 'ties-view');
    while (svg.firstChild) view.appendChild(svg.firstChild);
    svg.appendChild(view);
    var vb = svg.viewBox.baseVal;
    var d = {
      fig: fig, svg: svg, view: view, k: 1, tx: 0, ty: 0, kmax: 8,
      box: { x: vb.x, y: vb.y, width: vb.width, height: vb.height },
      pNodes: {}, lNodes: {}, gNodes: {}, edges: [], inc: {}, on: []
    };
    svg.querySelectorAll('g.node[data-p]').forEach(function (g) {
      g.classList.add('ties-p'); push(d.pNodes, g.getAttribute('data-p'), g);
    });
    svg.querySelectorAll('g.node[data-l]').forEach(function (g) {
      g.classList.add('ties-l'); push(d.lNodes, g.getAttribute('data-l'), g);
    });
    svg.querySelectorAll('g.node[data-g]').forEach(function (g) {
      g.classList.add('ties-g'); push(d.gNodes, g.getAttribute('data-g'), g);
    });
    svg.querySelectorAll('g.edge[data-e]').forEach(function (g) {
      var t = g.getAttribute('data-e').split(' ');
      if (t.length !== 2) return;
      var e = { g: g, a: t[0], b: t[1] };
      d.edges.push(e);
      push(d.inc, t[0], e);
      if (t[1] !== t[0]) push(d.inc, t[1], e);
    });
    var nPeople = Object.keys(d.pNodes).length;
    function focusable(g, name) {
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', name);
      g.setAttribute('aria-describedby', 'ties-card');
    }
    if (nPeople <= FOCUSABLE_PEOPLE) {
      Object.keys(d.pNodes).forEach(function (k) { each(d.pNodes, k, function (g) { focusable(g, people[k].n); }); });
    }
    Object.keys(d.gNodes).forEach(function (k) { each(d.gNodes, k, function (g) { focusable(g, nets[k].n); }); });
    var title = fig.getAttribute('aria-label') || (fig.querySelector('figcaption strong') || {}).textContent || '';
    svg.setAttribute('tabindex', '0');
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', String(title).replace(/\.$/, ''));
    fig.classList.add('ties-live');

    // The zoom buttons.
    var bar = el('div', { 'class': 'ties-ui ties-zoom' });
    [['+', ui.zoomIn, function () { zoomMiddle(d, 1.5); }],
      ['\u2212', ui.zoomOut, function () { zoomMiddle(d, 1 / 1.5); }],
      ['\u2922', ui.fit, function () { setView(d, 1, 0, 0); }]].forEach(function (b) {
      var btn = el('button', { type: 'button', title: b[1], 'aria-label': b[1] }, b[0]);
      btn.addEventListener('click', b[2]);
      bar.appendChild(btn);
    });
    fig.insertBefore(bar, fig.firstChild);

    // Pointer: hover shows, a click (or tap) pins, a drag pans.
    var drag = null, dragged = false;
    svg.addEventListener('pointerover', function (ev) {
      if (drag || state.pinned) return;
      var t = targetOf(d, ev.target);
      if (t && !same(t, state.focus)) setFocus(t, t.el, false, 'pointer');
    });
    svg.addEventListener('pointerout', function (ev) {
      if (drag || state.pinned || state.by !== 'pointer') return;
      var t = targetOf(d, ev.target), to = targetOf(d, ev.relatedTarget);
      if (t && !same(t, to)) clearFocus();
    });
    svg.addEventListener('pointerdown', function (ev) {
      if (ev.button !== 0) return;
      drag = { x: ev.clientX, y: ev.clientY, tx: d.tx, ty: d.ty, id: ev.pointerId, moved: false };
    });
    svg.addEventListener('pointermove', function (ev) {
      if (!drag || drag.id !== ev.pointerId) return;
      var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (!drag.moved) {
        if (Math.abs(dx) + Math.abs(dy) < 4) return;
        drag.moved = true;
        svg.setPointerCapture(ev.pointerId);
        svg.classList.add('ties-drag');
      }
      var s = scale(d);
      if (s > 0) setView(d, d.k, drag.tx + dx / s, drag.ty + dy / s);
    });
    function endDrag() {
      if (drag && drag.moved) dragged = true;
      drag = null;
      svg.classList.remove('ties-drag');
    }
    svg.addEventListener('pointerup', endDrag);
    svg.addEventListener('pointercancel', endDrag);
    svg.addEventListener('click', function (ev) {
      if (dragged) { dragged = false; return; }
      var t = targetOf(d, ev.target);
      if (!t) { if (state.pinned) clearFocus(); return; }
      if (state.pinned && same(t, state.focus)) clearFocus();
      else setFocus(t, t.el, true);
    });
    svg.addEventListener('wheel', function (ev) {
      if (!(ev.ctrlKey || ev.metaKey)) return; // a plain wheel scrolls the page
      ev.preventDefault();
      var u = toUser(d, ev.clientX, ev.clientY);
      if (u) zoomAt(d, Math.exp(-ev.deltaY * (ev.deltaMode === 1 ? 0.05 : 0.002)), u.x, u.y);
    }, { passive: false });

    // Keyboard: a person or network node shows on focus and pins on Enter;
    // the picture pans with the arrows and zooms with + and −.
    svg.addEventListener('focusin', function (ev) {
      var t = targetOf(d, ev.target);
      if (!t) return;
      if (!inView(d, t.el)) centre(d, t.el, d.k);
      if (!state.pinned) setFocus(t, t.el, false, 'key');
    });
    svg.addEventListener('focusout', function (ev) {
      if (!state.pinned && state.by === 'key' && targetOf(d, ev.target) && !targetOf(d, ev.relatedTarget)) clearFocus();
    });
    svg.addEventListener('keydown', function (ev) {
      var step = 0.15, t = targetOf(d, ev.target);
      switch (ev.key) {
        case 'Enter': case ' ':
          if (!t) return;
          if (state.pinned && same(t, state.focus)) clearFocus(); else setFocus(t, t.el, true);
          break;
        case 'ArrowLeft': setView(d, d.k, d.tx + step * d.box.width, d.ty); break;
        case 'ArrowRight': setView(d, d.k, d.tx - step * d.box.width, d.ty); break;
        case 'ArrowUp': setView(d, d.k, d.tx, d.ty + step * d.box.height); break;
        case 'ArrowDown': setView(d, d.k, d.tx, d.ty - step * d.box.height); break;
        case '+': case '=': zoomMiddle(d, 1.5); break;
        case '-': zoomMiddle(d, 1 / 1.5); break;
        case '0': setView(d, 1, 0, 0); break;
        default: return;
      }
      ev.preventDefault();
    });

    diagrams.push(d);
    legible(d);
    fig.setAttribute('data-interactive', 'ready');
  }

  // ---- the tools: find, filter, a network --------------------------------
  function tools(before) {
    var bar = el('div', { 'class': 'ties-ui ties-tools', role: 'search', 'aria-label': ui.tools });
    var find = el('input', { type: 'search', 'class': 'ties-find', placeholder: ui.findHint, autocomplete: 'off', spellcheck: 'false' });
    var lf = el('label', null, ui.find);
    lf.appendChild(find);
    bar.appendChild(lf);

    var attr = el('select', { 'class': 'ties-attr', 'aria-label': ui.filter });
    attr.appendChild(el('option', { value: '' }, ui.anyAttr));
    attrs.forEach(function (a, i) { attr.appendChild(el('option', { value: String(i) }, a)); });
    var value = el('select', { 'class': 'ties-value', 'aria-label': ui.anyValue, disabled: '' });
    value.appendChild(el('option', { value: '' }, ui.anyValue));
    var lt = el('label', null, ui.filter);
    lt.appendChild(attr);
    bar.appendChild(lt);
    bar.appendChild(value);

    var net = el('select', { 'class': 'ties-network', 'aria-label': ui.network });
    net.appendChild(el('option', { value: '' }, ui.noNetwork));
    var shown = {};
    diagrams.forEach(function (d) { Object.keys(d.gNodes).forEach(function (k) { shown[k] = true; }); });
    nets.map(function (n, k) { return k; })
      .filter(function (k) { return nets[k].m.length || shown[k]; })
      .sort(function (a, b) { return nets[a].n.localeCompare(nets[b].n); })
      .forEach(function (k) { net.appendChild(el('option', { value: String(k) }, nets[k].n)); });
    var ln = el('label', null, ui.network);
    ln.appendChild(net);
    if (net.options.length > 1) bar.appendChild(ln);

    var clear = el('button', { type: 'button', 'class': 'ties-clear' }, ui.clear);
    bar.appendChild(clear);
    var status = el('span', { 'class': 'ties-status', role: 'status', 'aria-live': 'polite' });
    bar.appendChild(status);
    bar.appendChild(el('p', { 'class': 'ties-help' }, ui.help));
    before.parentNode.insertBefore(bar, before);

    function recompute() {
      var q = fold(state.query.trim()), match = null, hits = [];
      if (q) {
        match = {};
        people.forEach(function (p, k) { if (p.key.indexOf(q) >= 0) { match[k] = true; hits.push(k); } });
      }
      if (state.attr >= 0 && state.value !== null) {
        var m2 = {};
        people.forEach(function (p, k) {
          if ((p.a[state.attr] || '') === state.value && (!match || match[k])) m2[k] = true;
        });
        match = m2;
      }
      state.match = match;
      state.hits = hits;
      state.hitAt = -1;
      apply();
      var n = match ? Object.keys(match).length : -1;
      status.textContent = n < 0 ? '' : n ? fill(ui.found, { n: n }) : ui.noneFound;
    }
    function showHit(k) {
      var first = null;
      diagrams.forEach(function (d) {
        var g = d.pNodes[k] && d.pNodes[k][0];
        if (!g) return;
        if (!inView(d, g)) centre(d, g, d.k);
        if (!first && d.fig.closest('#diagrams')) first = g;
      });
      if (!first) diagrams.some(function (d) { first = d.pNodes[k] && d.pNodes[k][0]; return first; });
      setFocus({ kind: 'p', k: k }, first || find, true);
    }
    find.addEventListener('input', function () { state.query = find.value; recompute(); });
    find.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') {
        ev.preventDefault();
        if (!state.hits.length) return;
        state.hitAt = (state.hitAt + 1) % state.hits.length;
        showHit(state.hits[state.hitAt]);
      } else if (ev.key === 'Escape') {
        find.value = ''; state.query = ''; recompute(); clearFocus();
      }
    });
    attr.addEventListener('change', function () {
      state.attr = attr.value === '' ? -1 : +attr.value;
      state.value = null;
      while (value.options.length > 1) value.remove(1);
      value.disabled = state.attr < 0;
      if (state.attr >= 0) {
        var count = {};
        people.forEach(function (p) { var v = p.a[state.attr]; if (v) count[v] = (count[v] || 0) + 1; });
        Object.keys(count).sort(function (a, b) { return count[b] - count[a] || a.localeCompare(b); })
          .slice(0, 200).forEach(function (v) { value.appendChild(el('option', { value: v }, v + ' (' + count[v] + ')')); });
      }
      recompute();
    });
    value.addEventListener('change', function () {
      state.value = value.selectedIndex > 0 ? value.value : null;
      recompute();
    });
    net.addEventListener('change', function () {
      if (net.value === '') { clearFocus(); return; }
      var k = +net.value, anchor = null;
      diagrams.some(function (d) { anchor = d.gNodes[k] && d.gNodes[k][0]; return anchor; });
      setFocus({ kind: 'g', k: k }, anchor || net, true);
    });
    clear.addEventListener('click', function () {
      find.value = ''; attr.value = ''; net.value = '';
      state.query = ''; state.attr = -1; state.value = null;
      while (value.options.length > 1) value.remove(1);
      value.disabled = true;
      recompute();
      clearFocus();
    });
  }

  document.querySelectorAll('figure.diagram, figure.brings').forEach(wire);
  if (!diagrams.length) return;
  var host = document.querySelector('#diagrams .figs') || diagrams[0].fig;
  tools(host);
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && state.focus) clearFocus();
  });
  document.addEventListener('click', function (ev) {
    if (state.pinned && !ev.target.closest('.ties-live svg, .ties-tools, .ties-zoom')) clearFocus();
  });
  window.addEventListener('resize', function () { if (state.focus) hideCard(); });
})();
