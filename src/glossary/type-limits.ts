import type { TermType } from '../types.js';
import { nounSenses, type Lexname, type NounSenses } from '../lang/wordnet.js';
import { englishWordClass } from './inflection.js';
import { isDiagnosisName } from './lexicon-type.js';

/**
 * What a mined term's type cannot be, whatever the evidence typed it: a word
 * English uses as an adjective (`hypertensive`, `diabetic`) describes a
 * patient or an organ and names no diagnosis; a term whose head WordNet files
 * first under acts, states, processes or events (`oxygen therapy`,
 * `immunosuppression`, `vaccination`) is something done or undergone, not a
 * medication, whatever drug it names; a term whose head WordNet knows only
 * as a group, a person, an act, a feeling, a message, an idea or an
 * artifact (`genome`, `empathy`, `paravertebral blockade`), none of its
 * senses medicine's, names no disease or finding (`en`, the English as
 * written, tells an acronym from such a word). Each is `term`.
 */
export function withinTypeLimits(enKey: string, type: TermType, en?: string): TermType {
  if (type === 'diagnosis' && /^\p{Ll}+$/u.test(enKey) && englishWordClass(enKey) === 'adjective') return 'term';
  if (type === 'drug' && NOT_A_SUBSTANCE.has(headSenses(enKey)?.first ?? '')) return 'term';
  if (type === 'diagnosis' && en !== undefined && namesNoFinding(enKey, en)) return 'term';
  return type;
}

const NOT_A_SUBSTANCE = new Set(['noun.act', 'noun.state', 'noun.process', 'noun.event']);

/**
 * Where WordNet files diseases, disorders, injuries, signs and findings:
 * states (`hypertension`), processes (`metastasis`), events (`fracture`),
 * attributes (`obesity`), phenomena (`necrosis`), the body (`lesion` as a
 * structure).
 */
const FINDING_FILES = new Set<Lexname>(['noun.state', 'noun.process', 'noun.event', 'noun.attribute', 'noun.phenomenon', 'noun.body']);

/**
 * WordNet has the key's head as a noun, and no sense of it is medicine's (an
 * act such as `vomiting` may be) or filed where findings are. Not where the
 * head as written has two capitals or more: an acronym (`AD`) is no word
 * WordNet lists in small letters (`ad`, an advertisement). Not for a name
 * the project's disease lexicon holds (`coma`, `pleural effusion`): WordNet's
 * senses of its head (a punctuation mark, an outpouring) are not the ones
 * the lexicon coded.
 */
function namesNoFinding(enKey: string, en: string): boolean {
  if (isDiagnosisName(enKey)) return false;
  // A code or number after the head (`type 1`) is no word WordNet means here.
  if (!/^\p{L}[\p{L}-]*$/u.test(enKey.split(' ').at(-1)!)) return false;
  if ((en.split(/\s+/).at(-1)!.match(/\p{Lu}/gu)?.length ?? 0) >= 2) return false;
  const senses = headSenses(enKey);
  return senses !== undefined && !senses.medical && !senses.files.some((f) => FINDING_FILES.has(f));
}

/** WordNet's noun senses of the whole key, else of its last word. */
function headSenses(enKey: string): NounSenses | undefined {
  const words = enKey.split(' ');
  return nounSenses(enKey) ?? (words.length > 1 ? nounSenses(words[words.length - 1]!) : undefined);
}
