/**
 * Files straight from the page: the decisions file (docs/decisions.md), and
 * TMX 1.4b and TBX-Basic as the run writes them with these decisions applied
 * (alignment.tmx, glossary.tbx). XML is built with the browser's DOM and
 * written by its XMLSerializer, which does the escaping.
 */
export const EXPORTS = String.raw`
  function decisionsFile() {
    var all = allDecisions();
    if (!all.length) return '{"medbitext": "decisions", "version": 1, "decisions": []}\n';
    return '{"medbitext": "decisions", "version": 1, "decisions": [\n' + all.map(function (d) { return '  ' + JSON.stringify(d); }).join(',\n') + '\n]}\n';
  }
  // Characters XML 1.0 forbids, as the run's writer (io/xml.ts) treats them: C0 controls dropped; U+FFFE, U+FFFF and lone surrogates U+FFFD.
  function xmlText(s) {
    return String(s).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  }
  var XML_NS = 'http://www.w3.org/XML/1998/namespace';
  function xmlFile(doc) { return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc) + '\n'; }
  function add(parent, name, attrs, text) {
    var node = parent.ownerDocument.createElementNS(parent.namespaceURI, name);
    for (var k in attrs || {}) {
      if (k === 'xml:lang') node.setAttributeNS(XML_NS, k, attrs[k]);
      else node.setAttribute(k, xmlText(attrs[k]));
    }
    if (text !== undefined) node.textContent = xmlText(text);
    parent.appendChild(node);
    return node;
  }

  function tmxFile() {
    var doc = document.implementation.createDocument(null, 'tmx', document.implementation.createDocumentType('tmx', '', 'tmx14.dtd'));
    var tmx = doc.documentElement;
    tmx.setAttribute('version', '1.4');
    add(tmx, 'header', { creationtool: 'medbitext', creationtoolversion: data.version, segtype: 'sentence', 'o-tmf': 'medbitext-jsonl', adminlang: 'en', srclang: 'en', datatype: 'plaintext' });
    var body = add(tmx, 'body');
    docs.forEach(function (d, i) {
      var tx = textOf(d);
      ladder(i).forEach(function (r) {
        if (!r.en.length || !r.pt.length) return;
        var tu = add(body, 'tu');
        add(tu, 'prop', { type: 'x-doc' }, d.id);
        add(tu, 'prop', { type: 'x-score' }, r.score.toFixed(4));
        add(tu, 'prop', { type: 'x-en' }, r.en.join(','));
        add(tu, 'prop', { type: 'x-pt' }, r.pt.join(','));
        if (r.review) add(tu, 'prop', { type: 'x-review' }, r.review);
        [['en', 'en'], ['pt', 'pt-BR']].forEach(function (side) {
          var tuv = add(tu, 'tuv', { 'xml:lang': side[1] });
          add(tuv, 'seg', null, r[side[0]].map(function (n) { return tx(side[0], n); }).join(' '));
        });
      });
    });
    return xmlFile(doc);
  }

  var SUBJECT = { diagnosis: 'medicine: diagnosis', drug: 'medicine: drug', lab: 'medicine: laboratory test', term: 'medicine' };
  function reviewedEntries() {
    var out = [];
    data.glossary.concat(data.candidates).forEach(function (e, k) {
      var v = termView(e);
      var inGlossary = k < data.glossary.length ? v.review !== 'rejected' : v.review === 'accepted' || v.review === 'edited';
      if (inGlossary) out.push(v);
    });
    function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
    return out.sort(function (a, b) { return b.entry.score - a.entry.score || cmp(a.entry.en, b.entry.en) || cmp(a.pt, b.pt) || cmp(a.entry.id, b.entry.id); });
  }
  /** A termSec with its term notes (notes: status, partOfSpeech, gender, termType) and a context per example (lang: its side), as glossary/export.ts writes it. */
  function termSec(langSec, term, notes, examples, lang) {
    var sec = add(langSec, 'termSec');
    add(sec, 'term', null, term);
    [['status', 'administrativeStatus'], ['partOfSpeech', 'partOfSpeech'], ['gender', 'grammaticalGender'], ['termType', 'termType']].forEach(function (n) {
      if (notes[n[0]]) add(sec, 'termNote', { type: n[1] }, notes[n[0]]);
    });
    (examples || []).forEach(function (example) {
      var grp = add(sec, 'descripGrp');
      add(grp, 'descrip', { type: 'context' }, example[lang]);
      add(grp, 'admin', { type: 'source' }, example.doc);
    });
  }
  function tbxFile() {
    var NS = 'urn:iso:std:iso:30042:ed-2';
    var doc = document.implementation.createDocument(NS, 'tbx', null);
    var tbx = doc.documentElement;
    [['https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng', 'http://relaxng.org/ns/structure/1.0'], ['https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch', 'http://purl.oclc.org/dsdl/schematron']].forEach(function (m) {
      doc.insertBefore(doc.createProcessingInstruction('xml-model', 'href="' + m[0] + '" type="application/xml" schematypens="' + m[1] + '"'), tbx);
    });
    tbx.setAttribute('type', 'TBX-Basic');
    tbx.setAttribute('style', 'dca');
    tbx.setAttributeNS(XML_NS, 'xml:lang', 'en');
    var source = add(add(add(tbx, 'tbxHeader'), 'fileDesc'), 'sourceDesc');
    add(source, 'p', null, 'Bilingual English/Brazilian Portuguese medical glossary built by medbitext from aligned sentence pairs, reviewed in report.html.');
    var body = add(add(tbx, 'text'), 'body');
    reviewedEntries().forEach(function (v) {
      var e = v.entry;
      // As glossary/export.ts: reviewed (accepted, edited) or not mined is preferred; a mined, unreviewed entry is a proposal, with no status.
      var preferred = v.review === 'accepted' || v.review === 'edited' || e.origin !== 'corpus';
      var admn = preferred ? 'preferredTerm-admn-sts' : undefined;
      var pos = e.partOfSpeech;
      var concept = add(body, 'conceptEntry', { id: e.id });
      add(concept, 'descrip', { type: 'subjectField' }, SUBJECT[v.type] || 'medicine');
      var figures = ['score ' + e.score.toFixed(3)];
      if (e.termhood !== undefined) figures.push('termhood ' + e.termhood.toFixed(3));
      if (e.confidence !== undefined) figures.push('confidence ' + e.confidence.toFixed(3));
      figures.push('count ' + e.count, 'origin ' + e.origin);
      if (e.original) figures.push('original language ' + e.original);
      figures.push('status ' + (preferred ? 'preferred' : 'proposal (mined, not reviewed)'));
      var sources = e.sources.slice().sort();
      add(concept, 'note', null, figures.join('; ') + (v.review ? '; review ' + v.review : '') + (sources.length ? '; sources ' + sources.join(' ') : ''));
      var given = function (langSec, forms) { (forms || []).forEach(function (f) { termSec(langSec, f, { status: 'admittedTerm-admn-sts', partOfSpeech: pos, termType: 'variant' }); }); };
      var en = add(concept, 'langSec', { 'xml:lang': 'en' });
      termSec(en, e.en, { status: admn, partOfSpeech: pos }, e.examples, 'en');
      given(en, v.en_variants);
      var pt = add(concept, 'langSec', { 'xml:lang': 'pt-BR' });
      termSec(pt, v.pt, { status: admn, partOfSpeech: pos, gender: e.grammaticalGender }, e.examples, 'pt');
      given(pt, v.pt_variants);
      (e.variants || []).forEach(function (x) { termSec(pt, x.form, { status: admn && 'admittedTerm-admn-sts', partOfSpeech: pos, termType: 'variant' }); });
    });
    return xmlFile(doc);
  }

  $('export-decisions').addEventListener('click', function () { download('decisions.json', 'application/json', decisionsFile()); });
  $('export-tmx').addEventListener('click', function () { download('alignment.reviewed.tmx', 'application/x-tmx+xml', tmxFile()); });
  $('export-tbx').addEventListener('click', function () { download('glossary.reviewed.tbx', 'application/x-tbx+xml', tbxFile()); });
`;
