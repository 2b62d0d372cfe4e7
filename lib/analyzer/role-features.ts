// The features the learned sentence roles read (roles.ts): what a sentence's own words say, worked
// out once per sentence, and where it stands in the draft, worked out per analysis. Sparse and
// binary: each feature is a name, present or not. The phrase-list cues and the ask rules are
// features too, so the model learns when to trust them (issue 11).
import { benefitCue, easyOutCue, LIMIT_KINDS, limitsIn, thanksHits } from './cues';
import { dateFeatures } from './dates';
import { focusOf, isFurniture } from './focus';
import { CHAT_WORDS } from '../lexicon/chat-words';
import type { Term } from './parse';
import { askOf } from './requests';
import { perSentence, unmoved, type Sentence } from './sentence';

// Words that lead into a sentence without being its head: "Also, send…", "So please review…".
const LEAD_INS = new Set(['also', 'so', 'and', 'then', 'ok', 'okay', 'oh', 'pls', 'please', 'kindly', 'just', 'now', 'but', 'hi', 'hey']);
const SELF = new Set(['i', 'we']);
const YOU = new Set(['you', 'u', 'ya', 'your', 'ur', 'yours']);
const INVERTING = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'do', 'does', 'did', 'are', 'is']);
const CONDITIONS = new Set(['if', 'unless', 'otherwise', 'whether']);
const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'cannot', 'cant', 'nope']);

// The first of these a term carries is its "main" tag (compromise gives each term several).
const MAIN_TAGS = [
  'QuestionWord', 'Modal', 'Imperative', 'Auxiliary', 'Copula', 'Pronoun', 'Gerund', 'PastTense', 'Infinitive',
  'PresentTense', 'Verb', 'Expression', 'Conjunction', 'Preposition', 'Determiner', 'Adverb', 'Adjective',
  'Date', 'Value', 'ProperNoun', 'Noun',
] as const;

// Tags whose presence anywhere is a feature.
const PRESENCE_TAGS = new Set([
  'Date', 'Time', 'Duration', 'Modal', 'Imperative', 'QuestionWord', 'Url', 'Email', 'PhoneNumber', 'Money', 'Negative',
  'PastTense', 'Gerund', 'Possessive', 'Expression', 'FutureTense', 'Conditional', 'Comparative', 'Superlative', 'Percent',
  'Unit', 'WeekDay', 'Month', 'Ordinal', 'Cardinal',
]);

const mainTag = (t: Term): string => MAIN_TAGS.find((tag) => t.tags.has(tag)) ?? 'Other';

/**
 * A term's words for the n-grams: numbers read as one token, so "180 lines" and "3 lines" share
 * features; chat shorthand reads as what it stands for ("np" → "no problem").
 */
function tokens(t: Term): readonly string[] {
  if (/\d/.test(t.normal)) return NUMBER;
  const bare = t.normal.replace(/[.!?,;:]+$/, '');
  return CHAT_WORDS[bare] ?? [t.normal];
}
const NUMBER = ['<num>'];

/** A crude stem, so "appreciate", "appreciated" and "appreciation" share one feature. */
const stem = (w: string): string | null => (w.length > 5 && /^\p{L}+$/u.test(w) ? w.slice(0, 5) : null);

function lengthBucket(words: number): string {
  if (words <= 2) return '1-2';
  if (words <= 4) return '3-4';
  if (words <= 8) return '5-8';
  if (words <= 15) return '9-15';
  if (words <= 25) return '16-25';
  return '26+';
}

/** The features of one sentence's own words, without duplicates. */
export function sentenceFeatures(s: Sentence): string[] {
  const f = new Set<string>();
  const terms = s.terms.filter((t) => t.normal !== '');
  const expanded = terms.map(tokens);
  const words = expanded.map((x) => x[0]!);

  let prev = '<s>';
  for (const w of expanded.flat()) {
    f.add(`w:${w}`);
    f.add(`b:${prev} ${w}`);
    const st = stem(w);
    if (st) f.add(`s:${st}`);
    prev = w;
  }
  f.add(`b:${prev} </s>`);

  const first = terms[0];
  if (first) f.add(`first-tag:${mainTag(first)}`);
  let lead = 0;
  while (lead < terms.length - 1 && LEAD_INS.has(terms[lead]!.normal)) lead += 1;
  const head = terms[lead];
  if (head) {
    f.add(`head:${words[lead]}`);
    f.add(`head-tag:${mainTag(head)}`);
    if ((head.tags.has('Imperative') || head.tags.has('Infinitive')) && !head.tags.has('Gerund') && !head.tags.has('PastTense')) f.add('head-imperative');
  }

  for (const t of terms) for (const tag of t.tags) if (PRESENCE_TAGS.has(tag)) f.add(`tag:${tag}`);
  for (let i = 0; i + 1 < terms.length; i++) {
    const a = terms[i]!;
    const b = terms[i + 1]!;
    const auxA = a.tags.has('Modal') || INVERTING.has(a.normal);
    if (auxA && YOU.has(b.normal)) f.add(i === lead ? 'aux+you:opening' : 'aux+you');
    if (auxA && SELF.has(b.normal)) f.add(i === lead ? 'aux+self:opening' : 'aux+self');
    if (YOU.has(a.normal) && b.tags.has('Modal')) f.add('you+modal');
    if (SELF.has(a.normal) && b.tags.has('Modal')) f.add('self+modal');
    if (a.normal === 'your' || a.normal === 'ur') f.add(`your+${mainTag(b)}`);
  }

  // A condition and what follows it: "if it's a hassle, ignore me", "np if not".
  // "if", "unless", and "in case" read as one condition word.
  const cond = terms.findIndex((t, i) => CONDITIONS.has(t.normal) || (t.normal === 'case' && terms[i - 1]?.normal === 'in'));
  if (cond >= 0) {
    f.add(cond <= lead ? 'cond:opens' : 'cond:later');
    const clause = terms.slice(cond + 1, cond + 8);
    if (clause.some((t) => YOU.has(t.normal))) f.add('cond+you');
    if (clause.some((t) => SELF.has(t.normal))) f.add('cond+self');
    if (clause.some((t) => NEGATIONS.has(t.normal) || t.tags.has('Negative'))) f.add('cond+neg');
    if (clause.some((t) => t.tags.has('Date'))) f.add('cond+date');
  }
  if (terms.some((t) => NEGATIONS.has(t.normal) || t.tags.has('Negative'))) f.add('negated');

  const trimmed = s.text.trim();
  if (s.question) f.add('question');
  if (/!["'”’)\]]*$/.test(trimmed)) f.add('end:!');
  if (/,["'”’)\]]*$/.test(trimmed)) f.add('end:,');
  if (/:["'”’)\]]*$/.test(trimmed)) f.add('end::');
  if (!/[.?!:;,]["'”’)\]]*$/.test(trimmed)) f.add('end:none');
  if (/\p{Extended_Pictographic}/u.test(trimmed)) f.add('emoji');
  const letters = terms.filter((t) => /^\p{L}/u.test(t.text));
  if (letters.length > 0 && letters.every((t) => t.text === t.text.toLowerCase())) f.add('lowercase');
  if (letters.length >= 3 && letters.filter((t) => t.text.length > 1 && t.text === t.text.toUpperCase()).length / letters.length > 0.6) f.add('all-caps');
  f.add(`len:${lengthBucket(s.words)}`);

  const you = s.otherWords > 0;
  const self = s.selfWords > 0;
  const person = you && self ? 'both' : you ? 'you' : self ? 'self' : 'none';
  f.add(`person:${person}`);
  if (s.otherWords > s.selfWords) f.add('more-you');
  if (s.selfWords > s.otherWords) f.add('more-self');
  if (s.question) f.add(`question+${person}`);
  if (terms.some((t) => t.tags.has('Modal') || t.normal === 'will')) f.add(`modal+${person}`);

  for (const h of s.hits) f.add(`hit:${h.kind}`);
  const ask = askOf(s);
  if (ask) f.add(ask.specific ? `rule:ask:${ask.frame}` : `rule:vague:${ask.frame}`);
  else f.add('rule:none');
  const limits = limitsIn(s);
  for (const k of LIMIT_KINDS) if (limits[k].length > 0) f.add(`rule:${k}`);
  if (easyOutCue(s)) f.add('rule:easy-no');
  const gain = benefitCue(s);
  if (gain) f.add(`rule:benefit:${gain}`);
  if (thanksHits(s).length > 0) f.add('rule:thanks');
  for (const d of dateFeatures(s)) f.add(d);
  if (isFurniture(s)) f.add('furniture');
  f.add(`rule:focus:${focusOf(s, ask)}`);
  return [...f];
}

/** sentenceFeatures, remembered per sentence: feature names hold no offsets, so they move as they are. */
export const featuresOf = perSentence(sentenceFeatures, unmoved);

/**
 * Where a sentence stands among the draft's content sentences (greetings, sign-offs and name
 * lines left out: a first line "Hi Sam," says nothing about where the ask is) and relative to
 * the requests the rules find. `at` is the sentence's content position, null for furniture;
 * `asks` the content positions of the requests; `count` the number of content sentences.
 */
export function placeFeatures(at: number | null, count: number, asks: readonly number[]): string[] {
  if (at === null) return ['at:furniture'];
  const f: string[] = [];
  if (at === 0) f.push('at:first');
  if (at === count - 1) f.push('at:last');
  else if (at >= count - 3) f.push('at:end');
  if (asks.length === 0) f.push('ask:none');
  else if (asks.includes(at)) f.push('ask:here');
  else {
    if (asks.includes(at - 1)) f.push('ask:just-before');
    else if (asks.some((a) => a < at)) f.push('ask:before');
    if (asks.includes(at + 1)) f.push('ask:just-after');
    else if (asks.some((a) => a > at)) f.push('ask:after');
  }
  return f;
}

/** Content positions of a draft's sentences (null for furniture) and of its rule requests. */
export interface Layout {
  at: Array<number | null>;
  count: number;
  asks: number[];
}

export function layoutOf(sentences: readonly Sentence[]): Layout {
  const at: Array<number | null> = [];
  const asks: number[] = [];
  let count = 0;
  for (const s of sentences) {
    if (isFurniture(s)) {
      at.push(null);
      continue;
    }
    if (askOf(s)) asks.push(count);
    at.push(count);
    count += 1;
  }
  return { at, count, asks };
}

// Sentence features worth crossing with the place: a limit after the ask ("It's about 180
// lines"), an easy out or a gain near it.
const CROSSED = /^(date|tag:(Date|Value|Duration|Time|Unit)|rule:|cond|person:|question$|furniture$|hit:(bound|decline|gain|benefit|easy))/;

/** The sentence's own features that are crossed with its place, remembered per sentence. */
export const crossableOf = perSentence((s: Sentence) => featuresOf(s).filter((x) => CROSSED.test(x)), unmoved);

/** A sentence's features crossed with its place ("after the ask" and "a number"): only places relative to the ask cross. */
export function crossFeatures(s: Sentence, place: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of place) {
    if (!p.startsWith('ask:')) continue;
    for (const x of crossableOf(s)) out.push(`${p}&${x}`);
  }
  return out;
}
