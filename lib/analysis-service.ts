// The background's side of analysis: answer an AnalyzeRequest with a Report, never throw.
import { analyze } from './analyze';
import type { AnalyzeReply, AnalyzeRequest } from './messages';

export function answerAnalyze(request: AnalyzeRequest): AnalyzeReply {
  try {
    return { report: analyze(request.text, request.options) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
