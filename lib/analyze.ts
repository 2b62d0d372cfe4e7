/**
 * analyze(): the one entry point. Reads an email draft and reports, for each check of the
 * checklist, whether it is met, with the evidence or a suggestion; which sentences ask for
 * something and which is the main ask; each sentence's roles; and which sentences are about the
 * sender or the recipient. Pure and synchronous; offsets are JS string indices into `text`.
 *
 * Layers, top down: this file → lib/checks (one file per check) → lib/analyzer (sentences, cues,
 * learned roles) → lib/lexicon. Nothing below imports from above.
 */
import { CHECKS, POLISH_CHECKS, type Check } from './checks';
import { notApplicable } from './checks/result';
import { buildSentences } from './analyzer/draft';
import { forgetAll } from './analyzer/memory';
import { looksEnglish } from './analyzer/language';
import { asksOf } from './analyzer/asks';
import { ROLE_MODEL, rolesOf, type RoleModel } from './analyzer/roles';
import type { Draft } from './analyzer/sentence';
import { countWords } from './analyzer/text';
import { CHECK_IDS, POLISH_IDS, type AnalyzeOptions, type AnyCheckId, type CheckResult, type Report } from './analyzer/types';

export * from './analyzer/types';
export type { Draft } from './analyzer/sentence';

/**
 * Forget everything remembered between analyses (lib/analyzer/memory.ts). Results never depend on
 * it; benchmarks call it to measure a cold analysis.
 */
export function clearAnalysisCaches(): void {
  forgetAll();
}

/** Fewer words than this and there is nothing to judge yet. */
export const MIN_WORDS = 5;

function allNotApplicable<Id extends AnyCheckId>(ids: readonly Id[], reason: string): Record<Id, CheckResult> {
  return Object.fromEntries(ids.map((id) => [id, notApplicable(reason)])) as Record<Id, CheckResult>;
}

/** Why the draft cannot be judged at all, or null when it can. */
function unjudgeable(text: string, words: number): string | null {
  if (text.trim() === '') return 'the draft is empty';
  if (words === 0) return 'no words to judge yet, only symbols or emoji';
  if (words < MIN_WORDS) return `too short to judge (under ${MIN_WORDS} words)`;
  if (!looksEnglish(text)) return 'the draft does not look like English; Askwell only reads English for now';
  return null;
}

/** For scripts that score a freshly trained model; the product always uses the bundled one. */
export interface ModelOptions {
  roleModel?: RoleModel;
}

export function analyze(text: string, options: AnalyzeOptions & ModelOptions = {}): Report {
  const sentences = buildSentences(text);
  const roles = rolesOf(sentences, options.roleModel ?? ROLE_MODEL);
  const asks = asksOf(sentences, roles);
  const mainAsk = asks.find((a) => a.specific) ?? asks[0] ?? null;
  const draft: Draft = { text, sentences, roles, asks, mainAsk };

  let selfWords = 0;
  let otherWords = 0;
  sentences.forEach((s, i) => {
    if (roles[i]!.focus === 'self') selfWords += s.words;
    if (roles[i]!.focus === 'other') otherWords += s.words;
  });

  const words = countWords(text);
  const reason = unjudgeable(text, words);
  const enabled = new Set<AnyCheckId>(options.checks ?? [...CHECK_IDS, ...POLISH_IDS]);
  function run<Id extends AnyCheckId>(registry: readonly Check<Id>[], ids: readonly Id[]): Record<Id, CheckResult> {
    if (reason) return allNotApplicable(ids, reason);
    return Object.fromEntries(
      registry.map((check): [Id, CheckResult] => {
        if (!enabled.has(check.id)) return [check.id, notApplicable('turned off')];
        if (check.needsAsk && !mainAsk) return [check.id, notApplicable('no request found')];
        return [check.id, check.detect(draft)];
      }),
    ) as Record<Id, CheckResult>;
  }

  return {
    checks: run(CHECKS, CHECK_IDS),
    polish: run(POLISH_CHECKS, POLISH_IDS),
    asks: asks.map(({ start, end }) => ({ start, end })),
    mainAsk: mainAsk ? { start: mainAsk.start, end: mainAsk.end } : null,
    sentences: sentences.map((s, i) => ({ start: s.start, end: s.end, focus: roles[i]!.focus, roles: [...roles[i]!.roles] })),
    otherShare: selfWords + otherWords === 0 ? 0 : otherWords / (selfWords + otherWords),
    stats: { words, sentences: sentences.length, questions: sentences.filter((s) => s.question).length },
  };
}
