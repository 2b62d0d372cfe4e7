import { QUOTE_MAX, shorten } from '../lib/analyzer/text';
import { CHECK_IDS, type CheckResult, type Report, type Span, type Status } from '../lib/analyzer/types';

/**
 * The words that satisfy a check, quoted from the draft, or '' when there are none to show (an
 * 'absence' check like "calm", or offsets that no longer fit the text because it changed since the
 * analysis). Several spans are joined with " · " and shortened together.
 */
export function evidenceText(text: string, evidence: readonly Span[], max = QUOTE_MAX): string {
  const parts = evidence
    .filter((e) => e.start >= 0 && e.end <= text.length && e.start < e.end)
    .map((e) => text.slice(e.start, e.end).replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return '';
  return shorten(parts.join(' · '), max);
}

/** How many of the five checks the draft meets. */
export const metCount = (report: Report): number => CHECK_IDS.filter((id) => report.checks[id].status === 'met').length;

export const TOTAL_CHECKS = CHECK_IDS.length;

export const STATUS_LABEL: Record<Status, string> = {
  met: 'Met',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
};

export const STATUS_ICON: Record<Status, string> = {
  met: '✓',
  missing: '✗',
  'not-applicable': '–',
};

/** True when some sentence is about the sender or the recipient, i.e. the share means something. */
export const hasFocus = (report: Report): boolean => report.sentences.some((s) => s.focus !== 'neutral');

/** `data-askwell-share`: the share with two decimals, clamped to 0..1. */
export const shareAttr = (share: number): string => clampShare(share).toFixed(2);

export const sharePercent = (share: number): number => Math.round(clampShare(share) * 100);

/** A share in 0..1; 0 for NaN or ±Infinity. */
function clampShare(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

export const isVisiblePolish = (result: CheckResult): boolean => result.status !== 'not-applicable';
