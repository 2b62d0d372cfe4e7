import type { Draft } from '../analyzer/sentence';
import type { Ask } from '../analyzer/requests';
import type { Span } from '../analyzer/types';
import { ASK_KIND_WORDS, type AskKind } from '../lexicon/ask-kinds';

/** What kind of favor an ask is, by the first kind with a word in it (lib/lexicon/ask-kinds.ts). */
const KIND_BY_WORDS: readonly (readonly [RegExp, AskKind])[] = ASK_KIND_WORDS.map(
  ([kind, words]) => [new RegExp(`\\b(${words.join('|')})`, 'i'), kind] as const,
);

export function askKind(askText: string): AskKind {
  return KIND_BY_WORDS.find(([re]) => re.test(askText))?.[1] ?? 'other';
}

/**
 * Suggestions written for the draft at hand: a limit that fits what is asked (a look at a
 * document, a call, a few lines of writing) rather than one stock phrase for every email.
 */
const LIMIT_BY_KIND: Readonly<Record<AskKind, string>> = {
  look: '“a 10-minute look by Thursday”',
  intro: '“a 15-minute call this week”',
  call: '“a 15-minute call this week”',
  write: '“two or three sentences by Friday”',
  send: '“two or three sentences by Friday”',
  cover: '“just this Saturday, 9 to 11”',
  help: '“just this Saturday, 9 to 11”',
  other: '“by Thursday” or “a 10-minute look”',
};

export const limitFor = (askText: string): string => LIMIT_BY_KIND[askKind(askText)];

/** The ask a sentence speaks to: the nearest one before it, else the main ask. */
export function askBefore(draft: Draft, at: Span): Ask {
  const before = draft.asks.filter((a) => a.start <= at.start);
  return before.at(-1) ?? draft.mainAsk!;
}
