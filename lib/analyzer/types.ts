/** The public shape of an analysis. Offsets are JS string (UTF-16) indices into the analysed text. */

export const CHECK_IDS = ['specific-ask', 'bounded', 'easy-no', 'benefit', 'thanks'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** Secondary advice shown below the five checks, from the same writing on asking well. */
export const POLISH_IDS = ['lead-with-ask', 'concise', 'calm', 'hedging', 'reciprocity', 'one-off'] as const;
export type PolishId = (typeof POLISH_IDS)[number];

export type AnyCheckId = CheckId | PolishId;

export type Status = 'met' | 'missing' | 'not-applicable';
export type Focus = 'self' | 'other' | 'neutral';

export interface Span {
  start: number;
  end: number;
}

export interface CheckResult {
  status: Status;
  /** The words that satisfy the check (empty unless met). */
  evidence: Span[];
  /** Why the check has this status, in a few words the user can read. */
  reason: string;
  /** A concrete next step written for this draft; empty when met. */
  suggestion: string;
}

/** What a sentence does for the ask, by the learned role model (lib/analyzer/roles.ts). */
export const ROLE_IDS = ['ask', 'bound', 'easy-no', 'benefit', 'thanks'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface SentenceReport extends Span {
  focus: Focus;
  /** The roles the sentence plays: the ask itself, its bound, an easy no, a benefit, thanks. */
  roles: RoleId[];
}

export interface Report {
  checks: Record<CheckId, CheckResult>;
  /** The polish checks, same shape; 'met' means the draft already does it (or avoids the problem). */
  polish: Record<PolishId, CheckResult>;
  /** Sentences that request something of the recipient, in text order. */
  asks: Span[];
  /** The ask the checklist speaks of: the first specific one, else the first one; null when there is none. */
  mainAsk: Span | null;
  sentences: SentenceReport[];
  /** Share (0..1) of the words in self/other sentences that are about the recipient; 0 when there are none. */
  otherShare: number;
  stats: {
    words: number;
    sentences: number;
    questions: number;
  };
}

export interface AnalyzeOptions {
  /** Checks to run (core or polish); the rest are reported as not-applicable with the reason "turned off". Default: all. */
  checks?: readonly AnyCheckId[];
}

// What the checks read besides the public report: requests and learned roles, sentence by sentence
// (kept here, with no imports, so the analyzer's modules never import one another in a circle).

/** A request found in a sentence. */
export interface Ask extends Span {
  sentence: number;
  /** Asked as the sender's need ("I need you to…", "I'd love your take") rather than to the recipient. */
  frame: 'other' | 'self';
  /** A concrete action on a concrete thing, not "let me know your thoughts". */
  specific: boolean;
  /** The words that make it a request. */
  trigger: Span;
}

/** What the role model says of one sentence (lib/analyzer/roles.ts). */
export interface SentenceRoles {
  /** Probability of each role. */
  scores: Record<RoleId, number>;
  /** The roles the sentence plays (its probability reaches the threshold that applies). */
  roles: RoleId[];
  focus: Focus;
}
