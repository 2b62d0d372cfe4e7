// L2-regularised logistic regression for the sentence models, trained full-batch with L-BFGS from
// zero weights: no randomness, so a re-run writes the same bytes. Used by train-roles.ts (the
// sentence roles). An example may hold several sentences (a Parakweet "sentence" can parse into two):
// its score is the max of theirs, as analyze() would judge it, smoothed by log-sum-exp in training.
export interface Example {
  /** The feature lists of the example's sentences. */
  sentences: ReadonlyArray<readonly string[]>;
  label: boolean;
  /** How much the example counts in the loss (default 1): the written emails and the real sentences are weighed as sets. */
  weight?: number;
}

export interface TrainOptions {
  /** L2 strength on the weights (not the bias), against the mean log-loss. */
  l2: number;
  /** Keep only features present in at least this many training examples. */
  minCount?: number;
  maxIterations?: number;
  /** Stop when the largest gradient component is below this. */
  tolerance?: number;
}

export interface LinearModel {
  bias: number;
  /** Sorted by feature name. */
  weights: Map<string, number>;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
/** log(1 + e^z) without overflow. */
const softplus = (z: number): number => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

interface Encoded {
  vocabulary: string[];
  /** Per example, per sentence, the indices of its known features. */
  rows: Int32Array[][];
  labels: Uint8Array;
  weights: Float64Array;
}

function encode(examples: readonly Example[], minCount: number): Encoded {
  const counts = new Map<string, number>();
  for (const e of examples) {
    for (const f of new Set(e.sentences.flat())) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const vocabulary = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) =>
    e.sentences.map((s) => Int32Array.from(s.map((f) => index.get(f)).filter((i): i is number => i !== undefined))),
  );
  const weights = Float64Array.from(examples.map((e) => e.weight ?? 1));
  const total = weights.reduce((a, b) => a + b, 0);
  // Normalised to mean 1, so the L2 strength means the same whatever the weights.
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i]! * weights.length) / Math.max(total, 1e-12);
  return { vocabulary, rows, labels: Uint8Array.from(examples.map((e) => (e.label ? 1 : 0))), weights };
}

/**
 * Parameters are [bias, ...weights]. Returns the objective and writes its gradient into `grad`.
 * An example's logit pools its sentences' logits with log-sum-exp, a smooth stand-in for the max
 * that analyze() takes (equal to it for the single-sentence examples that are nearly all of the
 * data): the max would send the whole gradient to one arbitrary sentence while they are tied, as
 * they all are at the start, and could stall there.
 */
function objective(params: Float64Array, data: Encoded, l2: number, grad: Float64Array): number {
  grad.fill(0);
  const n = data.rows.length;
  let loss = 0;
  const logits: number[] = [];
  for (let i = 0; i < n; i++) {
    const sentences = data.rows[i]!;
    logits.length = 0;
    let top = -Infinity;
    for (const s of sentences) {
      let zs = params[0]!;
      for (const j of s) zs += params[j + 1]!;
      logits.push(zs);
      top = Math.max(top, zs);
    }
    // An example with no sentence scores the bias alone.
    let z = params[0]!;
    let total = 1;
    if (sentences.length > 0) {
      total = 0;
      for (const zs of logits) total += Math.exp(zs - top);
      z = top + Math.log(total);
    }
    const y = data.labels[i]!;
    const w = data.weights[i]!;
    loss += w * (y ? softplus(-z) : softplus(z));
    const g = (w * (sigmoid(z) - y)) / n;
    grad[0] = grad[0]! + g;
    sentences.forEach((s, k) => {
      const share = (g * Math.exp(logits[k]! - top)) / total;
      for (const j of s) grad[j + 1] = grad[j + 1]! + share;
    });
  }
  loss /= n;
  for (let k = 1; k < params.length; k++) {
    loss += (l2 / 2) * params[k]! * params[k]!;
    grad[k] = grad[k]! + l2 * params[k]!;
  }
  return loss;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** Minimises the objective with L-BFGS (memory 10) and a backtracking Armijo line search. */
function lbfgs(data: Encoded, l2: number, maxIterations: number, tolerance: number): Float64Array {
  const size = data.vocabulary.length + 1;
  let x: Float64Array = new Float64Array(size);
  let g: Float64Array = new Float64Array(size);
  let fx = objective(x, data, l2, g);
  const memory: Array<{ s: Float64Array; y: Float64Array; rho: number }> = [];
  const direction = new Float64Array(size);
  const alphas = new Float64Array(10);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let gmax = 0;
    for (const v of g) gmax = Math.max(gmax, Math.abs(v));
    if (gmax < tolerance) break;
    // Two-loop recursion: direction = -H·g.
    for (let k = 0; k < size; k++) direction[k] = -g[k]!;
    for (let m = memory.length - 1; m >= 0; m--) {
      const { s, y, rho } = memory[m]!;
      const a = rho * dot(s, direction);
      alphas[m] = a;
      for (let k = 0; k < size; k++) direction[k] = direction[k]! - a * y[k]!;
    }
    const last = memory.at(-1);
    const gamma = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / Math.max(1, gmax);
    for (let k = 0; k < size; k++) direction[k] = direction[k]! * gamma;
    for (let m = 0; m < memory.length; m++) {
      const { s, y, rho } = memory[m]!;
      const b = rho * dot(y, direction);
      for (let k = 0; k < size; k++) direction[k] = direction[k]! + s[k]! * (alphas[m]! - b);
    }
    let slope = dot(g, direction);
    if (slope >= 0) {
      // Not a descent direction (the pooling makes the loss non-convex): restart from steepest descent.
      memory.length = 0;
      for (let k = 0; k < size; k++) direction[k] = -g[k]! / Math.max(1, gmax);
      slope = dot(g, direction);
    }
    let step = 1;
    const next = new Float64Array(size);
    const gNext = new Float64Array(size);
    let fNext = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let k = 0; k < size; k++) next[k] = x[k]! + step * direction[k]!;
      fNext = objective(next, data, l2, gNext);
      if (fNext <= fx + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(fNext < fx)) break;
    const s = new Float64Array(size);
    const y = new Float64Array(size);
    for (let k = 0; k < size; k++) {
      s[k] = next[k]! - x[k]!;
      y[k] = gNext[k]! - g[k]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      memory.push({ s, y, rho: 1 / sy });
      if (memory.length > 10) memory.shift();
    }
    const improvement = fx - fNext;
    x = next;
    g = gNext;
    fx = fNext;
    if (improvement < 1e-10 * Math.max(1, Math.abs(fx))) break;
  }
  return x;
}

/** Trains the model. Pure and deterministic: the same examples and options give the same weights. */
export function trainLogistic(examples: readonly Example[], options: TrainOptions): LinearModel {
  const data = encode(examples, options.minCount ?? 1);
  const params = lbfgs(data, options.l2, options.maxIterations ?? 500, options.tolerance ?? 1e-6);
  return { bias: params[0]!, weights: new Map(data.vocabulary.map((f, i) => [f, params[i + 1]!])) };
}

/** Drops weights smaller than `minWeight` in magnitude and rounds the rest (and the bias) to `digits` decimals. */
export function pruneModel(model: LinearModel, minWeight: number, digits = 3): LinearModel {
  const round = (v: number) => Number(v.toFixed(digits));
  const weights = new Map<string, number>();
  for (const [f, w] of model.weights) if (Math.abs(w) >= minWeight && round(w) !== 0) weights.set(f, round(w));
  return { bias: round(model.bias), weights };
}

/** The probability that the example is a request: by its best sentence, as analyze() would judge it. */
export function predictExample(model: LinearModel, example: Example): number {
  let z = -Infinity;
  for (const s of example.sentences) {
    let zs = model.bias;
    for (const f of s) zs += model.weights.get(f) ?? 0;
    z = Math.max(z, zs);
  }
  return sigmoid(z === -Infinity ? model.bias : z);
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stratified fold numbers: each class shuffled with a fixed seed, then dealt round-robin. */
export function foldsOf(labels: readonly boolean[], k: number, seed = 20240729): number[] {
  const next = random(seed);
  const folds = new Array<number>(labels.length).fill(0);
  for (const label of [true, false]) {
    const members = labels.flatMap((l, i) => (l === label ? [i] : []));
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    members.forEach((example, position) => (folds[example] = position % k));
  }
  return folds;
}

/** Thresholds tried for the decision: 0.05 to 0.95 by 0.01. */
export const THRESHOLDS = Array.from({ length: 91 }, (_, i) => Number((0.05 + i * 0.01).toFixed(2)));

export const accuracyAt = (scores: readonly number[], labels: readonly boolean[], threshold: number): number =>
  scores.filter((p, i) => p >= threshold === labels[i]).length / Math.max(1, scores.length);

/** The threshold with the best accuracy; ties go to the one nearest 0.5. */
export function bestThreshold(scores: readonly number[], labels: readonly boolean[]): { threshold: number; accuracy: number } {
  let best = { threshold: 0.5, accuracy: -1 };
  for (const threshold of THRESHOLDS) {
    const accuracy = accuracyAt(scores, labels, threshold);
    const better = accuracy > best.accuracy + 1e-12 || (Math.abs(accuracy - best.accuracy) <= 1e-12 && Math.abs(threshold - 0.5) < Math.abs(best.threshold - 0.5));
    if (better) best = { threshold, accuracy };
  }
  return best;
}

export interface Settings {
  l2: number;
  minCount: number;
  minWeight: number;
}

/** Out-of-fold probabilities for every example, each fold's model pruned as the shipped one is. */
export function crossValidate(examples: readonly Example[], folds: readonly number[], k: number, settings: Settings): number[] {
  const scores = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < k; fold++) {
    const train = examples.filter((_, i) => folds[i] !== fold);
    const model = pruneModel(trainLogistic(train, settings), settings.minWeight);
    examples.forEach((e, i) => {
      if (folds[i] === fold) scores[i] = predictExample(model, e);
    });
  }
  return scores;
}

