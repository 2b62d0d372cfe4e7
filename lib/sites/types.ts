/** The mail sites Askwell serves. */
export const SITE_IDS = ['gmail', 'outlook'] as const;
export type SiteId = (typeof SITE_IDS)[number];

/**
 * A mail site as data plus small functions (conventions.md §7): selectors ordered most robust
 * first (structure and stable attributes before localized labels or obfuscated classes).
 * Everything here is pure DOM reading: an adapter never changes the page.
 */
export interface SiteAdapter {
  id: SiteId;
  /** Whether this adapter serves the page at `url`. */
  matches(url: URL): boolean;
  /** Editable message bodies under `root` (never decoys: read-only bodies, To/Cc fields, hidden dialogs). */
  findBodies(root: ParentNode): HTMLElement[];
  /** The compose window that holds `body` (sidebar anchor; contains the Send button). */
  composeOf(body: HTMLElement): HTMLElement | null;
  /** The compose's Send button (re-query it each time: clients re-render it). */
  sendButton(compose: HTMLElement): HTMLElement | null;
  /** Subtrees inside the body left out of the analysed text: quoted history, signatures, non-editable islands. */
  excludeSelector: string;
  /** Inside the body, the first element matching this and everything after it are left out (Outlook's reply history). */
  cutSelector: string | null;
  /** True while the compose is minimized or hidden (a background draft tab): hide our UI then. */
  isHidden(compose: HTMLElement): boolean;
  /** The elements to observe for composes appearing and leaving, cheaper than the whole document when the site allows it. */
  watchRoots(doc: Document): Element[];
}
