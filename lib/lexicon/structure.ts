import type { PhraseList } from './types';

// Greeting and sign-off lines are "neutral" in the labeling guide: they carry no content about
// either person. Lists from common email etiquette (e.g. the sign-offs surveyed by Boomerang,
// https://blog.boomerangapp.com/2017/01/how-to-end-an-email-email-sign-offs/).
const SOURCE = 'Askwell labeling guide; Boomerang (2017), "How to end an email"';

export const greeting: PhraseList = {
  kind: 'greeting',
  source: SOURCE,
  phrases: [
    '^(hi|hello|hey|heya|hiya|dear|greetings|howdy|yo|morning|evening|afternoon|good morning|good afternoon|good evening|good day|hi there|hello there|hey there|hi all|hello all|hi everyone|hello everyone|hi team|hey team|hey all|dearest|to whom it may concern)',
  ],
};

/**
 * Closing words, alone at the start of a closing line: "Best,", "Cheers", "Thanks again!". The
 * analyzer's `signoff` hits and the one-click thank-you (lib/checks/fix-phrases.ts) both read them.
 */
export const SIGN_OFF_WORDS: readonly string[] = [
  'thanks', 'thank you', 'thanks again', 'thanks so much', 'thank you so much', 'many thanks',
  'thanks in advance', 'thank you in advance', 'thanks a lot', 'thanks a ton', 'thx', 'ty', 'tia', 'cheers',
  'best', 'best regards', 'kind regards', 'warm regards', 'warmest regards', 'regards', 'sincerely',
  'sincerely yours', 'yours', 'yours truly', 'yours sincerely', 'all the best', 'warmly', 'warm wishes',
  'best wishes', 'take care', 'talk soon', 'speak soon', 'respectfully', 'gratefully', 'with gratitude',
  'with thanks', 'appreciate it', 'much appreciated', 'very much appreciated', 'greatly appreciated', 'love',
  'xo', 'xoxo', 'later', 'ttyl', 'see you', 'sent from my',
];

export const signoff: PhraseList = {
  kind: 'signoff',
  source: SOURCE,
  phrases: [
    `^(${SIGN_OFF_WORDS.join('|')})`,
  ],
};

/**
 * A line that only names someone: up to four capitalised words ("Ana", "Ana Ruiz", "Dr. Ana
 * Ruiz, PhD"), maybe ending in ".", "," or "!".
 */
export const NAME_LINE = /^[\p{Lu}][\p{L}.'’-]*(?:[ ,]+[\p{Lu}][\p{L}.'’-]*){0,3}[.,!]?$/u;
