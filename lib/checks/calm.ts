import type { Check } from './types';
import { mergeSpans, met, missing } from './result';
import { liveHits, moveSpans, perSentence, type Sentence } from '../analyzer/sentence';
import type { Span } from '../analyzer/types';
import { quote } from '../analyzer/text';

// Shouting: runs of "!!" and words in capitals that are not acronyms (4+ letters, not a known short form).
const SHOUTING = /!{2,}|\b[A-Z]{4,}\b/g;
const NOT_SHOUTING = new Set(['ASAP', 'THANKS', 'HTTP', 'HTTPS', 'JSON', 'HTML', 'NASA', 'GDPR', 'HIPAA', 'PTAL']);

function shouting(s: Sentence): Span[] {
  return [...s.text.matchAll(SHOUTING)]
    .filter((m) => !NOT_SHOUTING.has(m[0]))
    .map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }));
}

/** Pressure words and shouting in a sentence. */
export const findPressure = (s: Sentence): Span[] => [...liveHits(s, 'pressure', []), ...shouting(s)];

/** findPressure, remembered per sentence. */
export const pressureIn = perSentence(findPressure, moveSpans);

export const calm: Check<'calm'> = {
  id: 'calm',
  title: 'Calm',
  looksFor:
    'Pressure and urgency: “ASAP”, “urgent”, “right away”, guilt (“per my last email”, “I have asked three times”), desperation, capitals and “!!”.',
  why: 'Pressure, guilt and urgency put people on the defensive; a calm ask is easier to say yes to.',
  source: 'https://www.fastcompany.com/3057096/the-perfect-email-is-short-simple-and-not-too-emotional',
  evidence: 'absence',
  needsAsk: false,
  examples: {
    met: [
      'Could you review the deck by Friday? No worries if not.',
      'Would you send me the signed form this week? Thanks!',
    ],
    missing: [
      'I need the deck reviewed ASAP!! Please send it back right away.',
      'Per my last email, could you send the signed form? I have asked three times already.',
    ],
  },
  detect(draft) {
    const all = mergeSpans(draft.sentences.flatMap(pressureIn));
    if (all.length === 0) return met([], 'no pressure or urgency words');
    const first = all[0]!;
    return missing(
      `pressure: “${quote(draft.text, first, 40)}”${all.length > 1 ? ` and ${all.length - 1} more` : ''}`,
      'Drop the urgency and guilt: give a plain deadline (“by Thursday noon”) and the reason for it instead of “ASAP”, capitals or “!!”.',
    );
  },
};
