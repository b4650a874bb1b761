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
  var carriedSame = {};
  carried.forEach(function (d) { carriedSame[identity(d)] = JSON.stringify(d); });
  var local = [];
  try { local = JSON.parse(localStorage.getItem(storeKey) || '[]'); } catch (e) { local = []; }
  // What the run applied already is in the report's data: only decisions made since stay local.
  local = local.filter(function (d) { return carriedSame[identity(d)] !== JSON.stringify(d); });
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
  function termDecision(entry, decision, to) {
    var d = { kind: 'term', id: entry.id, en: entry.en, pt: entry.pt, decision: decision };
    if (to) d.to = to;
    return d;
  }
  function decide(d) {
    var id = identity(d);
    local = local.filter(function (x) { return identity(x) !== id; });
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

  // Term decisions by the entry they are about.
  var termCache = null;
  function termDecisions() {
    if (termCache) return termCache;
    termCache = {};
    local.forEach(function (d) { if (d.kind === 'term') termCache[identity(d)] = d; });
    return termCache;
  }
  /** An entry as the reviewer left it: its decision, and an edit's values. */
  function termView(entry) {
    var d = termDecisions()[identity({ kind: 'term', en: entry.en, pt: entry.pt })];
    if (!d) return { entry: entry, review: entry.review, pt: entry.pt, type: entry.type, en_variants: entry.en_variants, pt_variants: entry.pt_variants };
    var to = d.decision === 'edit' ? d.to || {} : {};
    return {
      entry: entry,
      review: d.decision === 'accept' ? 'accepted' : d.decision === 'reject' ? 'rejected' : 'edited',
      pt: to.pt || entry.pt,
      type: to.type || entry.type,
      en_variants: to.en_variants || entry.en_variants,
      pt_variants: to.pt_variants || entry.pt_variants,
    };
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

  /** Every decision, for the file: the run's (each replaced by a later one here about the same thing) then this page's. */
  function allDecisions() {
    var mine = {};
    local.forEach(function (d) { mine[identity(d)] = true; });
    return carried.filter(function (d) { return !mine[identity(d)]; }).concat(local);
  }
`;
