/**
 * Sentence highlights ("about you" yellow, "about them" green) drawn with the CSS Custom Highlight
 * API, so the draft's DOM is never touched: no wrapper spans for the editor to sync as draft text
 * (see ../shared/notes/compose-dom.md §3, conventions §10; the same approach as Automattic/harper
 * packages/lint-framework/src/lint/Highlights.ts).
 *
 * One highlighter per document. The highlight registry (`CSS.highlights`) is per document and shared
 * with the page and with every compose on it, so each compose contributes its ranges under its own
 * key (`set(key, ranges)`, `delete(key)`), and the highlighter registers the union under two names.
 *
 * Keeping the registration alive: the page may clear the registry (`CSS.highlights.clear()` from the
 * page world removes ours too, measured in ../shared/notes/toolchain.md §7) or drop our <style>.
 * `refresh()` puts both back when they are missing; it costs two Map lookups and an `isConnected`
 * check. It runs (a) on every set/delete/show, i.e. after each analysis, (b) when the tab becomes
 * visible again, and (c) on a slow interval (default 2 s) that only runs while some range is shown.
 * No MutationObserver: registry changes are not observable, and watching <head> on Gmail is noisier
 * than a 2 s timer. Disable the timer with `recheckMs: 0`.
 *
 * Colours: the defaults (lib/colors.ts DEFAULT_COLORS) are semi-transparent so text stays readable on light and dark
 * themes (compose-dom.md §5 pitfall 9); override with `colors` or `setColors`. The style is written
 * with createElement + textContent, never innerHTML (Trusted Types, compose-dom.md §5 pitfall 2).
 */
import { DEFAULT_COLORS, type HighlightColors } from '../colors';

export interface HighlightRanges {
  /** Sentences about the sender ("I", "my", "we"). */
  self: readonly Range[];
  /** Sentences about the recipient ("you", "your"). */
  other: readonly Range[];
}

export interface HighlightNames {
  self: string;
  other: string;
}

/** Identifies one compose: its body element is a good key (compose-dom.md §5 pitfall 4). */
export type HighlightKey = object | string | symbol;

export interface HighlighterOptions {
  names?: HighlightNames;
  colors?: Partial<HighlightColors>;
  /** Interval in ms of the check that re-registers lost highlights while something is shown; 0 = off. */
  recheckMs?: number;
  /** Aborting it disposes the highlighter (pass WXT's `ctx.signal`). */
  signal?: AbortSignal;
}

export interface Highlighter {
  /** False when the browser lacks the Custom Highlight API; every method is then a no-op. */
  readonly supported: boolean;
  /** Replace one compose's ranges; the highlights show the union over all composes. */
  set(key: HighlightKey, ranges: HighlightRanges): void;
  /** Remove one compose's ranges (highlight switched off, compose closed). */
  delete(key: HighlightKey): void;
  /** Shorthand for a page with a single compose: `set` under a default key. */
  show(ranges: HighlightRanges): void;
  /** Remove every compose's ranges; the (empty) highlights stay registered. */
  clear(): void;
  setColors(colors: Partial<HighlightColors>): void;
  /** Re-register the highlights and the style if the page removed them. Cheap; also runs by itself. */
  refresh(): void;
  /** Unregister both names, remove the style, stop the timer. The highlighter is dead afterwards. */
  dispose(): void;
}

export const DEFAULT_HIGHLIGHT_NAMES: Readonly<HighlightNames> = { self: 'askwell-self', other: 'askwell-other' };

/** `data-askwell` value of the document-level <style> holding the `::highlight()` rules. */
export const HIGHLIGHT_STYLE_ID = 'highlight-style';

const DEFAULT_RECHECK_MS = 2000;
const SHOW_KEY: unique symbol = Symbol('askwell-highlight-default');
const KINDS = ['self', 'other'] as const;
type Kind = (typeof KINDS)[number];

/**
 * Feature test after Harper's `supportsCustomHighlights`: the selector parses, the registry has
 * its methods, `Highlight` is a constructor, and a probe round-trips through the registry.
 */
export function supportsCustomHighlights(win: (Window & typeof globalThis) | null): boolean {
  try {
    if (!win) return false;
    const css = win.CSS;
    if (!css || typeof css.supports !== 'function' || !css.supports('selector(::highlight(x))')) return false;
    const registry = css.highlights;
    if (!registry || typeof win.Highlight !== 'function') return false;
    for (const method of ['get', 'set', 'has', 'delete'] as const) {
      if (typeof registry[method] !== 'function') return false;
    }
    const probeName = 'askwell-probe';
    if (registry.has(probeName)) return true;
    const probe = new win.Highlight();
    registry.set(probeName, probe);
    const ok = registry.get(probeName) === probe;
    registry.delete(probeName);
    return ok;
  } catch {
    return false;
  }
}

/** Colours go into a style sheet: refuse anything that could close the rule. */
function safeColor(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const v = value.trim();
  return v.length > 0 && !/[;{}<>\\]/.test(v) ? v : fallback;
}

const NOOP_HIGHLIGHTER: Highlighter = Object.freeze({
  supported: false,
  set() {},
  delete() {},
  show() {},
  clear() {},
  setColors() {},
  refresh() {},
  dispose() {},
});

export function createHighlighter(doc: Document, opts: HighlighterOptions = {}): Highlighter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || !supportsCustomHighlights(win) || opts.signal?.aborted) return NOOP_HIGHLIGHTER;
  const registry = win.CSS.highlights;
  const escape = typeof win.CSS.escape === 'function' ? (s: string) => win.CSS.escape(s) : (s: string) => s;

  const names: HighlightNames = { ...DEFAULT_HIGHLIGHT_NAMES, ...opts.names };
  let colors: HighlightColors = {
    self: safeColor(opts.colors?.self, DEFAULT_COLORS.self),
    other: safeColor(opts.colors?.other, DEFAULT_COLORS.other),
  };
  const recheckMs = opts.recheckMs ?? DEFAULT_RECHECK_MS;

  const highlights: Record<Kind, Highlight> = { self: new win.Highlight(), other: new win.Highlight() };
  const entries = new Map<HighlightKey, HighlightRanges>();
  let disposed = false;
  let timer: number | undefined;

  // A leftover style (e.g. from a content script that was invalidated by an extension update) is
  // taken over rather than duplicated.
  const style =
    doc.querySelector<HTMLStyleElement>(`style[data-askwell="${HIGHLIGHT_STYLE_ID}"]`) ?? doc.createElement('style');
  style.setAttribute('data-askwell', HIGHLIGHT_STYLE_ID);
  writeStyle();

  function writeStyle(): void {
    style.textContent = KINDS.map(
      (kind) => `::highlight(${escape(names[kind])}) { background-color: ${colors[kind]}; }`,
    ).join('\n');
  }

  function register(): void {
    if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
    for (const kind of KINDS) {
      if (registry.get(names[kind]) !== highlights[kind]) registry.set(names[kind], highlights[kind]);
    }
  }

  function rebuild(): void {
    for (const kind of KINDS) {
      const h = highlights[kind];
      h.clear();
      for (const ranges of entries.values()) {
        for (const range of ranges[kind]) {
          // A range over nodes the editor has since replaced would paint nothing; skip it.
          if (range.startContainer.isConnected) h.add(range);
        }
      }
    }
  }

  /** Forget composes whose key element has left the document (a delete() that never came). */
  function pruneDeadKeys(): boolean {
    let pruned = false;
    for (const key of entries.keys()) {
      if (typeof key === 'object' && key !== null && (key as Partial<Node>).isConnected === false) {
        entries.delete(key);
        pruned = true;
      }
    }
    return pruned;
  }

  function syncTimer(): void {
    const wanted = !disposed && recheckMs > 0 && entries.size > 0;
    if (wanted && timer === undefined) timer = win!.setInterval(refresh, recheckMs);
    if (!wanted && timer !== undefined) {
      win!.clearInterval(timer);
      timer = undefined;
    }
  }

  function update(): void {
    if (disposed) return;
    rebuild();
    register();
    syncTimer();
  }

  function refresh(): void {
    if (disposed) return;
    if (pruneDeadKeys()) rebuild();
    register();
    syncTimer();
  }

  function onVisibility(): void {
    if (doc.visibilityState === 'visible') refresh();
  }

  function dispose(): void {
    if (disposed) return;
    disposed = true;
    syncTimer();
    doc.removeEventListener('visibilitychange', onVisibility);
    opts.signal?.removeEventListener('abort', dispose);
    entries.clear();
    for (const kind of KINDS) {
      highlights[kind].clear();
      // Only remove what is ours: the page could have reused the name meanwhile.
      if (registry.get(names[kind]) === highlights[kind]) registry.delete(names[kind]);
    }
    style.remove();
  }

  doc.addEventListener('visibilitychange', onVisibility);
  opts.signal?.addEventListener('abort', dispose, { once: true });
  register();

  function set(key: HighlightKey, ranges: HighlightRanges): void {
    if (disposed) return;
    entries.set(key, { self: [...ranges.self], other: [...ranges.other] });
    update();
  }

  return {
    supported: true,
    set,
    delete(key) {
      if (disposed || !entries.delete(key)) return;
      update();
    },
    show: (ranges) => set(SHOW_KEY, ranges),
    clear() {
      if (disposed) return;
      entries.clear();
      update();
    },
    setColors(next) {
      if (disposed) return;
      colors = { self: safeColor(next.self, colors.self), other: safeColor(next.other, colors.other) };
      writeStyle();
      register();
    },
    refresh,
    dispose,
  };
}
