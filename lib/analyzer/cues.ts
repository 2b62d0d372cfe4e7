// What the phrase lists and sentence structure say about one sentence, check by check: the rules
// the checks were first built on. They are features of the learned sentence roles (roles.ts) and
// word the evidence the checks point at; alone they no longer decide (issue 11).
import type { Hit } from './parse';
import { dateFeatures } from './dates';
import { askOf } from './requests';
import { hitsOf, liveHits, moveSpans, perSentence, unmoved, type Sentence } from './sentence';
import type { Span } from './types';

/** "If you can't, that's fine": a decline condition and an acceptance in one sentence, no new ask after. */
export function conditionalOut(s: Sentence): Span | null {
  const blockers = ['not-easy-no'] as const;
  const condition = liveHits(s, 'decline-if', blockers)[0];
  const ok = liveHits(s, 'decline-ok', blockers).find((h) => !condition || h.end <= condition.start || h.start >= condition.end);
  if (!condition || !ok) return null;
  // "If you can't attend, please designate someone": a redirect that still asks is no way out.
  if (liveHits(s, 'ask-other', ['not-ask']).some((a) => a.start >= condition.end && !(a.start < ok.end && ok.start < a.end))) return null;
  return { start: Math.min(condition.start, ok.start), end: Math.max(condition.end, ok.end) };
}

/** An easy out by the phrase lists: a stock phrase, or a condition plus an acceptance. */
export const easyOutCue = perSentence(
  (s: Sentence): boolean => liveHits(s, 'easy-no', ['not-easy-no']).length > 0 || (hitsOf(s, 'easy-no').length === 0 && conditionalOut(s) !== null),
  unmoved,
);

/**
 * A gain for the recipient by the phrase lists: a benefit phrase ("it would save your team…"),
 * or a word of gain in a sentence about them ("so it should fill your room"), unless the gain is
 * the sender's ("it would really help me").
 */
export const benefitCue = perSentence((s: Sentence): 'strong' | 'gain' | null => {
  if (liveHits(s, 'benefit', ['not-benefit']).length > 0) return 'strong';
  if (s.otherWords === 0) return null;
  const gains = liveHits(s, 'gain', ['not-benefit', 'easy-no']);
  return gains.length > 0 && hitsOf(s, 'not-benefit').length === 0 ? 'gain' : null;
}, unmoved);

/** Gratitude by the phrase lists: "thanks", not "no thanks needed". */
export const thanksHits = perSentence(
  (s: Sentence): Hit[] => liveHits(s, 'thanks', ['not-thanks']),
  moveSpans,
);

/** "As discussed on Tuesday", "sent it last week": a time that tells what happened, not what is asked. */
function afterPastVerb(s: Sentence, hit: Hit): boolean {
  if (hit.kind !== 'bound-when') return false;
  // "discussed Tuesday", "discussed on Tuesday": the verb, with at most a preposition between.
  const before = s.terms.filter((t) => t.end <= hit.start).slice(-2);
  return before.some((t) => t.tags.has('PastTense'));
}

/** A sentence that only reports the past: "I sent it on Monday." */
function reportsPast(s: Sentence): boolean {
  const verbs = s.terms.filter((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary'));
  return verbs.length > 0 && verbs.every((t) => t.tags.has('PastTense') || t.tags.has('Participle'));
}

export const LIMIT_KINDS = ['bound-deadline', 'bound-when', 'bound-size'] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];
export type Limits = Record<LimitKind, Hit[]>;

const byKind = (of: (k: LimitKind) => Hit[]) => Object.fromEntries(LIMIT_KINDS.map((k) => [k, of(k)])) as Limits;

/** Each kind of limit a sentence sets: not ASAP, not "by yesterday", not a time in a report of the past. */
export function findLimits(s: Sentence): Limits {
  const past = reportsPast(s);
  return byKind((k) => (past ? [] : liveHits(s, k, ['not-bound']).filter((h) => !afterPastVerb(s, h))));
}

/** findLimits, remembered per sentence. */
export const limitsIn = perSentence(findLimits, (found, from, to) => byKind((k) => moveSpans(found[k], from, to)));

/**
 * What the rules say of each role in a sentence: 'cue' when a phrase list or rule finds it ("no
 * worries if not", "by Friday", "thanks"), 'look-alike' when a phrase list of look-alikes does
 * ("thanks for nothing", "can you help?", "ASAP" and nothing else), else null. The learned role
 * decides; these move its threshold (roles.ts), because the phrase lists are the labelling guide's
 * own examples and hold on every voice.
 */
export type Cue = 'sure' | 'cue' | 'look-alike' | null;
export type RoleCues = Record<'ask' | 'bound' | 'easy-no' | 'benefit' | 'thanks', Cue>;

export const cuesOf = perSentence((s: Sentence): RoleCues => {
  const ask = askOf(s);
  const limits = limitsIn(s);
  const hasLimit = LIMIT_KINDS.some((k) => limits[k].length > 0);
  // The guide's plainest bound, in the ask itself: a deadline, a size or an end point ("by
  // Friday", "by 10/15", "a two-line email", "just this once"). 'sure': the model is not asked (issue 11).
  const sure = ask?.specific && (limits['bound-deadline'].length > 0 || limits['bound-size'].length > 0 || dateFeatures(s).includes('date:deadline'));
  // "I would greatly appreciate an introduction to Jane", "I'd be grateful if you could…": the
  // written data has few of these polite frames and labels most of them thanks, so the learned
  // ask role misses them; a specific one is an ask (the labelling guide; issue 11).
  const politeFrame = liveHits(s, 'ask-self', ['not-ask']).some((h) => /apprecia|grateful|thankful|obliged/i.test(s.text.slice(h.start - s.start, h.end - s.start)));
  return {
    ask: ask ? (ask.specific ? (politeFrame ? 'sure' : 'cue') : 'look-alike') : null,
    bound: sure ? 'sure' : hasLimit ? 'cue' : hitsOf(s, 'not-bound').length > 0 ? 'look-alike' : null,
    'easy-no': easyOutCue(s) ? 'cue' : hitsOf(s, 'not-easy-no').length > 0 ? 'look-alike' : null,
    benefit: benefitCue(s) === 'strong' ? 'cue' : hitsOf(s, 'not-benefit').length > 0 ? 'look-alike' : null,
    thanks: thanksHits(s).length > 0 ? 'cue' : hitsOf(s, 'not-thanks').length > 0 ? 'look-alike' : null,
  };
}, unmoved);
