import { countByLine } from './per-line';
import type { Span } from './types';

/** Words as a reader counts them: letters or digits, with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

const wordsByLine = countByLine((line): [number] => [line.match(WORD)?.length ?? 0]);

/** Words in a text (per-line.ts remembers each line's count, for long drafts retyped often). */
export const countWords = (text: string): number => wordsByLine(text)[0];

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const covers = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** How long a quotation of the draft may get: in a check's message, in the sidebar (one or two lines at 300px). */
export const QUOTE_MAX = 80;

/** Whitespace collapsed and trimmed, cut at a word boundary so it fits in `max` characters (ellipsis included). */
export function shorten(s: string, max = QUOTE_MAX): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // Cut at the last space unless that throws away more than half: a single long token is cut mid-word.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** A short quotation of a span for messages: `shorten` of its text. */
export const quote = (text: string, span: Span, max = QUOTE_MAX): string => shorten(text.slice(span.start, span.end), max);
