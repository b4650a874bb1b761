/**
 * The Documents tab: the whole article in order (links of the ladder, and
 * the sentences of parts only one language has, in their place), filters,
 * and a link's review: accept, reject, or re-pair it with neighbouring
 * sentences in an editor under its row.
 */
export const DOCUMENTS = String.raw`
  var docSelect = $('doc');
  fillDocs(docSelect, false);
  ['doc', 'dscore', 'dtype', 'ddecision'].forEach(function (id) { $(id).addEventListener(id === 'dscore' ? 'input' : 'change', function () { current = null; renderDoc(); }); });

  function docFilters() {
    return { score: Number($('dscore').value), type: $('dtype').value, decision: $('ddecision').value };
  }
  function filtering(f) { return f.score < 1 || f.type !== '' || f.decision !== 'all'; }
  function hasType(doc, r, type) {
    return ['en', 'pt'].some(function (lang) {
      return r[lang].some(function (n) { var s = doc.sentences[lang + '-' + n]; return s && s.entities.some(function (e) { return e.type === type; }); });
    });
  }
  function shown(doc, r, f) {
    if (r.only) return !filtering(f);
    if (r.score > f.score + 1e-9) return false;
    if (f.decision === 'open' ? !!r.review : f.decision !== 'all' && r.review !== f.decision) return false;
    return !f.type || hasType(doc, r, f.type);
  }
  /** The ladder's rungs and, as rows of their own, the sentences no rung holds (parts in one language only). */
  function articleRows(i) {
    var doc = docs[i];
    var rungs = ladder(i);
    var held = {};
    rungs.forEach(function (r) { r.en.forEach(function (n) { held['en-' + n] = true; }); r.pt.forEach(function (n) { held['pt-' + n] = true; }); });
    var rows = rungs.slice();
    Object.keys(doc.sentences).forEach(function (id) {
      if (held[id]) return;
      var lang = id.slice(0, 2);
      rows.push({ en: lang === 'en' ? [num(id)] : [], pt: lang === 'pt' ? [num(id)] : [], part: doc.sentences[id].part, only: lang });
    });
    return ladderOrder(rows);
  }

  var counterpart = {};
  var current = null; // { doc, rung } of the focused link
  var editing = null; // the rung whose editor is open
  function renderDoc() {
    if (openTab !== 'tab-docs') return;
    var body = $('pairs');
    body.textContent = '';
    var i = Number(docSelect.value) || 0;
    var doc = docs[i];
    if (!doc) return;
    counterpart = {};
    doc.entityLinks.forEach(function (p) { counterpart[p[0]] = p[1]; counterpart[p[1]] = p[0]; });
    var f = docFilters();
    var part = null;
    var frag = document.createDocumentFragment();
    articleRows(i).forEach(function (r) {
      if (!shown(doc, r, f)) return;
      if (r.part !== part) {
        part = r.part;
        var head = el('tr', { class: 'part' });
        head.appendChild(el('td', { colspan: '4' }, t('part_' + part)));
        frag.appendChild(head);
      }
      frag.appendChild(r.only ? onlyRow(doc, r) : linkRow(i, doc, r));
      if (editing === r) frag.appendChild(linkEditor(i, doc, r));
    });
    body.appendChild(frag);
    var focused = body.querySelector('tr.current');
    if (focused && keyboardMoved) { focused.focus(); keyboardMoved = false; }
  }
  renderers.push(renderDoc);

  function sideCell(doc, r, lang) {
    var td = el('td', { class: lang, lang: lang === 'pt' ? 'pt-BR' : 'en', 'data-label': t(lang === 'en' ? 'english' : 'portuguese') });
    var ids = r[lang].map(function (n) { return lang + '-' + n; });
    if (ids.length === 0) { td.className += ' none'; td.textContent = t('unaligned'); return td; }
    if (ids.length > 1) td.appendChild(el('span', { class: 'merge' }, t('merged') + ' ' + ids.length));
    td.appendChild(sentenceNodes(doc, ids));
    return td;
  }
  function onlyRow(doc, r) {
    var tr = el('tr', { class: 'only' });
    tr.appendChild(sideCell(doc, r, 'en'));
    tr.appendChild(sideCell(doc, r, 'pt'));
    tr.appendChild(el('td', { colspan: '2', class: 'note', 'data-label': t('decision') }, t(r.only === 'en' ? 'englishOnly' : 'portugueseOnly')));
    return tr;
  }
  function linkRow(i, doc, r) {
    var band = r.score >= 0.9 ? 'hi' : r.score >= 0.5 ? 'mid' : 'lo';
    var key = 'en:' + r.en.join(',') + '|pt:' + r.pt.join(',');
    var tr = el('tr', { class: 'link ' + band + (r.review ? ' ' + r.review : '') + (current && current.rung === r ? ' current' : ''), tabindex: '-1', 'data-key': key });
    tr.appendChild(sideCell(doc, r, 'en'));
    tr.appendChild(sideCell(doc, r, 'pt'));
    tr.appendChild(el('td', { class: 'score', 'data-label': t('score') }, fmt(r.score, 2)));
    var state = el('td', { class: 'state actions', 'data-label': t('decision') });
    state.appendChild(el('span', null, r.review ? t(r.review) : t('open')));
    state.appendChild(document.createTextNode(' '));
    [['accept', '✓'], ['reject', '✗'], ['edit', '✎']].forEach(function (b) {
      var button = el('button', { type: 'button', 'data-act': b[0], 'aria-label': t(b[0]), title: t(b[0]) }, b[1] + ' ' + t(b[0]));
      button.addEventListener('click', function () { current = { doc: i, rung: r }; act(b[0]); });
      state.appendChild(button);
    });
    tr.appendChild(state);
    tr.addEventListener('click', function (ev) { if (!ev.target.closest('button')) { current = { doc: i, rung: r }; markCurrent(tr); } });
    return tr;
  }
  function markCurrent(tr) {
    document.querySelectorAll('tr.current').forEach(function (x) { x.classList.remove('current'); });
    tr.classList.add('current');
  }

  /** Sentences of one side the link may take: its own and their neighbours in the same part, or those between its neighbours' on a side it has none. */
  function choices(i, doc, r, lang) {
    var rungs = ladder(i);
    var own = r[lang];
    var lo, hi;
    if (own.length) { lo = own[0] - 1; hi = own[own.length - 1] + 1; }
    else {
      var k = rungs.indexOf(r);
      lo = 1; hi = 0;
      for (var a = k - 1; a >= 0; a--) if (rungs[a][lang].length) { lo = rungs[a][lang][rungs[a][lang].length - 1]; break; }
      for (var b = k + 1; b < rungs.length; b++) if (rungs[b][lang].length) { hi = rungs[b][lang][0]; break; }
      if (hi < lo) hi = lo + 1;
      hi = Math.min(hi, lo + 4);
    }
    var out = [];
    for (var n = Math.max(1, lo); n <= hi; n++) {
      var s = doc.sentences[lang + '-' + n];
      if (s && s.part === r.part) out.push(n);
    }
    return out;
  }
  function linkEditor(i, doc, r) {
    var tr = el('tr', { class: 'editor' });
    var td = el('td', { colspan: '4' });
    var boxes = {};
    ['en', 'pt'].forEach(function (lang) {
      var set = el('fieldset');
      set.appendChild(el('legend', null, t(lang === 'en' ? 'english' : 'portuguese')));
      boxes[lang] = choices(i, doc, r, lang).map(function (n) {
        var label = el('label', { lang: lang === 'pt' ? 'pt-BR' : 'en' });
        var box = el('input', { type: 'checkbox', value: String(n) });
        box.checked = r[lang].indexOf(n) >= 0;
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + doc.sentences[lang + '-' + n].text));
        set.appendChild(label);
        return box;
      });
      td.appendChild(set);
    });
    var message = el('p', { class: 'message', role: 'alert' });
    var apply = el('button', { type: 'button', 'data-act': 'apply' }, t('apply'));
    var cancel = el('button', { type: 'button', 'data-act': 'cancel' }, t('cancel'));
    apply.addEventListener('click', function () {
      var picked = {};
      ['en', 'pt'].forEach(function (lang) { picked[lang] = boxes[lang].filter(function (b) { return b.checked; }).map(function (b) { return Number(b.value); }); });
      if (!picked.en.length || !picked.pt.length || !isConsecutive(picked.en) || !isConsecutive(picked.pt)) { message.textContent = t('pickNeighbours'); return; }
      var tx = textOf(doc);
      var d = linkDecision(i, r, 'edit', { en: picked.en.map(function (n) { return tx('en', n); }), pt: picked.pt.map(function (n) { return tx('pt', n); }) });
      if (applyLinkChoice(ladder(i), tx, d).outcome !== 'applied') { message.textContent = t('crossing'); return; }
      editing = null;
      decide(d);
      // The re-paired link keeps the focus.
      var row = document.querySelector('#pairs tr.link[data-key="en:' + picked.en.join(',') + '|pt:' + picked.pt.join(',') + '"]');
      keyboardMoved = true;
      if (row) focusRow(row);
    });
    cancel.addEventListener('click', function () { editing = null; renderDoc(); });
    td.appendChild(apply);
    td.appendChild(document.createTextNode(' '));
    td.appendChild(cancel);
    td.appendChild(message);
    tr.appendChild(td);
    return tr;
  }

  function highlight(ev, on) {
    var m = ev.target.closest && ev.target.closest('mark.e');
    if (!m) return;
    var other = counterpart[m.getAttribute('data-key')];
    m.classList.toggle('active', on);
    if (other) document.querySelectorAll('mark[data-key="' + other + '"]').forEach(function (o) { o.classList.toggle('active', on); });
  }
  var pairsTable = $('pairs');
  pairsTable.addEventListener('mouseover', function (ev) { highlight(ev, true); });
  pairsTable.addEventListener('mouseout', function (ev) { highlight(ev, false); });
  pairsTable.addEventListener('focusin', function (ev) { highlight(ev, true); });
  pairsTable.addEventListener('focusout', function (ev) { highlight(ev, false); });
`;
