// Which sentences ask for something. The learned `ask` role decides what is a specific request;
// the ask rules (requests.ts) still find the requests too vague to count ("Can you help?"), so the
// checklist can say the ask is vague rather than missing, and still judge its bound and easy out.
import { askOf, type Ask } from './requests';
import type { SentenceRoles } from './types';
import type { Sentence } from './sentence';

export function asksOf(sentences: readonly Sentence[], roles: readonly SentenceRoles[]): Ask[] {
  const asks: Ask[] = [];
  sentences.forEach((s, i) => {
    const rule = askOf(s);
    const specific = roles[i]!.roles.includes('ask');
    if (rule) asks.push(rule.specific === specific ? rule : { ...rule, specific });
    else if (specific) {
      const span = { start: s.start, end: s.end };
      // No frame words found: the sender's need when only the sender is named ("I would greatly appreciate an intro").
      const frame = s.selfWords > 0 && s.otherWords === 0 ? 'self' : 'other';
      asks.push({ ...span, sentence: s.index, frame, specific: true, trigger: span });
    }
  });
  return asks;
}
