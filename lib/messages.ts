// The one typed message union between extension pages and the content script (conventions §12).
import type { Report } from './analyzer/types';

/** Popup → content script of the active tab: the checklist of the compose the user is working in. */
export interface GetActiveCompose {
  type: 'askwell:get-active-compose';
}

export type Message = GetActiveCompose;

export interface ActiveComposeReply {
  /** The site the tab is on, when Askwell runs there. */
  site: 'gmail' | 'outlook';
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

export const isMessage = (x: unknown): x is Message =>
  typeof x === 'object' && x !== null && (x as { type?: unknown }).type === 'askwell:get-active-compose';
