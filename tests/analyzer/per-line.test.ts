// @vitest-environment node
// Counting by line (lib/analyzer/per-line.ts) makes re-analysis of a long draft cheaper (issue 6);
// the counts must be what counting the whole text at once gives, whatever the text holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countByLine } from '../../lib/analyzer/per-line';
import { looksEnglish } from '../../lib/analyzer/language';
import { countWords } from '../../lib/analyzer/text';
import { ENGLISH_FUNCTION_WORDS } from '../../lib/lexicon/function-words';

// The whole-text definitions the per-line versions replaced.
const wholeWords = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
function wholeEnglish(text: string, minWords = 6): boolean {
  const words = text.match(/[\p{L}'’]+/gu) ?? [];
  if (words.length < minWords) return true;
  if (words.filter((w) => /\p{Script=Latin}/u.test(w)).length / words.length < 0.5) return false;
  return words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.toLowerCase().replace(/’/g, "'"))).length / words.length >= 0.15;
}

const TEXTS = [
  '',
  '\n',
  'one',
  'Could you review it?\nThanks,\nAna',
  'Could you review it?\r\n\r\nThanks,\r\nAna',
  'Zoë’s well-known café — 2 drafts 👍🏽\n\n\tnext line',
  'مرحبا، هل يمكنك مراجعة المسودة؟\nشكرا',
  'Bonjour, pourriez-vous relire le texte avant vendredi ?\nMerci beaucoup de votre aide.',
  'the the the the the the\nand and and',
  'same line\nsame line\nsame line',
];

describe('countByLine', () => {
  it.each(TEXTS)('counts words in %j as the whole text does', (text) => {
    expect(countWords(text)).toBe(wholeWords(text));
  });

  it.each(TEXTS)('judges %j English or not as the whole text does', (text) => {
    expect(looksEnglish(text)).toBe(wholeEnglish(text));
    expect(looksEnglish(text, 1)).toBe(wholeEnglish(text, 1));
  });

  it('agrees with the whole-text counts on random text, again after its lines are remembered', () => {
    const piece = fc.constantFrom('could', 'you', 'the', 'and', 'Zoë', 'café', 'مرحبا', '👍', '2', "it's", 'well-known', ' ', '\n', '\r\n', '\t', '\u200b', '’');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        for (let pass = 0; pass < 2; pass++) {
          expect(countWords(text)).toBe(wholeWords(text));
          expect(looksEnglish(text)).toBe(wholeEnglish(text));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('counts each new line once, and starts over past its limit', () => {
    const seen: string[] = [];
    const count = countByLine((line): [number] => (seen.push(line), [line.length]), 3);
    expect(count('ab\ncd')).toEqual([4]);
    expect(count('ab\ncd\nef')).toEqual([6]);
    expect(seen).toEqual(['ab', 'cd', 'ef']);
    // Three lines remembered: a fourth starts over, and the sums stay right.
    expect(count('gh\nab')).toEqual([4]);
    expect(seen).toEqual(['ab', 'cd', 'ef', 'gh', 'ab']);
  });
});
