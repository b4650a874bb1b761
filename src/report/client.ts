/** Styles and the page script of the review report (inlined: the file must work offline). */

export const STYLES = `
:root { --fg:#1a1a1a; --bg:#fff; --muted:#555; --line:#d0d0d0; --focus:#0b57d0; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.45 system-ui, sans-serif; color:var(--fg); background:var(--bg); }
header { display:flex; flex-wrap:wrap; gap:.5rem; justify-content:space-between; align-items:center; padding:.5rem 1rem; border-bottom:1px solid var(--line); }
h1 { font-size:1.2rem; margin:0; }
nav { display:flex; flex-wrap:wrap; gap:.25rem; padding:.5rem 1rem; }
button { font:inherit; padding:.3rem .7rem; border:1px solid #888; background:#f4f4f4; color:var(--fg); border-radius:4px; cursor:pointer; }
button[aria-selected="true"], button[aria-pressed="true"] { background:#0b3d91; color:#fff; border-color:#0b3d91; }
:focus-visible { outline:3px solid var(--focus); outline-offset:2px; }
main { padding:0 1rem 2rem; }
.controls { display:flex; flex-wrap:wrap; gap:1rem; align-items:center; margin:.5rem 0; }
table { border-collapse:collapse; width:100%; }
th, td { border-bottom:1px solid var(--line); padding:.35rem .5rem; text-align:left; vertical-align:top; }
.pairs td:nth-child(1), .pairs td:nth-child(2) { width:46%; }
.pairs td.score { white-space:nowrap; font-variant-numeric:tabular-nums; }
tr.part td { background:#eef2f7; font-weight:600; }
tr.hi td.score { border-left:6px solid #2e7d32; } tr.mid td.score { border-left:6px solid #a07c00; } tr.lo td.score { border-left:6px solid #b3261e; }
td.none { color:var(--muted); font-style:italic; }
.merge { font-size:.75rem; color:var(--muted); display:block; }
mark.e { background:none; border-bottom:3px solid; padding:0 1px; color:inherit; }
mark.drug { border-color:#1565c0; background:#e3f0fd; } mark.lab { border-color:#6a1b9a; background:#f3e5f5; } mark.diagnosis { border-color:#c62828; background:#fdecea; } mark.lab.examination { border-color:#00695c; background:#e0f2f1; }
mark.negated { text-decoration:line-through; }
mark.active { outline:3px solid #ff8f00; }
.terms th { cursor:pointer; user-select:none; }
.terms details { font-size:.85rem; color:var(--muted); }
dl { display:grid; grid-template-columns:max-content 1fr; gap:.2rem 1rem; }
figure { margin:1rem 0; }
@media (max-width: 600px) {
  .pairs thead { display:none; }
  .pairs tr, .pairs td { display:block; width:100% !important; }
  .pairs td.score { border-bottom:2px solid #999; }
}
`;

export const CLIENT_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var locale = 'en';
  function t(key) { return (data.i18n[locale] && data.i18n[locale][key]) || data.i18n.en[key] || key; }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) node.setAttribute(k, attrs[k]);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function applyLocale() {
    document.documentElement.lang = locale;
    document.querySelectorAll('[data-i18n]').forEach(function (n) { n.textContent = t(n.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-locale]').forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-locale') === locale)); });
    renderCounts(); renderTerms('g'); renderTerms('c'); renderDoc();
  }
  document.querySelectorAll('[data-locale]').forEach(function (b) {
    b.addEventListener('click', function () { locale = b.getAttribute('data-locale'); applyLocale(); });
  });

  // Tabs: arrow keys move between them, as the ARIA tabs pattern says.
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role=tab]'));
  function select(tab) {
    tabs.forEach(function (x) {
      var on = x === tab;
      x.setAttribute('aria-selected', String(on));
      x.tabIndex = on ? 0 : -1;
      document.getElementById(x.getAttribute('aria-controls')).hidden = !on;
    });
    tab.focus();
  }
  tabs.forEach(function (tab, i) {
    tab.tabIndex = i === 0 ? 0 : -1;
    tab.addEventListener('click', function () { select(tab); });
    tab.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowRight') select(tabs[(i + 1) % tabs.length]);
      if (ev.key === 'ArrowLeft') select(tabs[(i + tabs.length - 1) % tabs.length]);
    });
  });

  var docSelect = document.getElementById('doc');
  data.docs.forEach(function (d, i) { docSelect.appendChild(el('option', { value: String(i) }, d.id)); });
  docSelect.addEventListener('change', renderDoc);
  document.getElementById('low').addEventListener('change', renderDoc);

  function sentenceNodes(doc, ids) {
    var frag = document.createDocumentFragment();
    ids.forEach(function (id, k) {
      var s = doc.sentences[id];
      if (!s) return;
      if (k > 0) frag.appendChild(document.createTextNode(' '));
      var at = 0;
      s.entities.slice().sort(function (a, b) { return a.start - b.start; }).forEach(function (e) {
        if (e.start < at) return;
        frag.appendChild(document.createTextNode(s.text.slice(at, e.start)));
        var title = t(e.attrs.category === 'examination' ? 'examination' : e.type) + (e.negated ? ' (' + t('negated') + ')' : '');
        Object.keys(e.attrs).forEach(function (a) { title += '\\n' + a + ': ' + e.attrs[a]; });
        var m = el('mark', { class: 'e ' + e.type + (e.attrs.category === 'examination' ? ' examination' : '') + (e.negated ? ' negated' : ''), title: title, tabindex: '0', 'data-key': e.key }, s.text.slice(e.start, e.end));
        frag.appendChild(m);
        at = e.end;
      });
      frag.appendChild(document.createTextNode(s.text.slice(at)));
    });
    return frag;
  }

  var counterpart = {};
  function renderDoc() {
    var body = document.getElementById('pairs');
    body.textContent = '';
    var doc = data.docs[Number(docSelect.value) || 0];
    if (!doc) return;
    counterpart = {};
    doc.entityLinks.forEach(function (p) { counterpart[p[0]] = p[1]; counterpart[p[1]] = p[0]; });
    var onlyLow = document.getElementById('low').checked;
    var part = null;
    doc.links.forEach(function (l) {
      if (onlyLow && l.score >= 0.5) return;
      if (l.part !== part) {
        part = l.part;
        var head = el('tr', { class: 'part' });
        var cell = el('td', { colspan: '3' }, t('part_' + part));
        head.appendChild(cell);
        body.appendChild(head);
      }
      var tr = el('tr', { class: l.score >= 0.9 ? 'hi' : l.score >= 0.5 ? 'mid' : 'lo' });
      [['en', l.en], ['pt', l.pt]].forEach(function (side) {
        var td = el('td', { lang: side[0] === 'pt' ? 'pt-BR' : 'en' });
        if (side[1].length === 0) { td.className = 'none'; td.textContent = t('unaligned'); }
        else {
          if (side[1].length > 1) td.appendChild(el('span', { class: 'merge' }, t('merged') + ' ' + side[1].length));
          td.appendChild(sentenceNodes(doc, side[1]));
        }
        tr.appendChild(td);
      });
      tr.appendChild(el('td', { class: 'score' }, l.score.toFixed(2)));
      body.appendChild(tr);
    });
  }
  function highlight(ev, on) {
    var m = ev.target.closest && ev.target.closest('mark.e');
    if (!m) return;
    var other = counterpart[m.getAttribute('data-key')];
    m.classList.toggle('active', on);
    if (other) document.querySelectorAll('mark[data-key="' + other + '"]').forEach(function (o) { o.classList.toggle('active', on); });
  }
  var pairsTable = document.getElementById('pairs');
  pairsTable.addEventListener('mouseover', function (ev) { highlight(ev, true); });
  pairsTable.addEventListener('mouseout', function (ev) { highlight(ev, false); });
  pairsTable.addEventListener('focusin', function (ev) { highlight(ev, true); });
  pairsTable.addEventListener('focusout', function (ev) { highlight(ev, false); });

  var sortState = { g: { key: 'score', dir: -1 }, c: { key: 'score', dir: -1 } };
  var columns = ['en', 'pt', 'type', 'score', 'count'];
  function renderTerms(which) {
    var table = document.getElementById(which + 'table');
    var rows = which === 'g' ? data.glossary : data.candidates;
    var q = document.getElementById(which + 'filter').value.trim().toLowerCase();
    var st = sortState[which];
    table.textContent = '';
    var head = el('tr');
    columns.forEach(function (c) {
      var th = el('th', { scope: 'col', tabindex: '0', 'aria-sort': st.key === c ? (st.dir > 0 ? 'ascending' : 'descending') : 'none' }, t('col_' + c));
      function sort() { st.dir = st.key === c ? -st.dir : (c === 'score' || c === 'count' ? -1 : 1); st.key = c; renderTerms(which); }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); sort(); } });
      head.appendChild(th);
    });
    var thead = el('thead'); thead.appendChild(head); table.appendChild(thead);
    var tbody = el('tbody');
    rows.filter(function (r) { return !q || (r.en + ' ' + r.pt + ' ' + r.type).toLowerCase().indexOf(q) >= 0; })
      .sort(function (a, b) { var x = a[st.key], y = b[st.key]; return (x < y ? -1 : x > y ? 1 : 0) * st.dir; })
      .forEach(function (r) {
        var tr = el('tr');
        columns.forEach(function (c) {
          var td = el('td', c === 'pt' ? { lang: 'pt-BR' } : null, c === 'score' ? r.score.toFixed(2) : String(r[c]));
          if (c === 'en' && r.examples && r.examples.length) {
            var det = el('details'); det.appendChild(el('summary', null, t('examples')));
            r.examples.forEach(function (x) { det.appendChild(el('p', null, x.en + ' — ' + x.pt)); });
            td.appendChild(det);
          }
          tr.appendChild(td);
        });
        tbody.appendChild(tr);
      });
    table.appendChild(tbody);
  }
  document.getElementById('gfilter').addEventListener('input', function () { renderTerms('g'); });
  document.getElementById('cfilter').addEventListener('input', function () { renderTerms('c'); });

  function renderCounts() {
    var dl = document.getElementById('counts');
    dl.textContent = '';
    var c = data.counts;
    [['documents', c.documents], ['sentences_en', c.sentences.en], ['sentences_pt', c.sentences.pt], ['links', c.links], ['entities', c.entities], ['glossary', c.glossary], ['candidates', c.candidates]]
      .forEach(function (p) { dl.appendChild(el('dt', null, t('count_' + p[0]))); dl.appendChild(el('dd', null, String(p[1]))); });
  }
  applyLocale();
})();
`;
