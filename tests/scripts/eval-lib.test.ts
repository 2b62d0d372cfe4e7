import { describe, expect, it } from 'vitest';
import {
  accuracy,
  alignSentences,
  binaryCounts,
  confusionAccuracy,
  focusConfusion,
  markdownTable,
  mean,
  midpoint,
  parseIntentRows,
  prf,
  spanAt,
} from '../../scripts/eval-lib';

describe('binaryCounts and prf', () => {
  it('counts each cell', () => {
    expect(
      binaryCounts([
        [true, true],
        [true, true],
        [false, true],
        [true, false],
        [false, false],
      ]),
    ).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
  });

  it.each([
    ['typical', { tp: 2, fp: 1, fn: 1, tn: 0 }, { precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 }],
    ['perfect', { tp: 3, fp: 0, fn: 0, tn: 5 }, { precision: 1, recall: 1, f1: 1 }],
    ['never predicts positive', { tp: 0, fp: 0, fn: 4, tn: 5 }, { precision: 0, recall: 0, f1: 0 }],
    ['no gold positives', { tp: 0, fp: 2, fn: 0, tn: 5 }, { precision: 0, recall: 0, f1: 0 }],
    ['uneven', { tp: 1, fp: 0, fn: 3, tn: 0 }, { precision: 1, recall: 0.25, f1: 0.4 }],
  ])('%s', (_name, counts, expected) => {
    const got = prf(counts);
    expect(got.precision).toBeCloseTo(expected.precision, 10);
    expect(got.recall).toBeCloseTo(expected.recall, 10);
    expect(got.f1).toBeCloseTo(expected.f1, 10);
  });

  it('averages, with 0 for no values', () => {
    expect(mean([0.5, 1, 0])).toBeCloseTo(0.5, 10);
    expect(mean([])).toBe(0);
  });
});

describe('focus confusion', () => {
  it('puts gold in rows and predictions in columns', () => {
    const matrix = focusConfusion([
      ['self', 'self'],
      ['self', 'other'],
      ['other', 'other'],
      ['neutral', 'self'],
    ]);
    expect(matrix).toEqual({
      self: { self: 1, other: 1, neutral: 0 },
      other: { self: 0, other: 1, neutral: 0 },
      neutral: { self: 1, other: 0, neutral: 0 },
    });
    expect(confusionAccuracy(matrix)).toEqual({ correct: 2, total: 4, accuracy: 0.5 });
    expect(confusionAccuracy(focusConfusion([])).accuracy).toBe(0);
  });
});

describe('alignSentences', () => {
  it.each([
    ['in order', 'Hi Bo,\n\nCan you? Thanks.', ['Hi Bo,', 'Can you?', 'Thanks.'], [[0, 6], [8, 16], [17, 24]]],
    ['repeated text takes the next occurrence', 'Thanks. Thanks.', ['Thanks.', 'Thanks.'], [[0, 7], [8, 15]]],
    ['different whitespace', 'Could you\n  send it?', ['Could you send it?'], [[0, 20]]],
    ['curly vs straight quotes', 'I’d love that.', ["I'd love that."], [[0, 14]]],
    ['missing sentence is null and does not move the cursor', 'A b. C d.', ['A b.', 'Zzz.', 'C d.'], [[0, 4], null, [5, 9]]],
    ['empty sentence is null', 'A b.', ['', 'A b.'], [null, [0, 4]]],
  ] as const)('%s', (_name, body, sentences, expected) => {
    const spans = alignSentences(body, sentences);
    expect(spans.map((s) => (s ? [s.start, s.end] : null))).toEqual(expected);
  });

  it('does not match before the previous sentence (whitespace fallback too)', () => {
    expect(alignSentences('x  y. z. x y.', ['z.', 'x y.'])).toEqual([
      { start: 6, end: 8 },
      { start: 9, end: 13 },
    ]);
  });
});

describe('spanAt', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 10, end: 20 },
  ];
  it.each([
    [0, 0],
    [4, 0],
    [5, 0], // gap after the first span: 1 away from it, 5 from the second
    [8, 1],
    [7, 0], // tie (3 and 3) goes to the earlier
    [15, 1],
    [99, 1],
  ])('offset %i is in span %i', (offset, index) => {
    expect(spanAt(spans, offset)).toBe(index);
  });
  it('is -1 without spans', () => {
    expect(spanAt([], 3)).toBe(-1);
  });
  it('midpoint lies inside a non-empty span', () => {
    expect(midpoint({ start: 10, end: 11 })).toBe(10);
    expect(midpoint({ start: 10, end: 20 })).toBe(15);
  });
});

it('markdownTable', () => {
  expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
});

describe('intent scoring helpers', () => {
  it('computes accuracy from counts, 0 when empty', () => {
    expect(accuracy({ tp: 2, fp: 1, fn: 1, tn: 6 })).toBeCloseTo(0.8, 10);
    expect(accuracy({ tp: 0, fp: 0, fn: 0, tn: 0 })).toBe(0);
  });

  it('parses the intent JSONL and rejects a malformed line', () => {
    const jsonl = '{"id": "a", "text": "Send it.", "label": "Yes", "split": "test"}\n\n{"id": "b", "text": "Hi.", "label": "No"}\n';
    expect(parseIntentRows(jsonl)).toEqual([
      { id: 'a', text: 'Send it.', label: 'Yes' },
      { id: 'b', text: 'Hi.', label: 'No' },
    ]);
    expect(() => parseIntentRows('{"id": "c", "text": "x", "label": "maybe"}')).toThrow(/line 1/);
  });
});
