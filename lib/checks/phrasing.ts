import type { Draft } from '../analyzer/sentence';
import type { Ask } from '../analyzer/requests';
import type { Span } from '../analyzer/types';

/**
 * Suggestions written for the draft at hand: a limit that fits what is asked (a look at a
 * document, a call, a few lines of writing) rather than one stock phrase for every email.
 */
const LIMIT_BY_ACTION: readonly (readonly [RegExp, string])[] = [
  [/\b(review|read|look|check|proofread|skim|edit|comment|feedback|approve|sign)/i, '“a 10-minute look by Thursday”'],
  [/\b(call|meet|chat|talk|coffee|sync|zoom|hop on|catch up|intro|introduc)/i, '“a 15-minute call this week”'],
  [/\b(write|send|share|draft|quote|testimonial|summary|reference|blurb)/i, '“two or three sentences by Friday”'],
  [/\b(cover|help|take|shift|host|mentor|advise|volunteer)/i, '“just this Saturday, 9 to 11”'],
];

export function limitFor(askText: string): string {
  return LIMIT_BY_ACTION.find(([re]) => re.test(askText))?.[1] ?? '“by Thursday” or “a 10-minute look”';
}

/** The ask a sentence speaks to: the nearest one before it, else the main ask. */
export function askBefore(draft: Draft, at: Span): Ask {
  const before = draft.asks.filter((a) => a.start <= at.start);
  return before.at(-1) ?? draft.mainAsk!;
}
