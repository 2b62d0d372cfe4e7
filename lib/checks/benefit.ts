import type { Check } from './types';
import { met, missing } from './result';
import { sentencesWith } from './with-role';
import { quote } from '../analyzer/text';

export const benefit: Check = {
  id: 'benefit',
  title: 'Benefit to them',
  looksFor:
    'A gain for the recipient or what they care about: their team, time, goals, customers, credit or growth (“it would save your team a round of rework”, “you’d get a comp day”, “I’ll credit you”), a reciprocal offer, or something they asked for. The sender’s own gain (“it would really help me”) and flattery do not count.',
  why: 'Asks framed around what the other person gains (their team, goals, credit) persuade more than asks framed around the sender’s need.',
  source: 'https://doi.org/10.1177/0956797611421018',
  evidence: 'presence',
  needsAsk: true,
  examples: {
    met: [
      'Could you review the API draft? It would save your team a round of rework later.',
      'Would you speak at our meetup? I’ll credit you in the release notes and link back to your post.',
      'Can you take my Tuesday on-call? In return I’ll take your Saturday shift.',
    ],
    missing: [
      'Could you review the API draft? It would really help me.',
      'Could you send the numbers? This is important for the company.',
      'Would you speak at our meetup? You are our top choice.',
    ],
  },
  detect(draft) {
    const evidence = sentencesWith(draft, 'benefit').map(({ start, end }) => ({ start, end }));
    if (evidence.length > 0) return met(evidence, `their gain: “${quote(draft.text, evidence[0]!, 60)}”`);
    const main = draft.mainAsk!;
    return missing(
      `nothing says what a yes to “${quote(draft.text, main, 40)}” does for them`,
      `After “${quote(draft.text, main, 40)}”, say what’s in it for them: how would a yes help their team, goals or work? e.g. “It would save your team a round of rework.”`,
    );
  },
};
