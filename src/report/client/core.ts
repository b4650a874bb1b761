/**
 * The page script's base: the data, the interface language, tabs, and the
 * rendering of a sentence with its entity mentions. The script is ES5-style
 * JavaScript kept as text (the page runs it inline); the chunks of
 * src/report/client/ share one function scope, in the order client.ts joins them.
 */
export const CORE = String.raw`
  var data = JSON.parse(document.getElementById('data').textContent);
  var docs = data.docs;
  // The reader's language: the one chosen here before (kept in localStorage), else the browser's first of en/pt.
  var LOCALE_KEY = 'medbitext-locale';
  function firstLocale() {
    try { var kept = localStorage.getItem(LOCALE_KEY); if (kept === 'en' || kept === 'pt') return kept; } catch (e) { /* storage off */ }
    var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < langs.length; i++) { var l = String(langs[i]).slice(0, 2).toLowerCase(); if (l === 'en' || l === 'pt') return l; }
    return 'en';
  }
  var locale = firstLocale();
  function t(key) { return (data.i18n[locale] && data.i18n[locale][key]) || data.i18n.en[key] || key; }
  function tf(key, values) { return t(key).replace(/\{(\w+)\}/g, function (m, k) { return values[k] === undefined ? m : String(values[k]); }); }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== undefined && attrs[k] !== null) node.setAttribute(k, attrs[k]);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function $(id) { return document.getElementById(id); }
  var renderers = [];
  function rerender() { renderers.forEach(function (r) { r(); }); }
  // Numbers shown to the reader as the reader's language writes them (0,99 and 1.820 in Portuguese).
  var formats = {};
  function fmt(x, digits) {
    var k = locale + ':' + digits;
    formats[k] = formats[k] || new Intl.NumberFormat(locale === 'pt' ? 'pt-BR' : 'en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return formats[k].format(x);
  }
  function applyLocale() {
    document.documentElement.lang = locale;
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (n) { n.textContent = t(n.getAttribute('data-i18n')); });
    document.querySelectorAll('[data-i18n-label]').forEach(function (n) { n.setAttribute('aria-label', t(n.getAttribute('data-i18n-label'))); });
    document.querySelectorAll('[data-num]').forEach(function (n) { n.textContent = fmt(Number(n.getAttribute('data-num')), Number(n.getAttribute('data-digits'))); });
    document.querySelectorAll('input[type=range]').forEach(function (r) { $(r.id + '-value').textContent = fmt(Number(r.value), 2); });
    document.querySelectorAll('[data-locale]').forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-locale') === locale)); });
    rerender();
  }
  document.querySelectorAll('[data-locale]').forEach(function (b) {
    b.addEventListener('click', function () {
      locale = b.getAttribute('data-locale');
      try { localStorage.setItem(LOCALE_KEY, locale); } catch (e) { /* storage off: the choice lasts as long as the page */ }
      applyLocale();
    });
  });

  // Tabs: arrow keys move between them, as the ARIA tabs pattern says. Only the open panel is drawn.
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role=tab]'));
  var openTab = 'tab-docs';
  function select(tab) {
    tabs.forEach(function (x) {
      var on = x === tab;
      x.setAttribute('aria-selected', String(on));
      x.tabIndex = on ? 0 : -1;
      $(x.getAttribute('aria-controls')).hidden = !on;
    });
    openTab = tab.id;
    tab.focus();
    rerender();
  }
  tabs.forEach(function (tab, i) {
    tab.tabIndex = i === 0 ? 0 : -1;
    tab.addEventListener('click', function () { select(tab); });
    tab.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowRight') select(tabs[(i + 1) % tabs.length]);
      if (ev.key === 'ArrowLeft') select(tabs[(i + tabs.length - 1) % tabs.length]);
    });
  });

  // A slider shows its value beside it.
  document.querySelectorAll('input[type=range]').forEach(function (r) {
    r.addEventListener('input', function () { $(r.id + '-value').textContent = fmt(Number(r.value), 2); });
  });

  var docIndex = {};
  docs.forEach(function (d, i) { docIndex[d.id] = i; });
  function fillDocs(selectEl, withAny) {
    var frag = document.createDocumentFragment();
    if (withAny) frag.appendChild(el('option', { value: '', 'data-i18n': 'any' }, t('any')));
    docs.forEach(function (d, i) { frag.appendChild(el('option', { value: withAny ? d.id : String(i) }, d.id)); });
    selectEl.appendChild(frag);
  }

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
        Object.keys(e.attrs).forEach(function (a) { title += '\n' + a + ': ' + e.attrs[a]; });
        frag.appendChild(el('mark', { class: 'e ' + e.type + (e.attrs.category === 'examination' ? ' examination' : '') + (e.negated ? ' negated' : ''), title: title, tabindex: '0', 'data-key': e.key }, s.text.slice(e.start, e.end)));
        at = e.end;
      });
      frag.appendChild(document.createTextNode(s.text.slice(at)));
    });
    return frag;
  }

  function download(name, type, text) {
    var a = el('a', { download: name, href: URL.createObjectURL(new Blob([text], { type: type })) });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }
`;
