import { CHECKS, POLISH_CHECKS, type Check } from '../checks';
import { buildSentences, type Draft } from './draft';
import { perSentence, unmoved } from './sentence';
import { focusOf } from './focus';
import { looksEnglish } from './language';
import { askOf, type Ask } from './requests';
import { clearIntentCache, intentAsk } from './intent';
import { clearParseCache } from './segment';
import { notApplicable } from '../checks/result';
import { countWords } from './text';
import { CHECK_IDS, POLISH_IDS, type AnalyzeOptions, type AnyCheckId, type CheckResult, type Report } from './types';

export * from './types';
export type { Draft } from './draft';

/**
 * Forget everything remembered between analyses (parsed paragraphs, model verdicts). Results never
 * depend on it; benchmarks call it to measure a cold analysis.
 */
export function clearAnalysisCaches(): void {
  clearParseCache();
  clearIntentCache();
}

// A sentence's focus reads nothing outside it: remembered per sentence (sentence.ts).
const focusIn = perSentence((s) => focusOf(s, askOf(s)), unmoved);

/** Fewer words than this and there is nothing to judge yet. */
export const MIN_WORDS = 5;

function allNotApplicable<Id extends AnyCheckId>(ids: readonly Id[], reason: string): Record<Id, CheckResult> {
  return Object.fromEntries(ids.map((id) => [id, notApplicable(reason)])) as Record<Id, CheckResult>;
}

/** Why the draft cannot be judged at all, or null when it can. */
function unjudgeable(text: string, words: number): string | null {
  if (words === 0) return 'the draft is empty';
  if (words < MIN_WORDS) return `too short to judge (under ${MIN_WORDS} words)`;
  if (!looksEnglish(text)) return 'the draft does not look like English; Askwell only reads English for now';
  return null;
}

/**
 * Reads an email draft and reports, for each check of the checklist, whether it is met, with the
 * evidence or a suggestion; which sentences ask for something; and which sentences are about the
 * sender or the recipient. Pure and synchronous; offsets are JS string indices into `text`.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const sentences = buildSentences(text);
  // Rules first; a small linear model (lib/analyzer/intent.ts, trained on Parakweet's train split)
  // adds requests the rules miss. Focus keeps to the rules: the model's extra asks carry no frame.
  const rules = sentences.map(askOf);
  const found = sentences.map((s, i) => intentAsk(s, text, rules[i] ?? null));
  const asks = found.filter((a): a is Ask => a !== null);
  const mainAsk = asks.find((a) => a.specific) ?? asks[0] ?? null;
  const draft: Draft = { text, sentences, asks, mainAsk };

  const focused = sentences.map((s) => ({ start: s.start, end: s.end, focus: focusIn(s) }));
  let selfWords = 0;
  let otherWords = 0;
  sentences.forEach((s, i) => {
    if (focused[i]!.focus === 'self') selfWords += s.words;
    if (focused[i]!.focus === 'other') otherWords += s.words;
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
  const checks = run(CHECKS, CHECK_IDS);
  const polish = run(POLISH_CHECKS, POLISH_IDS);

  return {
    checks,
    polish,
    asks: asks.map(({ start, end }) => ({ start, end })),
    sentences: focused,
    otherShare: selfWords + otherWords === 0 ? 0 : otherWords / (selfWords + otherWords),
    stats: { words, sentences: sentences.length, questions: sentences.filter((s) => s.question).length },
  };
}
