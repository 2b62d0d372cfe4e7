import type { Draft } from '../analyzer/sentence';
import type { AnyCheckId, CheckId, CheckResult } from '../analyzer/types';

export interface CheckMeta<Id extends AnyCheckId = CheckId> {
  id: Id;
  title: string;
  /** What the detector looks for and what it ignores, in the user's words (README, options page). */
  looksFor: string;
  /** One sentence on why the check matters, shown to the user. */
  why: string;
  /** Where the advice comes from (a URL or a citation). */
  source: string;
  /** Short drafts that meet and miss the check; they double as its tests. */
  examples: { met: readonly string[]; missing: readonly string[] };
  /** Only meaningful when the draft makes a request (else not-applicable). */
  needsAsk: boolean;
  /**
   * What 'met' points at: the words that do it ('presence': "just this once"), or nothing, when
   * met means a problem is absent ('absence': no pressure words, not too long).
   */
  evidence: 'presence' | 'absence';
}

export interface Check<Id extends AnyCheckId = CheckId> extends CheckMeta<Id> {
  detect(draft: Draft): CheckResult;
}
