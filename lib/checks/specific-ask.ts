import type { Check } from './types';
import { met, missing } from './result';
import { quote } from '../analyzer/text';

export const specificAsk: Check = {
  id: 'specific-ask',
  title: 'Specific ask',
  looksFor:
    'A sentence that asks the recipient to do something concrete: a direct request (“could you review…”, “please sign…”, an imperative, “I need you to…”) or a polite frame (“would you be willing to…”, a direct question) with nothing vague in it. “Can you help?”, “let me know your thoughts”, “grab coffee sometime” and “let me know if you have questions” do not count.',
  why: 'People help far more readily when they know exactly what to do; "Can you help?" leaves them to work out the favor themselves.',
  source: 'https://hbr.org/2018/05/how-to-get-the-help-you-need',
  evidence: 'presence',
  needsAsk: false,
  examples: {
    met: [
      'Hi Sam, could you review the attached budget and tell me if the travel line looks right? Thanks, Ana',
      'Would you be willing to introduce me to Priya Shah on your design team?',
      'Please sign the lease renewal and send it back to me.',
    ],
    missing: [
      'Hi Sam, can you help? Thanks, Ana',
      'Here is the draft of the plan. Let me know your thoughts.',
      'The new compost bins arrived and are set up behind the shed. Plot fees are posted on the gate.',
    ],
  },
  detect(draft) {
    const specific = draft.asks.filter((a) => a.specific);
    if (specific.length > 0) {
      const first = specific[0]!;
      return met(
        specific.map((a) => ({ start: a.start, end: a.end })),
        specific.length > 1 ? `${specific.length} clear requests, first: “${quote(draft.text, first, 60)}”` : `clear request: “${quote(draft.text, first, 60)}”`,
      );
    }
    const vague = draft.asks[0];
    if (!vague) {
      return missing(
        'no request found',
        'If you want something, say what, as one plain sentence: e.g. “Could you review the attached draft?”',
      );
    }
    return missing(
      `the ask is vague: “${quote(draft.text, vague, 60)}”`,
      `Say exactly what you'd like them to do and to what, instead of “${quote(draft.text, vague, 40)}”: e.g. “Could you read section 2 and tell me whether the numbers hold up?”`,
    );
  },
};
