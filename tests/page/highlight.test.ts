import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHighlighter,
  DEFAULT_HIGHLIGHT_NAMES,
  HIGHLIGHT_STYLE_ID,
  supportsCustomHighlights,
  type Highlighter,
} from '../../lib/page/highlight';
import { installHighlightStub, rangeOver, type HighlightStub } from '../helpers/highlight-stub';

const SELF = DEFAULT_HIGHLIGHT_NAMES.self;
const OTHER = DEFAULT_HIGHLIGHT_NAMES.other;
const styleEl = () => document.querySelector<HTMLStyleElement>(`style[data-askwell="${HIGHLIGHT_STYLE_ID}"]`);

/** Two composes, each a contenteditable with one text node. */
function setUpComposes() {
  document.body.replaceChildren();
  const make = (id: string, text: string) => {
    const div = document.createElement('div');
    div.id = id;
    div.contentEditable = 'true';
    div.append(document.createTextNode(text));
    document.body.append(div);
    return { body: div, node: div.firstChild as Text };
  };
  return {
    a: make('a', 'I wrote the plan. Could you review it?'),
    b: make('b', 'We need help. Your notes would save you time.'),
  };
}

let stub: HighlightStub;
let hl: Highlighter;

beforeEach(() => {
  stub = installHighlightStub();
});

afterEach(() => {
  hl?.dispose();
  stub.restore();
  vi.useRealTimers();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('createHighlighter with the Custom Highlight API', () => {
  it('feature-tests the stubbed API and injects one document-level style', () => {
    expect(supportsCustomHighlights(window as Window & typeof globalThis)).toBe(true);
    hl = createHighlighter(document);
    expect(hl.supported).toBe(true);
    const style = styleEl();
    expect(style?.parentNode).toBe(document.head);
    expect(style?.textContent).toContain('::highlight(askwell-self) { background-color: rgba(255, 214, 0, 0.35); }');
    expect(style?.textContent).toContain('::highlight(askwell-other) { background-color: rgba(52, 199, 89, 0.30); }');
    createHighlighter(document).dispose(); // a second one takes the style over rather than adding one
    hl = createHighlighter(document);
    expect(document.querySelectorAll(`style[data-askwell="${HIGHLIGHT_STYLE_ID}"]`)).toHaveLength(1);
  });

  it('registers both names with the union of every compose’s ranges', () => {
    const { a, b } = setUpComposes();
    hl = createHighlighter(document);
    const aSelf = rangeOver(document, a.node, 0, 17);
    const aOther = rangeOver(document, a.node, 18, 38);
    const bSelf = rangeOver(document, b.node, 0, 13);
    const bOther = rangeOver(document, b.node, 14, 45);

    hl.set(a.body, { self: [aSelf], other: [aOther] });
    hl.set(b.body, { self: [bSelf], other: [bOther] });

    expect([...stub.registry.get(SELF)!]).toEqual([aSelf, bSelf]);
    expect([...stub.registry.get(OTHER)!]).toEqual([aOther, bOther]);

    // Setting a key again replaces that compose's ranges only.
    hl.set(a.body, { self: [], other: [aOther] });
    expect([...stub.registry.get(SELF)!]).toEqual([bSelf]);
    expect([...stub.registry.get(OTHER)!]).toEqual([aOther, bOther]);
  });

  it('delete removes one compose’s ranges and keeps the others', () => {
    const { a, b } = setUpComposes();
    hl = createHighlighter(document);
    const aSelf = rangeOver(document, a.node, 0, 17);
    const bOther = rangeOver(document, b.node, 14, 45);
    hl.set(a.body, { self: [aSelf], other: [] });
    hl.set(b.body, { self: [], other: [bOther] });

    hl.delete(a.body);
    expect(stub.registry.get(SELF)!.size).toBe(0);
    expect([...stub.registry.get(OTHER)!]).toEqual([bOther]);

    hl.clear();
    expect(stub.registry.get(OTHER)!.size).toBe(0);
    expect(stub.registry.has(SELF) && stub.registry.has(OTHER)).toBe(true);
  });

  it('show() is the single-compose shorthand', () => {
    const { a } = setUpComposes();
    hl = createHighlighter(document);
    const r = rangeOver(document, a.node, 0, 17);
    hl.show({ self: [r], other: [] });
    expect([...stub.registry.get(SELF)!]).toEqual([r]);
    hl.clear();
    expect(stub.registry.get(SELF)!.size).toBe(0);
  });

  it('re-registers on the next show after the page clears the registry', () => {
    const { a } = setUpComposes();
    hl = createHighlighter(document);
    const r = rangeOver(document, a.node, 0, 17);
    hl.set(a.body, { self: [r], other: [] });

    stub.registry.clear(); // what a page-world CSS.highlights.clear() does to us
    styleEl()?.remove();
    hl.set(a.body, { self: [r], other: [] });

    expect([...stub.registry.get(SELF)!]).toEqual([r]);
    expect(stub.registry.has(OTHER)).toBe(true);
    expect(styleEl()).not.toBeNull();
  });

  it('re-registers on its timer while ranges are shown, and when the tab becomes visible', () => {
    vi.useFakeTimers();
    const { a } = setUpComposes();
    hl = createHighlighter(document, { recheckMs: 1000 });
    const r = rangeOver(document, a.node, 0, 17);
    hl.set(a.body, { self: [r], other: [] });

    stub.registry.clear();
    vi.advanceTimersByTime(1000);
    expect([...stub.registry.get(SELF)!]).toEqual([r]);

    stub.registry.clear();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(stub.registry.has(SELF)).toBe(true);

    // Nothing shown → no timer.
    hl.delete(a.body);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('forgets a compose whose key element left the document', () => {
    vi.useFakeTimers();
    const { a, b } = setUpComposes();
    hl = createHighlighter(document, { recheckMs: 500 });
    const aSelf = rangeOver(document, a.node, 0, 17);
    const bSelf = rangeOver(document, b.node, 0, 13);
    hl.set(a.body, { self: [aSelf], other: [] });
    hl.set(b.body, { self: [bSelf], other: [] });

    a.body.remove();
    vi.advanceTimersByTime(500);
    expect([...stub.registry.get(SELF)!]).toEqual([bSelf]);
  });

  it('dispose removes both names and the style, and later calls do nothing', () => {
    const { a } = setUpComposes();
    hl = createHighlighter(document);
    hl.set(a.body, { self: [rangeOver(document, a.node, 0, 5)], other: [] });
    hl.dispose();

    expect(stub.registry.has(SELF)).toBe(false);
    expect(stub.registry.has(OTHER)).toBe(false);
    expect(styleEl()).toBeNull();

    hl.set(a.body, { self: [rangeOver(document, a.node, 0, 5)], other: [] });
    hl.refresh();
    expect(stub.registry.size).toBe(0);
    expect(styleEl()).toBeNull();
  });

  it('dispose leaves a name alone if the page has reused it', () => {
    hl = createHighlighter(document);
    const theirs = new (window as unknown as { Highlight: new () => Highlight }).Highlight();
    stub.registry.set(SELF, theirs as never);
    hl.dispose();
    expect(stub.registry.get(SELF)).toBe(theirs);
    expect(stub.registry.has(OTHER)).toBe(false);
  });

  it('disposes when its AbortSignal aborts', () => {
    const controller = new AbortController();
    hl = createHighlighter(document, { signal: controller.signal });
    expect(stub.registry.has(SELF)).toBe(true);
    controller.abort();
    expect(stub.registry.has(SELF)).toBe(false);
    expect(styleEl()).toBeNull();
  });

  it('uses custom names and colours; refuses a colour that would break out of the rule', () => {
    hl = createHighlighter(document, { names: { self: 'x-me', other: 'x-you' }, colors: { other: 'rgb(0 128 0 / 25%)' } });
    expect(stub.registry.has('x-me') && stub.registry.has('x-you')).toBe(true);
    expect(styleEl()?.textContent).toContain('::highlight(x-you) { background-color: rgb(0 128 0 / 25%); }');

    hl.setColors({ self: 'rgba(255, 200, 0, .5)', other: 'red; } body { display: none' });
    const css = styleEl()?.textContent ?? '';
    expect(css).toContain('::highlight(x-me) { background-color: rgba(255, 200, 0, .5); }');
    expect(css).toContain('::highlight(x-you) { background-color: rgb(0 128 0 / 25%); }');
    expect(css).not.toContain('display');
  });

  it('never touches the draft: body markup is identical after set, show, clear and dispose', () => {
    const { a, b } = setUpComposes();
    const before = document.body.innerHTML;
    hl = createHighlighter(document);
    hl.set(a.body, { self: [rangeOver(document, a.node, 0, 17)], other: [rangeOver(document, a.node, 18, 38)] });
    hl.show({ self: [rangeOver(document, b.node, 0, 13)], other: [] });
    expect(document.body.innerHTML).toBe(before);
    hl.clear();
    expect(document.body.innerHTML).toBe(before);
    hl.dispose();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('createHighlighter without the API', () => {
  it('reports unsupported and never throws', () => {
    stub.restore();
    expect(supportsCustomHighlights(window as Window & typeof globalThis)).toBe(false);
    const { a } = setUpComposes();
    const before = document.body.innerHTML;
    hl = createHighlighter(document);
    expect(hl.supported).toBe(false);
    expect(() => {
      hl.set(a.body, { self: [rangeOver(document, a.node, 0, 5)], other: [] });
      hl.show({ self: [], other: [] });
      hl.delete(a.body);
      hl.setColors({ self: 'red' });
      hl.refresh();
      hl.clear();
      hl.dispose();
    }).not.toThrow();
    expect(styleEl()).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });

  it('reports unsupported when the selector is not understood', () => {
    const css = window.CSS as unknown as { supports: (q: string) => boolean };
    css.supports = () => false;
    expect(createHighlighter(document).supported).toBe(false);
  });

  it('reports unsupported for a document without a window', () => {
    const detached = document.implementation.createHTMLDocument('x');
    expect(() => createHighlighter(detached)).not.toThrow();
  });
});
