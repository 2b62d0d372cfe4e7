import { describe, expect, it } from 'vitest';
import { statusOf } from '../helpers/status';

// Cases from the labeling guide's benefit edge-case rules.
describe('benefit', () => {
  it.each([
    ['saved rework for their team', 'Could you review the API spec? It would save your team a round of rework.'],
    ['credit', 'Would you let us quote your post? I will credit you by name and link back to it.'],
    ['a reciprocal offer', 'Could you take my Tuesday on-call? In return I will take your Saturday shift.'],
    ['something they asked for', 'Could you run the close on Friday? You mentioned wanting to learn the close process.'],
    ['a stated gain', "Would you take the Saturday shift? You'd get a comp day of your choice the following week."],
  ])('%s', (_name, text) => {
    expect(statusOf('benefit', text).status).toBe('met');
  });

  it.each([
    ['only the sender gains', 'Could you review the spec by Friday? It would really help me.'],
    ['generic importance', 'Could you send the numbers? This is important for the company.'],
    ['flattery', 'Would you speak at our meetup? You are our top choice.'],
    ['indebtedness without an offer', 'Could you cover my shift on Sunday? I really owe you.'],
  ])('no benefit: %s', (_name, text) => {
    expect(statusOf('benefit', text).status).toBe('missing');
  });

  it('does not count a benefit in an email that asks nothing', () => {
    const text = 'FYI: the new build tool is live. It will save your team hours every week.';
    expect(statusOf('benefit', text).status).toBe('not-applicable');
  });
});
