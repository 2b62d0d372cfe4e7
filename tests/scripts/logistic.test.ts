import { describe, expect, it } from 'vitest';
import {
  accuracyAt,
  bestThreshold,
  crossValidate,
  foldsOf,
  predictExample,
  pruneModel,
  trainLogistic,
  type Example,
} from '../../scripts/logistic';

// A separable toy: "please" or "could" in a sentence makes a request; filler words mean nothing.
const FILLER = ['the', 'report', 'meeting', 'today', 'we', 'it'];
function toy(n: number): Example[] {
  return Array.from({ length: n }, (_, i) => {
    const label = i % 2 === 0;
    const cue = label ? (i % 4 === 0 ? 'please' : 'could') : i % 3 === 0 ? 'was' : 'had';
    const words = [cue, FILLER[i % FILLER.length]!, FILLER[(i * 5 + 1) % FILLER.length]!];
    return { sentences: [words], label };
  });
}

describe('trainLogistic', () => {
  const examples = toy(40);

  it('learns a separable rule', () => {
    const model = trainLogistic(examples, { l2: 1e-3 });
    expect(model.weights.get('please')).toBeGreaterThan(1);
    expect(model.weights.get('could')).toBeGreaterThan(1);
    expect(model.weights.get('was')).toBeLessThan(-1);
    expect(model.weights.get('had')).toBeLessThan(-1);
    for (const e of examples) expect(predictExample(model, e) >= 0.5).toBe(e.label);
    expect(predictExample(model, { sentences: [['please', 'send']], label: true })).toBeGreaterThan(0.9);
  });

  it('is deterministic', () => {
    const a = trainLogistic(examples, { l2: 1e-3 });
    const b = trainLogistic(examples, { l2: 1e-3 });
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.bias).toBe(b.bias);
  });

  it('regularises: a stronger L2 gives smaller weights', () => {
    const weak = trainLogistic(examples, { l2: 1e-3 });
    const strong = trainLogistic(examples, { l2: 1e-1 });
    expect(Math.abs(strong.weights.get('please')!)).toBeLessThan(Math.abs(weak.weights.get('please')!));
  });

  it('drops rare features with minCount', () => {
    const rare: Example[] = [...examples, { sentences: [['please', 'zebra']], label: true }];
    expect(trainLogistic(rare, { l2: 1e-3 }).weights.has('zebra')).toBe(true);
    expect(trainLogistic(rare, { l2: 1e-3, minCount: 2 }).weights.has('zebra')).toBe(false);
  });

  it('scores an example by its best sentence, and learns from it', () => {
    // Every example comes as two sentences: the same neutral one, then the one with the cue (or none).
    const multi: Example[] = examples.map((e) => ({ ...e, sentences: [['we', 'news'], ...e.sentences] }));
    const model = trainLogistic(multi, { l2: 1e-3 });
    for (const e of multi) expect(predictExample(model, e) >= 0.5).toBe(e.label);
    // A cue in any sentence makes the example a request; the same words without one do not.
    expect(predictExample(model, { sentences: [['we', 'had'], ['please', 'report']], label: true })).toBeGreaterThan(0.5);
    expect(predictExample(model, { sentences: [['we', 'had'], ['the', 'report']], label: false })).toBeLessThan(0.5);
  });
});

describe('model selection helpers', () => {
  it('deals stratified, deterministic folds', () => {
    const labels = Array.from({ length: 23 }, (_, i) => i % 3 === 0);
    const folds = foldsOf(labels, 5);
    expect(foldsOf(labels, 5)).toEqual(folds);
    for (let k = 0; k < 5; k++) {
      const positives = labels.filter((l, i) => l && folds[i] === k).length;
      expect(positives === 1 || positives === 2).toBe(true);
    }
    expect(new Set(folds)).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('picks the most accurate threshold', () => {
    const scores = [0.1, 0.3, 0.35, 0.7, 0.9];
    const labels = [false, false, true, true, true];
    const best = bestThreshold(scores, labels);
    expect(best.accuracy).toBe(1);
    expect(best.threshold).toBeGreaterThan(0.3);
    expect(best.threshold).toBeLessThanOrEqual(0.35);
    expect(accuracyAt(scores, labels, 0.5)).toBeCloseTo(0.8, 10);
  });

  it('cross-validates every example out of fold', () => {
    const examples = toy(40);
    const labels = examples.map((e) => e.label);
    const scores = crossValidate(examples, foldsOf(labels, 5), 5, { l2: 1e-3, minCount: 1, minWeight: 0 });
    expect(scores).toHaveLength(40);
    expect(accuracyAt(scores, labels, 0.5)).toBe(1);
  });

  it('prunes and rounds weights', () => {
    const pruned = pruneModel({ bias: 0.123456, weights: new Map([['a', 0.5], ['b', 0.01], ['c', -0.23456]]) }, 0.05);
    expect(pruned).toEqual({ bias: 0.123, weights: new Map([['a', 0.5], ['c', -0.235]]) });
  });

  it('counts each example by its weight', () => {
    // The same feature, once positive and once negative: the heavier example wins.
    const examples = (w: number) => [
      { sentences: [['x']], label: true, weight: w },
      { sentences: [['x']], label: false },
    ];
    expect(trainLogistic(examples(3), { l2: 1e-3 }).weights.get('x')! + trainLogistic(examples(3), { l2: 1e-3 }).bias).toBeGreaterThan(0.5);
    expect(trainLogistic(examples(1 / 3), { l2: 1e-3 }).weights.get('x')! + trainLogistic(examples(1 / 3), { l2: 1e-3 }).bias).toBeLessThan(-0.5);
  });
});
