import { ENGLISH_FUNCTION_WORDS } from '../lexicon/function-words';
import { countByLine } from './per-line';

const WORD = /[\p{L}'’]+/gu;
const LATIN = /\p{Script=Latin}/u;

/**
 * Whether a text reads as English, from its share of English function words. Short texts
 * (under `minWords`) get the benefit of the doubt: too few words to tell.
 */
export function looksEnglish(text: string, minWords = 6): boolean {
  const [words, latin, known] = englishCounts(text);
  if (words < minWords) return true;
  if (latin / words < 0.5) return false;
  return known / words >= 0.15;
}

/** Words, words in Latin script, and English function words. */
const englishCounts = countByLine((line): [number, number, number] => {
  const words = line.match(WORD) ?? [];
  const latin = words.filter((w) => LATIN.test(w)).length;
  const known = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase().replace(/’/g, "'"))).length;
  return [words.length, latin, known];
});
