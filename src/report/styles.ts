/** The report's styles (inlined: the file must work offline). */
export const STYLES = `
:root { --fg:#1a1a1a; --bg:#fff; --muted:#555; --line:#d0d0d0; --focus:#0b57d0; --ok:#2e7d32; --bad:#b3261e; --edit:#6a4c00; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.45 system-ui, sans-serif; color:var(--fg); background:var(--bg); }
header { display:flex; flex-wrap:wrap; gap:.5rem; justify-content:space-between; align-items:center; padding:.5rem 1rem; border-bottom:1px solid var(--line); }
h1 { font-size:1.2rem; margin:0; }
h2 { font-size:1rem; margin:1rem 0 .3rem; }
nav { display:flex; flex-wrap:wrap; gap:.25rem; padding:.5rem 1rem; }
button { font:inherit; padding:.3rem .7rem; border:1px solid #888; background:#f4f4f4; color:var(--fg); border-radius:4px; cursor:pointer; }
button[aria-selected="true"], button[aria-pressed="true"] { background:#0b3d91; color:#fff; border-color:#0b3d91; }
button:disabled { opacity:.5; cursor:default; }
:focus-visible { outline:3px solid var(--focus); outline-offset:2px; }
main { padding:0 1rem 2rem; }
.toolbar { display:flex; flex-wrap:wrap; gap:.5rem 1rem; align-items:center; padding:.4rem 1rem; background:#f6f8fb; border-bottom:1px solid var(--line); }
.toolbar .keys { color:var(--muted); font-size:.85rem; }
.controls { display:flex; flex-wrap:wrap; gap:.5rem 1rem; align-items:center; margin:.5rem 0; }
.controls output { font-variant-numeric:tabular-nums; min-width:2.5em; display:inline-block; }
table { border-collapse:collapse; width:100%; }
th, td { border-bottom:1px solid var(--line); padding:.35rem .5rem; text-align:left; vertical-align:top; }
.pairs td.en, .pairs td.pt { width:40%; }
.pairs td.score, .terms td.score, .terms td.count { white-space:nowrap; font-variant-numeric:tabular-nums; }
tr.part td { background:#eef2f7; font-weight:600; }
tr.hi td.score { border-left:6px solid var(--ok); } tr.mid td.score { border-left:6px solid #a07c00; } tr.lo td.score { border-left:6px solid var(--bad); }
tr.only td { color:var(--muted); }
tr.current { outline:3px solid var(--focus); outline-offset:-3px; }
tr.accepted td.state { color:var(--ok); } tr.rejected td.state { color:var(--bad); } tr.edited td.state { color:var(--edit); }
tr.rejected td.en, tr.rejected td.pt, tr.rejected td.term { text-decoration:line-through; text-decoration-color:#b3261e88; }
td.none { color:var(--muted); font-style:italic; }
td.actions { white-space:nowrap; }
td.actions button { padding:.15rem .5rem; margin:0 .15rem .15rem 0; }
tr.editor td { background:#fffbe6; }
.editor fieldset { border:1px solid var(--line); margin:.3rem 0; }
.editor label { display:block; margin:.2rem 0; }
.editor .message { color:var(--bad); }
.merge, .note { font-size:.75rem; color:var(--muted); display:block; }
mark.e { background:none; border-bottom:3px solid; padding:0 1px; color:inherit; }
mark.drug { border-color:#1565c0; background:#e3f0fd; } mark.lab { border-color:#6a1b9a; background:#f3e5f5; } mark.diagnosis { border-color:#c62828; background:#fdecea; } mark.lab.examination { border-color:#00695c; background:#e0f2f1; }
mark.negated { text-decoration:line-through; }
mark.active { outline:3px solid #ff8f00; }
.terms th { cursor:pointer; user-select:none; }
.terms th.actions { cursor:default; }
.terms details { font-size:.85rem; color:var(--muted); }
dl { display:grid; grid-template-columns:max-content 1fr; gap:.2rem 1rem; }
figure { margin:1rem 0; }
.sr-only { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
@media (max-width: 600px) {
  main, .toolbar, header, nav { padding-left:.5rem; padding-right:.5rem; }
  .pairs thead, .terms thead { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); }
  .pairs tr, .pairs td, .terms tr, .terms td { display:block; width:100% !important; }
  .pairs tr:not(.part), .terms tbody tr { border-bottom:2px solid #999; padding:.2rem 0; }
  .pairs td, .terms td { border-bottom:none; padding:.15rem .25rem; }
  .pairs td[data-label]::before, .terms td[data-label]::before { content:attr(data-label) ": "; font-weight:600; color:var(--muted); font-size:.8rem; }
  .pairs td.score, .terms td.score { border-left:none !important; }
  tr.hi td.score::after { content:" ●"; color:var(--ok); } tr.mid td.score::after { content:" ●"; color:#a07c00; } tr.lo td.score::after { content:" ●"; color:var(--bad); }
  td.actions { white-space:normal; }
  .toolbar .keys { display:none; }
  .terms td.actions::before { content:none; }
}
`;
