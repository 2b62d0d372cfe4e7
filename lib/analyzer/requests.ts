import { hitsOf, liveHits, perSentence, type Sentence } from './sentence';
import type { Hit } from './parse';
import { overlaps } from './text';
import type { Ask, Span } from './types';

export type { Ask } from './types';

// Words that open a direct question to someone (aux inversion or a wh-word).
const QUESTION_OPENERS = new Set([
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'can', 'could', 'will', 'would',
  'should', 'shall', 'may', 'might', 'what', 'which', 'when', 'where', 'who', 'whom', 'whose', 'how', 'why', 'any',
]);

// Verbs that open a sentence without being an order: "Hope you're well", "Thanks for…", "See you".
const NOT_COMMANDS = new Set([
  'thanks', 'thank', 'hope', 'see', 'welcome', 'congrats', 'congratulations', 'cheers', 'sorry', 'glad', 'looking',
  'attached', 'enclosed', 'note', 'fyi', 'regards', 'best', 'love', 'miss', 'wish', 'enjoy', 'happy', 'excited',
  // prepositions compromise sometimes tags as a verb at a sentence start ("Over the weekend we…")
  'over', 'after', 'before', 'since', 'during', 'under', 'about', 'around', 'through', 'until', 'like', 'per', 'as',
]);

const content = (s: Sentence) => s.terms.filter((t) => !t.implicit && t.text !== '');

/** The sentence's text between two offsets of the draft: a sentence's ask reads nothing outside it. */
const between = (s: Sentence, from: number, to: number) => s.text.slice(from - s.start, to - s.start);

/**
 * A question addressed to someone, not a greeting ("How are you?") or a rhetorical aside. Its
 * trigger is the whole sentence, so any vague or not-an-ask phrase in it outweighs it.
 */
function directQuestion(s: Sentence): Span | null {
  if (!s.question) return null;
  const words = content(s);
  // The question may open after a lead-in: "Quick question: which section do hours go in?"
  const opens = words.some((t, i) => {
    const before = i === 0 ? '' : between(s, words[i - 1]!.end, t.start);
    return (i === 0 || /[:;,—–]/.test(before)) && (QUESTION_OPENERS.has(t.normal) || t.tags.has('QuestionWord'));
  });
  const addressed = s.otherWords > 0 || s.selfWords > 0;
  if (!opens && !addressed) return null;
  return { start: s.start, end: s.end };
}

/** "Send me the deck", "Review the PR by noon": a sentence that opens with a command verb. */
function command(s: Sentence): Span | null {
  const words = content(s);
  let i = 0;
  // "Also, send…", "So please review…", "Ok – review…"
  while (i < words.length - 1 && /^(also|so|and|then|ok|okay|oh|pls|please|kindly|just|now|but)$/.test(words[i]!.normal)) i += 1;
  const verb = words[i];
  if (!verb || NOT_COMMANDS.has(verb.normal)) return null;
  if (!(verb.tags.has('Imperative') || (i === 0 && verb.tags.has('Infinitive')))) return null;
  if (verb.tags.has('Gerund') || verb.tags.has('PastTense')) return null;
  return { start: verb.start, end: verb.end };
}

// Verbs after "would you…" that ask about willingness, not an action: "Would you be willing…",
// "Would you mind…". They make the sentence a request; the rest of it says whether it is specific.
const WILLINGNESS = new Set(['be', 'mind', 'consider', 'like', 'want', 'feel', 'have', 'know', 'think']);
const NEEDS = new Set(['need', 'require', 'needs']);
// Commands that ask for a reply, not an action: "Let me know…", "Keep me posted", "Feel free to…".
const SOFT_COMMANDS = new Set(['let', 'keep', 'feel', 'tell']);

/** How far after a request frame (in characters) a vague phrase still reads as its object. */
const VAGUE_REACH = 12;

/**
 * Where the request starts when compromise kept the greeting in its sentence ("Hi Jo, could you…"):
 * after the greeting and the name, at the first word past the comma, colon or dash.
 */
function afterGreeting(s: Sentence): number {
  if (!hitsOf(s, 'greeting').some((h) => h.start === s.start)) return s.start;
  const words = content(s);
  for (let i = 1; i < Math.min(words.length, 5); i++) {
    if (/[,:;—–-]/.test(between(s, words[i - 1]!.end, words[i]!.start))) return words[i]!.start;
  }
  return s.start;
}

/**
 * The request in a sentence, if it makes one. A direct trigger ("could you send", "please
 * review", an imperative) makes it specific unless a vague phrase covers it ("can you help?");
 * a tentative frame ("would you be willing", "let me know", a bare question) is specific only
 * when nothing in the sentence is vague ("something", "at some point", "any thoughts").
 */
export function findAsk(s: Sentence): Ask | null {
  const blockers = ['not-ask'] as const;
  const notAsk = hitsOf(s, 'not-ask');
  const direct: Hit[] = [];
  const tentative: Hit[] = liveHits(s, 'ask-tentative', blockers);
  const wordsOf = (h: Hit) => s.terms.filter((t) => t.start < h.end && t.end > h.start);
  for (const h of liveHits(s, 'ask-other', blockers)) {
    const last = wordsOf(h).at(-1);
    (last && WILLINGNESS.has(last.normal) ? tentative : direct).push(h);
  }
  // A wish ("I'd love to…", "I'd love that") is tentative; a stated need ("I need you to…") is direct.
  for (const h of liveHits(s, 'ask-self', blockers)) {
    (wordsOf(h).some((t) => NEEDS.has(t.normal)) ? direct : tentative).push(h);
  }
  const order = command(s);
  if (order && !notAsk.some((n) => overlaps(n, order))) {
    const verb = s.terms.find((t) => t.start === order.start);
    (verb && SOFT_COMMANDS.has(verb.normal) ? tentative : direct).push({ kind: 'ask-other', ...order });
  }
  const question = directQuestion(s);
  if (question && !notAsk.some((n) => overlaps(n, question))) tentative.push({ kind: 'ask-tentative', ...question });
  const triggers = [...direct, ...tentative].sort((a, b) => a.start - b.start);
  if (triggers.length === 0) return null;

  const vague = hitsOf(s, 'ask-vague');
  const concrete = direct.filter((t) => !vague.some((v) => overlaps(v, t)));
  // A vague phrase spoils a tentative frame when it is what the frame asks for ("I'd love any
  // thoughts") or the frame is the whole question; not when it trails a concrete object ("I'd
  // appreciate an introduction to Jane, and any advice she has", issue 11).
  const spoils = (t: Hit) => vague.some((v) => overlaps(v, t) || (v.start >= t.end && v.start - t.end <= VAGUE_REACH));
  const specific = concrete.length > 0 || tentative.some((t) => !spoils(t));
  const trigger = concrete[0] ?? triggers[0]!;
  const self = liveHits(s, 'ask-self', blockers);
  const frame = self.length > 0 && triggers.every((t) => t.kind === 'ask-self' || t.end - t.start === s.end - s.start || self.some((x) => overlaps(x, t))) ? 'self' : 'other';
  return { start: afterGreeting(s), end: s.end, sentence: s.index, frame, specific, trigger: { start: trigger.start, end: trigger.end } };
}

/** findAsk, remembered per sentence and moved with it (sentence.ts perSentence). */
export const askOf = perSentence(findAsk, (ask, from, to) => {
  if (!ask) return null;
  const by = to.start - from.start;
  return { ...ask, start: ask.start + by, end: ask.end + by, sentence: to.index, trigger: { start: ask.trigger.start + by, end: ask.trigger.end + by } };
});
