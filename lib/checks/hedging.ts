import type { Check } from './types';
import { met, missing } from './result';
import { liveHits } from '../analyzer/sentence';
import { quote } from '../analyzer/text';

export const hedging: Check<'hedging'> = {
  id: 'hedging',
  title: 'Confident',
  looksFor:
    'Apologies for asking and self-undermining: “sorry to bother you”, “I hate to ask”, “probably a dumb question”, “I was just wondering if maybe”. An easy no is not hedging.',
  why: 'Apologizing for asking (“sorry to bother you”, “probably a dumb question”) undercuts the ask; an easy no is kinder and clearer.',
  source: 'https://github.com/defmethodinc/just-not-sorry',
  evidence: 'absence',
  needsAsk: false,
  examples: {
    met: [
      'Could you review my draft by Friday? No worries if not.',
      'Would you introduce me to Dana? Totally fine to say no.',
    ],
    missing: [
      'Sorry to bother you, but could you review my draft by Friday?',
      'This is probably a dumb question, but I was just wondering if maybe you could send the form?',
    ],
  },
  detect(draft) {
    // An easy no ("no worries if not") is respect for their choice, not hedging: it never counts here.
    const found = draft.sentences.flatMap((s) => liveHits(s, 'hedge', ['easy-no']));
    if (found.length === 0) return met([], 'no apologies or self-undermining');
    return missing(
      `hedging: “${quote(draft.text, found[0]!, 40)}”${found.length > 1 ? ` and ${found.length - 1} more` : ''}`,
      `Drop “${quote(draft.text, found[0]!, 30)}” and ask plainly; if you want to be gentle, give an easy out instead: “No worries if not.”`,
    );
  },
};
