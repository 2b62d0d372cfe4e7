import { analyze, type CheckId, type Status } from '../../lib/analyzer';

/** The status one check gives a draft, with the evidence quoted: what the table tests compare. */
export function statusOf(id: CheckId, text: string): { status: Status; evidence: string[] } {
  const result = analyze(text).checks[id];
  return { status: result.status, evidence: result.evidence.map((e) => text.slice(e.start, e.end)) };
}
