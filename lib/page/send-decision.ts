// What the pre-send checklist decides, from a report: pure, so the content script's `decide`
// hook is "extract, analyze, decisionFor" and this part is tested without a page.
import type { CheckId, Report } from '../analyzer/types';
import { CHECKS } from '../checks';
import { phrasesFor, type PhraseOptions } from '../checks/fix-phrases';
import type { MissingItem, SendDecision } from './send-guard';

/**
 * The blocking checks the draft misses, in checklist order, with one-click phrases where a
 * phrase can fix it. `blocks` says which checks stop a send (settings' `isBlocking`).
 */
export function missingItems(
  report: Report,
  text: string,
  blocks: (id: CheckId) => boolean,
  options: PhraseOptions = {},
): MissingItem[] {
  return CHECKS.filter((check) => report.checks[check.id].status === 'missing' && blocks(check.id)).map((check) => {
    const result = report.checks[check.id];
    const variants = phrasesFor(check.id, report, text, options);
    const item: MissingItem = { checkId: check.id, title: check.title, reason: result.reason, suggestion: result.suggestion };
    if (variants.length > 0) item.fix = { variants };
    return item;
  });
}

/**
 * Block when a blocking check is missing, and only for drafts that ask for something: Askwell
 * coaches asks, so a note with no request in it ("minutes attached") is never held up, even
 * though "specific ask" and "thanks" report it as missing.
 */
export function decisionFor(
  report: Report,
  text: string,
  blocks: (id: CheckId) => boolean,
  options: PhraseOptions = {},
): SendDecision {
  if (report.asks.length === 0) return { block: false };
  const missing = missingItems(report, text, blocks, options);
  return missing.length > 0 ? { block: true, missing } : { block: false };
}
