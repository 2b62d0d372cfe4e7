import { describe, expect, it } from 'vitest';
import { CHECK_IDS, POLISH_IDS, type CheckResult, type Report } from '../../lib/analyzer/types';
import { formatFinding, formatSpan, lineCol, toFindings } from '../../lib/findings';

describe('lineCol', () => {
  const text = 'Hi Dana,\r\n\r\nCould you?\nYes';
  it.each([
    [0, 1, 1],
    [3, 1, 4],
    [8, 1, 9], // the "\r" ends line 1
    [10, 2, 1],
    [12, 3, 1],
    [22, 3, 11],
    [23, 4, 1],
    [text.length, 4, 4],
    [999, 4, 4],
    [-5, 1, 1],
  ])('offset %i is %i:%i', (offset, line, column) => {
    expect(lineCol(text, offset)).toEqual({ line, column });
  });

  it('formats a span with an exclusive end', () => {
    expect(formatSpan(text, { start: 12, end: 22 })).toBe('3:1-3:11');
    expect(text.slice(12, 22)).toBe('Could you?');
  });
});

function reportWith(partial: Partial<Report['checks']>): Report {
  const missing: CheckResult = { status: 'missing', evidence: [], reason: 'no reason', suggestion: 'do it' };
  const checks = Object.fromEntries(CHECK_IDS.map((id) => [id, partial[id] ?? missing])) as Report['checks'];
  const polish = Object.fromEntries(POLISH_IDS.map((id) => [id, missing])) as Report['polish'];
  return { checks, polish, asks: [], mainAsk: null, sentences: [], otherShare: 0, stats: { words: 0, sentences: 0, questions: 0 } };
}

describe('findings', () => {
  const text = 'Hi Bram,\n\nCould you review\nit by Friday? Thanks!';
  const report = reportWith({
    'specific-ask': { status: 'met', evidence: [{ start: 10, end: 40 }], reason: 'asks for a review', suggestion: '' },
    thanks: {
      status: 'met',
      evidence: [
        { start: 10, end: 15 },
        { start: 41, end: 48 },
      ],
      reason: 'thanks',
      suggestion: '',
    },
    'easy-no': { status: 'not-applicable', evidence: [], reason: 'turned off', suggestion: '' },
    benefit: { status: 'missing', evidence: [], reason: 'only your gain', suggestion: 'Say what they  get.\n' },
  });

  it('gives one finding per evidence span, in check order', () => {
    const findings = toFindings(text, report);
    expect(findings.map((f) => [f.checkId, f.status, f.place, f.actual, f.expected])).toEqual([
      ['specific-ask', 'met', { start: 10, end: 40 }, 'Could you review\nit by Friday?', null],
      ['bounded', 'missing', null, null, 'do it'],
      ['easy-no', 'not-applicable', null, null, null],
      ['benefit', 'missing', null, null, 'Say what they  get.\n'],
      ['thanks', 'met', { start: 10, end: 15 }, 'Could', null],
      ['thanks', 'met', { start: 41, end: 48 }, 'Thanks!', null],
    ]);
    expect(findings.every((f) => f.source === 'askwell')).toBe(true);
  });

  it('prints one line per finding', () => {
    expect(toFindings(text, report).map((f) => formatFinding(text, f))).toEqual([
      '3:1-4:14 specific-ask: met — “Could you review it by Friday?”',
      '- bounded: missing — no reason → do it',
      '- easy-no: not-applicable — turned off',
      '- benefit: missing — only your gain → Say what they get.',
      '3:1-3:6 thanks: met — “Could”',
      '4:15-4:22 thanks: met — “Thanks!”',
    ]);
  });
});
