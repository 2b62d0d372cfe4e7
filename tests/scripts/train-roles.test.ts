// @vitest-environment node
// The committed role model is what `npm run train` builds from the datasets, byte for byte: the
// training is deterministic and the file is not stale (features, lexicon and rules feed it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRoleModel, ROLE_MODEL_FILE, roleModelJson } from '../../scripts/train';
import { bestF1Threshold, examplesFor, DEFAULT_SETTINGS } from '../../scripts/train-roles';
import type { Group } from '../../scripts/role-data';
import { DATASETS_DIR, hasDatasets, NO_DATASETS } from '../helpers/datasets';

describe('role training', () => {
  it.skipIf(!hasDatasets)(`rebuilds lib/analyzer/role-model.json byte for byte${hasDatasets ? '' : ` (${NO_DATASETS})`}`, () => {
    expect(roleModelJson(buildRoleModel(DATASETS_DIR))).toBe(readFileSync(ROLE_MODEL_FILE, 'utf8'));
  }, 300_000);

  it('weighs the real rows and the written sentences as sets', () => {
    const written: Group = { id: 'w', real: false, labels: { ask: true, bound: false, 'easy-no': false, benefit: false, thanks: false }, sentences: [
      { features: ['a'], roles: new Set(['ask']), focus: 'other' },
      { features: ['b'], roles: new Set(), focus: 'neutral' },
      { features: ['c'], roles: new Set(), focus: 'self' },
    ] };
    const real: Group = { id: 'r', real: true, labels: { ask: false, bound: false, 'easy-no': false, benefit: false, thanks: false }, sentences: [{ features: ['d'], roles: new Set(), focus: null }] };
    const examples = examplesFor('ask', [written, real], DEFAULT_SETTINGS);
    const total = (real_: boolean) => examples.filter((e) => (e.sentences[0]![0] === 'd') === real_).reduce((n, e) => n + (e.weight ?? 1), 0);
    expect(total(true) / (total(true) + total(false))).toBeCloseTo(DEFAULT_SETTINGS.realShare.ask, 6);
    expect(examplesFor('focus:self', [written, real], DEFAULT_SETTINGS).map((e) => e.label)).toEqual([false, false, true]);
  });

  it.each([
    ['separable scores pick a threshold between the classes', [0.9, 0.8, 0.2, 0.1], [true, true, false, false], [0.25, 0.8]],
    ['all negatives keep the threshold at 0.5', [0.1, 0.2], [false, false], [0.5, 0.5]],
  ] as const)('bestF1Threshold: %s', (_name, scores, labels, [low, high]) => {
    const { threshold } = bestF1Threshold(scores, labels);
    expect(threshold).toBeGreaterThanOrEqual(low);
    expect(threshold).toBeLessThanOrEqual(high);
  });
});
