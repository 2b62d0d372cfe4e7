import { ENGLISH_FUNCTION_WORDS } from '../lexicon/function-words';

const WORD = /[\p{L}'’]+/gu;
const LATIN = /\p{Script=Latin}/u;

/**
 * Whether a text reads as English, from its share of English function words. Short texts
 * (under `minWords`) get the benefit of the doubt: too few words to tell.
 */
export function looksEnglish(text: string, minWords = 6): boolean {
  const words = text.match(WORD) ?? [];
  if (words.length < minWords) return true;
  const latin = words.filter((w) => LATIN.test(w)).length;
  if (latin / words.length < 0.5) return false;
  const known = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase().replace(/’/g, "'"))).length;
  return known / words.length >= 0.15;
}
