// Small DOM-reading helpers shared by the site adapters. Nothing here changes the page.
//
// Node types are compared by number rather than with `instanceof HTMLElement`: the node may
// come from another realm (a content script's Xray wrapper in Firefox, a second happy-dom
// Window in tests), where the global constructors are different objects.

/** Receives one line per selector fallback; the adapters default to console.debug. */
export type SiteLog = (message: string) => void;

export const debugLog: SiteLog = (message) => console.debug(`[askwell] ${message}`);

/**
 * Fallbacks fire on every mutation batch while the primary selector is broken, so each
 * distinct message is reported once per adapter instance (conventions.md §7: log when a
 * fallback was needed, never throw).
 */
export function onceLogger(log: SiteLog): SiteLog {
  const seen = new Set<string>();
  return (message) => {
    if (seen.has(message)) return;
    seen.add(message);
    try {
      log(message);
    } catch {
      // A broken logger must not break page reading.
    }
  };
}

export const isElement = (node: unknown): node is Element => (node as Node | null | undefined)?.nodeType === 1;

/** `root` itself (when it is an element) and its descendants matching `selector`, in document order. */
export function queryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found: E[] = [];
  if (isElement(root as Node) && (root as Element).matches(selector)) found.push(root as E);
  for (const el of root.querySelectorAll<E>(selector)) found.push(el);
  return found;
}

/**
 * Matches of the first selector in `selectors` that finds anything under `root`. The
 * fallbacks are tried as one comma list (one query instead of one per selector) because most
 * roots the watcher hands in hold no compose at all; only when that list finds something do
 * we work out which fallback it was, for the log line.
 */
export function queryFirstList<E extends Element = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
  what: string,
  log: SiteLog,
): E[] {
  const [primary, ...fallbacks] = selectors;
  if (primary === undefined) return [];
  const hits = queryAll<E>(root, primary);
  if (hits.length > 0 || fallbacks.length === 0) return hits;
  if (queryAll(root, fallbacks.join(', ')).length === 0) return [];
  for (const selector of fallbacks) {
    const fallbackHits = queryAll<E>(root, selector);
    if (fallbackHits.length > 0) {
      log(`${what}: primary selector ${primary} found nothing; using fallback ${selector}`);
      return fallbackHits;
    }
  }
  return [];
}

/** True when `el` or an ancestor carries `hidden` or an inline `display: none`. */
export function hiddenByAncestor(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    if ((node as HTMLElement).style?.display === 'none') return true;
  }
  return false;
}

/**
 * The lowest ancestor of `el` that contains a match for `selector`, up to and including the
 * document's <body>. Used where a site gives its compose no stable id or role.
 */
export function lowestAncestorContaining(el: Element, selector: string): HTMLElement | null {
  const stop = el.ownerDocument.body;
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node.querySelector(selector)) return node;
    if (node === stop) break;
  }
  return null;
}

/** Host names from match patterns of the form `https://host/*`. */
export function hostsOf(patterns: readonly string[]): string[] {
  return patterns.map((p) => new URL(p.replace(/\*$/, '')).hostname);
}
