// `npm run bench`: the analyzer's speed against compromise's own parse and a regex floor, all
// measured in this one run, so the ratios hold on any machine (issue 6). Not a test: it prints.
//
// Drafts of ~150, ~1,000 and ~10,000 words are built from the dev-asks and enron-asks bodies
// (no paragraph repeats, so the per-paragraph cache cannot flatter a cold run). The columns are
// timed in turns, one run of each per round, so a machine that changes speed mid-run cannot tilt
// a ratio; and each keystroke follows a cold analysis, so the edited paragraph is never cached.
//
// The yardstick is stock compromise: its CommonJS build, a separate bundle that the analyzer's
// changes to its own compromise (lib/analyzer/indexed-sweep.ts, a cheaper sweep) do not reach.
// On this machine that build parses 3-5% faster than the ES module source, so it is the harder bar.
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { analyze, clearAnalysisCaches } from '../../lib/analyze';
import { datasetBodies } from '../helpers/datasets';

const nlp = createRequire(import.meta.url)('compromise') as typeof nlpType;

const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;
const countWords = (t: string) => t.match(WORD)?.length ?? 0;

function corpus(): string[] {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const body of datasetBodies()) {
    for (const p of body.split(/\n\s*\n/)) {
      if (p.trim() && !seen.has(p)) {
        seen.add(p);
        paragraphs.push(p);
      }
    }
  }
  return paragraphs;
}

function draftOf(paragraphs: string[], words: number): string {
  const out: string[] = [];
  let n = 0;
  for (const p of paragraphs) {
    if (n >= words) break;
    out.push(p);
    n += countWords(p);
  }
  if (n < words * 0.95) throw new Error(`the corpus has only ${n} distinct words for a ${words}-word draft`);
  return out.join('\n\n');
}

/**
 * Medians of several timings taken in turns (one run of each per round, for `ms` and at least 9
 * rounds, after 3 warm-up rounds): a machine that slows down or speeds up mid-run slows every
 * column alike, so the ratios between them hold.
 */
function medians<K extends string>(runs: Record<K, () => void>, ms: number): Record<K, number> {
  const keys = Object.keys(runs) as K[];
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < 3; i++) for (const k of keys) runs[k]();
  const until = performance.now() + ms;
  for (let round = 0; round < 9 || performance.now() < until; round++) {
    for (const k of keys) {
      const t = performance.now();
      runs[k]();
      samples[k].push(performance.now() - t);
    }
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return Object.fromEntries(keys.map((k) => [k, median(samples[k])])) as Record<K, number>;
}

const paragraphs = corpus();
const sizes = [150, 1_000, 10_000] as const;
const rows: Record<number, { words: number; floor: number; parse: number; cold: number; edit: number; typed: number }> = {};
const thousand = draftOf(paragraphs, 1_000);
// The 10,000-word rounds also time the 1,000-word draft: the scale is a ratio of one run too.
let scale = NaN;

for (const size of sizes) {
  const text = draftOf(paragraphs, size);
  // A keystroke, right after a cold analysis of `text`, in turn at one of seven places spread over
  // the draft (short and long paragraphs alike): one letter changed (only its paragraph is new),
  // or one letter typed (its paragraph is new and every later one moves by a character).
  const places = Array.from({ length: 7 }, (_, j) => {
    let at = Math.floor((text.length * (2 * j + 1)) / 14);
    while (/\s/.test(text[at] ?? '')) at += 1;
    return at;
  });
  let k = 0;
  const timed = medians(
    {
      floor: () => text.split(/[.!?]+\s+|\n+/).map((s) => s.match(WORD)),
      parse: () => nlp(text).json(),
      cold: () => {
        clearAnalysisCaches();
        analyze(text);
      },
      edit: () => {
        const at = places[k % places.length]!;
        analyze(text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1));
      },
      typed: () => {
        const at = places[k++ % places.length]!;
        analyze(`${text.slice(0, at)}x${text.slice(at)}`);
      },
      coldThousand: () => {
        if (size < 10_000) return;
        clearAnalysisCaches();
        analyze(thousand);
      },
    },
    size >= 10_000 ? 12_000 : 4_000,
  );
  rows[size] = { words: countWords(text), ...timed };
  if (size >= 10_000) scale = timed.cold / timed.coldThousand;
}

const f = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const pct = (x: number, of: number) => `${((x / of) * 100).toFixed(1)}%`;
console.log('| draft | words | regex floor (ms) | stock compromise nlp().json() (ms) | analyze, cold (ms) | × compromise | × floor | re-analyze, 1 letter changed (ms) | ÷ compromise parse | re-analyze, 1 letter typed (ms) | ÷ compromise parse |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const size of sizes) {
  const r = rows[size]!;
  console.log(
    `| ${size.toLocaleString('en')} | ${r.words} | ${f(r.floor)} | ${f(r.parse)} | ${f(r.cold)} | ${(r.cold / r.parse).toFixed(2)} | ${(r.cold / r.floor).toFixed(0)} | ${f(r.edit)} | ${pct(r.edit, r.parse)} | ${f(r.typed)} | ${pct(r.typed, r.parse)} |`,
  );
}
console.log('');
console.log('targets (ratios in this run):');
const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
console.log(`- 150 words: analyze ≤ 1.0× compromise parse: ${(rows[150]!.cold / rows[150]!.parse).toFixed(2)}× (${check(rows[150]!.cold <= rows[150]!.parse)})`);
const keystroke = (kind: 'edit' | 'typed', what: string) =>
  `- 1,000 words: re-analysis after a keystroke (${what}) ≤ 5% of parsing: ${pct(rows[1_000]![kind], rows[1_000]!.parse)} (${check(rows[1_000]![kind] <= 0.05 * rows[1_000]!.parse)})`;
console.log(keystroke('edit', 'a letter changed'));
console.log(keystroke('typed', 'a letter typed'));
console.log(`- 10,000 words ≤ 13× 1,000 words: ${scale.toFixed(1)}× (${check(scale <= 13)})`);
