import { describe, expect, it } from 'vitest';
import { analyze, CHECK_IDS, type Report } from '../../lib/analyze';

const slice = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));
const statuses = (r: Report) => CHECK_IDS.map((id) => r.checks[id].status);

describe('analyze: the labeling guide’s tricky cases', () => {
  it.each([
    ['"no thanks needed" is not thanks', 'Could you send the signed lease by Friday? No thanks needed.', 'thanks', 'missing'],
    ['"thanks to the delay" is not thanks', 'Thanks to the delay, we lost a week. Could you send the lease by Friday?', 'thanks', 'missing'],
    ['"I can\'t say no to this" is not an easy no', "I can't say no to this. Could you send the lease by Friday?", 'easy-no', 'missing'],
    ['"let me know your thoughts" is not a specific ask', 'Here is the new plan for the garden. Let me know your thoughts.', 'specific-ask', 'missing'],
    ['"by yesterday" is not a bound', 'Not a big ask, but could you send me the report by yesterday?', 'bounded', 'missing'],
    ['a vague ask can still be bounded', 'Here is the plan. Let me know your thoughts by Wednesday.', 'bounded', 'met'],
  ] as const)('%s', (_name, text, id, status) => {
    expect(analyze(text).checks[id].status).toBe(status);
  });
});

describe('analyze: a complete ask', () => {
  const text =
    'Hi Bram,\n\nI run a small farming co-op. Would you be willing to forward Sasha a two-line intro from me before the 10th? ' +
    'Our study includes data from your orchard, so an episode would give your farm a nice shout-out too. ' +
    "If you'd rather not vouch for me, I understand completely.\n\nThanks for thinking about it,\nWren";
  const report = analyze(text);

  it('meets all five checks, each with evidence inside the text', () => {
    expect(statuses(report)).toEqual(['met', 'met', 'met', 'met', 'met']);
    for (const id of CHECK_IDS) {
      const { evidence } = report.checks[id];
      expect(evidence.length).toBeGreaterThan(0);
      for (const e of evidence) {
        expect(0 <= e.start && e.start < e.end && e.end <= text.length).toBe(true);
      }
    }
    expect(slice(text, report.checks.bounded.evidence).join('|')).toContain('before the 10th');
  });

  it('finds the ask sentence', () => {
    expect(slice(text, report.asks)).toEqual([
      'Would you be willing to forward Sasha a two-line intro from me before the 10th?',
    ]);
  });

  it('labels who each sentence is about', () => {
    expect(report.sentences.map((s) => [text.slice(s.start, s.end), s.focus])).toEqual([
      ['Hi Bram,', 'neutral'],
      ['I run a small farming co-op.', 'self'],
      ['Would you be willing to forward Sasha a two-line intro from me before the 10th?', 'other'],
      ['Our study includes data from your orchard, so an episode would give your farm a nice shout-out too.', 'other'],
      ["If you'd rather not vouch for me, I understand completely.", 'other'],
      ['Thanks for thinking about it,', 'other'],
      ['Wren', 'neutral'],
    ]);
  });

  it('measures the share about the recipient over self/other words', () => {
    // self: "I run a small farming co-op." = 6 words; other: 15 + 18 + 10 + 5 = 48 words; plus greeting 2 and name 1.
    expect(report.otherShare).toBeCloseTo(48 / 54, 5);
    expect(report.stats).toEqual({ words: 57, sentences: 7, questions: 1 });
  });
});

describe('analyze: requests', () => {
  it('finds each of two asks', () => {
    const text = 'First, could I have until Wednesday for my draft? Second, could you check table 2 against your records?';
    expect(slice(text, analyze(text).asks)).toEqual([
      'First, could I have until Wednesday for my draft?',
      'Second, could you check table 2 against your records?',
    ]);
  });

  it('finds no request in a status update, and marks request-only checks not applicable', () => {
    const text = 'The migration finished on Sunday night. All services are back and error rates are normal. Thanks, team!';
    const report = analyze(text);
    expect(report.asks).toEqual([]);
    expect(report.checks['specific-ask']).toMatchObject({ status: 'missing', reason: 'no request found' });
    expect(statuses(report).slice(1, 4)).toEqual(['not-applicable', 'not-applicable', 'not-applicable']);
    expect(report.checks.thanks.status).toBe('met');
  });

  it('writes suggestions for this draft, quoting its ask', () => {
    const text = 'Could you review the onboarding checklist for the new hires?';
    const { bounded } = analyze(text).checks;
    expect(bounded.status).toBe('missing');
    expect(bounded.suggestion).toContain('Could you review the onboarding checklist');
  });
});

describe('analyze: input it cannot judge', () => {
  it.each([
    ['empty', '', 'the draft is empty'],
    ['whitespace', '  \n\t ', 'the draft is empty'],
    ['emoji only', '🙏🙏 🎉', 'no words to judge yet, only symbols or emoji'],
    ['one word', 'Thanks!', 'too short to judge (under 5 words)'],
    ['too short', 'Hi Sam, thanks', 'too short to judge (under 5 words)'],
    ['not English', 'Hola Ana, ¿podrías revisar el documento antes del viernes? Muchas gracias por tu ayuda.', 'the draft does not look like English; Askwell only reads English for now'],
  ])('%s: every check is not applicable with a reason', (_name, text, reason) => {
    const report = analyze(text);
    for (const id of CHECK_IDS) expect(report.checks[id]).toEqual({ status: 'not-applicable', evidence: [], reason, suggestion: '' });
  });

  it('judges a 20,000-word draft like any other', () => {
    const text = `Hi Sam,\n\n${'The budget review went well and the team is happy with the plan. '.repeat(1_500)}\n\nCould you send me the signed contract by Friday? Thanks!`;
    const report = analyze(text);
    expect(report.stats.words).toBeGreaterThan(19_000);
    expect(report.checks['specific-ask'].status).toBe('met');
    expect(report.checks.bounded.status).toBe('met');
  });

  it('reports only the checks asked for; the rest are turned off', () => {
    const report = analyze('Could you review the deck by Friday? Thanks!', { checks: ['bounded'] });
    expect(report.checks.bounded.status).toBe('met');
    expect(report.checks.thanks).toMatchObject({ status: 'not-applicable', reason: 'turned off' });
  });
});

describe('analyze: offsets stay true on awkward text', () => {
  it.each([
    ['emoji', 'Great work 🎉 Could you send the deck by Friday? 🙏 Thanks!'],
    ['CRLF', 'Hi Ana,\r\n\r\nCould you review the draft by Friday?\r\nThanks,\r\nBo'],
    ['bullets', 'Could you:\n- review the deck\n- send comments by Thursday\nThanks!'],
    ['a hard-wrapped sentence', 'Hi Sam,\nCould you review the attached draft and\nsend me your comments by Friday?\nThanks,\nAlex'],
    ['RTL text mixed in', 'Could you translate שלום עולם for the banner by Monday? Thanks!'],
    ['zero-width characters', 'Could\u200b you review\u200d the deck by Friday?\u00a0Thanks!'],
  ])('%s', (_name, text) => {
    const report = analyze(text);
    let last = 0;
    for (const s of report.sentences) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
      last = s.end;
    }
    expect(report.asks.length).toBeGreaterThan(0);
  });

  it('keeps a hard-wrapped sentence whole', () => {
    const text = 'Hi Sam,\nCould you review the attached draft and\nsend me your comments by Friday?\nThanks,\nAlex';
    expect(slice(text, analyze(text).asks)).toEqual(['Could you review the attached draft and\nsend me your comments by Friday?']);
  });

  it('does not split the emoji surrogate pair', () => {
    const text = 'Could you send the deck by Friday? 🙏 Thanks!';
    for (const s of analyze(text).sentences) {
      const code = text.charCodeAt(s.start);
      expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
    }
  });
});

describe('analyze: two asks in one email (issue 3)', () => {
  const text =
    'Hi Leila,\n\nFirst, could I have until Wednesday for my draft? Second, could you check table 2 against your records? ' +
    'If the table check is too much this week, I can ask Gerrit instead.\n\nThanks,\nRohan';
  const report = analyze(text);

  it('finds each ask', () => {
    expect(slice(text, report.asks)).toEqual([
      'First, could I have until Wednesday for my draft?',
      'Second, could you check table 2 against your records?',
    ]);
  });

  it('says which ask the easy no and the bound are about', () => {
    expect(report.checks['easy-no'].status).toBe('met');
    expect(report.checks['easy-no'].reason).toContain('lets them decline “Second, could you check table 2');
    expect(report.checks.bounded.reason).toContain('bounds the ask “First, could I have until Wednesday');
  });
});

describe('analyze: suggestions written for the draft', () => {
  it.each([
    ['a review', 'Could you review the onboarding checklist for new hires?', 'a 10-minute look by Thursday'],
    ['a call', 'Would you be open to a call about the partnership?', 'a 15-minute call this week'],
    ['some writing', 'Could you write a short quote about the program for our report?', 'two or three sentences by Friday'],
  ])('bounded suggests a limit that fits %s', (_name, text, phrase) => {
    const { bounded } = analyze(text).checks;
    expect(bounded.status).toBe('missing');
    expect(bounded.suggestion).toContain(phrase);
    expect(bounded.suggestion).toContain(text.slice(0, 20));
  });

  it('leaves the greeting out of the ask', () => {
    const text = 'Hi Jo, could you review the Q3 plan by Friday?';
    expect(slice(text, analyze(text).asks)).toEqual(['could you review the Q3 plan by Friday?']);
  });
});
