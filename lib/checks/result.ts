import type { CheckResult, Span } from '../analyzer/types';

/** Evidence in text order, overlapping spans merged (two phrase lists often match the same words). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last && start < last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

export const met = (evidence: Span[], reason: string): CheckResult => ({
  status: 'met',
  evidence: mergeSpans(evidence),
  reason,
  suggestion: '',
});

export const missing = (reason: string, suggestion: string): CheckResult => ({
  status: 'missing',
  evidence: [],
  reason,
  suggestion,
});

export const notApplicable = (reason: string): CheckResult => ({
  status: 'not-applicable',
  evidence: [],
  reason,
  suggestion: '',
});
