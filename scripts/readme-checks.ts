// `npm run docs` (node bin/run-ts.mjs scripts/readme-checks.ts [--check]): writes README.md's
// generated sections, so the README never drifts from the code:
// - "The checklist" (between <!-- checks:start --> and <!-- checks:end -->), from the checks' own
//   metadata (title, id, why, source, examples) in lib/checks/*.ts;
// - the examples in "The CLI" (between <!-- cli-example-draft:start --> … and the like), the example
//   draft, its human checklist and a --jsonl line with its output, produced by running the real CLI
//   (runCli from lib/cli.ts, with injected io) on EXAMPLE_DRAFT and EXAMPLE_JSONL below.
// Only the text between each pair of markers is replaced; the prose around them is hand-written.
// --check writes nothing and exits 1 when any section is stale.
// tests/docs/readme.test.ts runs the same rendering and fails until `npm run docs` has been run.
// The idea comes from generated rule tables in linters (retextjs/retext-equality: script/build-table.js).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHECKS, POLISH_CHECKS, type CheckMeta } from '../lib/checks';
import type { AnyCheckId } from '../lib/analyzer/types';
import { runCli } from '../lib/cli';

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

/** The generated sections of README.md, by marker name, in the order they appear. */
export const SECTION_NAMES = ['cli-example-draft', 'cli-example-output', 'cli-example-jsonl', 'checks'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

const SECTION_LABELS: Record<SectionName, string> = {
  checks: 'the checklist section',
  'cli-example-draft': 'the CLI example draft',
  'cli-example-output': 'the CLI example output',
  'cli-example-jsonl': 'the CLI --jsonl example',
};

export function markers(name: SectionName): { start: string; end: string } {
  return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` };
}

/** The markers' span in `readme` (start of the start marker, end of the end marker). */
export function findSection(readme: string, name: SectionName = 'checks'): { start: number; end: number } {
  const { start: startMarker, end: endMarker } = markers(name);
  const start = readme.indexOf(startMarker);
  const endAt = readme.indexOf(endMarker);
  if (start === -1 || endAt === -1 || endAt < start) {
    throw new Error(`README.md needs the markers ${startMarker} and ${endMarker}, in that order`);
  }
  if (readme.indexOf(startMarker, start + 1) !== -1 || readme.indexOf(endMarker, endAt + 1) !== -1) {
    throw new Error(`README.md has the ${name} markers more than once`);
  }
  return { start, end: endAt + endMarker.length };
}

export function currentSection(readme: string, name: SectionName = 'checks'): string {
  const { start, end } = findSection(readme, name);
  return readme.slice(start, end);
}

export function withSection(readme: string, section: string = renderChecksSection(), name: SectionName = 'checks'): string {
  const { start, end } = findSection(readme, name);
  return readme.slice(0, start) + section + readme.slice(end);
}

// ---- The CLI examples -------------------------------------------------------------------------

/** The example draft.txt shown in "The CLI"; its checklist below it is whatever the CLI prints. */
export const EXAMPLE_DRAFT = `Hi Sam,

Could you review the attached budget by Thursday and tell me if the travel line looks right? It would save your team a round of rework later.

Thanks,
Ana
`;

/** The one --jsonl input line shown in "The CLI". */
export const EXAMPLE_JSONL = JSON.stringify({ id: 'a1', body: 'Could you review the budget by Friday? No worries if not. Thanks!' });

/** Runs the CLI in-process on `stdin`; throws unless it exits 0 with nothing on stderr. */
export async function cliOutput(argv: string[], stdin: string): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdin,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readFile: async (path) => {
      throw new Error(`the README examples read stdin only, not ${path}`);
    },
  });
  if (code !== 0 || stderr !== '') {
    throw new Error(`askwell ${argv.join(' ')} exited ${code} on the README example: ${stderr.trim()}`);
  }
  return stdout;
}

/** A fenced code block whose fence is longer than any run of backticks in `body`. */
export function fence(lang: string, body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${body.replace(/\n+$/, '')}\n${ticks}`;
}

/** `s` as one single-quoted shell word. */
function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function wrap(name: SectionName, ...blocks: string[]): string {
  const { start, end } = markers(name);
  const note = '<!-- Generated by `npm run docs` from the CLI (scripts/readme-checks.ts): edit the example there, not here. -->';
  return [start, note, ...blocks, end].join('\n');
}

/** The three CLI example sections, markers included, from the real CLI's output. */
export async function renderCliExamples(
  draft: string = EXAMPLE_DRAFT,
  jsonlLine: string = EXAMPLE_JSONL,
): Promise<Record<Exclude<SectionName, 'checks'>, string>> {
  const human = await cliOutput(['check', '-'], draft);
  const jsonl = await cliOutput(['--jsonl'], `${jsonlLine}\n`);
  return {
    'cli-example-draft': wrap('cli-example-draft', fence('text', draft)),
    'cli-example-output': wrap('cli-example-output', fence('text', human)),
    'cli-example-jsonl': wrap('cli-example-jsonl', fence('sh', `echo ${shellQuote(jsonlLine)} | npx askwell --jsonl`), fence('json', jsonl)),
  };
}

/** Every generated section, markers included. */
export async function renderSections(): Promise<Record<SectionName, string>> {
  return { ...(await renderCliExamples()), checks: renderChecksSection() };
}

/** `readme` with every generated section replaced, and the labels of the sections that changed. */
export async function regenerate(readme: string): Promise<{ updated: string; stale: string[] }> {
  const sections = await renderSections();
  let updated = readme;
  const stale: string[] = [];
  for (const name of SECTION_NAMES) {
    if (currentSection(updated, name) !== sections[name]) stale.push(SECTION_LABELS[name]);
    updated = withSection(updated, sections[name], name);
  }
  return { updated, stale };
}

async function main(argv: readonly string[]): Promise<number> {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(`readme-checks: unknown argument ${unknown[0]}\nusage: npm run docs [-- --check]\n`);
    return 2;
  }
  const readme = readFileSync(README_PATH, 'utf8');
  const { updated, stale } = await regenerate(readme);
  if (stale.length === 0) {
    process.stdout.write('README.md: the generated sections are up to date\n');
    return 0;
  }
  if (check) {
    process.stderr.write(`README.md: out of date: ${stale.join(', ')}; run \`npm run docs\`\n`);
    return 1;
  }
  writeFileSync(README_PATH, updated);
  process.stdout.write(`README.md: regenerated ${stale.join(', ')}\n`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
