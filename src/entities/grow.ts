import type { Lang } from '../types.js';
import type { Mention } from './mention.js';
import { diseaseSuffix, isDiseaseHead, isDiseaseModifier } from './morphology.js';
import { adjacent, ofWords } from './nearby.js';
import type { Token } from './tokens.js';
import { fold, wordKey } from './tokens.js';
import { contextWords, endsAs, eponymParticle } from './words.js';
import { language, opensSectionLabel, shared } from '../lang/index.js';
import { wordList } from '../lang/dictionary.js';
import { englishWords } from '../lang/english-words.js';
import { isFunctionWord } from './lexicon.js';
import { readUnit } from './units.js';
import { routeOf } from './written-forms.js';

/**
 * Steps that widen mentions once they are found: a diagnosis over its
 * modifiers and a following head noun, a drug over its salt's counter-ion,
 * a brand over its hyphenated prefix, a work-up head over the test it is
 * of. Each marks the tokens it takes.
 */

/** Grow a disease mention over its modifiers: left in English (`chronic renal failure`), right in Portuguese (`insuficiência renal crônica`, `doença de Crohn`). */
export function extendDisease(tokens: Token[], taken: Uint8Array, m: Mention, lang: Lang, max: number): Mention {
  const cw = contextWords(lang);
  if (lang === 'en') {
    let k = m.from - 1;
    let n = 0;
    while (k >= 0 && n < max && !taken[k]) {
      const t = tokens[k]!;
      // A hyphen inside a word (`Von Hippel-Lindau`), not a dash between spaces (`the agent - Severe …`).
      if (t.text === '-' && k > 0 && tokens[k - 1]!.word && tokens[k - 1]!.end === t.start && tokens[k + 1]?.start === t.end) {
        k -= 2;
        n++;
        continue;
      }
      // `SARS-CoV-2 infection`, `HIV-1 infection`: a number a hyphen joins to a name in capitals (two or more: not the label of `day D-7`) is part of that name.
      if (/^\d+$/.test(t.text) && k > 1 && tokens[k - 1]!.text === '-' && tokens[k - 1]!.start === tokens[k - 2]!.end && /\p{Lu}.*\p{Lu}/u.test(tokens[k - 2]!.text)) {
        k -= 3;
        n++;
        continue;
      }
      // `Von Hippel-Lindau (VHL) disease`: the name's abbreviation inside it.
      if (t.text === ')' && k >= 3 && tokens[k - 2]!.text === '(' && /^[A-Z][A-Za-z0-9-]{1,8}$/.test(tokens[k - 1]!.text) && !taken[k - 1] && !taken[k - 2]) {
        k -= 3;
        continue;
      }
      // `von Willebrand disease`, `van der Woude syndrome`: a particle of the eponym after it (not of the head noun: `le Cancer`).
      const after = tokens[k + 1];
      if (t.word && eponymParticle(t) && after && k + 1 < m.to - 1 && (/^\p{Lu}/u.test(after.text) || eponymParticle(after))) {
        k--;
        continue;
      }
      if (!t.word || !isDiseaseModifier(t, lang, true)) break;
      k--;
      n++;
    }
    // Do not begin on a hyphen.
    let from = k + 1;
    while (from < m.from && !tokens[from]!.word) from++;
    // `A bacterial infection`: a one-letter function word with no word before it and a space after opens the sentence (the article), not a form's letter (`group A`, `fragile X`, `A-T`).
    if (from < m.from && tokens[from]!.text.length === 1 && isFunctionWord(tokens[from]!.lower, lang) && !tokens[from - 1]?.word && tokens[from + 1]!.start > tokens[from]!.end) from++;
    return { ...m, from };
  }
  let k = m.to;
  let n = 0;
  while (k < tokens.length && n < max && !taken[k]) {
    const t = tokens[k]!;
    if (ofWords('pt').has(t.lower)) {
      const end = eponymEnd(tokens, taken, k + 1);
      if (end > k + 1) {
        // The of-word and its eponym count as the two words they were before particles and hyphens were read.
        n += 2;
        k = end;
        continue;
      }
    }
    if (!t.word || headingWord(t, tokens[k - 1], lang) || !isDiseaseModifier(t, lang, false)) break;
    k++;
    n++;
  }
  return { ...m, to: k };
}

/**
 * Where an eponym starting at token `i` ends (exclusive), or `i` when none
 * starts there: particles (`von`, `de`) before a capitalised name, and the
 * names a hyphen joins to it (`von Hippel-Lindau`, `Creutzfeldt-Jakob`).
 */
function eponymEnd(tokens: Token[], taken: Uint8Array, i: number): number {
  let k = i;
  while (tokens[k] && !taken[k] && eponymParticle(tokens[k]!) && tokens[k + 1]?.word) k++;
  const name = tokens[k];
  if (!name || taken[k] || !/^\p{Lu}/u.test(name.text)) return i;
  k++;
  while (tokens[k]?.text === '-' && tokens[k]!.start === tokens[k - 1]!.end && tokens[k + 1]?.start === tokens[k]!.end && /^\p{Lu}/u.test(tokens[k + 1]!.text) && !taken[k + 1]) k += 2;
  return k;
}

/**
 * A section label's first word in capitals after a word in small letters
 * belongs to no phrase with it: a structured abstract's heading run on after
 * the part before (`artrite idiopática juvenil OBJETIVO: Avaliar`), whose
 * word may be an adjective. The labels are those headings are found by
 * (src/lang/section-headings.ts); an acronym (`síndrome HELLP`) is none.
 */
function headingWord(t: Token, before: Token | undefined, lang: Lang): boolean {
  return /^\p{Lu}{2,}$/u.test(t.text) && before !== undefined && /\p{Ll}/u.test(before.text) && opensSectionLabel(t.text, lang);
}

/** Lexicon diagnoses grow over their modifiers too: Portuguese qualifiers follow any diagnosis (`MCP dilatada`, `IC isquêmica`); English ones precede a head noun. */
export function growDiagnoses(tokens: Token[], taken: Uint8Array, mentions: Mention[], lang: Lang): void {
  for (const m of mentions) {
    if (m.type !== 'diagnosis') continue;
    const head = tokens[lang === 'en' ? m.to - 1 : m.from]!;
    if (lang === 'en' && (m.expansion || (!isDiseaseHead(head, lang) && !diseaseSuffix(head, lang)))) continue;
    taken.fill(0, m.from, m.to);
    const grown = extendDisease(tokens, taken, m, lang, lang === 'en' ? 3 : 2);
    if (grown.from !== m.from || grown.to !== m.to) m.grown = true;
    m.from = grown.from;
    m.to = grown.to;
    taken.fill(1, m.from, m.to);
  }
}

/** `Kostmann neutropenia syndrome`: in English a head noun right after a known diagnosis joins it. */
export function joinHeadNoun(text: string, tokens: Token[], taken: Uint8Array, mentions: Mention[], lang: Lang): void {
  if (lang !== 'en') return;
  for (const m of mentions) {
    const next = tokens[m.to];
    if (m.type === 'diagnosis' && next && !taken[m.to] && isDiseaseHead(next, lang) && adjacent(text, tokens[m.to - 1]!, next)) {
      taken[m.to] = 1;
      m.to++;
      m.grown = true;
    }
  }
}

/** `valproato de sódio`, `losartana potássica`, `naproxen sodium`, `sodium valproate`: the counter-ion belongs to the drug's name. */
export function joinSalts(text: string, tokens: Token[], taken: Uint8Array, mentions: Mention[], lang: Lang): void {
  const cw = contextWords(lang);
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type !== 'drug') continue;
    const before = mentions[k - 1];
    if (lang === 'en' && before && before.to === m.from && before.to === before.from + 1 && cw.salt.has(tokens[before.from]!.lower) && adjacent(text, tokens[before.from]!, tokens[m.from]!)) {
      m.from = before.from;
      mentions.splice(--k, 1);
      continue;
    }
    const of = lang === 'pt' && tokens[m.to]?.lower === 'de' ? 1 : 0;
    const salt = tokens[m.to + of];
    if (!salt || !cw.salt.has(salt.lower) || !adjacent(text, tokens[m.to + of - 1]!, salt)) continue;
    const next = mentions[k + 1];
    if (next && next.from === m.to + of) {
      if (next.to !== next.from + 1) continue;
      mentions.splice(k + 1, 1);
    }
    m.to += of + 1;
    taken.fill(1, m.from, m.to);
  }
}

/** `análise do LCR`, `estudo de líquor`: a work-up head takes in the named test it is of. */
export function joinWorkupHead(text: string, tokens: Token[], taken: Uint8Array, mentions: Mention[], lang: Lang): void {
  const cw = contextWords(lang);
  for (const m of mentions) {
    const of = tokens[m.from - 1];
    const head = tokens[m.from - 2];
    if (m.type !== 'lab' || !of || !head || taken[m.from - 2] || !ofWords('pt').has(of.lower) || !cw.workupHead.has(head.lower) || head.lower === 'ex') continue;
    if (!adjacent(text, head, of) || !adjacent(text, of, tokens[m.from]!)) continue;
    m.from -= 2;
    taken.fill(1, m.from, m.to);
  }
}

let makers: Set<string> | undefined;

/**
 * `Depo-Medrol`, `Solu-Cortef`: a brand's name may begin with a capitalised
 * word a hyphen joins to it (the maker's mark of a form), which is part of the
 * brand as written. A word of the text's language or of English there is a
 * prefix or a word of its own (`Anti-`, `Post-`, `Controle-`), and a
 * company's name (`Merck-`, src/lang/shared/drug-makers.tsv) the maker's:
 * neither is part of the name.
 */
export function joinBrandPrefix(text: string, tokens: Token[], taken: Uint8Array, mentions: Mention[], lang: Lang): void {
  for (const m of mentions) {
    if (m.type !== 'drug' || !m.brand || m.from < 2 || taken[m.from - 2]) continue;
    const part = tokens[m.from - 2]!;
    const hyphen = tokens[m.from - 1]!;
    if (hyphen.text !== '-' || part.end !== hyphen.start || hyphen.end !== tokens[m.from]!.start) continue;
    if (!/^\p{Lu}\p{L}+$/u.test(part.text) || englishWords.has(part.lower) || wordList(lang).has(part.lower)) continue;
    makers ??= new Set(shared().drugMakers().map((r) => r.form!.toLowerCase()));
    if (makers.has(part.lower)) continue;
    // Not the second half of a longer hyphenated word (`X-Depo-Medrol`).
    if (tokens[m.from - 3]?.end === part.start) continue;
    m.from -= 2;
    m.brand = text.slice(part.start, tokens[m.to - 1]!.end);
    taken.fill(1, m.from, m.to);
  }
}

/**
 * `infecção por SARS-CoV-2`, `infection with Staphylococcus aureus`,
 * `infecção pelo citomegalovírus`: a diagnosis that names an infection
 * takes in the agent named after it (context-words `infection-head`,
 * `agent-preposition`). A mention the agent's name holds (`HIV`) becomes
 * part of it, and names it (HIV infection).
 */
export function joinAgent(text: string, tokens: Token[], taken: Uint8Array, mentions: Mention[], lang: Lang): void {
  const cw = contextWords(lang);
  if (cw.infectionHead.size === 0) return;
  for (const m of mentions) {
    const prep = tokens[m.to];
    if (m.type !== 'diagnosis' || !prep || !cw.agentPreposition.has(prep.lower) || !adjacent(text, tokens[m.to - 1]!, prep)) continue;
    let infection = false;
    for (let k = m.from; k < m.to && !infection; k++) infection = cw.infectionHead.has(tokens[k]!.key);
    if (!infection || !tokens[m.to + 1] || !adjacent(text, prep, tokens[m.to + 1]!)) continue;
    let end = agentEnd(text, tokens, m.to + 1, lang);
    if (end <= m.to + 1) {
      // A name in capitals alone (`HIV`) is an agent only as a mention naming the infection by it: `IV`, `ICU`, `POD`, `SUS` name none.
      const named = mentions.find((o) => o !== m && o.from === m.to + 1 && namesInfection(o));
      if (!named) continue;
      end = named.to;
    }
    const held = mentions.filter((o) => o !== m && o.from < end && o.to > m.to + 1);
    if (held.some((o) => o.from < m.to + 1 || o.to > end || !namesInfection(o))) continue;
    for (const o of held) mentions.splice(mentions.indexOf(o), 1);
    m.to = end;
    // `infection with HIV` is the held mention's concept (HIV infection); another agent's infection is named by its text.
    if (held.length === 1) m.concepts = held[0]!.concepts;
    else m.grown = true;
    taken.fill(1, m.from, m.to);
  }
}

/**
 * A mention held in an agent's name is the agent when what it names is the
 * infection by it (`HIV`: HIV infection); a disease of its own (`COVID-19`)
 * is no agent, and `infection by COVID-19` joins nothing.
 */
function namesInfection(o: Mention): boolean {
  const heads = contextWords('en').infectionHead;
  return o.concepts.length > 0 && o.concepts.every((c) => heads.has(wordKey(fold(c.name.split(/\s+/).at(-1)!.toLowerCase()), 'en')));
}

let genera: string[] | undefined;
/** Endings of Latin genus names (`-coccus`, `-bacter`, `Candida`): the same in both languages. */
const genusEndings = () => (genera ??= language('en').genusEndings().flatMap((e) => e.endings.map((x) => String(x))));

/**
 * Where the name of an infectious agent starting at token `i` ends
 * (exclusive), or `i`: a strain's name in capitals with the parts a hyphen
 * joins to it (`SARS-CoV-2`, `HTLV-1`), a Latin genus by its ending with its
 * epithet (`Staphylococcus aureus`, `S. aureus`, `Candida`), or a noun of a
 * virus (`citomegalovírus`, `vírus Zika`). A name in capitals alone (`HIV`,
 * but also `IV`, `ICU`) is not read here: joinAgent takes it only as a
 * mention naming the infection by it.
 */
function agentEnd(text: string, tokens: Token[], i: number, lang: Lang): number {
  const t = tokens[i]!;
  const glued = (k: number) => tokens[k]?.start === tokens[k - 1]!.end;
  if (/^\p{Lu}[\p{L}\d]*$/u.test(t.text) && /^.[\p{L}\d]*[\p{Lu}\d]/u.test(t.text)) {
    let k = i + 1;
    while (tokens[k]?.text === '-' && glued(k) && glued(k + 1) && /^[\p{L}\d]*[\p{Lu}\d][\p{L}\d]*$/u.test(tokens[k + 1]!.text)) k += 2;
    // `HIV-positive`, `X-recombinant`: the name is part of an adjective.
    if (k === i + 1 || (tokens[k]?.text === '-' && glued(k))) return i;
    // A route (`IV-2`), a unit, or a name the text defines as no agent (`central venous catheter (CVC)`) names none.
    if (routeOf(t.text, lang) || readUnit(t.text)?.length === t.text.length || definedOtherwise(text, text.slice(t.start, tokens[k - 1]!.end), lang)) return i;
    return k;
  }
  const epithet = (k: number) => {
    const e = tokens[k];
    return e && /^\p{Ll}{3,}$/u.test(e.text) && adjacent(text, tokens[k - 1]!, e) && !isFunctionWord(e.lower, lang) ? k + 1 : k;
  };
  // `S. aureus`: an abbreviated genus before its epithet.
  if (/^\p{Lu}$/u.test(t.text) && tokens[i + 1]?.text === '.' && glued(i + 1)) {
    const end = epithet(i + 2);
    return end > i + 2 ? end : i;
  }
  if (/^\p{Lu}\p{Ll}{3,}$/u.test(t.text) && genusEndings().some((e) => t.lower.endsWith(e))) return epithet(i + 1);
  const virus = contextWords(lang).agentEnding;
  if (virus.includes(t.lower) || endsAs(t.lower, virus)) {
    // `vírus Zika`, `virus HTLV-1`: a bare virus noun and the name after it.
    const next = tokens[i + 1];
    if (virus.includes(t.lower) && next && adjacent(text, t, next) && /^\p{Lu}/u.test(next.text)) return Math.max(agentEnd(text, tokens, i + 1, lang), i + 2);
    return i + 1;
  }
  return i;
}

/**
 * Whether the text defines `name` (or its first part, before a hyphen) as
 * something else than an agent: a long form before `(NAME)` whose last word
 * is no noun of a virus or Latin genus (`cateter venoso central (CVC-2)`).
 */
function definedOtherwise(text: string, name: string, lang: Lang): boolean {
  const virus = contextWords(lang).agentEnding;
  for (const short of new Set([name, name.split('-')[0]!])) {
    for (let at = text.indexOf(`(${short})`); at >= 0; at = text.indexOf(`(${short})`, at + 1)) {
      const before = /([\p{L}\d-]+)\s*$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
      if (!before) continue;
      const lower = fold(before.toLowerCase());
      if (virus.includes(lower) || endsAs(lower, virus) || genusEndings().some((e) => lower.endsWith(e))) continue;
      return true;
    }
  }
  return false;
}
