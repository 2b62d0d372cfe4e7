// The one typed message union between the extension's parts (conventions §12). Every message
// stays inside the browser: extension page ↔ content script ↔ background, never the network.
import type { AnalyzeOptions, Report } from './analyzer/types';
import type { SiteId } from './sites/types';

/** Popup → content script of the active tab: the checklist of the compose the user is working in. */
export interface GetActiveCompose {
  type: 'askwell:get-active-compose';
}

/**
 * Content script → background: analyze a draft. The analyzer (and compromise, ~140 KB gzipped)
 * lives in the background, so the mail page loads little script and never runs the NLP on its
 * main thread; the text goes no further than the extension's own background context.
 */
export interface AnalyzeRequest {
  type: 'askwell:analyze';
  text: string;
  options?: AnalyzeOptions;
}

export type Message = GetActiveCompose | AnalyzeRequest;

export type AnalyzeReply = { report: Report } | { error: string };

export interface ActiveComposeReply {
  /** The site the tab is on, when Askwell runs there. */
  site: SiteId;
  /** The focused or most recently edited compose, or null when none is open. */
  compose: {
    /** The analysed text: the report's offsets index into it. */
    text: string;
    /** null while the draft is empty or not analysed yet. */
    report: Report | null;
    /** "Don't check this email" is on for this compose. */
    skipped: boolean;
  } | null;
}

const typeOf = (x: unknown): unknown => (typeof x === 'object' && x !== null ? (x as { type?: unknown }).type : undefined);

export const isGetActiveCompose = (x: unknown): x is GetActiveCompose => typeOf(x) === 'askwell:get-active-compose';

export const isAnalyzeRequest = (x: unknown): x is AnalyzeRequest =>
  typeOf(x) === 'askwell:analyze' && typeof (x as { text?: unknown }).text === 'string';
