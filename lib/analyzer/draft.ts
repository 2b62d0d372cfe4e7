import { OTHER_WORDS, SELF_WORDS } from '../lexicon';
import { parseText } from './segment';
import type { Sentence } from './sentence';
import { countWords } from './text';

export type { Draft, Sentence } from './sentence';
export { hitsOf, liveHits } from './sentence';

const QUESTION_END = /\?[\s"'”’»)\]\p{Extended_Pictographic}\u200d\ufe0f]*$/u;

export function buildSentences(text: string): Sentence[] {
  return parseText(text).map((p, index) => {
    const sentenceText = text.slice(p.start, p.end);
    let selfWords = 0;
    let otherWords = 0;
    for (const t of p.terms) {
      if (SELF_WORDS.has(t.normal)) selfWords += 1;
      else if (OTHER_WORDS.has(t.normal)) otherWords += 1;
    }
    return {
      ...p,
      index,
      text: sentenceText,
      words: countWords(sentenceText),
      selfWords,
      otherWords,
      question: QUESTION_END.test(sentenceText),
    };
  });
}

