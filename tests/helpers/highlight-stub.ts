/**
 * happy-dom 21 has no CSS Custom Highlight API (`CSS.highlights`, `Highlight`): this installs a
 * small in-memory version on a window, close enough to the spec's setlike/maplike shapes for
 * lib/page/highlight.ts. Painting is only checked in a real browser.
 */

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type: 'highlight' | 'spelling-error' | 'grammar-error' = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

export class FakeHighlightRegistry extends Map<string, FakeHighlight> {}

export interface HighlightStub {
  registry: FakeHighlightRegistry;
  /** Put the window's original `CSS` and `Highlight` back. */
  restore(): void;
}

type Win = Window & typeof globalThis;

export function installHighlightStub(win: Win = window as Win): HighlightStub {
  const cssBefore = Object.getOwnPropertyDescriptor(win, 'CSS');
  const highlightBefore = Object.getOwnPropertyDescriptor(win, 'Highlight');
  const original = win.CSS;
  const registry = new FakeHighlightRegistry();
  const css = {
    supports: (query: string, value?: string) =>
      value === undefined && /^selector\(::highlight\([^)]*\)\)$/.test(query.trim())
        ? true
        : value === undefined
          ? original.supports(query)
          : original.supports(query, value),
    escape: (s: string) => original.escape(s),
    highlights: registry,
  };
  Object.defineProperty(win, 'CSS', { value: css, configurable: true, writable: true });
  Object.defineProperty(win, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });

  return {
    registry,
    restore() {
      if (cssBefore) Object.defineProperty(win, 'CSS', cssBefore);
      else delete (win as { CSS?: unknown }).CSS;
      if (highlightBefore) Object.defineProperty(win, 'Highlight', highlightBefore);
      else delete (win as { Highlight?: unknown }).Highlight;
    },
  };
}

/** A Range over characters [start, end) of a text node. */
export function rangeOver(doc: Document, node: Text, start: number, end: number): Range {
  const range = doc.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}
