import { describe, expect, it } from 'vitest';
import { statusOf } from '../helpers/status';

// Cases from the labeling guide's bounded edge-case rules.
describe('bounded', () => {
  it.each([
    ['a weekday deadline', 'Could you review the deck by Friday?', 'met', 'by Friday'],
    ['an ordinal date', 'Could you send the signed form by the 14th?', 'met', 'by the 14th'],
    ['a time of day', 'Can you review it before the 3pm standup?', 'met', 'before the 3pm'],
    ['EOD', 'Could you send me the numbers by EOD?', 'met', 'by EOD'],
    ['a window', 'Could you reply within 24 hours?', 'met', 'within 24 hours'],
    ['a size limit', 'Could you write two or three sentences about the project?', 'met', 'two or three sentences'],
    ['a call length', 'Would you have time for a 15-minute call?', 'met', '15-minute'],
    ['just this once', 'Could you run the Friday close for me, just this once?', 'met', 'just this once'],
  ])('%s', (_name, text, status, evidence) => {
    const result = statusOf('bounded', text);
    expect(result.status).toBe(status);
    expect(result.evidence.join(' | ')).toContain(evidence);
  });

  it.each([
    ['ASAP', 'Could you send me the numbers ASAP?'],
    ['no rush', 'Could you look over my résumé? No rush.'],
    ['at your convenience', 'Could you review the lease at your convenience?'],
    ['a hyperbolic deadline', 'Not a big ask, but I need the report by yesterday. Can you send it?'],
    ['a quality word is not a size', 'Could you take a quick look at the draft?'],
    ['a condition is not a deadline', 'Could you merge the branch once CI is green?'],
  ])('not bounded: %s', (_name, text) => {
    expect(statusOf('bounded', text).status).toBe('missing');
  });

  it('is not applicable without a request', () => {
    expect(statusOf('bounded', 'The office will be closed on Friday for the holiday.').status).toBe('not-applicable');
  });
});
