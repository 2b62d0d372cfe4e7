import { hitsOf, liveHits, perSentence, unmoved, type Sentence } from './sentence';
import type { Ask } from './requests';
import type { Focus } from './types';
import { NAME_LINE } from '../lexicon/structure';
import { OTHER_SUBJECTS, SELF_SUBJECTS } from '../lexicon/pronouns';

// The labeling guide's sentence focus: greetings, sign-offs and names are neutral; requests follow
// their frame ("Could you…" is about the recipient, "I need you to…" about the sender); easy outs,
// benefits and thanks for the recipient's action are about the recipient; otherwise the pronouns decide.

const startsWith = (s: Sentence, kind: 'greeting' | 'signoff') => hitsOf(s, kind).some((h) => h.start === s.start);

/** A sentence that only greets, signs off or names someone. */
export const isFurniture = perSentence((s: Sentence): boolean => {
  if (startsWith(s, 'greeting') && s.words <= 6 && s.otherWords + s.selfWords === 0) return true;
  if (startsWith(s, 'signoff') && s.words <= 5 && !/\bfor\b/i.test(s.text)) return true;
  const hasVerb = s.terms.some((t) => t.tags.has('Verb'));
  return s.words <= 4 && !hasVerb && NAME_LINE.test(s.text.trim());
}, unmoved);

// "I hear you're meeting the vendors", "I believe Greg is setting it up": the speaker only frames
// the clause; the clause's subject says who the sentence is about.
const FRAMING_VERBS = new Set([
  'understand', 'hear', 'heard', 'know', 'told', 'assume', 'assuming', 'believe', 'think', 'guess', 'suppose',
  'expect', 'noticed', 'notice', 'gather', 'realize', 'imagine', 'bet', 'trust', 'recognize', 'see', 'saw', 'hope',
]);

/** Who the clause after "I hear / I believe (that)…" is about, or null when the sentence is not framed so. */
function framedClause(s: Sentence): Focus | null {
  const words = s.terms.filter((t) => !t.implicit);
  let i = words.findIndex((t) => t.normal === 'i' || t.normal === 'we');
  if (i < 0 || i > 2) return null;
  i += 1;
  while (words[i] && /^(was|were|have|had|am|are|just|also|really|do|been|'ve)$/.test(words[i]!.normal)) i += 1;
  if (!words[i] || !FRAMING_VERBS.has(words[i]!.normal)) return null;
  i += 1;
  if (words[i]?.normal === 'that' || words[i]?.normal === 'from') i += 1;
  const subject = words[i];
  if (!subject) return null;
  if (OTHER_SUBJECTS.has(subject.normal)) return 'other';
  if (SELF_SUBJECTS.has(subject.normal)) return null;
  return 'neutral';
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
  const framed = framedClause(s);
  if (framed) return framed;
  if (/^(please|pls|kindly|let me know|lmk)\b/i.test(s.text.trim())) return 'other';
  if (s.selfWords === 0 && s.otherWords === 0) return 'neutral';
  if (s.otherWords > s.selfWords) return 'other';
  if (s.selfWords > s.otherWords) return 'self';
  return firstPerson(s);
}
