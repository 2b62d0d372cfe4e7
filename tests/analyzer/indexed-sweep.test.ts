// @vitest-environment node
// The indexed sweep (lib/analyzer/indexed-sweep.ts) replaces compromise's rule selection to make a
// parse cheaper (issue 6). Its promise is "the same results": every sweep compromise makes while
// parsing (its post-tagger net) and every sweep of our phrase net must return what compromise's
// own sweep returns, and a whole parse must tag every word as stock compromise does.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nlp, parseDoc, PHRASE_NET } from '../../lib/analyzer/nlp';
import { indexedBulkMatch, type BulkMatch } from '../../lib/analyzer/indexed-sweep';
import { SHORTHAND_WORDS } from '../../lib/lexicon';
import { datasetBodies } from '../helpers/datasets';

// A second, untouched compromise: the CommonJS build is a separate bundle with its own methods.
const stock = createRequire(import.meta.url)('compromise') as typeof nlp;
stock.addWords({ ...SHORTHAND_WORDS });
const stockBulkMatch = (stock.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } }).methods.one.bulkMatch;
const methods = (nlp.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } }).methods;

const bodies = datasetBodies();

/** Every sweep made while `run` runs, each answered by both implementations. */
function compareSweeps(run: () => void): { sweeps: number; differences: string[] } {
  let sweeps = 0;
  const differences: string[] = [];
  methods.one.bulkMatch = (document, net, m, opts) => {
    sweeps += 1;
    const expected = stockBulkMatch(document, net, m, opts);
    const actual = indexedBulkMatch(document, net, m, opts);
    const show = (found: ReturnType<BulkMatch>) => found.map((f) => `${f.pointer.join(':')} ${f.match}`);
    if (JSON.stringify(show(actual)) !== JSON.stringify(show(expected))) {
      differences.push(`expected ${show(expected).join(' | ')}\n     got ${show(actual).join(' | ')}`);
    }
    return actual;
  };
  try {
    run();
  } finally {
    methods.one.bulkMatch = indexedBulkMatch;
  }
  return { sweeps, differences };
}

type Json = Array<{ terms: Array<{ text: string; normal: string; tags: string[]; implicit?: string; offset: unknown }> }>;
const words = (json: Json) =>
  json.flatMap((s) => s.terms.map((t) => `${t.text}|${t.normal}|${t.implicit ?? ''}|${[...t.tags].sort().join('.')}|${JSON.stringify(t.offset)}`));

describe('indexed sweep', () => {
  beforeAll(() => expect(methods.one.bulkMatch).toBe(indexedBulkMatch));
  afterAll(() => expect(methods.one.bulkMatch).toBe(indexedBulkMatch));

  it('finds what compromise finds, in the same order, in every sweep of every dataset email', () => {
    const { sweeps, differences } = compareSweeps(() => {
      for (const body of bodies) parseDoc(body).sweep(PHRASE_NET, { tagger: false });
    });
    // Each email: the post-tagger's sweep during the parse, then ours.
    expect(sweeps).toBe(bodies.length * 2);
    expect(differences).toEqual([]);
  });

  it('finds what compromise finds on random word salad', () => {
    const vocabulary = [...new Set(bodies.join(' ').split(/\s+/).filter(Boolean))];
    const sentence = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 25 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (sentences) => {
        const text = sentences.join('. ');
        const { differences } = compareSweeps(() => parseDoc(text).sweep(PHRASE_NET, { tagger: false }));
        expect(differences).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('stops at the first match for matchOne, as compromise does', () => {
    const { sweeps, differences } = compareSweeps(() => {
      for (const body of bodies) parseDoc(body).matchOne(PHRASE_NET);
    });
    expect(sweeps).toBe(bodies.length * 2);
    expect(differences).toEqual([]);
  });

  it('leaves every word tagged as stock compromise tags it', () => {
    for (const body of bodies) {
      expect(words(parseDoc(body).json({ offset: true }) as Json)).toEqual(words(stock(body).json({ offset: true }) as Json));
    }
  });
});
