// `npm run train:intent`: trains the request classifier of lib/analyzer/intent.ts on the TRAIN split
// of ../shared/datasets/parakweet-email-intent and writes lib/analyzer/intent-model.json.
//
// L2-regularised logistic regression, full-batch L-BFGS from zero weights: no randomness, so a
// re-run writes the same bytes. The L2 strength and the decision threshold are chosen by 5-fold
// cross-validation on train (stratified folds from a fixed seed); the test split is never read.
//
// A Parakweet "sentence" may parse into several of our sentences. analyze() would report it as an
// ask when any of them is one, so an example's score is the max of its sentences' scores: so it
// is in cross-validation, and training pools them with log-sum-exp, a smooth max (objective()).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSentences } from '../lib/analyzer/draft';
import { intentFeatures, type IntentModel } from '../lib/analyzer/intent';

import {
  accuracyAt,
  bestThreshold,
  crossValidate,
  foldsOf,
  predictExample,
  pruneModel,
  trainLogistic,
  type Example,
  type LinearModel,
  type Settings,
} from './logistic';

export * from './logistic';
/** The model file: weights in name order, one per line, so a retrain diffs readably. */
export function modelJson(model: IntentModel): string {
  const weights = Object.entries(model.weights)
    .map(([f, w]) => `    ${JSON.stringify(f)}: ${w}`)
    .join(',\n');
  return [
    '{',
    `  "version": ${model.version},`,
    `  "trainedOn": ${JSON.stringify(model.trainedOn)},`,
    `  "features": ${model.features},`,
    `  "bias": ${model.bias},`,
    `  "threshold": ${model.threshold},`,
    `  "weights": {\n${weights}\n  }`,
    '}',
    '',
  ].join('\n');
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TRAIN = resolve(ROOT, '../shared/datasets/parakweet-email-intent/train.jsonl');
const OUT = resolve(ROOT, 'lib/analyzer/intent-model.json');
const K = 5;
// The grid searched by cross-validation. Pruning (MIN_WEIGHTS) and the vocabulary cut (MIN_COUNTS)
// keep the model small enough to bundle: settings whose model would exceed MAX_BYTES are skipped.
const L2_GRID = [3e-4, 1e-3, 3e-3];
const MIN_COUNTS = [2, 5];
const MIN_WEIGHTS = [0.05, 0.1, 0.15];
const MAX_BYTES = 60 * 1024;

function describe(settings: Settings, examples: number, digest: string, accuracy: number): string {
  return (
    `parakweet-email-intent/train.jsonl (${examples} sentences, sha256 ${digest}); ` +
    `l2 ${settings.l2}, min count ${settings.minCount}, |w| >= ${settings.minWeight}; ${K}-fold CV accuracy ${accuracy.toFixed(4)}`
  );
}

function toFile(model: LinearModel, trainedOn: string, threshold: number): IntentModel {
  return { version: 1, trainedOn, features: model.weights.size, bias: model.bias, weights: Object.fromEntries(model.weights), threshold };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function main(): void {
  const started = performance.now();
  const raw = readFileSync(TRAIN, 'utf8');
  const digest = createHash('sha256').update(raw).digest('hex').slice(0, 12);
  const rows = raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; text: string; label: 'Yes' | 'No' });
  const examples: Example[] = rows.map((r) => ({
    sentences: buildSentences(r.text).map((s) => intentFeatures(s, r.text)),
    label: r.label === 'Yes',
  }));
  const labels = examples.map((e) => e.label);
  const parsed = performance.now();
  process.stdout.write(`parsed ${examples.length} train sentences in ${seconds(parsed - started)}\n`);

  const folds = foldsOf(labels, K);
  let chosen: { settings: Settings; model: LinearModel; threshold: number; accuracy: number } | null = null;
  for (const l2 of L2_GRID) {
    for (const minCount of MIN_COUNTS) {
      const full = trainLogistic(examples, { l2, minCount });
      for (const minWeight of MIN_WEIGHTS) {
        const settings = { l2, minCount, minWeight };
        const model = pruneModel(full, minWeight);
        const bytes = Buffer.byteLength(modelJson(toFile(model, describe(settings, examples.length, digest, 0), 0.5)));
        const label = `  l2 ${l2}, min count ${minCount}, |w| >= ${minWeight}: ${model.weights.size} weights, ${(bytes / 1024).toFixed(1)} KB`;
        if (bytes > MAX_BYTES) {
          process.stdout.write(`${label}: too big, skipped\n`);
          continue;
        }
        const scores = crossValidate(examples, folds, K, settings);
        const { threshold, accuracy } = bestThreshold(scores, labels);
        process.stdout.write(`${label}: CV accuracy ${accuracy.toFixed(4)} at threshold ${threshold}\n`);
        if (!chosen || accuracy > chosen.accuracy + 1e-12) chosen = { settings, model, threshold, accuracy };
      }
    }
  }
  if (!chosen) throw new Error(`train-intent: no setting fits in ${MAX_BYTES} bytes`);
  const { settings, model, threshold, accuracy } = chosen;

  const json = modelJson(toFile(model, describe(settings, examples.length, digest, accuracy), threshold));
  writeFileSync(OUT, json);
  const fit = accuracyAt(examples.map((e) => predictExample(model, e)), labels, threshold);
  process.stdout.write(
    `chose l2 ${settings.l2}, min count ${settings.minCount}, |w| >= ${settings.minWeight}, threshold ${threshold}: ` +
      `${K}-fold CV accuracy ${accuracy.toFixed(4)} (fit on train ${fit.toFixed(4)})\n` +
      `wrote ${OUT}: ${model.weights.size} weights, ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB\n` +
      `time: parse ${seconds(parsed - started)}, search and train ${seconds(performance.now() - parsed)}, total ${seconds(performance.now() - started)}\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
