import { analyze, type AnyCheckId, type Report, type Status } from '../../lib/analyze';

export const resultOf = (report: Report, id: AnyCheckId) =>
  id in report.checks ? report.checks[id as keyof Report['checks']] : report.polish[id as keyof Report['polish']];

/** The status one check gives a draft, with the evidence quoted: what the table tests compare. */
export function statusOf(id: AnyCheckId, text: string): { status: Status; evidence: string[] } {
  const result = resultOf(analyze(text), id);
  return { status: result.status, evidence: result.evidence.map((e) => text.slice(e.start, e.end)) };
}
