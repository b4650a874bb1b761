import type { Feature } from './_term-features.js';

/** What each weight of the term model measures, printed beside it by fit-term-model.ts. */
export const NOTES: Record<Feature, string> = {
  termhood: 'the hand-set termhood (termhood.ts), in [0, 1]',
  confidence: 'the translation confidence, in [0, 1]',
  documents: 'log2 of the documents the pair was seen in (unithood across articles)',
  enCommonest: 'rarity of the commonest English content word (a general modifier lowers it)',
  ptRarest: 'rarity of the rarest Portuguese content word',
  medical: 'the medical-vocabulary level of the most medical English word (termhood.ts medical: 1, 0.6, 0.2)',
  acronym: '1 for an acronym or symbol (two capitals or more, one word)',
  typed: '1 when the entities stage or a type cue gave a type other than term',
  freeModifier: '1 for a phrase opening on a free modifier (src/lang/en/free-modifiers.yaml)',
  general: '1 when every English content word is in the general-language list',
  adjective: '1 for an adjective standing alone',
  nested: 'log2(1 + longer English forms of the glossary holding the pair\'s English)',
  headGeneralSense: "1 when the English head's commonest WordNet sense is of a general kind (act, attribute, cognition, communication, group, …)",
  headMedicalSense: "1 when one of the English head's WordNet senses is medicine's (wordnet.ts)",
  lexicalised: '1 for a phrase WordNet lists as a compound',
  domainMedical: '1 when the phrase WordNet lists, a one-word entry (any sense) or the head is filed under a medical topic domain (wordnet-medical-domains.yaml)',
  domainOther: '1 when those are filed under topic domains, none medical',
  pertainsMedical: '1 when the first word, as an adjective, pertains to a noun of medical meaning (renal → kidney)',
  pertainsGeneral: '1 when the first word, as an adjective, pertains only to nouns of no medical meaning',
};
