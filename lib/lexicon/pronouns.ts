// Who a sentence is about, by its pronouns. compromise's #Pronoun tag misses my/our/yours and
// flips on "u" (shared/notes/compromise.md §3), so these are plain word lists over term normals.
export const SELF_WORDS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves',
]);

export const OTHER_WORDS: ReadonlySet<string> = new Set([
  'you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya', "y'all", 'yall',
]);
