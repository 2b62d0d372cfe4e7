import { OTHER_WORDS, SELF_WORDS } from '../lexicon';
import type { ParsedSentence } from './parse';
import { originOf, parseText } from './segment';
import { setOrigin, type Sentence } from './sentence';
import { countWords } from './text';

export type { Draft, Sentence } from './sentence';

const QUESTION_END = /\?[\s"'”’»)\]\p{Extended_Pictographic}\u200d\ufe0f]*$/u;

/** What a sentence's words alone tell, wherever it stands in the draft. */
type Facts = Pick<Sentence, 'text' | 'words' | 'selfWords' | 'otherWords' | 'question'>;

// By the sentence's parse in its block (segment.ts originOf), so a sentence that typing before it
// only moved keeps them.
const facts = new WeakMap<ParsedSentence, Facts>();

function factsOf(p: ParsedSentence, text: string): Facts {
  const origin = originOf(p);
  const known = facts.get(origin);
  if (known) return known;
  const sentenceText = text.slice(p.start, p.end);
  let selfWords = 0;
  let otherWords = 0;
  for (const t of p.terms) {
    if (SELF_WORDS.has(t.normal)) selfWords += 1;
    else if (OTHER_WORDS.has(t.normal)) otherWords += 1;
  }
  const found: Facts = {
    text: sentenceText,
    words: countWords(sentenceText),
    selfWords,
    otherWords,
    question: QUESTION_END.test(sentenceText),
  };
  facts.set(origin, found);
  return found;
}

// The same placed sentence at the same index is the same Sentence, so what is worked out from
// one (its ask, its focus) can be remembered by it between analyses (sentence.ts perSentence).
const made = new WeakMap<ParsedSentence, Sentence>();

export function buildSentences(text: string): Sentence[] {
  return parseText(text).map((p, index) => {
    const known = made.get(p);
    if (known?.index === index) return known;
    const f = factsOf(p, text);
    const sentence: Sentence = { start: p.start, end: p.end, terms: p.terms, hits: p.hits, ...f, index };
    made.set(p, sentence);
    setOrigin(sentence, originOf(p));
    return sentence;
  });
}
