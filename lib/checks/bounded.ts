import type { Check } from './types';
import { met, missing } from './result';
import { liveHits, moveSpans, perSentence, type Sentence } from '../analyzer/sentence';
import type { Hit } from '../analyzer/parse';
import { quote } from '../analyzer/text';
import { limitFor } from './phrasing';

const BLOCKERS = ['not-bound'] as const;

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

const LIMIT_KINDS = ['bound-deadline', 'bound-when', 'bound-size'] as const;
type LimitKind = (typeof LIMIT_KINDS)[number];

type Limits = Record<LimitKind, Hit[]>;
const byKind = (of: (k: LimitKind) => Hit[]) => Object.fromEntries(LIMIT_KINDS.map((k) => [k, of(k)])) as Limits;

/** Each kind of limit a sentence sets. */
export function findLimits(s: Sentence): Limits {
  const past = reportsPast(s);
  return byKind((k) => (past ? [] : liveHits(s, k, BLOCKERS).filter((h) => !afterPastVerb(s, h))));
}

/** findLimits, remembered: every ask consults every sentence's deadlines. */
export const limitsIn = perSentence(findLimits, (found, from, to) => byKind((k) => moveSpans(found[k], from, to)));

function limits(s: Sentence | undefined, kinds: readonly LimitKind[]): Hit[] {
  if (!s) return [];
  const found = limitsIn(s);
  return kinds.flatMap((k) => found[k]);
}

/**
 * Where a limit may sit to bound an ask: anything in the ask sentence itself; a size in the
 * sentence after it ("It takes five minutes."); a time in the one before it; a deadline anywhere
 * ("The deadline is Friday.").
 */
function boundsOf(sentences: readonly Sentence[], askIndex: number): Hit[] {
  return [
    ...limits(sentences[askIndex], LIMIT_KINDS),
    ...limits(sentences[askIndex + 1], ['bound-size']),
    // The sentence that sets the ask up: "I'm cleaning the patio this weekend. Could I borrow…?"
    ...limits(sentences[askIndex - 1], ['bound-when']),
    ...sentences.flatMap((s, i) => (i === askIndex ? [] : limits(s, ['bound-deadline']))),
  ];
}

export const bounded: Check = {
  id: 'bounded',
  title: 'Bounded',
  looksFor:
    'A limit on the ask: a deadline anywhere in the draft (“by Friday”, “within 24 hours”, “the deadline is the 9th”), a time in or just before the ask (“on Wednesday”, “this weekend”), or a size in or just after it (“a 10-minute call”, “two or three sentences”, “just this once”). ASAP, “no rush”, “whenever”, past dates and “by yesterday” do not count.',
  why: 'A favor with a visible limit (“a 10-minute look”, “by Friday”) is easy to say yes to; an open-ended one feels like a blank cheque.',
  source: 'https://doi.org/10.1037/0022-3514.34.4.599',
  evidence: 'presence',
  needsAsk: true,
  examples: {
    met: [
      'Could you review the deck by Friday? Thanks!',
      'Would you have time for a 15-minute call next week?',
      'Could you send me three sentences about the project for the newsletter?',
    ],
    missing: [
      'Could you review the deck when you get a chance? Thanks!',
      'Can you send me the numbers ASAP?',
      'Not a big ask, but I need the report by yesterday.',
    ],
  },
  detect(draft) {
    const main = draft.mainAsk!;
    const ordered = [main, ...draft.asks.filter((a) => a !== main)];
    for (const ask of ordered) {
      const hits = boundsOf(draft.sentences, ask.sentence);
      if (hits.length > 0) {
        const limit = quote(draft.text, hits[0]!, 40);
        return met(hits, `“${limit}” bounds the ask “${quote(draft.text, ask, 50)}”`);
      }
    }
    return missing(
      `no time or size limit on “${quote(draft.text, main, 50)}”`,
      `Add a limit to “${quote(draft.text, main, 50)}”, a time or a size: e.g. ${limitFor(draft.text.slice(main.start, main.end))}.`,
    );
  },
};
