// What kind of favor an ask is, by the words that name it: the limit and the way out that fit a
// document review differ from those that fit a call. Used by the checks' suggestions
// (lib/checks/phrasing.ts `limitFor`) and the one-click phrases (lib/checks/fix-phrases.ts).

export type AskKind = 'look' | 'intro' | 'call' | 'write' | 'send' | 'cover' | 'help' | 'other';

/**
 * Word beginnings for each kind, tried in this order: the first kind with a word at a word start
 * in the ask wins ("introduc" covers "introduce", "introduction"); none: 'other'.
 */
export const ASK_KIND_WORDS: readonly (readonly [Exclude<AskKind, 'other'>, readonly string[]])[] = [
  ['look', ['review', 'read', 'look', 'check', 'proofread', 'skim', 'edit', 'comment', 'feedback', 'approve', 'sign']],
  ['intro', ['intro', 'introduc', 'connect me', 'put me in touch']],
  ['call', ['call', 'meet', 'chat', 'talk', 'coffee', 'sync', 'zoom', 'hop on', 'catch up']],
  ['write', ['write', 'draft', 'quote', 'testimonial', 'summary', 'reference', 'blurb', 'paragraph', 'sentence']],
  ['send', ['send', 'share', 'forward', 'provide', 'upload', 'pass along']],
  ['cover', ['cover', 'shift', 'swap', 'fill in', 'take']],
  ['help', ['help', 'host', 'mentor', 'advise', 'volunteer', 'support', 'teach', 'train']],
];
