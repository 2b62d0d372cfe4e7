// @vitest-environment node
// Parsing several paragraphs in one compromise call (parseBlocks) is only a speed-up (issue 6): it
// must give, block for block, exactly what parsing each paragraph alone (parseBlock) gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../lib/analyzer/blocks';
import { BATCH_CHARS, parseBlock, parseBlocks } from '../../lib/analyzer/parse';
import { unwrapLines } from '../../lib/analyzer/segment';
import { datasetBodies } from '../helpers/datasets';

const bodies = datasetBodies();
const paragraphsOf = (text: string) => splitBlocks(text).map((b) => unwrapLines(b.text));

describe('parseBlocks', () => {
  it('gives parseBlock’s result for every paragraph of every dataset email', () => {
    for (const body of bodies) {
      const texts = paragraphsOf(body);
      expect(parseBlocks(texts)).toEqual(texts.map(parseBlock));
    }
  });

  it.each([
    ['a quote left open across paragraphs', ['He wrote "please send it.', 'Then "thanks" and left.', 'Could you review it by Friday?']],
    ['a paragraph of only punctuation', ['Could you review the deck?', '---', 'Thanks!']],
    ['an abbreviation at a paragraph end', ['I met Mr.', 'Smith yesterday. Can you call him?']],
    ['an open parenthesis', ['We need help (see the notes', 'below) with the budget. Can you look?']],
    ['emoji and blank paragraphs', ['🙏', '   ', ' 👍 Could you send it?', '\t']],
    ['a block opening on a line break (found by fast-check)', ['Could you', '\n e.g. Could you']],
    ['an apostrophe ending a block (found by fast-check)', ["Could youThanks'", 'Could you']],
    ['a paragraph longer than one batch', ['Short one.', 'word '.repeat(BATCH_CHARS / 5 + 10).trim() + '.', 'Thanks!']],
  ])('gives parseBlock’s result with %s', (_, texts) => {
    expect(parseBlocks(texts)).toEqual(texts.map(parseBlock));
  });

  it('gives parseBlock’s result on random paragraphs', () => {
    const pieces = ['Could you', 'review', 'the deck', 'by Friday', 'no worries if not', 'Thanks', 'Mr.', '"', '“', '”', "'", '(', ')', '...', '—', '🙏', '👍🏽', 'I’d love', "we can't", '\n', '\r\n', '\t', '?', '!', '.', ',', ':', 'e.g.', '3pm', 'U.S.', ':)', 'שלום', '\u200b', '>', '1.', 'a@b.com', 'HELP'];
    const paragraph = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), (texts) => {
        expect(parseBlocks(texts)).toEqual(texts.map(parseBlock));
      }),
      { numRuns: 300 },
    );
  });
});
