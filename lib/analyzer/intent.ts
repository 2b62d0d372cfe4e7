/**
 * A learned second opinion on "does this sentence ask for something?": a logistic regression
 * over sparse binary features of the compromise parse, trained by scripts/train-intent.ts on the
 * train split of the Parakweet email-intent labels (../shared/datasets/parakweet-email-intent).
 * Pure and synchronous, no DOM; the model is a small JSON file bundled with the code.
 *
 * The features include the phrase-list hits and whether the rules (findAsk) fire, so the model
 * must be retrained (`npm run train:intent`) when lib/lexicon or requests.ts change.
 */
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
export function intentFeatures(s: Sentence, text: string, ask: Ask | null = findAsk(s, text)): string[] {
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
export function intentScore(s: Sentence, text: string, ask: Ask | null = findAsk(s, text), model: IntentModel = INTENT_MODEL): number {
  return sigmoid(intentLogit(intentFeatures(s, text, ask), model));
}

/**
 * How the model and the rules combine (see the comparison in scripts/eval.ts --intent): the
 * model decides. Its features include whether the rules fire, so it has already learnt how
 * far to trust them; OR-ing the rules back in only adds their false positives.
 */
export function isRequest(s: Sentence, text: string, ruleAsk: boolean, ask?: Ask | null): boolean {
  const rule = ask === undefined ? findAsk(s, text) : ask;
  void ruleAsk; // the rules' verdict is already a feature (rule:ask); kept in the signature for callers
  return intentScore(s, text, rule) >= INTENT_MODEL.threshold;
}

export type Combination = 'rules' | 'model' | 'rules-or-model' | 'rules-and-model';

/**
 * The spans analyze() would report as asks once the model is wired in: one per sentence that
 * `isRequest` accepts. `combination` lets the eval compare the alternatives.
 */
export function detectAsks(text: string, combination: Combination = 'model'): Span[] {
  const asks: Span[] = [];
  for (const s of buildSentences(text)) {
    const ask = findAsk(s, text);
    const rule = ask !== null;
    let request: boolean;
    if (combination === 'rules') request = rule;
    else {
      const model = intentScore(s, text, ask) >= INTENT_MODEL.threshold;
      request = combination === 'model' ? model : combination === 'rules-or-model' ? rule || model : rule && model;
    }
    if (request) asks.push({ start: s.start, end: s.end });
  }
  return asks;
}
