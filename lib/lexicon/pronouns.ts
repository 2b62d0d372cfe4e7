// Who a sentence is about, by its pronouns. compromise's #Pronoun tag misses my/our/yours and
// flips on "u" (shared/notes/compromise.md §3), so these are plain word lists over term normals.
export const SELF_WORDS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves',
]);

export const OTHER_WORDS: ReadonlySet<string> = new Set([
  'you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya', "y'all", 'yall',
]);

// The subject of a framed clause ("I hear *you're* meeting the vendors", lib/analyzer/focus.ts):
// who the clause is about.
export const SELF_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'my', 'our', 'me', 'us']);

export const OTHER_SUBJECTS: ReadonlySet<string> = new Set(['you', 'your', 'u', 'ur', 'yours']);
