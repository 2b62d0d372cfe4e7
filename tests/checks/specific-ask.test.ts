import { describe, expect, it } from 'vitest';
import { statusOf } from '../helpers/status';

// Cases from the labeling guide's specificAsk edge-case rules.
describe('specific-ask', () => {
  it.each([
    ['concrete action on a concrete object', 'Hi Jo, could you review the pricing section of the deck? Thanks, Al', 'met'],
    ['an imperative', 'Please sign the vendor contract and send it back to Maria.', 'met'],
    ['the polite "I was wondering" frame', 'I was wondering if you could send me the slides from your talk.', 'met'],
    ['chat style', 'lmk if u can review my doc before standup tmrw', 'met'],
    ['a specific question', 'Quick question about the grant form: which section do volunteer hours go in?', 'met'],
    ['an intro to a named person', 'Would you be willing to introduce me to Priya on your data team?', 'met'],
    ['bare "can you help"', 'I have a problem with the thing. Can you help?', 'missing'],
    ['"let me know your thoughts"', 'Attached is the draft proposal. Let me know your thoughts.', 'missing'],
    ['"any feedback"', 'Here is my draft essay for the competition. Any feedback?', 'missing'],
    ['"keep me posted"', 'The vendor said they would call this week. Keep me posted.', 'missing'],
    ['coffee sometime', 'It was great meeting you at the meetup. Would love to grab coffee sometime.', 'missing'],
    ['"let me know if you have questions"', 'The new schedule is attached. Let me know if you have any questions.', 'missing'],
    ['a newsletter with no request', 'The compost bins arrived and are set up behind the tool shed. Plot fees are now posted on the gate board.', 'missing'],
  ])('%s', (_name, text, status) => {
    expect(statusOf('specific-ask', text).status).toBe(status);
  });

  it('says "no request found" when nothing is asked', () => {
    const text = 'The quarterly numbers are in the shared folder. Revenue grew four percent over last quarter.';
    expect(statusOf('specific-ask', text).status).toBe('missing');
  });
});
