import { describe, expect, it } from 'vitest';
import { statusOf } from '../helpers/status';

// Cases from the labeling guide's thanks edge-case rules.
describe('thanks', () => {
  it.each([
    ['a sign-off', 'Could you send the invoice by Friday?\n\nThanks,\nBo', 'Thanks'],
    ['thank you for', 'Could you send the invoice? Thank you for considering it.', 'Thank you'],
    ['appreciation', 'Could you send the invoice? I really appreciate it.', 'appreciate'],
    ['thx', 'can u send the invoice by friday? thx', 'thx'],
    ['grateful', 'I would be so grateful for your help with the invoice.', 'grateful'],
    ['much appreciated', 'Could you send the invoice? Much appreciated!', 'appreciated'],
  ])('%s', (_name, text, evidence) => {
    const result = statusOf('thanks', text);
    expect(result.status).toBe('met');
    expect(result.evidence.join(' ')).toContain(evidence);
  });

  it.each([
    ['no thanks needed', 'Could you send the invoice by Friday? No thanks needed.'],
    ['thanks to the delay', 'Thanks to the delay, we missed the window. Could you resend the invoice?'],
    ['thanks for nothing', 'Could you resend the invoice? Thanks for nothing.'],
    ['thanks, but no thanks', 'Thanks, but no thanks. Could you remove me from the list?'],
    ['acknowledging they are busy', "I appreciate that you're busy, but could you resend the invoice today?"],
  ])('not thanks: %s', (_name, text) => {
    expect(statusOf('thanks', text).status).toBe('missing');
  });
});
