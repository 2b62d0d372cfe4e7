import type { Check } from './types';
import { met, missing } from './result';
import type { Sentence } from '../analyzer/sentence';
import { LIMIT_KINDS, limitsIn } from '../analyzer/cues';
import type { Span } from '../analyzer/types';
import { sentencesWith } from './with-role';
import { quote } from '../analyzer/text';
import { askBefore, limitFor } from './phrasing';

/** The limits the phrase lists find in a sentence with the bound role, else the whole sentence. */
function limitsOf(s: Sentence): Span[] {
  const found = limitsIn(s);
  const hits = LIMIT_KINDS.flatMap((k) => found[k]);
  return hits.length > 0 ? hits : [{ start: s.start, end: s.end }];
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
    const bounds = sentencesWith(draft, 'bound');
    if (bounds.length > 0) {
      const hits = bounds.flatMap(limitsOf);
      const ask = askBefore(draft, bounds[0]!);
      return met(hits, `“${quote(draft.text, hits[0]!, 40)}” bounds the ask “${quote(draft.text, ask, 50)}”`);
    }
    return missing(
      `no time or size limit on “${quote(draft.text, main, 50)}”`,
      `Add a limit to “${quote(draft.text, main, 50)}”, a time or a size: e.g. ${limitFor(draft.text.slice(main.start, main.end))}.`,
    );
  },
};
