// The popup's one question to the page: "which compose is the user working in, and what is its
// checklist?" Asked of the active tab's content script with `tabs.query` + `tabs.sendMessage`,
// neither of which needs the `tabs` permission (only reading a tab's url/title does).
import type { ActiveComposeReply, GetActiveCompose } from './messages';
import { SITE_IDS } from './sites/types';

/** The slice of `browser` this needs; the real `browser` from 'wxt/browser' fits, and so does a test fake. */
export interface BrowserLike {
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<ReadonlyArray<{ id?: number }>>;
    sendMessage(tabId: number, message: GetActiveCompose): Promise<unknown>;
  };
}

/** A content script answers at once (the report is already computed); longer means it is not there. */
export const DEFAULT_TIMEOUT_MS = 600;

const SITES: ReadonlySet<unknown> = new Set(SITE_IDS);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A reply in the shape of ActiveComposeReply (the report checked down to its two maps of results). */
export function isActiveComposeReply(x: unknown): x is ActiveComposeReply {
  if (!isObject(x) || !SITES.has(x.site)) return false;
  if (x.compose === null) return true;
  const c = x.compose;
  if (!isObject(c) || typeof c.text !== 'string' || typeof c.skipped !== 'boolean') return false;
  if (c.report === null) return true;
  const r = c.report;
  return isObject(r) && isObject(r.checks) && isObject(r.polish) && Array.isArray(r.sentences) && typeof r.otherShare === 'number';
}

/**
 * Asks the active tab's content script for its active compose. Resolves to the reply, or to null
 * when there is no answer to use: no active tab, no Askwell in the tab (not a mail site, or the
 * script has not loaded: `sendMessage` rejects with "Receiving end does not exist"), no reply
 * within `timeoutMs`, or a reply of the wrong shape. Never rejects.
 */
export async function fetchActiveCompose(
  browserLike: BrowserLike,
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
): Promise<ActiveComposeReply | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const ask = (async () => {
    const [tab] = await browserLike.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const message: GetActiveCompose = { type: 'askwell:get-active-compose' };
    const reply = await browserLike.tabs.sendMessage(tab.id, message);
    return isActiveComposeReply(reply) ? reply : null;
  })().catch(() => null);
  try {
    return await Promise.race([ask, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
