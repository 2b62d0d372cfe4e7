import { hitsOf, liveHits, type Sentence } from './draft';
import type { Ask } from './requests';
import type { Focus } from './types';

// The labeling guide's sentence focus: greetings, sign-offs and names are neutral; requests follow
// their frame ("Could you…" is about the recipient, "I need you to…" about the sender); easy outs,
// benefits and thanks for the recipient's action are about the recipient; otherwise the pronouns decide.

const NAME_LINE = /^[\p{Lu}][\p{L}.'’-]*(?:[ ,]+[\p{Lu}][\p{L}.'’-]*){0,3}[.,!]?$/u;

const startsWith = (s: Sentence, kind: 'greeting' | 'signoff') => hitsOf(s, kind).some((h) => h.start === s.start);

/** A sentence that only greets, signs off or names someone. */
export function isFurniture(s: Sentence): boolean {
  if (startsWith(s, 'greeting') && s.words <= 6 && s.otherWords + s.selfWords === 0) return true;
  if (startsWith(s, 'signoff') && s.words <= 5 && !/\bfor\b/i.test(s.text)) return true;
  const hasVerb = s.terms.some((t) => t.tags.has('Verb'));
  return s.words <= 4 && !hasVerb && NAME_LINE.test(s.text.trim());
}

function firstPerson(s: Sentence): Focus {
  for (const t of s.terms) {
    if (t.normal === 'i' || t.normal === 'we' || t.normal === 'me' || t.normal === 'my' || t.normal === 'our') return 'self';
    if (t.normal === 'you' || t.normal === 'your' || t.normal === 'u') return 'other';
  }
  return 'neutral';
}

export function focusOf(s: Sentence, ask: Ask | null): Focus {
  if (isFurniture(s)) return 'neutral';
  if (ask) return ask.frame;
  const released = hitsOf(s, 'easy-no').length > 0 || hitsOf(s, 'benefit').length > 0;
  if (released) return 'other';
  if (liveHits(s, 'thanks', ['not-thanks']).length > 0 && /\bfor\b/i.test(s.text)) return 'other';
  if (s.selfWords === 0 && s.otherWords === 0) return 'neutral';
  if (s.otherWords > s.selfWords) return 'other';
  if (s.selfWords > s.otherWords) return 'self';
  return firstPerson(s);
}
