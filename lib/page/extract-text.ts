// Reads the analysable text out of a compose body and keeps the way back from text offsets
// to DOM positions, so findings can be highlighted with Ranges over the user's own text
// nodes (conventions.md §10). The body is only read: Gmail and Outlook sync the draft from
// the DOM, so cloning-and-stripping or marking nodes would risk changing what gets sent.
import type { SiteAdapter } from '../sites/types';
import type { ExtractedDraft } from './extract-types';

// NodeFilter values as numbers: the global NodeFilter may belong to another realm than the body.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** Elements that start a new line, as innerText would (editors write lines as <div>s or <p>s). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Never rendered as text. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/** The separator owed before the next content: none, a tab (next table cell) or a line break. */
const NONE = 0;
const TAB = 1;
const NEWLINE = 2;

/** Text offsets from `start` on are the characters of one text node, 1:1. */
interface TextSegment {
  start: number;
  node: Text;
}

/** One synthetic character ("\n" for a block edge or <br>, "\t" between table cells). */
interface BreakSegment {
  start: number;
  /** The node the break sits before, or the <br> itself. */
  at: Node;
  /** A <br> is a node, so a range ending on its "\n" ends after it; block edges are points. */
  isBr: boolean;
}

type Segment = TextSegment | BreakSegment;
type Point = { node: Node; offset: number } | { ref: Node; after: boolean };

const isText = (node: Node): node is Text => node.nodeType === 3;
const isTextSegment = (seg: Segment): seg is TextSegment => 'node' in seg;

/**
 * The analyzer's view of a compose body. Every character of `text` maps back to the DOM:
 * characters of text nodes 1:1 (NBSP and source line breaks become spaces, one for one, so
 * no offset moves), block edges and <br> to a synthetic "\n". Subtrees matching
 * `excludeSelector` are skipped; the first `cutSelector` match and everything after it in the
 * body is left out. Zero-width characters stay as they are.
 */
export function extractDraft(
  body: HTMLElement,
  adapter: Pick<SiteAdapter, 'excludeSelector' | 'cutSelector'>,
): ExtractedDraft {
  const doc = body.ownerDocument;
  const exclude = usableSelector(body, adapter.excludeSelector);
  const cut = findCut(body, adapter.cutSelector);

  const segments: Segment[] = [];
  /** Each text node's data at extraction time: a node edited since means stale offsets. */
  const snapshots = new Map<Text, string>();
  const parts: string[] = [];
  let length = 0;
  let last = '';
  let pending: number = NONE;
  let preDepth = 0;
  let stopped = false;

  const pushBreak = (char: string, at: Node, isBr: boolean) => {
    segments.push({ start: length, at, isBr });
    parts.push(char);
    length += 1;
    last = char;
  };
  // Block edges are emitted lazily, just before the next content, so empty blocks and
  // nested block wrappers collapse into one line break as they do on screen.
  const flush = (before: Node) => {
    if (pending === NEWLINE && length > 0 && last !== '\n') pushBreak('\n', before, false);
    else if (pending === TAB && length > 0 && !/\s/.test(last)) pushBreak('\t', before, false);
    pending = NONE;
  };

  const enter = (node: Node) => {
    if (isText(node)) {
      const data = node.data;
      if (data === '') return;
      // Indentation between tags in pasted HTML is not text a reader sees.
      if (preDepth === 0 && /^[ \t\r\n]*$/.test(data) && /[\r\n]/.test(data)) return;
      flush(node);
      let shown = data.replace(/\u00a0/g, ' ');
      if (preDepth === 0) shown = shown.replace(/[\r\n]/g, ' ');
      segments.push({ start: length, node });
      snapshots.set(node, data);
      parts.push(shown);
      length += shown.length;
      last = shown.charAt(shown.length - 1);
      return;
    }
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'br') {
      flush(el);
      pushBreak('\n', el, true);
    } else if (BLOCK.has(tag)) {
      pending = NEWLINE;
      if (tag === 'pre') preDepth += 1;
    } else if ((tag === 'td' || tag === 'th') && el.previousElementSibling && pending === NONE) {
      pending = TAB;
    }
  };
  const leave = (node: Node) => {
    if (isText(node)) return;
    const tag = (node as Element).localName;
    if (BLOCK.has(tag)) {
      pending = NEWLINE;
      if (tag === 'pre') preDepth -= 1;
    }
  };

  const walker = doc.createTreeWalker(body, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node: Node): number {
      if (isText(node)) return FILTER_ACCEPT;
      const el = node as Element;
      if (SKIP.has(el.localName)) return FILTER_REJECT;
      if (exclude && el.matches(exclude)) {
        // A cut marker inside a skipped subtree still ends the draft there.
        if (cut && el.contains(cut)) stopped = true;
        return FILTER_REJECT;
      }
      return FILTER_ACCEPT;
    },
  });

  // Depth-first with explicit enter/leave, which a flat nextNode() loop cannot give.
  let node: Node | null = walker.firstChild();
  while (node && !stopped && node !== cut) {
    enter(node);
    if (walker.firstChild()) {
      node = walker.currentNode;
      continue;
    }
    let next: Node | null = null;
    for (let current: Node = node; ; ) {
      leave(current);
      next = walker.nextSibling();
      if (next) break;
      const parent = walker.parentNode();
      if (!parent) break;
      current = parent;
    }
    node = next;
  }

  const text = parts.join('');
  const starts = segments.map((seg) => seg.start);

  /** The segment holding character `index` (segments tile [0, text.length) in order). */
  const segmentAt = (index: number): Segment | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    return segments[lo];
  };
  const startPoint = (offset: number): Point | null => {
    if (segments.length === 0) return { node: body, offset: 0 };
    if (offset >= text.length) return endPoint(offset);
    const seg = segmentAt(offset);
    if (!seg) return null;
    return isTextSegment(seg) ? { node: seg.node, offset: offset - seg.start } : { ref: seg.at, after: false };
  };
  const endPoint = (offset: number): Point | null => {
    if (segments.length === 0) return { node: body, offset: 0 };
    if (offset <= 0) return startPoint(0);
    const seg = segmentAt(offset - 1);
    if (!seg) return null;
    return isTextSegment(seg) ? { node: seg.node, offset: offset - seg.start } : { ref: seg.at, after: seg.isBr };
  };
  // Offsets are only good for the DOM they were read from: an edited or detached node means
  // the caller must extract again.
  const stillValid = (point: Point): boolean => {
    const node = 'ref' in point ? point.ref : point.node;
    if (!node.isConnected || !body.contains(node)) return false;
    if ('ref' in point || !isText(node)) return true;
    return node.data === snapshots.get(node);
  };

  return {
    text,
    toRange(start, end) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return null;
      if (!body.isConnected) return null;
      const from = startPoint(start);
      const to = start === end ? from : endPoint(end);
      if (!from || !to || !stillValid(from) || !stillValid(to)) return null;
      try {
        const range = doc.createRange();
        if ('ref' in from) {
          if (from.after) range.setStartAfter(from.ref);
          else range.setStartBefore(from.ref);
        } else range.setStart(from.node, from.offset);
        if ('ref' in to) {
          if (to.after) range.setEndAfter(to.ref);
          else range.setEndBefore(to.ref);
        } else range.setEnd(to.node, to.offset);
        return range;
      } catch {
        return null;
      }
    },
  };
}

/** A selector the body accepts, or null: an adapter's typo must cost a feature, not the page. */
function usableSelector(body: Element, selector: string): string | null {
  if (!selector) return null;
  try {
    body.matches(selector);
    return selector;
  } catch {
    return null;
  }
}

/** The first cut marker inside this body (ids such as #appendonsend repeat across composes). */
function findCut(body: Element, selector: string | null): Element | null {
  if (!selector) return null;
  try {
    return body.querySelector(selector);
  } catch {
    return null;
  }
}
