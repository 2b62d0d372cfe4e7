// One-click fixes for three checks, the pure half: which phrases fit this draft (`phrasesFor`)
// and where they go (`insertionPoint`), as offsets into the text the report was made from.
// lib/page/insert-phrase.ts types the chosen phrase into the editor.
import type { CheckId, Report, Span } from '../analyzer/types';
import { NAME_LINE, SIGN_OFF_WORDS } from '../lexicon/structure';
import type { AskKind } from '../lexicon/ask-kinds';
import { askKind } from './phrasing';

/** The checks a phrase can fix on its own; the others (a specific ask, a benefit) need the writer's words. */
export const FIXABLE: readonly CheckId[] = ['bounded', 'easy-no', 'thanks'];

export const isFixable = (id: CheckId): boolean => FIXABLE.includes(id);

/** How many phrase choices a check offers, at most: a few, so the choice stays quick (sidebar and send guard). */
export const MAX_VARIANTS = 3;

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
 * Each is a deadline or a size the bounded check recognises (tests/checks/fix-phrases.test.ts).
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
  return [...new Set([fitted[kind], ...generic])].slice(0, MAX_VARIANTS);
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

/**
 * Closing lines, alone on their line with an optional comma, period or "!" (the sign-offs of
 * lib/lexicon/structure.ts, or a dash rule): where a thank-you goes before.
 */
const SIGN_OFF = new RegExp(`^(?:${SIGN_OFF_WORDS.join('|')}|-+)\\s*[,.!]?$`, 'i');

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

/** A line that only names someone ("Ana", "Ana Ruiz"), as the analyzer tells name lines. */
const isNameLine = (line: string): boolean => NAME_LINE.test(line.trim());

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
