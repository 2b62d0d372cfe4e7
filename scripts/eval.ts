// `npm run eval [-- --dataset dev|enron] [--errors] [--json]`: scores analyze() against the labelled
// datasets in ../shared/datasets (see their README for the labelling guide). For developers; the
// held-out numbers come from a separate run on data we do not see.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, CHECK_IDS, type CheckId, type Focus } from '../lib/analyzer';
import { maskQuotedAndSignature } from '../lib/plain-text';
import {
  alignSentences,
  binaryCounts,
  confusionAccuracy,
  FOCI,
  focusConfusion,
  markdownTable,
  mean,
  midpoint,
  prf,
  spanAt,
  type BinaryCounts,
  type FocusConfusion,
  type Prf,
} from './eval-lib';

const LABEL_KEYS = {
  specificAsk: 'specific-ask',
  bounded: 'bounded',
  easyNo: 'easy-no',
  benefit: 'benefit',
  thanks: 'thanks',
} as const satisfies Record<string, CheckId>;
type LabelKey = keyof typeof LABEL_KEYS;

interface Email {
  id: string;
  subject: string;
  body: string;
  labels: Record<LabelKey, boolean>;
  sentences: Array<{ text: string; focus: Focus }>;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATASETS = {
  dev: resolve(ROOT, '../shared/datasets/dev-asks/emails.jsonl'),
  enron: resolve(ROOT, '../shared/datasets/enron-asks/emails.jsonl'),
} as const;
type DatasetName = keyof typeof DATASETS;

const USAGE = 'usage: npm run eval -- [--dataset dev|enron] [--errors] [--json]\n';

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

function readEmails(file: string): Email[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Email);
}

function evaluate(name: string, file: string): DatasetResult {
  const emails = readEmails(file);
  const pairs = Object.fromEntries(CHECK_IDS.map((id) => [id, [] as Array<[boolean, boolean]>])) as Record<CheckId, Array<[boolean, boolean]>>;
  const checkErrors = Object.fromEntries(CHECK_IDS.map((id) => [id, { fp: [] as string[], fn: [] as string[] }])) as DatasetResult['errors']['checks'];
  const focusPairs: Array<[Focus, Focus]> = [];
  const focusErrors: SentenceError[] = [];
  const unaligned: DatasetResult['errors']['unaligned'] = [];
  let totalMs = 0;

  for (const email of emails) {
    const started = performance.now();
    // The same pipeline as the CLI; the datasets hold no quoted history today, so this is a no-op on them.
    const report = analyze(maskQuotedAndSignature(email.body));
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

function main(argv: readonly string[]): number {
  let names: DatasetName[] = ['dev', 'enron'];
  let showErrors = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--errors') showErrors = true;
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

  const results = names.map((name) => evaluate(name === 'dev' ? 'dev-asks' : 'enron-asks', DATASETS[name]));
  if (json) {
    const datasets = results.map(({ errors, ...numbers }) => (showErrors ? { ...numbers, errors } : numbers));
    process.stdout.write(`${JSON.stringify({ datasets }, null, 2)}\n`);
  } else {
    process.stdout.write(results.map((r) => printResult(r, showErrors)).join('\n'));
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
