import type { Check } from './types';
import { met, missing } from './result';
import { isFurniture } from '../analyzer/focus';

/** Replies fall off past ~125 words (Boomerang); over this many, an ask is too long. */
export const MAX_ASK_WORDS = 200;

export const concise: Check<'concise'> = {
  id: 'concise',
  title: 'Concise',
  looksFor:
    'The length of the draft without greeting, sign-off and name lines: over 200 words is long for an ask.',
  why: 'Short emails get more replies: 50 to 125 words do best, and an ask over 200 words reads like homework.',
  source: 'https://www.fastcompany.com/3057096/the-perfect-email-is-short-simple-and-not-too-emotional',
  evidence: 'absence',
  needsAsk: true,
  examples: {
    met: [
      'Could you review the Q3 budget by Friday? The travel line is the part I am unsure about. Thanks!',
      'Hi Jo, would you cover my Saturday shift? I will take your Sunday one in return. Thanks, Al',
    ],
    missing: [
      `Could you review the Q3 budget by Friday? ${'The travel line has grown because the team is larger this year and flights cost more. '.repeat(14)}`,
      `${'I wanted to give you the full background on the project first so that everything is clear. '.repeat(13)} Could you approve it?`,
    ],
  },
  detect(draft) {
    // Greeting, sign-off and name lines are not the reader's work.
    const words = draft.sentences.filter((s) => !isFurniture(s)).reduce((n, s) => n + s.words, 0);
    if (words <= MAX_ASK_WORDS) return met([], `${words} words`);
    return missing(
      `${words} words: long for an ask`,
      `Cut it to under ${MAX_ASK_WORDS} words (50–125 is best): keep the ask, its limit and why it helps them; move background to a link or attachment.`,
    );
  },
};
