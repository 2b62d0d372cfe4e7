// Pure scoring helpers for scripts/eval.ts, kept apart so they can be tested without the datasets.
import type { Focus, Span } from '../lib/analyzer/types';

export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function binaryCounts(pairs: Iterable<readonly [gold: boolean, predicted: boolean]>): BinaryCounts {
  const counts: BinaryCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const [gold, predicted] of pairs) {
    if (gold && predicted) counts.tp++;
    else if (predicted) counts.fp++;
    else if (gold) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

/** An undefined ratio (0/0) counts as 0, like scikit-learn's zero_division=0, so a silent check scores 0, not 1. */
export function prf({ tp, fp, fn }: BinaryCounts): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export const FOCI = ['self', 'other', 'neutral'] as const satisfies readonly Focus[];

/** Rows are gold, columns predicted. */
export type FocusConfusion = Record<Focus, Record<Focus, number>>;

export function focusConfusion(pairs: Iterable<readonly [gold: Focus, predicted: Focus]>): FocusConfusion {
  const row = (): Record<Focus, number> => ({ self: 0, other: 0, neutral: 0 });
  const matrix: FocusConfusion = { self: row(), other: row(), neutral: row() };
  for (const [gold, predicted] of pairs) matrix[gold][predicted]++;
  return matrix;
}

export function confusionAccuracy(matrix: FocusConfusion): { correct: number; total: number; accuracy: number } {
  let correct = 0;
  let total = 0;
  for (const gold of FOCI) {
    for (const predicted of FOCI) {
      total += matrix[gold][predicted];
      if (gold === predicted) correct += matrix[gold][predicted];
    }
  }
  return { correct, total, accuracy: total === 0 ? 0 : correct / total };
}

/**
 * Whitespace runs become one space and curly quotes straight ones: the labelled sentence texts
 * were copied from the bodies, but AESLC-style preprocessing can differ in exactly these ways.
 */
function normalizeChar(c: string): string {
  if (c === '\u2018' || c === '\u2019') return "'";
  if (c === '\u201C' || c === '\u201D') return '"';
  return c;
}

interface Normalized {
  text: string;
  /** offsets[i] is the index in the original of normalized character i; one extra entry for the end. */
  offsets: number[];
}

function normalize(s: string): Normalized {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      if (text.endsWith(' ')) continue;
      text += ' ';
    } else {
      text += normalizeChar(c);
    }
    offsets.push(i);
  }
  offsets.push(s.length);
  return { text, offsets };
}

/**
 * Finds each labelled sentence in the body, in order: an exact match searched from the end of the
 * previous match, else the same search with whitespace and quotes normalized. null = not found.
 */
export function alignSentences(body: string, sentences: readonly string[]): Array<Span | null> {
  let normalizedBody: Normalized | undefined;
  let cursor = 0;
  return sentences.map((sentence) => {
    if (sentence.trim() === '') return null;
    const exact = body.indexOf(sentence, cursor);
    if (exact !== -1) {
      cursor = exact + sentence.length;
      return { start: exact, end: cursor };
    }
    normalizedBody ??= normalize(body);
    const needle = normalize(sentence.trim()).text;
    const { text, offsets } = normalizedBody;
    let from = 0;
    while (from < offsets.length - 1 && offsets[from]! < cursor) from++;
    const found = text.indexOf(needle, from);
    if (found === -1) return null;
    const start = offsets[found]!;
    const end = offsets[found + needle.length - 1]! + 1;
    cursor = end;
    return { start, end };
  });
}

/** Index of the span containing `offset`, else of the nearest one (the earlier on a tie); -1 if there are none. */
export function spanAt(spans: readonly Span[], offset: number): number {
  let best = -1;
  let bestDistance = Infinity;
  spans.forEach((span, i) => {
    const distance = offset < span.start ? span.start - offset : offset >= span.end ? offset - span.end + 1 : 0;
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}

export function midpoint(span: Span): number {
  return Math.floor((span.start + span.end) / 2);
}

export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function accuracy({ tp, fp, fn, tn }: BinaryCounts): number {
  const total = tp + fp + fn + tn;
  return total === 0 ? 0 : (tp + tn) / total;
}

/** One line of the Parakweet email-intent JSONL: a sentence and whether it asks for something. */
export interface IntentRow {
  id: string;
  text: string;
  label: 'Yes' | 'No';
}

export function parseIntentRows(jsonl: string): IntentRow[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const row = JSON.parse(line) as Partial<IntentRow>;
      if (typeof row.id !== 'string' || typeof row.text !== 'string' || (row.label !== 'Yes' && row.label !== 'No')) {
        throw new Error(`intent data line ${i + 1}: expected {id, text, label: "Yes"|"No"}`);
      }
      return { id: row.id, text: row.text, label: row.label };
    });
}
