import { countByLine } from './per-line';
import type { Span } from './types';

/** Words as a reader counts them: letters or digits, with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

const wordsByLine = countByLine((line): [number] => [line.match(WORD)?.length ?? 0]);

/** Words in a text (per-line.ts remembers each line's count, for long drafts retyped often). */
export const countWords = (text: string): number => wordsByLine(text)[0];

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const covers = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** A short quotation of a span for messages: whitespace collapsed, cut at a word near `max`. */
export function quote(text: string, span: Span, max = 80): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max)}…`;
}
