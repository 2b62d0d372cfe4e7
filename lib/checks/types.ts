import type { Draft } from '../analyzer/draft';
import type { CheckId, CheckResult } from '../analyzer/types';

export interface CheckMeta {
  id: CheckId;
  title: string;
  /** One sentence on why the check matters, shown to the user. */
  why: string;
  /** Where the advice comes from (a URL or a citation). */
  source: string;
  /** Short drafts that meet and miss the check; they double as its tests. */
  examples: { met: readonly string[]; missing: readonly string[] };
  /** Only meaningful when the draft makes a request (else not-applicable). */
  needsAsk: boolean;
}

export interface Check extends CheckMeta {
  detect(draft: Draft): CheckResult;
}
