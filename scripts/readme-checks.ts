// `npm run docs` (node bin/run-ts.mjs scripts/readme-checks.ts [--check]): writes README.md's "The
// checklist" section from the checks' own metadata (title, id, why, source, examples), so the README
// never drifts from lib/checks/*.ts. The section sits between the two markers below; nothing else in
// README.md is touched. --check writes nothing and exits 1 when the section is stale.
// tests/docs/readme.test.ts runs the same rendering and fails until `npm run docs` has been run.
// The idea comes from generated rule tables in linters (retextjs/retext-equality: script/build-table.js).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHECKS, POLISH_CHECKS, type CheckMeta } from '../lib/checks';
import type { AnyCheckId } from '../lib/analyzer/types';

export const START_MARKER = '<!-- checks:start -->';
export const END_MARKER = '<!-- checks:end -->';
export const README_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../README.md');

/** Backslash-escapes what Markdown would otherwise read as formatting, links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/** An example draft as one quoted line; its line breaks become " / ". */
function quoteExample(example: string): string {
  const oneLine = example.trim().replace(/\s*\n\s*/g, ' / ').replace(/[ \t]+/g, ' ');
  return `“${escapeMarkdown(oneLine)}”`;
}

function sourceLink(source: string): string {
  if (!/^https?:\/\//.test(source)) return escapeMarkdown(source);
  const label = source.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return `[${escapeMarkdown(label)}](${source})`;
}

function renderCheck(check: CheckMeta<AnyCheckId>, index: number): string {
  const [met] = check.examples.met;
  const [missing] = check.examples.missing;
  const lines = [
    `### ${index + 1}. ${escapeMarkdown(check.title)} (\`${check.id}\`)`,
    '',
    escapeMarkdown(check.why),
    '',
    `Looks for: ${escapeMarkdown(check.looksFor)}`,
    '',
  ];
  lines.push(check.needsAsk ? '- Applies only when the draft asks for something.' : '- Applies to any draft, ask or not.');
  if (met !== undefined) lines.push(`- Met: ${quoteExample(met)}`);
  if (missing !== undefined) lines.push(`- Missing: ${quoteExample(missing)}`);
  lines.push(`- Source: ${sourceLink(check.source)}`);
  return lines.join('\n');
}

/** The generated section, markers included. */
export function renderChecksSection(
  checks: readonly CheckMeta<AnyCheckId>[] = CHECKS,
  polish: readonly CheckMeta<AnyCheckId>[] = POLISH_CHECKS,
): string {
  const polishPart = polish.length
    ? ['## Polish', '', 'Secondary advice, shown below the checklist; ✓ means the draft already does it.', '', ...polish.flatMap((check, i) => [renderCheck(check, i), ''])]
    : [];
  return [
    START_MARKER,
    '<!-- Generated from lib/checks/*.ts by `npm run docs`: edit the checks, not this section. -->',
    '',
    ...checks.flatMap((check, i) => [renderCheck(check, i), '']),
    ...polishPart,
    END_MARKER,
  ].join('\n');
}

/** The markers' span in `readme` (start of the start marker, end of the end marker). */
export function findSection(readme: string): { start: number; end: number } {
  const start = readme.indexOf(START_MARKER);
  const endAt = readme.indexOf(END_MARKER);
  if (start === -1 || endAt === -1 || endAt < start) {
    throw new Error(`README.md needs the markers ${START_MARKER} and ${END_MARKER}, in that order`);
  }
  if (readme.indexOf(START_MARKER, start + 1) !== -1 || readme.indexOf(END_MARKER, endAt + 1) !== -1) {
    throw new Error('README.md has the checklist markers more than once');
  }
  return { start, end: endAt + END_MARKER.length };
}

export function currentSection(readme: string): string {
  const { start, end } = findSection(readme);
  return readme.slice(start, end);
}

export function withSection(readme: string, section: string = renderChecksSection()): string {
  const { start, end } = findSection(readme);
  return readme.slice(0, start) + section + readme.slice(end);
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(`readme-checks: unknown argument ${unknown[0]}\nusage: npm run docs [-- --check]\n`);
    return 2;
  }
  const readme = readFileSync(README_PATH, 'utf8');
  const updated = withSection(readme);
  if (updated === readme) {
    process.stdout.write('README.md: the checklist section is up to date\n');
    return 0;
  }
  if (check) {
    process.stderr.write('README.md: the checklist section is out of date; run `npm run docs`\n');
    return 1;
  }
  writeFileSync(README_PATH, updated);
  process.stdout.write('README.md: the checklist section was regenerated\n');
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
