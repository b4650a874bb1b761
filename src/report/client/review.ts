/**
 * The page's review state: the decisions made here (kept in localStorage
 * under a key naming the report's documents, so a reload keeps them), the
 * ones the run already applied (`counts.review`), each document's ladder with
 * this page's link decisions replayed (the shared src/review/ladder.ts code),
 * and progress. Decisions are shaped as the decisions file has them
 * (docs/decisions.md).
 */
export const REVIEW = String.raw`
  function reportKey() {
    // FNV-1a of the document ids: the same report (or a rerun over the same documents) finds its decisions.
    var h = 2166136261;
    var s = docs.map(function (d) { return d.id; }).join('\n');
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
    return 'medbitext-review:' + docs.length + ':' + h.toString(36);
  }
  var storeKey = reportKey();
  function identity(d) {
    return d.kind === 'link' ? JSON.stringify(['link', d.doc, d.part, d.en, d.pt]) : JSON.stringify(['term', d.en.toLowerCase(), d.pt.toLowerCase()]);
  }
  var carried = (data.counts.review || []).map(function (o) { return o.decision; });
  var local = [];
  try { local = JSON.parse(localStorage.getItem(storeKey) || '[]'); } catch (e) { local = []; }
  // What the run applied already is in the report's data: only decisions made since stay local.
  var applied = {};
  carried.forEach(function (d) { var j = JSON.stringify(d); applied[j] = (applied[j] || 0) + 1; });
  local = local.filter(function (d) { var j = JSON.stringify(d); return applied[j] > 0 ? (applied[j]--, false) : true; });
  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify(local)); } catch (e) { /* storage full or off: decisions last as long as the page */ }
  }

  function num(id) { return Number(id.slice(3)); }
  function textOf(doc) { return function (lang, n) { var s = doc.sentences[lang + '-' + n]; return s ? s.text : undefined; }; }
  function baseRungs(doc) {
    return doc.links.map(function (l) { return { en: l.en.map(num), pt: l.pt.map(num), score: l.score, part: l.part, review: l.review }; });
  }
  var ladders = {};
  var decidedDocs = {};
  function indexLocal() {
    decidedDocs = {};
    local.forEach(function (d) { if (d.kind === 'link') decidedDocs[d.doc] = true; });
  }
  indexLocal();
  /** A document's ladder with this page's link decisions replayed, as a rerun will replay them. */
  function ladder(i) {
    if (ladders[i]) return ladders[i];
    var doc = docs[i];
    var rungs = baseRungs(doc);
    if (decidedDocs[doc.id]) {
      var tx = textOf(doc);
      local.forEach(function (d) { if (d.kind === 'link' && d.doc === doc.id) rungs = applyLinkChoice(rungs, tx, d).rungs; });
    }
    return (ladders[i] = rungs);
  }
  function linkDecision(i, rung, decision, to) {
    var doc = docs[i];
    var tx = textOf(doc);
    var d = { kind: 'link', doc: doc.id, part: rung.part, en: rung.en.map(function (n) { return tx('en', n); }), pt: rung.pt.map(function (n) { return tx('pt', n); }), decision: decision };
    if (to) d.to = to;
    return d;
  }
  /** A decision about an entry as it now reads (its Portuguese term after earlier edits). */
  function termDecision(entry, decision, to) {
    var d = { kind: 'term', id: entry.id, en: entry.en, pt: termView(entry).pt, decision: decision };
    if (to) d.to = to;
    return d;
  }
  /**
   * Decisions are kept in the order made, as a rerun replays them: a later one about
   * the same link or entry comes after, and wins (only the same decision twice in a row is dropped).
   */
  function decide(d) {
    var id = identity(d);
    var last = local.filter(function (x) { return identity(x) === id; }).pop();
    if (last && JSON.stringify(last) === JSON.stringify(d)) return rerender();
    local.push(d);
    changed(d);
  }
  function undo() {
    var d = local.pop();
    if (d) changed(d);
  }
  function changed(d) {
    save();
    indexLocal();
    if (d.kind === 'link') delete ladders[docIndex[d.doc]];
    else termCache = null;
    rerender();
  }

  // Term decisions by the entry they are about (its concept id and English term), in order.
  var termCache = null;
  function entryKey(e) { return e.id + '\u0000' + e.en.toLowerCase(); }
  function termDecisions() {
    if (termCache) return termCache;
    termCache = {};
    local.forEach(function (d) { if (d.kind === 'term') (termCache[entryKey(d)] = termCache[entryKey(d)] || []).push(d); });
    return termCache;
  }
  /** An entry as the reviewer left it: its decisions folded in order, as a rerun applies them (src/review/apply-terms.ts). */
  function termView(entry) {
    var v = { entry: entry, review: entry.review, pt: entry.pt, type: entry.type, en_variants: entry.en_variants, pt_variants: entry.pt_variants };
    (termDecisions()[entryKey(entry)] || []).forEach(function (d) {
      if (d.decision === 'reject') { v.review = 'rejected'; return; }
      var to = d.decision === 'edit' ? d.to || {} : {};
      v.review = d.decision === 'edit' ? 'edited' : 'accepted';
      v.pt = to.pt || d.pt;
      v.type = to.type || v.type;
      if (to.en_variants && to.en_variants.length) v.en_variants = to.en_variants;
      if (to.pt_variants && to.pt_variants.length) v.pt_variants = to.pt_variants;
    });
    return v;
  }

  var baseLinks = docs.map(function (d) {
    var reviewed = 0;
    d.links.forEach(function (l) { if (l.review) reviewed++; });
    return { total: d.links.length, reviewed: reviewed };
  });
  function progress() {
    var links = 0, linksDone = 0, terms = 0, termsDone = 0;
    docs.forEach(function (d, i) {
      if (!decidedDocs[d.id]) { links += baseLinks[i].total; linksDone += baseLinks[i].reviewed; return; }
      ladder(i).forEach(function (r) { links++; if (r.review) linksDone++; });
    });
    [data.glossary, data.candidates].forEach(function (list) {
      list.forEach(function (e) { terms++; if (termView(e).review) termsDone++; });
    });
    return { links: links, linksDone: linksDone, terms: terms, termsDone: termsDone };
  }
  function renderProgress() {
    var p = progress();
    $('progress').textContent = tf('progress', { links: p.linksDone, linksTotal: p.links, terms: p.termsDone, termsTotal: p.terms });
    $('undo').disabled = local.length === 0;
  }
  renderers.push(renderProgress);
  $('undo').addEventListener('click', undo);

  /** Every decision, for the file: the run's, then this page's, in the order a rerun replays them. */
  function allDecisions() { return carried.concat(local); }
`;
