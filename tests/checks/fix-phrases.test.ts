import { describe, expect, it } from 'vitest';
import { analyze, type CheckId } from '../../lib/analyze';
import { applyInsertion, deadlineDay, insertionPoint, insertionText, phrasesFor } from '../../lib/checks/fix-phrases';
import { askKind, limitFor } from '../../lib/checks/phrasing';

const TUESDAY = new Date(2025, 5, 3);
const FIXED: CheckId[] = ['easy-no', 'bounded', 'thanks'];

/** Drafts that miss all three fixable checks, asks of different kinds and shapes. */
const DRAFTS = [
  'Hi Sam,\n\nI hope you are well. Could you review the deck when you get a chance? It would save your team time.\n\nBest,\nAna',
  'Hi Sam,\n\nCould you hop on a call with me about the launch plan?\n\nAna',
  'Hi Sam,\n\nCould you send me a short testimonial about working with our team\n\nCheers,\nAna',
  'Could you cover my shift on the help desk?',
  'Hi Priya,\n\nWould you be willing to mentor our new hire?\nIt would help your team grow.\n\nKind regards,\nAna Ruiz',
  'Hi Sam,\n\nCould you approve the travel request for the offsite?',
  'Hi Sam,\n\nWould you be willing to help me with the data migration\n\nAna',
  'Hi Sam,\n\nCould you introduce me to Dana?',
  'Hey, can you share the raw data from the survey with me? I need it for the board pack.\n\nAna',
  'Hi Sam,\n\nCan you help?\n\nBest,\nAna',
];

const cases = DRAFTS.flatMap((text) => FIXED.map((id) => ({ id, text })));

describe('phrasesFor + insertionPoint: every phrase fixes its check where it is put', () => {
  it.each(cases)('$id in $text', ({ id, text }) => {
    const report = analyze(text);
    expect(report.checks[id].status).toBe('missing');
    const phrases = phrasesFor(id, report, text, { now: TUESDAY });
    expect(phrases.length).toBeGreaterThanOrEqual(2);
    expect(phrases.length).toBeLessThanOrEqual(3);
    const point = insertionPoint(id, report, text)!;
    expect(point).not.toBeNull();
    for (const phrase of phrases) {
      const after = analyze(applyInsertion(text, point, phrase));
      expect({ phrase, status: after.checks[id].status }).toEqual({ phrase, status: 'met' });
      // …and breaks nothing that was met before.
      for (const other of Object.keys(report.checks) as CheckId[]) {
        if (report.checks[other].status === 'met') expect({ phrase, other, status: after.checks[other].status }).toEqual({ phrase, other, status: 'met' });
      }
      // Never a line break: insertText would turn it into editor-specific markup.
      expect(insertionText(point, phrase)).not.toMatch(/\n/);
    }
  });
});

describe('phrasesFor', () => {
  it('fits the kind of favor: a look, a call, an intro', () => {
    const kinds = [
      ['Could you review the deck?', 'bounded', ['by Thursday', '(a quick 10-minute look is plenty)', 'by the end of the week']],
      ['Could we hop on a call about the plan?', 'bounded', ['for 15 minutes this week', 'on Thursday for 15 minutes', 'for a quick 15-minute call']],
      ['Could you introduce me to Dana?', 'easy-no', ["No worries if it's not a good fit.", "No worries if the timing doesn't work.", 'Totally fine to say no.']],
      ['Could you review the deck?', 'thanks', ['Thanks so much for considering it.', 'Thanks either way!', 'I really appreciate it.']],
    ] as const;
    for (const [text, id, expected] of kinds) expect(phrasesFor(id, analyze(text), text, { now: TUESDAY })).toEqual(expected);
  });

  it.each([
    ['a check that is met', 'thanks', 'Could you review the deck by Friday? Thanks!'],
    ['a check with no one-click fix', 'benefit', 'Could you review the deck?'],
    ['a check with no one-click fix', 'specific-ask', 'Can you help?'],
    ['no ask in the draft', 'easy-no', 'Here are the minutes from today.'],
  ] as const)('is empty for %s (%s)', (_why, id, text) => {
    expect(phrasesFor(id, analyze(text), text, { now: TUESDAY })).toEqual([]);
  });

  it.each([
    [new Date(2025, 5, 2), 'Wednesday'], // Monday
    [new Date(2025, 5, 3), 'Thursday'],
    [new Date(2025, 5, 4), 'Friday'],
    [new Date(2025, 5, 5), 'Monday'], // Thursday: over the weekend
    [new Date(2025, 5, 6), 'Tuesday'],
    [new Date(2025, 5, 7), 'Tuesday'], // Saturday
    [new Date(2025, 5, 8), 'Tuesday'],
  ])('deadlines are two working days out: %s → %s', (now, day) => {
    expect(deadlineDay(now)).toBe(day);
  });
});

describe('insertionPoint', () => {
  const at = (id: CheckId, text: string) => {
    const p = insertionPoint(id, analyze(text), text);
    return p && { before: text.slice(0, p.offset), prefix: p.prefix, suffix: p.suffix };
  };

  it.each([
    // easy-no: right after the main ask sentence.
    ['easy-no', 'Could you review the deck? It would help your team.', { before: 'Could you review the deck?', prefix: ' ', suffix: '' }],
    ['easy-no', 'Hi Sam,\n\nCould you send me the numbers\n\nAna', { before: 'Hi Sam,\n\nCould you send me the numbers', prefix: '? ', suffix: '' }],
    ['easy-no', 'Please send me the numbers\nAna', { before: 'Please send me the numbers', prefix: '. ', suffix: '' }],
    // The first specific ask is the main one, as in the checklist.
    ['easy-no', 'Can you help? Could you review the budget tab? It matters.', { before: 'Can you help? Could you review the budget tab?', prefix: ' ', suffix: '' }],
    // bounded: inside the ask, before its closing punctuation.
    ['bounded', 'Hi,\n\nCould you review the deck? Thanks!', { before: 'Hi,\n\nCould you review the deck', prefix: ' ', suffix: '' }],
    ['bounded', 'Could you review the “deck”?', { before: 'Could you review the “deck”', prefix: ' ', suffix: '' }],
    ['bounded', 'Could you review the deck (the long one)?!', { before: 'Could you review the deck (the long one)', prefix: ' ', suffix: '' }],
    ['bounded', 'Could you review the deck\n\nAna', { before: 'Could you review the deck', prefix: ' ', suffix: '' }],
    // thanks: at the end of the last paragraph before the sign-off and name.
    ['thanks', 'Could you review it?\n\nBest,\nAna', { before: 'Could you review it?', prefix: ' ', suffix: '' }],
    ['thanks', 'Could you review it?\nKind regards\nAna Ruiz\n', { before: 'Could you review it?', prefix: ' ', suffix: '' }],
    ['thanks', 'Could you review it?\n\nAna', { before: 'Could you review it?', prefix: ' ', suffix: '' }],
    ['thanks', 'Could you review it?  \n\n', { before: 'Could you review it?', prefix: ' ', suffix: '' }],
    ['thanks', 'Could you review it', { before: 'Could you review it', prefix: '? ', suffix: '' }],
    ['thanks', 'Could you review it? I know it is long. Cheers', { before: 'Could you review it? I know it is long. Cheers', prefix: '. ', suffix: '' }],
  ] as const)('%s in %j', (id, text, expected) => {
    expect(at(id, text)).toEqual(expected);
  });

  it('is null where there is no place: no ask, or a check without a phrase', () => {
    expect(at('easy-no', 'Here are the minutes.')).toBeNull();
    expect(at('benefit', 'Could you review it?')).toBeNull();
  });
});

describe('one list for the ask kinds, sign-offs and name lines', () => {
  it.each([
    ['Could you review the deck?', 'look', '“a 10-minute look by Thursday”'],
    ['Could you put me in touch with Dana?', 'intro', '“a 15-minute call this week”'],
    ['Could we hop on a call?', 'call', '“a 15-minute call this week”'],
    ['Could you write a short blurb?', 'write', '“two or three sentences by Friday”'],
    ['Could you upload the files?', 'send', '“two or three sentences by Friday”'],
    ['Could you take my Saturday?', 'cover', '“just this Saturday, 9 to 11”'],
    ['Could you mentor our new hire?', 'help', '“just this Saturday, 9 to 11”'],
    ['Could you do the thing?', 'other', '“by Thursday” or “a 10-minute look”'],
  ] as const)('%s is a %s ask, for the suggestion and the one-click phrases alike', (text, kind, limit) => {
    expect(askKind(text)).toBe(kind);
    expect(limitFor(text)).toBe(limit);
  });

  it.each([
    'Could you review it?\n\nRespectfully,\nAna',
    'Could you review it?\n\nThanks in advance!\nAna Ruiz',
    'Could you review it?\n\n--\nAna',
    'Could you review it?\n\nAna Ruiz,',
  ])('puts a thank-you before the sign-off or name of %j', (text) => {
    const p = insertionPoint('thanks', analyze(text), text)!;
    expect(text.slice(0, p.offset)).toBe('Could you review it?');
  });
});
