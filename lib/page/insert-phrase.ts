// One-click fixes for three checks: a phrase the user picks is typed into the draft for them,
// where a reader expects it. Two parts:
// - pure: which phrases fit this draft (`phrasesFor`) and where they go (`insertionPoint`),
//   as offsets into the extracted text the report was made from;
// - effect: `insertPhrase` types the text at a DOM position with `execCommand('insertText')`,
//   so the editor records it as the user's own edit (Ctrl+Z undoes it) and Gmail/Outlook see
//   a normal input; then it gives back the user's selection, focus and scroll positions.
import type { CheckId, Report, Span } from '../analyzer/types';
import type { ExtractedDraft } from './extract-types';

/** The checks a phrase can fix on its own; the others (a specific ask, a benefit) need the writer's words. */
export const FIXABLE: readonly CheckId[] = ['bounded', 'easy-no', 'thanks'];

export const isFixable = (id: CheckId): boolean => FIXABLE.includes(id);

/** Where to type and what goes around the phrase so it reads right there: `prefix + phrase + suffix`. */
export interface InsertionPoint {
  offset: number;
  prefix: string;
  suffix: string;
}

export interface PhraseOptions {
  /** Today, for deadline phrases ("by Thursday"); default: the clock. */
  now?: Date;
}

/**
 * What kind of favor the ask is, by its verb, as in lib/checks/phrasing.ts (`limitFor`): the
 * limit and the way out that fit a document review differ from those that fit a call.
 */
type AskKind = 'look' | 'intro' | 'call' | 'write' | 'send' | 'cover' | 'help' | 'other';

const KIND_BY_ACTION: readonly (readonly [RegExp, AskKind])[] = [
  [/\b(review|read|look|check|proofread|skim|edit|comment|feedback|approve|sign)/i, 'look'],
  [/\b(intro|introduc|connect me|put me in touch)/i, 'intro'],
  [/\b(call|meet|chat|talk|coffee|sync|zoom|hop on|catch up)/i, 'call'],
  [/\b(write|draft|quote|testimonial|summary|reference|blurb|paragraph|sentence)/i, 'write'],
  [/\b(send|share|forward|provide|upload|pass along)/i, 'send'],
  [/\b(cover|shift|swap|fill in|take over)/i, 'cover'],
  [/\b(help|host|mentor|advise|volunteer|support|teach|train)/i, 'help'],
];

function askKind(askText: string): AskKind {
  return KIND_BY_ACTION.find(([re]) => re.test(askText))?.[1] ?? 'other';
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * Two working days from `now`: close enough to be a real limit, far enough to be fair. A fixed
 * "by Friday" would read wrong when written on a Friday.
 */
export function deadlineDay(now: Date): string {
  let day = now.getDay();
  for (let added = 0; added < 2; ) {
    day = (day + 1) % 7;
    if (day !== 0 && day !== 6) added += 1;
  }
  return WEEKDAYS[day]!;
}

/**
 * Limits as clauses that go inside the ask, before its closing "?" or ".": "Could you review
 * the deck by Thursday?", "Could you review the deck (a quick 10-minute look is plenty)?".
 * Each is a deadline or a size the bounded check recognises (tests/page/insert-phrase.test.ts).
 */
function boundedPhrases(kind: AskKind, day: string): string[] {
  switch (kind) {
    case 'look':
      return [`by ${day}`, '(a quick 10-minute look is plenty)', 'by the end of the week'];
    case 'intro':
      return [`by ${day}`, 'with a quick two-line email', 'this week'];
    case 'call':
      return ['for 15 minutes this week', `on ${day} for 15 minutes`, 'for a quick 15-minute call'];
    case 'write':
      return [`by ${day}`, 'in two or three sentences', 'by the end of the week'];
    case 'send':
      return [`by ${day}`, 'by the end of the week', 'when you have 5 minutes this week'];
    case 'cover':
      return ['just this once', `on ${day} only`, 'for an hour or two'];
    case 'help':
      return ['for an hour this week', 'for one 30-minute session', `by ${day}`];
    case 'other':
      return [`by ${day}`, 'by the end of the week', '(10 minutes is plenty)'];
  }
}

/** Complete sentences that go right after the ask. The first one fits the kind of favor. */
function easyNoPhrases(kind: AskKind): string[] {
  const fitted: Record<AskKind, string> = {
    look: "No worries if you don't have time for it.",
    intro: "No worries if it's not a good fit.",
    call: 'No worries if your calendar is full.',
    write: "No worries if you're too busy.",
    send: "No worries if you're too busy.",
    cover: "If it's too much, I completely understand.",
    help: "If it's too much, I completely understand.",
    other: "No worries if the timing doesn't work.",
  };
  const generic = ["No worries if the timing doesn't work.", 'Totally fine to say no.', "If it's too much right now, I completely understand."];
  return [...new Set([fitted[kind], ...generic])].slice(0, 3);
}

const THANKS_PHRASES = ['Thanks so much for considering it.', 'Thanks either way!', 'I really appreciate it.'];

/** The ask the checklist speaks of: the first specific one (specific-ask's first evidence), else the first. */
export function mainAsk(report: Report): Span | null {
  const specific = report.checks['specific-ask'];
  const first = specific.status === 'met' ? specific.evidence[0] : undefined;
  if (first && report.asks.some((a) => a.start <= first.start && first.end <= a.end)) return first;
  return report.asks[0] ?? null;
}

/** The sentence holding the ask (asks are whole sentences today; this keeps working if they become clauses). */
function askSentence(report: Report, text: string, ask: Span): Span {
  const s = report.sentences.find((x) => x.start <= ask.start && ask.start < x.end);
  const span = s && s.end >= ask.end ? { start: s.start, end: s.end } : ask;
  // Sentence spans may carry trailing spaces or line breaks; the phrase goes after the words.
  let end = Math.min(span.end, text.length);
  while (end > span.start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return { start: span.start, end };
}

/** "?" "." "!" "…", possibly followed by closing quotes or brackets, at the end of a sentence. */
const CLOSING = /[.?!…]+["'”’)\]]*$/;
const QUESTION_START = /^\s*(could|can|would|will|do|does|did|is|are|may|might|shall|should|have|has|when|what|where|which|who|how|why)\b/i;

/**
 * Phrase variants for a missing check, best first, fitted to the draft's main ask; [] when the
 * check is not missing, has no one-click fix, or needs an ask the draft does not have.
 */
export function phrasesFor(checkId: CheckId, report: Report, text: string, options: PhraseOptions = {}): string[] {
  if (!isFixable(checkId) || report.checks[checkId]?.status !== 'missing') return [];
  if (checkId === 'thanks') return [...THANKS_PHRASES];
  const ask = mainAsk(report);
  if (!ask) return [];
  const kind = askKind(text.slice(ask.start, ask.end));
  if (checkId === 'easy-no') return easyNoPhrases(kind);
  return boundedPhrases(kind, deadlineDay(options.now ?? new Date()));
}

/**
 * Where a phrase for `checkId` goes, as an offset into `text` with the spacing around it:
 * - bounded: inside the main ask, before its closing punctuation (a clause: " by Thursday");
 * - easy-no: right after the main ask sentence (a sentence of its own);
 * - thanks: at the end of the last paragraph before the sign-off ("Best,", "Thanks,") and the
 *   name under it, else at the end of the text.
 * Never a line break: `insertText` turns "\n" into editor-specific markup. Null when the check
 * has no one-click fix or needs an ask the draft does not have.
 */
export function insertionPoint(checkId: CheckId, report: Report, text: string): InsertionPoint | null {
  if (checkId === 'thanks') return thanksPoint(text);
  if (checkId !== 'easy-no' && checkId !== 'bounded') return null;
  const ask = mainAsk(report);
  if (!ask) return null;
  const sentence = askSentence(report, text, ask);
  const words = text.slice(sentence.start, sentence.end);

  if (checkId === 'bounded') {
    const closing = CLOSING.exec(words);
    const offset = closing ? sentence.start + closing.index : sentence.end;
    const before = text.charAt(offset - 1);
    return { offset, prefix: before === '' || /\s/.test(before) ? '' : ' ', suffix: '' };
  }

  const offset = sentence.end;
  const after = text.charAt(offset);
  // An ask without end punctuation ("Could you review the deck" then a new line) gets one first.
  return { offset, prefix: `${stopFor(words)} `, suffix: after !== '' && !/\s/.test(after) ? ' ' : '' };
}

/** Closing lines, alone on their line with an optional comma or "!": where a thank-you goes before. */
const SIGN_OFF =
  /^(best|best regards|best wishes|all the best|kind regards|warm regards|warmest regards|regards|warmly|cheers|sincerely|sincerely yours|yours|yours truly|yours sincerely|talk soon|take care|speak soon|see you|many thanks|thanks|thank you|thx|with thanks|with gratitude|love|-+)\s*[,.!]?$/i;

function thanksPoint(text: string): InsertionPoint {
  const lines = linesOf(text);
  const filled = lines.filter((l) => l.text.trim() !== '');
  // The sign-off is near the end (a name or two lines may follow): look at the last four lines.
  let cut = filled.length;
  for (let i = filled.length - 1; i >= Math.max(0, filled.length - 4); i -= 1) {
    if (SIGN_OFF.test(filled[i]!.text.trim())) {
      cut = i;
      break;
    }
  }
  // No sign-off, but a short last line under the message ("Ana", "Ana Ruiz"): a name, so the
  // thanks goes before it.
  if (cut === filled.length && filled.length >= 2 && isNameLine(filled.at(-1)!.text)) cut = filled.length - 1;
  const before = filled.slice(0, cut).at(-1);
  if (!before) {
    // Nothing above the sign-off: the very end of the text it is.
    const end = text.trimEnd().length;
    return { offset: end, prefix: end > 0 ? ' ' : '', suffix: '' };
  }
  const line = before.text.trimEnd();
  return { offset: before.start + line.length, prefix: `${stopFor(line)} `, suffix: '' };
}

/**
 * What a line needs before a new sentence can follow it on the same line: nothing after "?",
 * "." or "!" (or a greeting's ","/":"), else the stop it lacks: "?" for a question, "." otherwise.
 */
function stopFor(line: string): string {
  if (CLOSING.test(line) || /[,:;]$/.test(line)) return '';
  const lastSentence = line.split(/(?<=[.?!…])\s+/).at(-1) ?? line;
  return QUESTION_START.test(lastSentence) ? '?' : '.';
}

function isNameLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 40 && !/[.?!:;,]$/.test(t) && t.split(/\s+/).length <= 3 && /^\p{Lu}/u.test(t);
}

function linesOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, text: line });
    start += line.length + 1;
  }
  return out;
}

/** The text `insertPhrase` types for `phrase` at `point`. */
export const insertionText = (point: InsertionPoint, phrase: string): string => point.prefix + phrase + point.suffix;

/** `text` as it reads after the insertion: what the analyzer will see next. */
export const applyInsertion = (text: string, point: InsertionPoint, phrase: string): string =>
  text.slice(0, point.offset) + insertionText(point, phrase) + text.slice(point.offset);

// ---- effect ----

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
