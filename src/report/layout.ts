/**
 * The report page's markup, before its data and script: header, review
 * toolbar, tabs and panels with their filters. Labels carry `data-i18n`
 * keys; the script fills them in the reader's language.
 */

const decisionFilter = (id: string) =>
  `<label><span data-i18n="decision">Decision</span> <select id="${id}"><option value="all" data-i18n="any">any</option><option value="open" data-i18n="open">not reviewed</option><option value="accepted" data-i18n="accepted">accepted</option><option value="rejected" data-i18n="rejected">rejected</option><option value="edited" data-i18n="edited">edited</option></select></label>`;

const scoreFilter = (id: string) =>
  `<label><span data-i18n="scoreAtMost">Score at most</span> <input type="range" id="${id}" min="0" max="1" step="0.05" value="1"> <output for="${id}" id="${id}-value">1.00</output></label>`;

const typeFilter = (id: string, types: string[]) =>
  `<label><span data-i18n="type">Type</span> <select id="${id}"><option value="" data-i18n="any">any</option>${types.map((t) => `<option value="${t}" data-i18n="${t}">${t}</option>`).join('')}</select></label>`;

/** The filters of a terms table (`g`: glossary, `c`: candidates). */
function termControls(which: 'g' | 'c'): string {
  return `<div class="controls">
    <label><span data-i18n="filter">Filter</span> <input type="search" id="${which}filter"></label>
    ${scoreFilter(`${which}score`)}
    ${typeFilter(`${which}type`, ['drug', 'lab', 'diagnosis', 'term'])}
    <label><span data-i18n="document">Document</span> <select id="${which}doc" class="docs-any"></select></label>
    ${decisionFilter(`${which}decision`)}
  </div>`;
}

/** The page's body up to its data; `charts` go in the summary panel. */
export function pageBody(charts: string): string {
  return `<header>
  <h1 data-i18n="title">medbitext report</h1>
  <div class="lang" role="group" aria-label="Language / Idioma">
    <button type="button" data-locale="en" aria-pressed="true">English</button>
    <button type="button" data-locale="pt" aria-pressed="false">Português</button>
  </div>
</header>
<div class="toolbar" role="region" aria-labelledby="review-label">
  <span id="review-label" class="sr-only" data-i18n="review">Review</span>
  <span id="progress" aria-live="polite"></span>
  <button type="button" id="undo" data-i18n="undo">Undo</button>
  <button type="button" id="export-decisions" data-i18n="exportDecisions">Export decisions</button>
  <button type="button" id="export-tmx" data-i18n="exportTmx">Export TMX</button>
  <button type="button" id="export-tbx" data-i18n="exportTbx">Export TBX</button>
  <span class="keys" data-i18n="keys">Keys: j/k next/previous, a accept, r reject, e edit, n next not reviewed, u undo</span>
</div>
<nav role="tablist">
  <button role="tab" id="tab-docs" aria-controls="panel-docs" aria-selected="true" data-i18n="documents">Documents</button>
  <button role="tab" id="tab-glossary" aria-controls="panel-glossary" aria-selected="false" data-i18n="glossary">Glossary</button>
  <button role="tab" id="tab-candidates" aria-controls="panel-candidates" aria-selected="false" data-i18n="candidates">Candidates</button>
  <button role="tab" id="tab-summary" aria-controls="panel-summary" aria-selected="false" data-i18n="summary">Summary</button>
</nav>
<main>
<section id="panel-docs" role="tabpanel" aria-labelledby="tab-docs">
  <div class="controls">
    <label><span data-i18n="document">Document</span> <select id="doc"></select></label>
    ${scoreFilter('dscore')}
    ${typeFilter('dtype', ['drug', 'lab', 'diagnosis'])}
    ${decisionFilter('ddecision')}
    <span class="legend"><mark class="e drug" data-i18n="drug">drug</mark> <mark class="e lab" data-i18n="lab">lab</mark> <mark class="e lab examination" data-i18n="examination">examination</mark> <mark class="e diagnosis" data-i18n="diagnosis">diagnosis</mark> <mark class="e drug negated" data-i18n="negated">negated</mark></span>
  </div>
  <table class="pairs">
    <thead><tr><th scope="col" data-i18n="english">English</th><th scope="col" data-i18n="portuguese">Portuguese</th><th scope="col" data-i18n="score">Score</th><th scope="col" data-i18n="decision">Decision</th></tr></thead>
    <tbody id="pairs"></tbody>
  </table>
</section>
<section id="panel-glossary" role="tabpanel" aria-labelledby="tab-glossary" hidden>
  ${termControls('g')}
  <table class="terms" id="gtable"></table>
</section>
<section id="panel-candidates" role="tabpanel" aria-labelledby="tab-candidates" hidden>
  ${termControls('c')}
  <table class="terms" id="ctable"></table>
</section>
<section id="panel-summary" role="tabpanel" aria-labelledby="tab-summary" hidden>
  <dl id="counts"></dl>
  <div id="carried"></div>
  ${charts}
</section>
</main>`;
}
