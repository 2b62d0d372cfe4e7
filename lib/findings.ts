// Findings: a flat, printable view of a Report. Field names follow vfile-message
// (reason, place, actual, expected, note, source) so the output reads like other text linters'.
// See vfile/vfile-message: lib/index.js and ../shared/conventions.md (items 4 and 5).
import { CHECK_IDS, type CheckId, type Report, type Span, type Status } from './analyzer/types';

export interface Point {
  /** 1-based line number; lines are split on "\n", so a "\r" before it stays at the end of its line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units like every other offset in the project. */
  column: number;
}

export interface Finding {
  checkId: CheckId;
  source: 'askwell';
  status: Status;
  reason: string;
  place: Span | null;
  /** The evidence text as it appears in the draft (met findings only). */
  actual: string | null;
  /** The suggested next step (non-met findings with a suggestion only). */
  expected: string | null;
  note?: string;
}

export function lineCol(text: string, offset: number): Point {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/** `line:column-line:column`; the end point is exclusive (the position after the last character), as in vfile. */
export function formatSpan(text: string, span: Span): string {
  const start = lineCol(text, span.start);
  const end = lineCol(text, span.end);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

export function toFindings(text: string, report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const checkId of CHECK_IDS) {
    const result = report.checks[checkId];
    const base = { checkId, source: 'askwell' as const, status: result.status, reason: result.reason };
    if (result.status === 'met' && result.evidence.length > 0) {
      for (const span of result.evidence) {
        findings.push({
          ...base,
          place: { start: span.start, end: span.end },
          actual: text.slice(span.start, span.end),
          expected: null,
        });
      }
    } else {
      findings.push({ ...base, place: null, actual: null, expected: result.suggestion === '' ? null : result.suggestion });
    }
  }
  return findings;
}

/** Quoted text on one line: evidence can span a line break, and a printed finding must stay one line. */
export function inQuotes(s: string): string {
  return `“${oneLine(s)}”`;
}

export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * One line per finding, e.g.
 *   `2:5-2:31 specific-ask: met — “Could you review it by Friday?”`
 *   `- bounded: missing — no deadline or size limit → Add “by Thursday noon”.`
 *   `- thanks: not-applicable — turned off`
 */
export function formatFinding(text: string, finding: Finding): string {
  const where = finding.place ? formatSpan(text, finding.place) : '-';
  let detail: string;
  if (finding.actual !== null) {
    detail = inQuotes(finding.actual);
  } else {
    detail = oneLine(finding.reason);
    if (finding.expected !== null) detail += ` → ${oneLine(finding.expected)}`;
  }
  const note = finding.note ? ` (${oneLine(finding.note)})` : '';
  return `${where} ${finding.checkId}: ${finding.status} — ${detail}${note}`;
}
