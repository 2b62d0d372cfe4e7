// One-click fixes, the effect: `insertPhrase` types a phrase at a DOM position with
// `execCommand('insertText')`, so the editor records it as the user's own edit (Ctrl+Z undoes it)
// and Gmail/Outlook see a normal input; then it gives back the user's selection, focus and scroll
// positions. Which phrase and where it goes is pure and lives in lib/checks/fix-phrases.ts.
import type { CheckId, Report } from '../analyzer/types';
import { insertionPoint, insertionText } from '../checks/fix-phrases';
import type { ExtractedDraft } from './extract-types';

/** One boundary of a selection range, as the DOM had it and as text characters from the body's start. */
interface SavedPoint {
  node: Node;
  offset: number;
  /** The text node's data then: unchanged data means the point is still exact. */
  data: string | null;
  /** Text characters before the point, counted from the start of the body; -1 outside the body. */
  chars: number;
}

interface SavedRange {
  start: SavedPoint;
  end: SavedPoint;
}

/**
 * Types `text` at offset `at` of `draft` (an extraction of `body`) as if the user had typed it:
 * a collapsed selection at the position (right after character `at - 1`, see `caretAt`), then `execCommand('insertText')`, so the editor
 * records the edit for undo and fires its own input events. Then the user's selection comes
 * back (moved by the insertion when it sat after it), with focus and the scroll positions of
 * the body, its scrolling ancestors and the window. Returns false, changing nothing, when the
 * position cannot be found (the draft changed since `draft` was read) or the browser refused.
 */
export function insertPhrase(body: HTMLElement, draft: ExtractedDraft, at: number, text: string): boolean {
  if (!text || !body.isConnected) return false;
  const range = caretAt(draft, at);
  if (!range) return false;
  const doc = body.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;

  const target = savePoint(body, range.startContainer, range.startOffset);
  const saved = saveSelection(body, selection);
  const scrolls = saveScroll(body);
  const focused = deepActiveElement(doc);
  const lengthBefore = textLength(body);
  let inserted = false;

  try {
    // execCommand edits the focused editing host; focusing may scroll, which is restored below.
    if (focused !== body) body.focus({ preventScroll: true });
    selection.removeAllRanges();
    selection.addRange(range);
    inserted = doc.execCommand('insertText', false, text) === true;
  } catch {
    inserted = false;
  } finally {
    const delta = textLength(body) - lengthBefore;
    try {
      restoreSelection(body, selection, saved, target, delta);
    } catch {
      // A selection we cannot give back is not worth failing the insertion for.
    }
    if (focused && focused !== body && focused.isConnected) (focused as HTMLElement).focus?.({ preventScroll: true });
    restoreScroll(scrolls, doc.defaultView);
  }
  return inserted;
}

/**
 * A collapsed range at text offset `at`, glued to the character before it: right after
 * character `at - 1`. `toRange(at, at)` alone starts at the *next* line when `at` is a line's
 * end (the "\n" there belongs to the next block), and every insertion point here follows text:
 * a sentence's end, a word before "?", the end of a paragraph.
 */
function caretAt(draft: ExtractedDraft, at: number): Range | null {
  if (at <= 0) return draft.toRange(0, 0);
  const range = draft.toRange(at - 1, at);
  range?.collapse(false);
  return range;
}

function textLength(body: HTMLElement): number {
  return (body.textContent ?? '').length;
}

const isTextNode = (node: Node): node is Text => node.nodeType === 3;

/** Text characters (text nodes only, quote and signature included) from the start of `body` to a point. */
function charsBefore(body: HTMLElement, node: Node, offset: number): number {
  if (!body.contains(node)) return -1;
  const r = body.ownerDocument.createRange();
  r.setStart(body, 0);
  r.setEnd(node, offset);
  return r.toString().length;
}

function savePoint(body: HTMLElement, node: Node, offset: number): SavedPoint {
  return { node, offset, data: isTextNode(node) ? node.data : null, chars: charsBefore(body, node, offset) };
}

/** The DOM point `chars` text characters into `body` (at a node edge: the end of the earlier text node). */
function pointAt(body: HTMLElement, chars: number): { node: Node; offset: number } {
  const walker = body.ownerDocument.createTreeWalker(body, 0x4);
  let seen = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (seen + length >= chars) return { node, offset: Math.max(0, chars - seen) };
    seen += length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: body, offset: body.childNodes.length };
}

function saveSelection(body: HTMLElement, selection: Selection): SavedRange[] {
  const out: SavedRange[] = [];
  for (let i = 0; i < selection.rangeCount; i += 1) {
    const r = selection.getRangeAt(i);
    out.push({ start: savePoint(body, r.startContainer, r.startOffset), end: savePoint(body, r.endContainer, r.endOffset) });
  }
  return out;
}

/**
 * Where a saved boundary is now. Boundaries after the insertion point move by the inserted
 * length; one exactly at it moves when `moveAtInsertion` (a caret, as if the user had typed
 * there, or the start of a selection) and stays when it is the end of a selection, which then
 * still covers only the user's own words. Exact DOM points are kept where the DOM allows it:
 * an untouched text node or element keeps its point, the text node typed into shifts its
 * offset; only a node the editor replaced falls back to counting characters.
 */
function restorePoint(
  body: HTMLElement,
  p: SavedPoint,
  target: SavedPoint,
  delta: number,
  moveAtInsertion: boolean,
): { node: Node; offset: number } | null {
  const connected = p.node.isConnected;
  if (p.chars < 0 || target.chars < 0) return connected ? { node: p.node, offset: p.offset } : null;
  const moves = p.chars > target.chars || (p.chars === target.chars && moveAtInsertion);
  if (connected && isTextNode(p.node)) {
    if (p.node.data === p.data) return { node: p.node, offset: p.offset };
    if (p.node === target.node && p.data !== null && p.node.data.length === p.data.length + delta) {
      const after = p.offset > target.offset || (p.offset === target.offset && moveAtInsertion);
      return { node: p.node, offset: after ? p.offset + delta : p.offset };
    }
  } else if (connected && !moves) {
    return { node: p.node, offset: p.offset };
  } else if (connected && p.node !== target.node && !p.node.contains(target.node)) {
    return { node: p.node, offset: p.offset };
  }
  return pointAt(body, moves ? p.chars + delta : p.chars);
}

function restoreSelection(body: HTMLElement, selection: Selection, saved: SavedRange[], target: SavedPoint, delta: number): void {
  selection.removeAllRanges();
  const doc = body.ownerDocument;
  for (const s of saved) {
    const collapsed = s.start.node === s.end.node && s.start.offset === s.end.offset;
    const a = restorePoint(body, s.start, target, delta, true);
    const b = collapsed ? a : restorePoint(body, s.end, target, delta, false);
    if (!a || !b) continue;
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    selection.addRange(r);
  }
}

interface SavedScroll {
  el: Element;
  top: number;
  left: number;
}

function saveScroll(body: HTMLElement): { elements: SavedScroll[]; x: number; y: number } {
  const elements: SavedScroll[] = [];
  for (let el: Element | null = body; el; el = el.parentElement) {
    elements.push({ el, top: el.scrollTop, left: el.scrollLeft });
  }
  const win = body.ownerDocument.defaultView;
  return { elements, x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };
}

function restoreScroll(saved: { elements: SavedScroll[]; x: number; y: number }, win: Window | null): void {
  for (const { el, top, left } of saved.elements) {
    if (el.scrollTop !== top) el.scrollTop = top;
    if (el.scrollLeft !== left) el.scrollLeft = left;
  }
  if (win && (win.scrollX !== saved.x || win.scrollY !== saved.y)) win.scrollTo(saved.x, saved.y);
}

/** The focused element, through open shadow roots (our dialog lives in one). */
function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The dialog's "Insert" in one call: where `phrase` goes for `checkId` in `draft` (whose text
 * `report` analysed), typed there with `insertPhrase`. False when there is no place for it.
 */
export function insertFix(body: HTMLElement, draft: ExtractedDraft, report: Report, checkId: CheckId, phrase: string): boolean {
  const point = insertionPoint(checkId, report, draft.text);
  return point !== null && insertPhrase(body, draft, point.offset, insertionText(point, phrase));
}
