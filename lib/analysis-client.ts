// The content script's side of analysis: ask the background, get a Report back.
import type { AnalyzeOptions, Report } from './analyzer/types';
import type { AnalyzeReply, AnalyzeRequest } from './messages';

export type SendMessage = (message: AnalyzeRequest) => Promise<unknown>;

/** An `analyze` that runs in the background; rejects on any error so callers fail open. */
export function remoteAnalyze(send: SendMessage): (text: string, options?: AnalyzeOptions) => Promise<Report> {
  return async (text, options) => {
    const reply = (await send({ type: 'askwell:analyze', text, ...(options ? { options } : {}) })) as AnalyzeReply | undefined;
    if (!reply || typeof reply !== 'object') throw new Error('no reply from the background');
    if ('error' in reply) throw new Error(`analysis failed: ${reply.error}`);
    return reply.report;
  };
}
