// Limits shared by the extension's parts, defined once. Pure: no DOM, no WXT.

/**
 * Longer drafts are checked up to here, with a note, so a 20,000-word paste never freezes the
 * page: a compose in the page (lib/page/compose-session.ts) and a paste in the popup alike.
 */
export const MAX_DRAFT_CHARS = 30_000;

/** `text` as far as it is checked (up to `max` characters), with the note a cut draft gets. */
export function capDraft(text: string, max: number = MAX_DRAFT_CHARS): { text: string; note: string | undefined } {
  if (text.length <= max) return { text, note: undefined };
  return { text: text.slice(0, max), note: `Checked the first ${max.toLocaleString('en')} characters of a long draft.` };
}
