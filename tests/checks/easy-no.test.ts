import { describe, expect, it } from 'vitest';
import { statusOf } from '../helpers/status';

// Cases from the labeling guide's easyNo edge-case rules.
describe('easy-no', () => {
  it.each([
    ['no worries if not', 'Could you review my draft by Friday? No worries if not.'],
    ['totally fine to say no', 'Would you cover my shift on Saturday? Totally fine to say no.'],
    ['I completely understand', "Could you introduce me to Dana? I completely understand if you can't."],
    ["don't feel obligated", "Could you mentor me this spring? Please don't feel obligated."],
    ['no pressure', 'Would you speak at our meetup in May? No pressure at all.'],
    ['feel free to pass', 'Could you review my talk proposal? Feel free to pass if you are busy.'],
    ['an alternative offered', "Could you check table 2 by Friday? If it's too much this week, I can ask Gerrit instead."],
    ['a condition and an acceptance', "Could you set her up with a second monitor? If there aren't any spares right now, that's fine."],
    ['rather not', "Could you share two sentences about why you volunteer? If you'd rather stay out of the report, that's perfectly fine."],
  ])('%s', (_name, text) => {
    expect(statusOf('easy-no', text).status).toBe('met');
  });

  it.each([
    ['a logistics opt-out', 'Can you join the review on Tuesday? Please let me know if you are unable to attend.'],
    ['"let me know if you can\'t attend"', "Could you attend the kickoff on Monday? Let me know if you can't attend."],
    ["I can't say no to this", "I can't say no to this project. Could you send me the files by Friday?"],
    ["saying no isn't really an option", "Could you cover the Saturday shift? Saying no isn't really an option."],
    ['no worries about something else', 'No worries about the typo. Could you resend the invoice by Friday?'],
    ['no problem on the late invoice', 'No problem on the late invoice. Could you send the next one by the 5th?'],
    ['acknowledging they are busy', "I know you're busy, but could you review the budget by Friday?"],
    ['a redirect that still asks', "Could you review the contract? If you can't, could you point me to someone who can?"],
  ])('not an easy no: %s', (_name, text) => {
    expect(statusOf('easy-no', text).status).toBe('missing');
  });
});
