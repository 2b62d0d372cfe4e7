import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { statusOf } from '../helpers/status';

const LONG_BACKGROUND = 'Our team spent the spring rebuilding the intake process for new volunteers at the food bank. '.repeat(10);

describe('lead-with-ask', () => {
  it.each([
    ['ask first', 'Could you review the budget by Friday? The travel line is the open question.', 'met'],
    ['short context, then the ask', 'I am back from leave. Could you review the budget by Friday?', 'met'],
    ['150+ words of background first', `${LONG_BACKGROUND} Could you review the budget by Friday?`, 'missing'],
    ['the ask left for the last of three paragraphs', 'Hi Jo,\n\nThe offsite is booked and the venue confirmed.\n\nCatering and travel are settled for everyone.\n\nCould you review the budget by Friday?', 'missing'],
    ['greeting and sign-off paragraphs are not counted', 'Hi Jo,\n\nThe offsite is booked and the venue confirmed.\n\nCould you review the budget by Friday?\n\nThanks,\nAl', 'met'],
    ['three content paragraphs between a greeting and a sign-off', 'Hi Jo,\n\nThe offsite is booked.\n\nCatering is settled.\n\nCould you review the budget by Friday?\n\nThanks,\nAl', 'missing'],
    ['no ask', 'The offsite is booked and the venue is confirmed for May.', 'not-applicable'],
  ])('%s', (_name, text, status) => {
    expect(statusOf('lead-with-ask', text).status).toBe(status);
  });
});

describe('concise', () => {
  it.each([
    ['a short ask', 'Could you review the budget by Friday? Thanks!', 'met'],
    ['over 200 words', `Could you review the budget by Friday? ${LONG_BACKGROUND}${LONG_BACKGROUND}`, 'missing'],
    ['greeting and sign-off do not count', `Hi Jo,\n\nCould you review the budget by Friday? ${'The travel line grew this year. '.repeat(32)}\n\nThanks,\nAl`, 'met'],
  ])('%s', (_name, text, status) => {
    expect(statusOf('concise', text).status).toBe(status);
  });
});

describe('calm', () => {
  it.each([
    ['a plain deadline', 'Could you review the budget by Friday noon?', 'met', ''],
    ['ASAP', 'Could you review the budget ASAP?', 'missing', 'ASAP'],
    ['urgent!!', 'URGENT!! Could you review the budget today?', 'missing', 'URGENT'],
    ['guilt', 'As I said before, could you review the budget? I have asked you three times already.', 'missing', 'As I said before'],
    ['desperation', "I'm desperate. Could you review the budget tonight?", 'missing', 'desperate'],
    ['an acronym is not shouting', 'Could you review the GDPR section of the budget by Friday?', 'met', ''],
  ])('%s', (_name, text, status, quoted) => {
    const result = statusOf('calm', text);
    expect(result.status).toBe(status);
    if (status === 'missing') expect(analyze(text).polish.calm.reason).toContain(quoted);
  });
});

describe('hedging', () => {
  it.each([
    ['a plain ask with an easy no', 'Could you review my draft by Friday? No worries if not.', 'met'],
    ['sorry to bother you', 'Sorry to bother you, but could you review my draft?', 'missing'],
    ['self-undermining', 'This is probably a dumb question, but could you send the form?', 'missing'],
    ['just wondering if maybe', 'I was just wondering if maybe you could send the form?', 'missing'],
    ['"I totally understand if you can\'t" is an easy no, not hedging', "Could you send the form? I totally understand if you can't.", 'met'],
  ])('%s', (_name, text, status) => {
    expect(statusOf('hedging', text).status).toBe(status);
  });
});

describe('reciprocity', () => {
  it.each([
    ['an offer in return', 'Could you take my Saturday shift? Happy to return the favor.', 'met'],
    ['an acknowledged favor', 'Could you review my proposal? I know this is a big ask.', 'met'],
    ['an open offer', 'Could you review my proposal? Let me know if I can ever help with yours.', 'met'],
    ['nothing back', 'Could you review my proposal by Friday?', 'missing'],
  ])('%s', (_name, text, status) => {
    expect(statusOf('reciprocity', text).status).toBe(status);
  });
});

describe('one-off', () => {
  it.each([
    ['marked', 'Could you cover my Saturday shift, just this once?', 'met'],
    ['a big favor, unmarked', 'Could you cover my Saturday shift?', 'missing'],
    ['an exception, unmarked', 'Could you grant me an extension on the report?', 'missing'],
    ['an ordinary ask', 'Could you review my proposal by Friday?', 'not-applicable'],
  ])('%s', (_name, text, status) => {
    expect(statusOf('one-off', text).status).toBe(status);
  });
});
