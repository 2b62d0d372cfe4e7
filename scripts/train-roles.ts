// Trains the sentence-role model of lib/analyzer/roles.ts from labelled groups (role-data.ts):
// one logistic regression per output (five roles, three foci), then a decision threshold per role
// chosen by cross-validation for the best email-level F1, so a check reads "met" as often as the
// labels say, on the written emails and the real sentences alike.
import { OUTPUTS, outputLogits, ROLES, sigmoid, type Output, type Role, type RoleModel } from '../lib/analyzer/roles';
import type { Group } from './role-data';
import { foldsOf, pruneModel, trainLogistic, type Example } from './logistic';
import { prf, binaryCounts } from './eval-lib';

export interface RoleSettings {
  l2: number;
  /** Keep features seen in at least this many examples. */
  minCount: number;
  /** Drop weights smaller than this in magnitude. */
  minWeight: number;
  /** Weight of the real (Parakweet) rows against the written emails' sentences, as a set. */
  realShare: number;
}

export const DEFAULT_SETTINGS: RoleSettings = { l2: 3e-4, minCount: 2, minWeight: 0.02, realShare: 0.5 };

/** The training examples of one output. */
export function examplesFor(output: Output, groups: readonly Group[], settings: RoleSettings): Example[] {
  const written: Example[] = [];
  const real: Example[] = [];
  for (const g of groups) {
    if (output.startsWith('focus:')) {
      if (g.real) continue;
      const focus = output.slice('focus:'.length);
      for (const s of g.sentences) if (s.focus !== null) written.push({ sentences: [s.features], label: s.focus === focus });
      continue;
    }
    const role = output as Role;
    if (g.real) real.push({ sentences: g.sentences.map((s) => s.features), label: g.labels[role] });
    else for (const s of g.sentences) written.push({ sentences: [s.features], label: s.roles.has(role) });
  }
  if (real.length === 0 || written.length === 0) return [...written, ...real];
  // Each set's total weight follows realShare, whatever their sizes.
  const wReal = (settings.realShare * (written.length + real.length)) / real.length;
  const wWritten = ((1 - settings.realShare) * (written.length + real.length)) / written.length;
  return [...written.map((e) => ({ ...e, weight: wWritten })), ...real.map((e) => ({ ...e, weight: wReal }))];
}

const round = (v: number) => Number(v.toFixed(3));

/** The weights and biases of every output, thresholds left at 0.5. */
export function fitOutputs(groups: readonly Group[], settings: RoleSettings, trainedOn = ''): RoleModel {
  const bias = {} as Record<Output, number>;
  const weights = new Map<string, number[]>();
  OUTPUTS.forEach((output, k) => {
    const fitted = pruneModel(trainLogistic(examplesFor(output, groups, settings), { l2: settings.l2, minCount: settings.minCount }), settings.minWeight);
    bias[output] = round(fitted.bias);
    for (const [name, w] of fitted.weights) {
      let row = weights.get(name);
      if (!row) weights.set(name, (row = new Array<number>(OUTPUTS.length).fill(0)));
      row[k] = w;
    }
  });
  const sorted = [...weights.keys()].sort();
  return {
    version: 1,
    trainedOn,
    bias,
    thresholds: Object.fromEntries(ROLES.map((r) => [r, 0.5])) as Record<Role, number>,
    weights: Object.fromEntries(sorted.map((name) => [name, weights.get(name)!])),
  };
}

/** Per group and role, the best sentence's probability: what a check would see. */
export function groupScores(model: RoleModel, group: Group): Record<Role, number> {
  const best = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const s of group.sentences) {
    const z = outputLogits(s.features, model);
    ROLES.forEach((r, k) => (best[r] = Math.max(best[r], sigmoid(z[k]!))));
  }
  return best;
}

const THRESHOLDS = Array.from({ length: 19 }, (_, i) => round(0.05 + i * 0.05));

/** The threshold with the best F1 of "some sentence reaches it" against the group labels; ties go nearest 0.5. */
export function bestF1Threshold(scores: readonly number[], labels: readonly boolean[]): { threshold: number; f1: number } {
  let best = { threshold: 0.5, f1: -1 };
  for (const threshold of THRESHOLDS) {
    const { f1 } = prf(binaryCounts(scores.map((p, i) => [labels[i]!, p >= threshold] as const)));
    if (f1 > best.f1 + 1e-9 || (Math.abs(f1 - best.f1) <= 1e-9 && Math.abs(threshold - 0.5) < Math.abs(best.threshold - 0.5))) best = { threshold, f1 };
  }
  return best;
}

/** Out-of-fold group scores: k models, each scoring the groups it did not see. */
export function crossValidatedScores(groups: readonly Group[], settings: RoleSettings, k: number): Array<Record<Role, number>> {
  const folds = foldsOf(groups.map((g) => g.real), k, 20261206);
  const scores = new Array<Record<Role, number>>(groups.length);
  for (let fold = 0; fold < k; fold++) {
    const model = fitOutputs(groups.filter((_, i) => folds[i] !== fold), settings);
    groups.forEach((g, i) => {
      if (folds[i] === fold) scores[i] = groupScores(model, g);
    });
  }
  return scores;
}

/** Thresholds per role from out-of-fold scores; real rows count as the realShare of the decision too. */
export function chooseThresholds(groups: readonly Group[], scores: ReadonlyArray<Record<Role, number>>): Record<Role, number> {
  return Object.fromEntries(
    ROLES.map((r) => [r, bestF1Threshold(scores.map((s) => s[r]), groups.map((g) => g.labels[r])).threshold]),
  ) as Record<Role, number>;
}

/** The whole model: outputs fitted on every group, thresholds by k-fold cross-validation. */
export function trainRoleModel(groups: readonly Group[], settings: RoleSettings = DEFAULT_SETTINGS, k = 3, trainedOn = ''): RoleModel {
  const thresholds = chooseThresholds(groups, crossValidatedScores(groups, settings, k));
  return { ...fitOutputs(groups, settings, trainedOn), thresholds };
}
