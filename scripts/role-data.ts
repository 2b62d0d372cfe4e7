// The labelled data the role models learn from and are scored on, read from the datasets folder
// (../shared/datasets by default; `--datasets DIR` elsewhere). Nothing here is copied into the
// product: scripts read it, the model file keeps only weights.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSentences, type Sentence } from '../lib/analyzer/draft';
import { layoutOf } from '../lib/analyzer/role-features';
import { allFeatures, ROLES, type Role } from '../lib/analyzer/roles';
import type { CheckId, Focus } from '../lib/analyzer/types';
import { maskQuotedAndSignature } from '../lib/plain-text';
import { alignSentences, midpoint, spanAt } from './eval-lib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DATASETS = resolve(ROOT, '../shared/datasets');

/** `--datasets DIR` from argv, else the default; throws a readable error when it is missing. */
export function datasetsDir(argv: readonly string[]): string {
  const at = argv.indexOf('--datasets');
  const dir = at >= 0 ? argv[at + 1] : undefined;
  if (at >= 0 && !dir) throw new Error('--datasets needs a folder');
  const chosen = resolve(dir ?? DEFAULT_DATASETS);
  if (!existsSync(resolve(chosen, 'asks-train'))) {
    throw new Error(
      `no datasets at ${chosen} (expected asks-train/, dev-asks/, enron-asks/, parakweet-email-intent/ inside). ` +
        'They live in ../shared/datasets beside the project; pass --datasets DIR if they are elsewhere.',
    );
  }
  return chosen;
}

/** datasetsDir for a command line: the folder, or null after saying on stderr, as `tool`, why not. */
export function datasetsDirOrSay(argv: readonly string[], tool: string): string | null {
  try {
    return datasetsDir(argv);
  } catch (error) {
    process.stderr.write(`${tool}: ${(error as Error).message}\n`);
    return null;
  }
}

export const LABEL_KEYS = {
  specificAsk: 'specific-ask',
  bounded: 'bounded',
  easyNo: 'easy-no',
  benefit: 'benefit',
  thanks: 'thanks',
} as const satisfies Record<string, CheckId>;
export type LabelKey = keyof typeof LABEL_KEYS;

export interface LabelledEmail {
  id: string;
  subject: string;
  body: string;
  labels: Record<LabelKey, boolean>;
  sentences: Array<{ text: string; focus: Focus; roles?: Role[] }>;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export const PARTS = ['a', 'b', 'c', 'd', 'e'] as const;
export type Part = (typeof PARTS)[number];

export const asksTrainPart = (dir: string, part: Part): LabelledEmail[] => readJsonl(resolve(dir, 'asks-train', `part-${part}.jsonl`));
export const devAsks = (dir: string): LabelledEmail[] => readJsonl(resolve(dir, 'dev-asks', 'emails.jsonl'));
export const enronAsks = (dir: string): LabelledEmail[] => readJsonl(resolve(dir, 'enron-asks', 'emails.jsonl'));

export interface RoleRow {
  id: string;
  text: string;
  roles: Role[];
}
export const parakweetRoles = (dir: string): RoleRow[] => readJsonl(resolve(dir, 'parakweet-email-intent', 'train-roles.jsonl'));

/** One of our sentences with the gold it was aligned to. */
export interface SentenceExample {
  features: string[];
  roles: ReadonlySet<Role>;
  /** null: no labelled sentence falls in it (quoted history, a signature, or a split we do not share). */
  focus: Focus | null;
}

/** A group of sentences judged together: an email, or one Parakweet row. */
export interface Group {
  id: string;
  sentences: SentenceExample[];
  /** The email's labels; for a Parakweet row, whether the row has each role. */
  labels: Record<Role, boolean>;
  /** Real sentences (Parakweet) or a written email. */
  real: boolean;
}

const roleLabels = (has: (r: Role) => boolean) => Object.fromEntries(ROLES.map((r) => [r, has(r)])) as Record<Role, boolean>;

const CHECK_OF_ROLE: Record<Role, LabelKey> = { ask: 'specificAsk', bound: 'bounded', 'easy-no': 'easyNo', benefit: 'benefit', thanks: 'thanks' };

/** Our sentences of an email (as analyze() cuts them), each with the roles and focus of the labelled sentences in it. */
export function emailGroup(email: LabelledEmail): Group {
  const text = maskQuotedAndSignature(email.body);
  const sentences: Sentence[] = buildSentences(text);
  const layout = layoutOf(sentences);
  const gold = sentences.map(() => ({ roles: new Set<Role>(), focus: null as Focus | null }));
  const spans = alignSentences(email.body, email.sentences.map((s) => s.text));
  email.sentences.forEach((g, i) => {
    const span = spans[i];
    if (!span) return;
    const at = spanAt(sentences, midpoint(span));
    const into = gold[at];
    if (!into) return;
    for (const r of g.roles ?? []) into.roles.add(r);
    // Two labelled sentences in one of ours: a side is stronger than neutral.
    if (into.focus === null || into.focus === 'neutral') into.focus = g.focus;
  });
  return {
    id: email.id,
    sentences: sentences.map((_, i) => ({ features: allFeatures(sentences, i, layout), ...gold[i]! })),
    labels: roleLabels((r) => email.labels[CHECK_OF_ROLE[r]]),
    real: false,
  };
}

/**
 * A Parakweet row is a sentence (rarely two) cut from a real email we do not have: its place is
 * what the rules make of the row alone, as analyze() would see it pasted on its own. (Giving rows
 * places drawn like those of sentences in emails was tried: leave-one-part-out macro-F1 fell.)
 */
export function rowGroup(row: RoleRow): Group {
  const sentences = buildSentences(row.text);
  const layout = layoutOf(sentences);
  const roles = new Set(row.roles);
  return {
    id: row.id,
    sentences: sentences.map((_, i) => ({ features: allFeatures(sentences, i, layout), roles, focus: null })),
    labels: roleLabels((r) => roles.has(r)),
    real: true,
  };
}
