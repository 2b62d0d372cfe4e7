// The bodies of the labeled emails in ../shared/datasets (dev-asks, then enron-asks): the real
// text the parser's speed-ups are tested and benchmarked on. Read only, never copied.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function datasetBodies(): string[] {
  return ['dev-asks', 'enron-asks'].flatMap((set) =>
    readFileSync(resolve('..', 'shared', 'datasets', set, 'emails.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { body: string }).body),
  );
}
