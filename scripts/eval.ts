// `npm run eval [-- --dataset dev|enron] [--lopo [--part a,b]] [--datasets DIR] [--errors] [--json]`:
// scores analyze() against the labelled datasets (../shared/datasets by default; see their README
// for the labelling guide). --lopo adds leave-one-part-out on asks-train: a role model trained
// without each part, scored on it. For developers; the held-out numbers come from a separate run
// on data we do not see.
// `npm run eval -- --intent [--split test|train] [--errors] [--json]`: scores request detection
// against the Parakweet email-intent labels (a sentence is a request when analyze() finds an ask in
// it), and compares the report's asks with the learned ask role and the rules alone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, CHECK_IDS, type CheckId, type Focus } from '../lib/analyze';
import { buildSentences } from '../lib/analyzer/draft';
import { askOf } from '../lib/analyzer/requests';
import { ROLE_MODEL, rolesOf } from '../lib/analyzer/roles';
import type { RoleModel } from '../lib/analyzer/roles';
import { asksTrainPart, datasetsDirOrSay, emailGroup, LABEL_KEYS, parakweetRoles, PARTS, readJsonl, rowGroup, type LabelKey, type LabelledEmail } from './role-data';
import { DEFAULT_SETTINGS, trainRoleModel } from './train-roles';
import { maskQuotedAndSignature } from '../lib/plain-text';
import {
  accuracy,
  alignSentences,
  binaryCounts,
  confusionAccuracy,
  FOCI,
  focusConfusion,
  markdownTable,
  mean,
  midpoint,
  parseIntentRows,
  prf,
  spanAt,
  type BinaryCounts,
  type FocusConfusion,
  type Prf,
} from './eval-lib';

type Email = LabelledEmail;

type DatasetName = 'dev' | 'enron';

type IntentSplit = 'test' | 'train';
const intentFile = (dir: string, split: IntentSplit) => resolve(dir, 'parakweet-email-intent', `${split}.jsonl`);
/** The published number to beat on the test split (README of the dataset). */
const INTENT_BASELINE = { name: 'linear SVM on unigrams (gauravshegokar/enron-dataset-intent-detection)', accuracy: 0.7903 };

const USAGE =
  'usage: npm run eval -- [--dataset dev|enron] [--lopo [--part a,b,...]] [--datasets DIR] [--errors] [--json]\n' +
  '       npm run eval -- --intent [--split test|train] [--errors] [--json]\n';

interface SentenceError {
  id: string;
  text: string;
  gold: Focus;
  predicted: Focus;
}

interface DatasetResult {
  name: string;
  file: string;
  emails: number;
  checks: Record<CheckId, BinaryCounts & Prf>;
  macroF1: number;
  focus: {
    accuracy: number;
    correct: number;
    total: number;
    /** Labelled sentences that could not be found in the body (not scored). */
    unaligned: number;
    confusion: FocusConfusion;
  };
  timing: { totalMs: number; perEmailMs: number };
  errors: {
    checks: Record<CheckId, { fp: string[]; fn: string[] }>;
    focus: SentenceError[];
    unaligned: Array<{ id: string; index: number; text: string }>;
  };
}

function evaluate(name: string, file: string, emails: readonly Email[] = readJsonl<Email>(file), roleModel?: RoleModel): DatasetResult {
  const pairs = Object.fromEntries(CHECK_IDS.map((id) => [id, [] as Array<[boolean, boolean]>])) as Record<CheckId, Array<[boolean, boolean]>>;
  const checkErrors = Object.fromEntries(CHECK_IDS.map((id) => [id, { fp: [] as string[], fn: [] as string[] }])) as DatasetResult['errors']['checks'];
  const focusPairs: Array<[Focus, Focus]> = [];
  const focusErrors: SentenceError[] = [];
  const unaligned: DatasetResult['errors']['unaligned'] = [];
  let totalMs = 0;

  for (const email of emails) {
    const started = performance.now();
    // The same pipeline as the CLI; the datasets hold no quoted history today, so this is a no-op on them.
    const report = analyze(maskQuotedAndSignature(email.body), { roleModel });
    totalMs += performance.now() - started;

    for (const [key, id] of Object.entries(LABEL_KEYS) as Array<[LabelKey, CheckId]>) {
      const gold = email.labels[key];
      const predicted = report.checks[id].status === 'met';
      pairs[id].push([gold, predicted]);
      if (predicted && !gold) checkErrors[id].fp.push(email.id);
      if (gold && !predicted) checkErrors[id].fn.push(email.id);
    }

    const spans = alignSentences(
      email.body,
      email.sentences.map((s) => s.text),
    );
    email.sentences.forEach((sentence, index) => {
      const span = spans[index];
      const at = span ? spanAt(report.sentences, midpoint(span)) : -1;
      const predicted = report.sentences[at]?.focus;
      if (!span || predicted === undefined) {
        unaligned.push({ id: email.id, index, text: sentence.text });
        return;
      }
      focusPairs.push([sentence.focus, predicted]);
      if (predicted !== sentence.focus) focusErrors.push({ id: email.id, text: sentence.text, gold: sentence.focus, predicted });
    });
  }

  const checks = Object.fromEntries(
    CHECK_IDS.map((id) => {
      const counts = binaryCounts(pairs[id]);
      return [id, { ...counts, ...prf(counts) }];
    }),
  ) as DatasetResult['checks'];
  const confusion = focusConfusion(focusPairs);
  return {
    name,
    file,
    emails: emails.length,
    checks,
    macroF1: mean(CHECK_IDS.map((id) => checks[id].f1)),
    focus: { ...confusionAccuracy(confusion), unaligned: unaligned.length, confusion },
    timing: { totalMs, perEmailMs: emails.length === 0 ? 0 : totalMs / emails.length },
    errors: { checks: checkErrors, focus: focusErrors, unaligned },
  };
}

/**
 * Leave one part out: for each asks-train part, a model trained on the four others and Parakweet's
 * rows (never on dev-asks or enron-asks), scored on the part it did not see: how the analyzer does
 * on a voice nobody tuned it for.
 */
function leaveOnePartOut(dir: string, only: readonly string[] = PARTS): DatasetResult[] {
  const real = parakweetRoles(dir).map(rowGroup);
  const emails = Object.fromEntries(PARTS.map((p) => [p, asksTrainPart(dir, p)]));
  const groups = Object.fromEntries(PARTS.map((p) => [p, emails[p]!.map(emailGroup)]));
  return PARTS.filter((p) => only.includes(p)).map((held) => {
    const train = [...PARTS.filter((p) => p !== held).flatMap((p) => groups[p]!), ...real];
    const model = trainRoleModel(train, DEFAULT_SETTINGS, 3);
    return evaluate(`asks-train part ${held} (held out)`, `asks-train/part-${held}.jsonl`, emails[held]!, model);
  });
}

/** One line per dataset: macro-F1, each check's F1, focus. */
function summaryTable(results: readonly DatasetResult[]): string {
  return markdownTable(
    ['emails', 'macro-F1', ...CHECK_IDS, 'focus'],
    results.map((r) => [`${r.name} (${r.emails})`, fixed(r.macroF1), ...CHECK_IDS.map((id) => fixed(r.checks[id].f1)), fixed(r.focus.accuracy)]),
  );
}

const fixed = (n: number) => n.toFixed(3);

function printResult(result: DatasetResult, showErrors: boolean): string {
  const out: string[] = [];
  out.push(`## ${result.name} (${result.emails} emails)`, '');
  out.push(
    markdownTable(
      ['check', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1'],
      CHECK_IDS.map((id) => {
        const c = result.checks[id];
        return [id, String(c.tp), String(c.fp), String(c.fn), String(c.tn), fixed(c.precision), fixed(c.recall), fixed(c.f1)];
      }),
    ),
    '',
    `macro-F1: ${fixed(result.macroF1)}`,
    '',
  );
  const { focus } = result;
  out.push(
    `sentence focus: accuracy ${fixed(focus.accuracy)} (${focus.correct}/${focus.total} sentences; ${focus.unaligned} unaligned, not scored)`,
    '',
    markdownTable(
      ['gold \\ predicted', ...FOCI],
      FOCI.map((gold) => [gold, ...FOCI.map((predicted) => String(focus.confusion[gold][predicted]))]),
    ),
    '',
  );
  // Unaligned sentences mean the dataset or the sentence splitter changed under us; always show them.
  for (const u of result.errors.unaligned) out.push(`unaligned: ${u.id} sentence ${u.index + 1}: ${JSON.stringify(u.text)}`);
  if (result.errors.unaligned.length > 0) out.push('');
  out.push(`analysis time: ${result.timing.totalMs.toFixed(0)} ms total, ${result.timing.perEmailMs.toFixed(1)} ms per email`, '');

  if (showErrors) {
    out.push(`### ${result.name}: errors`, '');
    for (const id of CHECK_IDS) {
      const { fp, fn } = result.errors.checks[id];
      out.push(`${id} FP (${fp.length}): ${fp.join(' ') || '-'}`, `${id} FN (${fn.length}): ${fn.join(' ') || '-'}`);
    }
    out.push('', `focus misclassified (${result.errors.focus.length}):`);
    for (const e of result.errors.focus) out.push(`  ${e.id} gold ${e.gold}, predicted ${e.predicted}: ${JSON.stringify(e.text)}`);
    out.push('');
  }
  return out.join('\n');
}

interface IntentResult extends BinaryCounts, Prf {
  detector: string;
  accuracy: number;
  ms: number;
  fpIds: string[];
  fnIds: string[];
}

/** How request detection is scored: the report's asks, and its two sources alone. */
const DETECTORS: Array<{ detector: string; asks: (text: string) => readonly unknown[] }> = [
  { detector: 'analyze().asks (rules and the ask role)', asks: (text) => analyze(text).asks },
  { detector: 'ask role only (specific asks)', asks: (text) => rolesOf(buildSentences(text)).filter((r) => r.roles.includes('ask')) },
  { detector: 'rules only (findAsk)', asks: (text) => buildSentences(text).filter((s) => askOf(s) !== null) },
];

function evaluateIntent(dir: string, split: IntentSplit): { file: string; yes: number; no: number; results: IntentResult[] } {
  const rows = parseIntentRows(readFileSync(intentFile(dir, split), 'utf8'));
  const results = DETECTORS.map(({ detector, asks }): IntentResult => {
    const pairs: Array<[boolean, boolean]> = [];
    const fpIds: string[] = [];
    const fnIds: string[] = [];
    const started = performance.now();
    for (const row of rows) {
      const gold = row.label === 'Yes';
      const predicted = asks(row.text).length > 0;
      pairs.push([gold, predicted]);
      if (predicted && !gold) fpIds.push(row.id);
      if (gold && !predicted) fnIds.push(row.id);
    }
    const ms = performance.now() - started;
    const counts = binaryCounts(pairs);
    return { detector, ...counts, ...prf(counts), accuracy: accuracy(counts), ms, fpIds, fnIds };
  });
  const yes = rows.filter((r) => r.label === 'Yes').length;
  return { file: intentFile(dir, split), yes, no: rows.length - yes, results };
}

function printIntent(split: IntentSplit, { yes, no, results }: ReturnType<typeof evaluateIntent>, showErrors: boolean): string {
  const main = results[0]!;
  const out = [
    `## parakweet-email-intent ${split} (${yes + no} sentences: ${yes} Yes, ${no} No)`,
    '',
    `report asks: accuracy ${fixed(main.accuracy)}, precision ${fixed(main.precision)}, recall ${fixed(main.recall)}, F1 ${fixed(main.f1)} ` +
      `(TP ${main.tp}, FP ${main.fp}, FN ${main.fn}, TN ${main.tn})`,
    `baseline to beat: ${INTENT_BASELINE.name}, test accuracy ${fixed(INTENT_BASELINE.accuracy)}` +
      (split === 'test' ? (main.accuracy > INTENT_BASELINE.accuracy ? ': beaten' : ': not beaten') : ''),
    split === 'train' ? 'note: the role model was trained on this split; its numbers here are a fit, not an estimate.' : '',
    '',
    markdownTable(
      ['detector', 'accuracy', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN', 'TN', 'ms'],
      results.map((r) => [r.detector, fixed(r.accuracy), fixed(r.precision), fixed(r.recall), fixed(r.f1), String(r.tp), String(r.fp), String(r.fn), String(r.tn), r.ms.toFixed(0)]),
    ),
    '',
    `role model: ${Object.keys(ROLE_MODEL.weights).length} features, ask threshold ${ROLE_MODEL.thresholds.ask}; ${ROLE_MODEL.trainedOn}`,
    '',
  ];
  if (showErrors) {
    for (const r of results) out.push(`${r.detector} FP (${r.fpIds.length}): ${r.fpIds.join(' ') || '-'}`, `${r.detector} FN (${r.fnIds.length}): ${r.fnIds.join(' ') || '-'}`);
    out.push('');
  }
  return out.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n');
}

function main(argv: readonly string[]): number {
  let names: DatasetName[] = ['dev', 'enron'];
  let showErrors = false;
  let json = false;
  let intent = false;
  let lopo = false;
  let parts: string[] = [...PARTS];
  let split: IntentSplit | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--errors') showErrors = true;
    else if (arg === '--intent') intent = true;
    else if (arg === '--lopo') lopo = true;
    else if (arg === '--part') parts = (argv[++i] ?? '').split(',');
    else if (arg === '--datasets') i++;
    else if (arg === '--split') {
      const value = argv[++i];
      if (value !== 'test' && value !== 'train') {
        process.stderr.write(`eval: --split takes test or train\n${USAGE}`);
        return 2;
      }
      split = value;
    }
    else if (arg === '--json') json = true;
    else if (arg === '--dataset') {
      const value = argv[++i];
      if (value !== 'dev' && value !== 'enron') {
        process.stderr.write(`eval: --dataset takes dev or enron\n${USAGE}`);
        return 2;
      }
      names = [value];
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else {
      process.stderr.write(`eval: unknown argument ${arg}\n${USAGE}`);
      return 2;
    }
  }

  if (split !== null && !intent) {
    process.stderr.write(`eval: --split goes with --intent\n${USAGE}`);
    return 2;
  }
  const dir = datasetsDirOrSay(argv, 'eval');
  if (dir === null) return 2;
  if (intent) {
    const result = evaluateIntent(dir, split ?? 'test');
    if (json) {
      const results = result.results.map(({ fpIds, fnIds, ...numbers }) => (showErrors ? { ...numbers, fpIds, fnIds } : numbers));
      const report = { split: split ?? 'test', file: result.file, yes: result.yes, no: result.no, baseline: INTENT_BASELINE, results };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      process.stdout.write(printIntent(split ?? 'test', result, showErrors));
    }
    return 0;
  }

  const fileOf = (name: DatasetName) => resolve(dir, name === 'dev' ? 'dev-asks' : 'enron-asks', 'emails.jsonl');
  const results = [
    ...(lopo ? leaveOnePartOut(dir, parts) : []),
    ...names.map((name) => evaluate(name === 'dev' ? 'dev-asks' : 'enron-asks', fileOf(name))),
  ];
  if (json) {
    const datasets = results.map(({ errors, ...numbers }) => (showErrors ? { ...numbers, errors } : numbers));
    process.stdout.write(`${JSON.stringify({ datasets }, null, 2)}\n`);
  } else {
    process.stdout.write(results.map((r) => printResult(r, showErrors)).join('\n'));
    process.stdout.write(`\n## summary\n\n${summaryTable(results)}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
