/**
 * The Glossary and Candidates tabs: sortable, filtered tables of entries
 * (a page of them at a time, so a large glossary stays quick to filter),
 * each accepted, rejected, or edited (Portuguese term, type, variants) in an
 * editor under its row.
 */
export const TERMS = String.raw`
  var TERM_PAGE = 100;
  var sortState = { g: { key: 'score', dir: -1 }, c: { key: 'score', dir: -1 } };
  var limit = { g: TERM_PAGE, c: TERM_PAGE };
  var columns = ['en', 'pt', 'type', 'score', 'count'];
  var currentTerm = null; // { which, id }
  var termEditing = null; // id of the entry whose editor is open
  ['g', 'c'].forEach(function (which) {
    fillDocs($(which + 'doc'), true);
    ['filter', 'score', 'type', 'doc', 'decision'].forEach(function (f) {
      $(which + f).addEventListener(f === 'filter' || f === 'score' ? 'input' : 'change', function () { limit[which] = TERM_PAGE; renderTerms(which); });
    });
  });
  function termRows(which) {
    var q = $(which + 'filter').value.trim().toLowerCase();
    var score = Number($(which + 'score').value), type = $(which + 'type').value, doc = $(which + 'doc').value, decision = $(which + 'decision').value;
    var st = sortState[which];
    return (which === 'g' ? data.glossary : data.candidates).map(termView).filter(function (v) {
      var e = v.entry;
      if (q && (e.en + ' ' + v.pt + ' ' + v.type).toLowerCase().indexOf(q) < 0) return false;
      if (e.score > score + 1e-9 || (type && v.type !== type) || (doc && e.sources.indexOf(doc) < 0)) return false;
      return decision === 'all' || (decision === 'open' ? !v.review : v.review === decision);
    }).sort(function (a, b) {
      var x = st.key === 'pt' || st.key === 'type' ? a[st.key] : a.entry[st.key], y = st.key === 'pt' || st.key === 'type' ? b[st.key] : b.entry[st.key];
      return (x < y ? -1 : x > y ? 1 : 0) * st.dir;
    });
  }
  function renderTerms(which) {
    if (openTab !== (which === 'g' ? 'tab-glossary' : 'tab-candidates')) return;
    var table = $(which + 'table');
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
    head.appendChild(el('th', { scope: 'col', class: 'actions' }, t('decision')));
    var thead = el('thead'); thead.appendChild(head); table.appendChild(thead);
    var tbody = el('tbody');
    var rows = termRows(which);
    rows.slice(0, limit[which]).forEach(function (v) {
      tbody.appendChild(termRow(which, v));
      if (termEditing === v.entry.id) tbody.appendChild(termEditor(v));
    });
    if (rows.length > limit[which]) {
      var more = el('tr'), cell = el('td', { colspan: '6' });
      var button = el('button', { type: 'button' }, tf('showMore', { shown: limit[which], total: rows.length }));
      button.addEventListener('click', function () { limit[which] += TERM_PAGE * 5; renderTerms(which); });
      cell.appendChild(button); more.appendChild(cell); tbody.appendChild(more);
    }
    table.appendChild(tbody);
    var focused = tbody.querySelector('tr.current');
    if (focused && keyboardMoved) { focused.focus(); keyboardMoved = false; }
  }
  renderers.push(function () { renderTerms('g'); renderTerms('c'); });

  function termRow(which, v) {
    var e = v.entry;
    var tr = el('tr', { class: 'term' + (v.review ? ' ' + v.review : '') + (currentTerm && currentTerm.id === e.id ? ' current' : ''), tabindex: '-1', 'data-id': e.id, 'data-key': e.id });
    var en = el('td', { class: 'term', 'data-label': t('col_en') }, e.en);
    if (v.en_variants && v.en_variants.length) en.appendChild(el('span', { class: 'note' }, v.en_variants.join('; ')));
    if (e.examples && e.examples.length) {
      var det = el('details'); det.appendChild(el('summary', null, t('examples')));
      e.examples.forEach(function (x) { det.appendChild(el('p', null, x.en + ' — ' + x.pt)); });
      en.appendChild(det);
    }
    tr.appendChild(en);
    var pt = el('td', { class: 'term', lang: 'pt-BR', 'data-label': t('col_pt') }, v.pt);
    if (v.pt_variants && v.pt_variants.length) pt.appendChild(el('span', { class: 'note' }, v.pt_variants.join('; ')));
    tr.appendChild(pt);
    tr.appendChild(el('td', { 'data-label': t('col_type') }, t(v.type)));
    tr.appendChild(el('td', { class: 'score', 'data-label': t('col_score') }, fmt(e.score, 2)));
    tr.appendChild(el('td', { class: 'count', 'data-label': t('col_count') }, String(e.count)));
    var state = el('td', { class: 'state actions', 'data-label': t('decision') });
    state.appendChild(el('span', null, v.review ? t(v.review) : t('open')));
    state.appendChild(document.createTextNode(' '));
    [['accept', '✓'], ['reject', '✗'], ['edit', '✎']].forEach(function (b) {
      var button = el('button', { type: 'button', 'data-act': b[0], 'aria-label': t(b[0]) + ': ' + e.en, title: t(b[0]) }, b[1] + ' ' + t(b[0]));
      button.addEventListener('click', function () { currentTerm = { which: which, id: e.id }; act(b[0]); });
      state.appendChild(button);
    });
    tr.appendChild(state);
    tr.addEventListener('click', function (ev) { if (!ev.target.closest('button, details')) { currentTerm = { which: which, id: e.id }; markCurrent(tr); } });
    return tr;
  }
  function termEditor(v) {
    var tr = el('tr', { class: 'editor' });
    var td = el('td', { colspan: '6' });
    function field(key, value) {
      var label = el('label', null, t('edit_' + key) + ' ');
      var input = key === 'type' ? el('select') : el('input', { type: 'text', value: value || '' });
      if (key === 'type') ['drug', 'lab', 'diagnosis', 'term'].forEach(function (x) { var o = el('option', { value: x }, t(x)); o.selected = x === value; input.appendChild(o); });
      input.setAttribute('data-field', key);
      label.appendChild(input);
      td.appendChild(label);
      return input;
    }
    var pt = field('pt', v.pt), type = field('type', v.type);
    var enVar = field('en_variants', (v.en_variants || []).join('; ')), ptVar = field('pt_variants', (v.pt_variants || []).join('; '));
    var message = el('p', { class: 'message', role: 'alert' });
    var save = el('button', { type: 'button', 'data-act': 'apply' }, t('apply'));
    var cancel = el('button', { type: 'button', 'data-act': 'cancel' }, t('cancel'));
    function list(input) { return input.value.split(';').map(function (s) { return s.trim(); }).filter(Boolean); }
    save.addEventListener('click', function () {
      if (!pt.value.trim()) { message.textContent = t('needPortuguese'); return; }
      termEditing = null;
      decide(termDecision(v.entry, 'edit', { pt: pt.value.trim(), type: type.value, en_variants: list(enVar), pt_variants: list(ptVar) }));
    });
    cancel.addEventListener('click', function () { termEditing = null; rerender(); });
    td.appendChild(save); td.appendChild(document.createTextNode(' ')); td.appendChild(cancel); td.appendChild(message);
    tr.appendChild(td);
    setTimeout(function () { pt.focus(); }, 0);
    return tr;
  }
`;
