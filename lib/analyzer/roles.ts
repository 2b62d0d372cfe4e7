/**
 * Sentence roles, learned: for every sentence, how likely it is to be the ask, its bound, an easy
 * no, a benefit to the recipient or thanks, and whom it is about (focus). Eight small logistic
 * regressions over the features of role-features.ts, trained by scripts/train.ts (`npm run train`)
 * on the written emails of asks-train and the real sentences of Parakweet's train split
 * (../shared/datasets). Pure and synchronous; the model is one JSON file bundled with the code.
 *
 * The features include the phrase-list hits and the ask rules, so the model must be retrained
 * when lib/lexicon, cues.ts or requests.ts change (a test compares a retrain with the file).
 */
import { cuesOf, type RoleCues } from './cues';
import MODEL_JSON from './role-model.json';
import { crossableOf, crossFeatures, featuresOf, layoutOf, placeFeatures, type Layout } from './role-features';
import { perSentence, unmoved, type Sentence } from './sentence';
import type { Focus } from './types';

import { ROLE_IDS, type RoleId, type SentenceRoles } from './types';

export type { SentenceRoles } from './types';

export const ROLES = ROLE_IDS;
export type Role = RoleId;

export const FOCI = ['self', 'other', 'neutral'] as const satisfies readonly Focus[];

/** The model's outputs, in the order of each feature's weights. */
export const OUTPUTS = [...ROLES, ...FOCI.map((f) => `focus:${f}` as const)] as const;
export type Output = (typeof OUTPUTS)[number];

export interface RoleModel {
  version: number;
  /** The data, the settings and the cross-validated scores, for the record. */
  trainedOn: string;
  /** Per output: the bias. */
  bias: Record<Output, number>;
  /** A sentence has a role when its probability is at least this. */
  thresholds: Record<Role, number>;
  /**
   * The threshold when the rules find the role in the sentence ('cue') or a look-alike of it
   * ('look-alike'), instead of `thresholds` (cues.ts cuesOf). Absent: the rules move nothing.
   */
  cueThresholds?: { sure: number; cue: number; 'look-alike': number };
  /** Per feature, one weight per output in OUTPUTS order. */
  weights: Record<string, readonly number[]>;
}

export const ROLE_MODEL: RoleModel = MODEL_JSON as unknown as RoleModel;

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

// The weights as Maps of typed arrays, built once per model: lookups in a 15,000-key object
// literal cost more than the rest of scoring. Crossed features ("ask:just-before&date:by") sit
// in a map per place, so scoring looks up strings it already has instead of building new ones.
interface Tables {
  own: Map<string, Float64Array>;
  crossed: Map<string, Map<string, Float64Array>>;
}
const tables = new WeakMap<RoleModel, Tables>();

function tablesOf(model: RoleModel): Tables {
  let found = tables.get(model);
  if (!found) {
    found = { own: new Map(), crossed: new Map() };
    for (const [name, w] of Object.entries(model.weights)) {
      const weights = Float64Array.from(w);
      const cut = crossCut(name);
      if (cut < 0) {
        found.own.set(name, weights);
        continue;
      }
      const place = name.slice(0, cut);
      let byPlace = found.crossed.get(place);
      if (!byPlace) found.crossed.set(place, (byPlace = new Map()));
      byPlace.set(name.slice(cut + 1), weights);
    }
    tables.set(model, found);
  }
  return found;
}

/** Where a crossed feature's place ends ("ask:here&date:by"), -1 for any other ("w:q&a"). */
const crossCut = (name: string): number => (name.startsWith('ask:') ? name.indexOf('&') : -1);

function add(into: Float64Array, w: Float64Array | undefined): void {
  if (!w) return;
  for (let k = 0; k < into.length; k++) into[k]! += w[k]!;
}

function addWeights(into: Float64Array, features: readonly string[], model: RoleModel): void {
  const { own, crossed } = tablesOf(model);
  for (const name of features) {
    const cut = crossCut(name);
    add(into, cut < 0 ? own.get(name) : crossed.get(name.slice(0, cut))?.get(name.slice(cut + 1)));
  }
}

/** The weights of a sentence's crossed features at `place`, without building their names. */
function addCrossed(into: Float64Array, s: Sentence, place: readonly string[], model: RoleModel): void {
  const { crossed } = tablesOf(model);
  for (const p of place) {
    const byPlace = crossed.get(p);
    if (!byPlace) continue;
    for (const x of crossableOf(s)) add(into, byPlace.get(x));
  }
}

/** Every output's logit for a list of features (scripts score held-out data with it). */
export function outputLogits(features: readonly string[], model: RoleModel): Float64Array {
  const z = Float64Array.from(OUTPUTS, (o) => model.bias[o]);
  addWeights(z, features, model);
  return z;
}

// What the model says of a sentence at a place, remembered per sentence, per model (scripts train
// several) and per place: a keystroke re-scores only the sentences it changed, or whose place
// relative to the ask it changed.
const byModel = new WeakMap<RoleModel, (s: Sentence) => Map<string, SentenceRoles>>();

function scoredAt(s: Sentence, place: readonly string[], model: RoleModel): SentenceRoles {
  let memo = byModel.get(model);
  if (!memo) byModel.set(model, (memo = perSentence(() => new Map<string, SentenceRoles>(), unmoved)));
  const known = memo(s);
  const key = place.join(' ');
  const found = known.get(key);
  if (found) return found;
  // A sentence's own features and its place hold no crossed names: straight lookups.
  const { own } = tablesOf(model);
  const z = Float64Array.from(OUTPUTS, (o) => model.bias[o]);
  for (const name of featuresOf(s)) add(z, own.get(name));
  for (const name of place) add(z, own.get(name));
  addCrossed(z, s, place, model);
  const result = decide(z, model, cuesOf(s));
  known.set(key, result);
  return result;
}

function decide(z: Float64Array, model: RoleModel, cues: RoleCues): SentenceRoles {
  const scores = {} as Record<Role, number>;
  const roles: Role[] = [];
  ROLES.forEach((role, k) => {
    const p = sigmoid(z[k]!);
    scores[role] = p;
    const cue = cues[role];
    const threshold = cue && model.cueThresholds ? model.cueThresholds[cue] : model.thresholds[role];
    if (p >= threshold) roles.push(role);
  });
  let focus: Focus = 'neutral';
  let best = -Infinity;
  FOCI.forEach((f, k) => {
    const v = z[ROLES.length + k]!;
    if (v > best) {
      best = v;
      focus = f;
    }
  });
  return { scores, roles, focus };
}

/** Every feature of sentence `i`: its own, its place, and the two crossed (for training and tests). */
export function allFeatures(sentences: readonly Sentence[], i: number, layout: Layout = layoutOf(sentences)): string[] {
  const own = featuresOf(sentences[i]!);
  const place = placeFeatures(layout.at[i] ?? null, layout.count, layout.asks);
  return [...own, ...place, ...crossFeatures(sentences[i]!, place)];
}

/** The roles and focus of every sentence of a draft. */
export function rolesOf(sentences: readonly Sentence[], model: RoleModel = ROLE_MODEL): SentenceRoles[] {
  const layout = layoutOf(sentences);
  return sentences.map((s, i) => scoredAt(s, placeFeatures(layout.at[i] ?? null, layout.count, layout.asks), model));
}
