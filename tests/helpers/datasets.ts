// The bodies of the labeled emails in ../shared/datasets (dev-asks, then enron-asks): the real
// text the parser's speed-ups are tested and benchmarked on. Read only, never copied.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// The labelled datasets live beside the project, not in it: tests that need them run when they
// are there (CI has them) and skip otherwise, saying why in one line.
export const DATASETS_DIR = resolve('..', 'shared', 'datasets');
export const hasDatasets = existsSync(resolve(DATASETS_DIR, 'asks-train'));
export const NO_DATASETS = `skipped: no labelled datasets at ${DATASETS_DIR}`;

export function datasetBodies(): string[] {
  return ['dev-asks', 'enron-asks'].flatMap((set) =>
    readFileSync(resolve(DATASETS_DIR, set, 'emails.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { body: string }).body),
  );
}
