/**
 * A learned second opinion on "does this sentence ask for something?": a logistic regression
 * over sparse binary features of the compromise parse, trained by scripts/train-intent.ts on the
 * train split of the Parakweet email-intent labels (../shared/datasets/parakweet-email-intent).
 * Pure and synchronous, no DOM; the model is a small JSON file bundled with the code.
 *
 * The features include the phrase-list hits and whether the rules (findAsk) fire, so the model
 * must be retrained (`npm run train:intent`) when lib/lexicon or requests.ts change.
 */
import type { HitKind } from '../lexicon';
import { buildSentences, type Sentence } from './draft';
import MODEL_JSON from './intent-model.json';
import type { Term } from './parse';
import { findAsk, type Ask } from './requests';
import type { Span } from './types';

export interface IntentModel {
  version: number;
  /** The data, the chosen hyperparameters and the cross-validated accuracy, for the record. */
  trainedOn: string;
  /** How many weights the model keeps (after pruning the near-zero ones). */
  features: number;
  bias: number;
  weights: Record<string, number>;
  /** A sentence is a request when its probability is at least this. */
  threshold: number;
}

export const INTENT_MODEL: IntentModel = MODEL_JSON as IntentModel;

// Words that lead into a sentence without being its head: "Also, send…", "So please review…".
const LEAD_INS = new Set(['also', 'so', 'and', 'then', 'ok', 'okay', 'oh', 'pls', 'please', 'kindly', 'just', 'now', 'but', 'hi', 'hey']);
const SELF_SUBJECTS = new Set(['i', 'we']);
const YOU = new Set(['you', 'u', 'ya']);
// Auxiliaries that invert with the subject in a question: "could you", "shall we", "do you".
const INVERTING = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'do', 'does', 'did', 'are', 'is']);

// The first of these a term carries is its "main" tag (compromise gives each term several).
const MAIN_TAGS = [
  'QuestionWord', 'Modal', 'Imperative', 'Auxiliary', 'Copula', 'Pronoun', 'Gerund', 'PastTense', 'Infinitive',
  'PresentTense', 'Verb', 'Expression', 'Conjunction', 'Preposition', 'Determiner', 'Adverb', 'Adjective',
  'Date', 'Value', 'ProperNoun', 'Noun',
] as const;

// Tags whose presence anywhere is a feature: a date or time, a modal, a link or a number to call…
// (all of compromise's tags scored no better in cross-validation, with a model twice the size).
const PRESENCE_TAGS = new Set([
  'Date', 'Time', 'Modal', 'Imperative', 'QuestionWord', 'Url', 'Email', 'PhoneNumber', 'Money', 'Negative',
  'PastTense', 'Gerund', 'Possessive', 'Expression',
]);

const mainTag = (t: Term): string => MAIN_TAGS.find((tag) => t.tags.has(tag)) ?? 'Other';

/** A term's word for the n-grams: numbers, prices and phone numbers all read as one token. */
const token = (t: Term): string => (/\d/.test(t.normal) ? '<num>' : t.normal);

function lengthBucket(words: number): string {
  if (words <= 3) return '1-3';
  if (words <= 6) return '4-6';
  if (words <= 12) return '7-12';
  if (words <= 20) return '13-20';
  if (words <= 30) return '21-30';
  return '31+';
}

/**
 * The sparse binary features of one sentence, sorted and without duplicates. `ask` is what
 * findAsk says of the sentence; pass it when already computed, to save a second run.
 */
export function intentFeatures(s: Sentence, text: string, ask: Ask | null = findAsk(s)): string[] {
  const f = new Set<string>();
  const terms = s.terms.filter((t) => t.normal !== '');
  const words = terms.map(token);

  // Word n-grams.
  let prev = '<s>';
  for (const w of words) {
    f.add(`w:${w}`);
    f.add(`b:${prev} ${w}`);
    prev = w;
  }
  f.add(`b:${prev} </s>`);

  // How it opens: the first word's tag (the word itself is the bigram "<s> word"), and the first
  // word after any lead-in ("Also, please send…").
  const first = terms[0];
  if (first) f.add(`first-tag:${mainTag(first)}`);
  let lead = 0;
  while (lead < terms.length - 1 && LEAD_INS.has(terms[lead]!.normal)) lead += 1;
  const head = terms[lead];
  if (head) {
    f.add(`head:${words[lead]}`);
    f.add(`head-tag:${mainTag(head)}`);
    const command = (head.tags.has('Imperative') || head.tags.has('Infinitive')) && !head.tags.has('Gerund') && !head.tags.has('PastTense');
    if (command) f.add('head-imperative');
    if (lead > 0) f.add('lead-in');
  }

  // Telling compromise tags anywhere in the sentence, and subject-auxiliary patterns.
  for (const t of terms) for (const tag of t.tags) if (PRESENCE_TAGS.has(tag)) f.add(`tag:${tag}`);
  for (let i = 0; i + 1 < terms.length; i++) {
    const a = terms[i]!;
    const b = terms[i + 1]!;
    const auxA = a.tags.has('Modal') || INVERTING.has(a.normal);
    if (auxA && YOU.has(b.normal)) f.add(i === lead ? 'aux+you:opening' : 'aux+you');
    if (auxA && SELF_SUBJECTS.has(b.normal)) f.add(i === lead ? 'aux+self:opening' : 'aux+self');
    if (YOU.has(a.normal) && b.tags.has('Modal')) f.add('you+modal');
    if (SELF_SUBJECTS.has(a.normal) && b.tags.has('Modal')) f.add('self+modal');
    if (a.normal === 'let' && (b.normal === 'me' || b.normal === 'us')) f.add('let+self');
  }

  // Punctuation and shape.
  const trimmed = s.text.trim();
  if (s.question) f.add('question');
  if (/!["'”’)\]]*$/.test(trimmed)) f.add('end:!');
  if (/:["'”’)\]]*$/.test(trimmed)) f.add('end::');
  if (!/[.?!:;]["'”’)\]]*$/.test(trimmed)) f.add('end:none');
  const letters = terms.filter((t) => /^\p{L}/u.test(t.text));
  const capitalized = letters.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  if (letters.length >= 3 && capitalized / letters.length >= 0.6) f.add('title-case');
  if (letters.some((t) => t.text.length >= 3 && t.text === t.text.toUpperCase())) f.add('all-caps-word');
  f.add(`len:${lengthBucket(s.words)}`);

  // Who it is about.
  const you = s.otherWords > 0;
  const self = s.selfWords > 0;
  f.add(you && self ? 'person:both' : you ? 'person:you' : self ? 'person:self' : 'person:none');
  if (s.question) f.add(you ? 'question+you' : self ? 'question+self' : 'question+none');
  if (s.question && head) f.add(`question+head-tag:${mainTag(head)}`);

  // The phrase lists and the rules.
  for (const h of s.hits) f.add(`hit:${h.kind}`);
  if (ask) {
    f.add('rule:ask');
    f.add(ask.specific ? 'rule:specific' : 'rule:vague');
    f.add(`rule:frame:${ask.frame}`);
  } else {
    f.add('rule:none');
  }
  return [...f].sort();
}

/** The model's log-odds for a feature list. */
export function intentLogit(features: readonly string[], model: IntentModel = INTENT_MODEL): number {
  let z = model.bias;
  for (const name of features) z += model.weights[name] ?? 0;
  return z;
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The probability, by the model, that the sentence asks for something. */
export function intentScore(s: Sentence, text: string, ask: Ask | null = findAsk(s), model: IntentModel = INTENT_MODEL): number {
  return sigmoid(intentLogit(intentFeatures(s, text, ask), model));
}

/**
 * Phrase-list hits that mark a sentence as a look-alike of an ask in the labelling guide: "let me
 * know if you have any questions", an easy no ("if you'd rather not, I understand"). Parakweet's
 * labels often call these requests; Askwell does not, so the model may not add them.
 */
export const MODEL_VETO: ReadonlySet<HitKind> = new Set<HitKind>(['not-ask', 'easy-no', 'not-easy-no', 'decline-if', 'decline-ok']);

/**
 * How the rules and the model combine: a sentence is a request when the rules find an ask in it
 * (`ruleAsk`: findAsk returned one), or else when the model scores it at least `threshold` and no
 * MODEL_VETO phrase is in it.
 *
 * Measured when the model was trained (scripts/eval.ts with and without --intent; analyze() wired
 * in a scratch copy). Parakweet accuracy, 5-fold CV on train / test: rules 0.748 / 0.817, model
 * alone 0.830 / 0.850, rules OR model 0.805 / 0.837, this 0.801 / 0.834. The model alone is the
 * best on Parakweet but drops real asks the rules catch ("I'd like approval for $2,900 to attend
 * KubeCon"): dev-asks macro-F1 0.979 → 0.966, enron-asks 0.883 → 0.861. This keeps every rule
 * ask (dev 0.979 → 0.979, enron 0.883 → 0.887) and all analyze tests pass; without the veto the
 * model adds easy-no sentences as asks and three analyze tests fail.
 */
export function isRequest(s: Sentence, text: string, ruleAsk: boolean): boolean {
  if (ruleAsk) return true;
  if (s.hits.some((h) => MODEL_VETO.has(h.kind))) return false;
  // The model reads only the sentence itself: its verdict is remembered by the sentence's text,
  // so a keystroke re-scores one sentence, not the draft.
  let verdict = verdicts.get(s.text);
  if (verdict === undefined) {
    verdict = intentScore(s, text, null) >= INTENT_MODEL.threshold;
    verdicts.set(s.text, verdict);
    if (verdicts.size > VERDICT_LIMIT) verdicts.delete(verdicts.keys().next().value!);
  }
  return verdict;
}

const VERDICT_LIMIT = 2_000;
const verdicts = new Map<string, boolean>();

/** Forget remembered verdicts: for benchmarks that must measure a cold analysis. */
export function clearIntentCache(): void {
  verdicts.clear();
}

/**
 * The ask analyze() should record for a sentence once the model is wired in: findAsk's ask when
 * there is one; else a whole-sentence ask when `isRequest` says so (framed as the sender's only
 * when only the sender is named, and not specific: the rules found no concrete action); else null.
 * Wiring measured: `const rules = sentences.map((s) => findAsk(s))`, `found = sentences.map((s, i) =>
 * intentAsk(s, text, rules[i] ?? null))`, and focusOf still given `rules[i]` (given the model's
 * asks, sentence focus fell 0.949 → 0.943 on dev-asks and 0.846 → 0.837 on enron-asks).
 */
export function intentAsk(s: Sentence, text: string, ruleAsk: Ask | null): Ask | null {
  if (ruleAsk) return ruleAsk;
  if (!isRequest(s, text, false)) return null;
  const span = { start: s.start, end: s.end };
  const frame = s.selfWords > 0 && s.otherWords === 0 ? 'self' : 'other';
  return { ...span, sentence: s.index, frame, specific: false, trigger: span };
}

export type Combination = 'rules' | 'model' | 'rules-or-model' | 'is-request' | 'rules-and-model';

/**
 * The sentences analyze() would report as asks under each way of combining the rules and the
 * model; 'is-request' is `isRequest`, the recommendation. For the eval, which counts a Parakweet
 * sentence as a request when any of its sentences is one.
 */
export function detectAsks(text: string, combination: Combination = 'is-request'): Span[] {
  const asks: Span[] = [];
  for (const s of buildSentences(text)) {
    const ask = findAsk(s);
    const rule = ask !== null;
    let request: boolean;
    if (combination === 'rules') request = rule;
    else if (combination === 'is-request') request = isRequest(s, text, rule);
    else {
      const model = intentScore(s, text, ask) >= INTENT_MODEL.threshold;
      request = combination === 'model' ? model : combination === 'rules-or-model' ? rule || model : rule && model;
    }
    if (request) asks.push({ start: s.start, end: s.end });
  }
  return asks;
}
