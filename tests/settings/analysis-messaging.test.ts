import { describe, expect, it } from 'vitest';
import { answerAnalyze } from '../../lib/analysis-service';
import { remoteAnalyze } from '../../lib/analysis-client';
import { analyze } from '../../lib/analyze';
import { isAnalyzeRequest, isGetActiveCompose, type AnalyzeRequest } from '../../lib/messages';

const TEXT = 'Could you review the plan by Friday? No worries if not. Thanks!';

describe('analysis messages', () => {
  it.each([
    [{ type: 'askwell:analyze', text: 'x' }, true, false],
    [{ type: 'askwell:analyze' }, false, false],
    [{ type: 'askwell:get-active-compose' }, false, true],
    [{ type: 'other' }, false, false],
    ['askwell:analyze', false, false],
    [null, false, false],
  ])('%j is an analyze request: %s, a popup request: %s', (message, analyzeRequest, popupRequest) => {
    expect(isAnalyzeRequest(message)).toBe(analyzeRequest);
    expect(isGetActiveCompose(message)).toBe(popupRequest);
  });

  it('the background answers with the analyzer’s report, options included', () => {
    const request: AnalyzeRequest = { type: 'askwell:analyze', text: TEXT, options: { checks: ['bounded'] } };
    expect(answerAnalyze(request)).toEqual({ report: analyze(TEXT, { checks: ['bounded'] }) });
  });

  it('the content script gets the report through the message round trip', async () => {
    const sent: unknown[] = [];
    const remote = remoteAnalyze(async (message) => {
      sent.push(message);
      return answerAnalyze(message);
    });
    expect(await remote(TEXT)).toEqual(analyze(TEXT));
    expect(sent).toEqual([{ type: 'askwell:analyze', text: TEXT }]);
  });

  it.each([
    ['no reply', async () => undefined, /no reply/],
    ['an error reply', async () => ({ error: 'boom' }), /analysis failed: boom/],
    ['a failed send', async () => Promise.reject(new Error('port closed')), /port closed/],
  ])('rejects on %s, so the page fails open', async (_name, send, message) => {
    await expect(remoteAnalyze(send as never)(TEXT)).rejects.toThrow(message);
  });
});
