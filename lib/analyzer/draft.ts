import { OTHER_WORDS, SELF_WORDS } from '../lexicon';
import type { ParsedSentence } from './parse';
import { parseText } from './segment';
import type { Sentence } from './sentence';
import { countWords } from './text';

export type { Draft, Sentence } from './sentence';

const QUESTION_END = /\?[\s"'”’»)\]\p{Extended_Pictographic}\u200d\ufe0f]*$/u;

type Facts = Omit<Sentence, 'index'>;

// Per parsed sentence (shared, cached objects): what the checks read, computed once.
const facts = new WeakMap<ParsedSentence, Facts>();

function factsOf(p: ParsedSentence, text: string): Facts {
  const known = facts.get(p);
  if (known) return known;
  const sentenceText = text.slice(p.start, p.end);
  let selfWords = 0;
  let otherWords = 0;
  for (const t of p.terms) {
    if (SELF_WORDS.has(t.normal)) selfWords += 1;
    else if (OTHER_WORDS.has(t.normal)) otherWords += 1;
  }
  const made: Facts = {
    ...p,
    text: sentenceText,
    words: countWords(sentenceText),
    selfWords,
    otherWords,
    question: QUESTION_END.test(sentenceText),
  };
  facts.set(p, made);
  return made;
}

// The same placed sentence at the same index is the same Sentence, so what is worked out from
// one (its ask, its focus) can be remembered by it between analyses.
const made = new WeakMap<ParsedSentence, Sentence>();

export function buildSentences(text: string): Sentence[] {
  return parseText(text).map((p, index) => {
    const known = made.get(p);
    if (known?.index === index) return known;
    const sentence = { ...factsOf(p, text), index };
    made.set(p, sentence);
    return sentence;
  });
}
