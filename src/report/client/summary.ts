/** The Summary tab: the corpus counts, and what became of the decisions the run applied. */
export const SUMMARY = String.raw`
  function renderCounts() {
    if (openTab !== 'tab-summary') return;
    var dl = $('counts');
    dl.textContent = '';
    var c = data.counts;
    [['documents', c.documents], ['sentences_en', c.sentences.en], ['sentences_pt', c.sentences.pt], ['links', c.links], ['entities', c.entities], ['glossary', c.glossary], ['candidates', c.candidates]]
      .forEach(function (p) { dl.appendChild(el('dt', null, t('count_' + p[0]))); dl.appendChild(el('dd', null, fmt(p[1], 0))); });
    var box = $('carried');
    box.textContent = '';
    var review = c.review || [];
    if (!review.length) return;
    var missed = review.filter(function (o) { return o.outcome !== 'applied'; });
    box.appendChild(el('h2', null, t('runDecisions')));
    box.appendChild(el('p', null, tf('runDecisionsCount', { applied: review.length - missed.length, unmatched: missed.length })));
    var ul = el('ul');
    missed.forEach(function (o) {
      var d = o.decision;
      var what = d.kind === 'link' ? d.doc + ' (' + d.part + '): ' + (d.en[0] || d.pt[0]) : d.en + ' / ' + d.pt;
      ul.appendChild(el('li', null, tf('decisionLine', { line: o.line }) + ' — ' + t(o.outcome) + ': ' + what));
    });
    box.appendChild(ul);
  }
  renderers.push(renderCounts);
`;
