/**
 * Acting on the focused link or entry, with the mouse (each row's buttons)
 * or the keyboard: j/↓ next, k/↑ previous, a accept, r reject, e edit,
 * n next not reviewed (on to the next documents), u undo.
 */
export const KEYS = String.raw`
  var keyboardMoved = false;
  function rowsOfTab() {
    if (openTab === 'tab-docs') return Array.prototype.slice.call(document.querySelectorAll('#pairs tr.link'));
    var which = openTab === 'tab-glossary' ? 'g' : openTab === 'tab-candidates' ? 'c' : null;
    return which ? Array.prototype.slice.call(document.querySelectorAll('#' + which + 'table tbody tr.term')) : [];
  }
  function focusRow(tr) {
    if (!tr) return;
    markCurrent(tr);
    if (openTab === 'tab-docs') current = { doc: Number(docSelect.value) || 0, rung: rungOfRow(tr) };
    else currentTerm = { which: openTab === 'tab-glossary' ? 'g' : 'c', id: tr.getAttribute('data-id') };
    tr.focus();
    tr.scrollIntoView({ block: 'nearest' });
  }
  function rungOfRow(tr) {
    var rows = rowsOfTab();
    var i = Number(docSelect.value) || 0;
    var f = docFilters();
    var visible = articleRows(i).filter(function (r) { return !r.only && shown(docs[i], r, f); });
    return visible[rows.indexOf(tr)];
  }
  function at() {
    var rows = rowsOfTab();
    for (var k = 0; k < rows.length; k++) if (rows[k].classList.contains('current')) return k;
    return -1;
  }
  function move(step) {
    var rows = rowsOfTab(), k = at();
    var next = rows[k < 0 ? (step > 0 ? 0 : rows.length - 1) : k + step];
    if (next) return focusRow(next);
    // Past the last link of a document: on to the next document's first.
    if (openTab === 'tab-docs' && step > 0 && docSelect.selectedIndex < docs.length - 1) {
      docSelect.selectedIndex++;
      current = null;
      renderDoc();
      focusRow(rowsOfTab()[0]);
    }
  }
  /** The next link or entry no one has decided on, from the focused one (links: on through the documents). */
  function nextOpen() {
    var rows = rowsOfTab();
    for (var k = at() + 1; k < rows.length; k++) if (!/\b(accepted|rejected|edited)\b/.test(rows[k].className)) return focusRow(rows[k]);
    if (openTab !== 'tab-docs') return;
    var f = docFilters();
    for (var i = (Number(docSelect.value) || 0) + 1; i < docs.length; i++) {
      var open = articleRows(i).some(function (r) { return !r.only && !r.review && shown(docs[i], r, f); });
      if (!open) continue;
      docSelect.value = String(i);
      current = null;
      renderDoc();
      return nextOpen();
    }
  }
  /** Decide, then focus the row that came after the decided one (found by its key; by position where it changed). */
  function decideAndMove(d) {
    var rows = rowsOfTab(), k = at();
    var nextKey = rows[k + 1] && rows[k + 1].getAttribute('data-key');
    decide(d);
    var again = rowsOfTab();
    var target = again.filter(function (tr) { return nextKey && tr.getAttribute('data-key') === nextKey; })[0] || again[Math.min(again.length - 1, k + 1)];
    keyboardMoved = true;
    focusRow(target);
  }
  function act(what) {
    if (what === 'undo') return undo();
    if (openTab === 'tab-docs') {
      if (!current || !current.rung) return;
      if (what === 'edit') { editing = current.rung; renderDoc(); var box = document.querySelector('#pairs tr.editor input'); if (box) box.focus(); return; }
      return decideAndMove(linkDecision(current.doc, current.rung, what));
    }
    if (!currentTerm) return;
    var entry = (currentTerm.which === 'g' ? data.glossary : data.candidates).filter(function (e) { return e.id === currentTerm.id; })[0];
    if (!entry) return;
    if (what === 'edit') { termEditing = entry.id; return renderTerms(currentTerm.which); }
    decideAndMove(termDecision(entry, what));
  }
  var KEY_ACTS = { j: 'next', ArrowDown: 'next', k: 'previous', ArrowUp: 'previous', a: 'accept', r: 'reject', e: 'edit', n: 'open', u: 'undo' };
  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var target = ev.target;
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) || target.getAttribute('role') === 'tab' || target.closest('tr.editor, thead')) return;
    var what = KEY_ACTS[ev.key];
    if (!what || openTab === 'tab-summary') return;
    ev.preventDefault();
    if (what === 'next') move(1);
    else if (what === 'previous') move(-1);
    else if (what === 'open') nextOpen();
    else act(what);
  });
`;
