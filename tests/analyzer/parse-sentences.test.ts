// @vitest-environment node
// A keystroke re-parses one sentence, not its paragraph (issue 6): a block is cut where compromise
// cuts its sentences and each piece is parsed alone. That is only a speed-up: a block put together
// from its pieces must equal the block parsed whole, and what the caches remember must never
// change a report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clearAnalysisCaches } from '../../lib/analyze';
import { splitBlocks } from '../../lib/analyzer/blocks';
import { parseBlock, parseBySentence, sentencePieces, sentencesByPiece } from '../../lib/analyzer/parse';
import { unwrapLines } from '../../lib/analyzer/segment';
import { datasetBodies } from '../helpers/datasets';

const bodies = datasetBodies();
const paragraphs = bodies.flatMap((body) => splitBlocks(body).map((b) => unwrapLines(b.text)));

/** Both ways of parsing a block agree, and the whole parse splits back into its pieces' parses. */
function expectSameByPiece(text: string): void {
  const whole = parseBlock(text);
  const pieces = sentencePieces(text);
  expect(parseBySentence(pieces, parseBlock)).toEqual(whole);
  const byPiece = sentencesByPiece(pieces, whole);
  expect(byPiece).not.toBeNull();
  byPiece!.forEach((sentences, k) => expect(sentences).toEqual(parseBlock(pieces[k]!.text)));
}

describe('parsing a block sentence by sentence', () => {
  it('cuts a block into pieces that join back to what compromise reads', () => {
    for (const text of paragraphs) {
      const pieces = sentencePieces(text);
      const core = text.trim();
      expect(pieces.map((p) => p.text).join('')).toBe(`${core}\n\n`);
      expect(pieces[0]?.start).toBe(text.indexOf(core));
    }
    expect(sentencePieces(' \n\t ')).toEqual([]);
  });

  it('gives the whole block’s parse for every paragraph of every dataset email', () => {
    const multi = paragraphs.filter((t) => sentencePieces(t).length > 1);
    expect(multi.length).toBeGreaterThan(100);
    for (const text of multi) expectSameByPiece(text);
  });

  it.each([
    ['a last term of bare punctuation (found by fast-check)', 'Could , . Could '],
    ['an abbreviation opening the block (found by fast-check)', '\nDr. Could '],
    ['abbreviations inside sentences', 'Mr. Smith went home. e.g. this one, vs. that one. Could you check?'],
    ['a quotation across two sentences', 'He wrote "Send it. Then call." After that, could you file it?'],
    ['emoji and right-to-left text', 'Thanks 🙏🏽 for this. مرحبا بك. Could you send it by Friday?'],
    ['contractions', "I'd love your take. We've tried twice. Don't worry if not."],
    ['question and exclamation marks', 'Can you help?! Yes!!! Great... thanks.'],
  ])('gives the whole block’s parse with %s', (_, text) => {
    expectSameByPiece(text);
  });

  it('gives the whole block’s parse on random text, or declines to', () => {
    const token = fc.constantFrom(
      'Could', 'you', 'send', 'it', 'Mr.', 'e.g.', 'Dr.', "I'd", "don't", '"', '“', '”', '(', ')', '.', '?', '!', '…', ',',
      '👍', 'Thanks', 'Hi', 'Jo', 'Friday', '10', 'a.m.', 'etc.', '\n', '\t', 'no', 'worries', "you'", 'A.', 'i.e.', 'مرحبا', '1.',
    );
    const space = fc.constantFrom(' ', '', '  ');
    fc.assert(
      fc.property(fc.array(fc.tuple(token, space), { minLength: 1, maxLength: 30 }), (parts) => {
        const text = parts.map(([t, s]) => t + s).join('').replace(/\n\s*\n/g, '\n');
        const whole = parseBlock(text);
        const pieces = sentencePieces(text);
        const byPieces = parseBySentence(pieces, parseBlock);
        if (byPieces) expect(byPieces).toEqual(whole);
        const split = sentencesByPiece(pieces, whole);
        split?.forEach((sentences, k) => expect(sentences).toEqual(parseBlock(pieces[k]!.text)));
      }),
      { numRuns: 500 },
    );
  });

  it('never lets what the caches remember change a report, through typing, deleting and replacing', () => {
    const edits: Array<[string, (text: string, at: number) => string]> = [
      ['type a letter', (t, at) => `${t.slice(0, at)}x${t.slice(at)}`],
      ['delete a letter', (t, at) => t.slice(0, at) + t.slice(at + 1)],
      ['replace a letter', (t, at) => `${t.slice(0, at)}${t[at] === 'q' ? 'z' : 'q'}${t.slice(at + 1)}`],
      ['type a sentence', (t, at) => `${t.slice(0, at)} Could you check it by Friday? ${t.slice(at)}`],
    ];
    for (const body of bodies.slice(0, 60)) {
      let text = body;
      clearAnalysisCaches();
      analyze(text);
      edits.forEach(([, edit], k) => {
        text = edit(text, Math.floor((text.length * (k + 1)) / (edits.length + 1)));
        const warm = analyze(text);
        clearAnalysisCaches();
        expect(warm).toEqual(analyze(text));
      });
    }
  });
});
