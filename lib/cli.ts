// The command-line front end. runCli takes its streams and file reader as arguments instead of
// touching `process`, so tests call it directly (the same split as get-alex/alex: cli.js vs test/cli.js).
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import packageJson from '../package.json' with { type: 'json' };
import { analyze, CHECK_IDS, POLISH_IDS, type AnyCheckId, type CheckResult, type Report } from './analyze';
import { CHECKS, POLISH_CHECKS } from './checks';
import { formatSpan, inQuotes, oneLine } from './findings';
import { maskQuotedAndSignature } from './plain-text';

export interface CliIo {
  stdin: NodeJS.ReadableStream | string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Promise<string>;
}

export const USAGE = `Usage:
  askwell check FILE        coach the draft in FILE
  askwell check -           coach the draft read from stdin
  askwell --jsonl           batch: one {"id", "subject"?, "body"} per stdin line,
                            one {"id", "checks", "asks", "sentences", "otherShare"} per stdout line

Options:
  --json                    print the full report as JSON instead of the checklist
  --jsonl                   batch mode (see above); takes no FILE
  -h, --help                show this help
  --version                 show the version

Quoted history ("> ..." lines, "On ... wrote:", "-----Original Message-----") and a signature
below "-- " are left out of the analysis; offsets in JSON output still index the input text.

Exit codes: 0 done, 1 empty or unreadable input or a bad --jsonl line, 2 usage error.
`;

class UsageError extends Error {}

interface Options {
  help: boolean;
  version: boolean;
  json: boolean;
  jsonl: boolean;
  /** A path, "-" for stdin, or null (only valid with --jsonl). */
  file: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { help: false, version: false, json: false, jsonl: false, file: null };
  const positionals: string[] = [];
  let onlyPositionals = false;
  for (const arg of argv) {
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) positionals.push(arg);
    else if (arg === '--') onlyPositionals = true;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg === '--version') options.version = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--jsonl') options.jsonl = true;
    else throw new UsageError(`unknown option ${arg}`);
  }
  if (options.help || options.version) return options;
  if (options.json && options.jsonl) throw new UsageError('--json and --jsonl cannot be used together');

  const [command, ...rest] = positionals;
  if (command !== undefined && command !== 'check') throw new UsageError(`unknown command ${command}`);
  if (options.jsonl) {
    // Batch input always comes from stdin; "-" is accepted since it says just that.
    if (rest.length > 1 || (rest[0] !== undefined && rest[0] !== '-')) throw new UsageError('--jsonl reads stdin and takes no FILE');
    return options;
  }
  if (command === undefined) throw new UsageError('missing command');
  if (rest.length === 0) throw new UsageError('missing FILE (use - to read stdin)');
  if (rest.length > 1) throw new UsageError(`expected one FILE, got ${rest.length}`);
  options.file = rest[0] ?? null;
  return options;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`askwell: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (options.version) {
    io.stdout(`${packageJson.version}\n`);
    return 0;
  }
  if (options.jsonl) return runJsonl(io);

  const file = options.file ?? '-';
  let text: string;
  try {
    text = stripBom(file === '-' ? await readAll(io.stdin) : await io.readFile(file));
  } catch (error) {
    io.stderr(`askwell: cannot read ${file === '-' ? 'stdin' : file}: ${describeError(error)}\n`);
    return 1;
  }
  if (text.trim() === '') {
    io.stderr('askwell: the draft is empty; there is nothing to check.\n');
    return 1;
  }
  const masked = maskQuotedAndSignature(text);
  if (masked.trim() === '') {
    io.stderr('askwell: the draft is empty once quoted history and the signature are left out; there is nothing to check.\n');
    return 1;
  }
  const report = analyze(masked);
  io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatChecklist(text, report));
  return 0;
}

const MARKS = { met: '✓', missing: '✗', 'not-applicable': '–' } as const;

function titleOf(id: AnyCheckId): string {
  return [...CHECKS, ...POLISH_CHECKS].find((check) => check.id === id)?.title ?? id;
}

function checkLines(text: string, id: AnyCheckId, result: CheckResult): string[] {
  const head = `${MARKS[result.status]} ${titleOf(id)}: `;
  if (result.status === 'met' && result.evidence.length > 0) {
    const quotes = result.evidence.map((span) => `${inQuotes(text.slice(span.start, span.end))} (${formatSpan(text, span)})`);
    return [head + quotes.join(', ')];
  }
  const lines = [head + oneLine(result.reason)];
  if (result.status === 'missing' && result.suggestion.trim() !== '') lines.push(`    → ${oneLine(result.suggestion)}`);
  return lines;
}

/** The human checklist; `text` is the original draft, which the report's offsets index. */
export function formatChecklist(text: string, report: Report): string {
  const lines: string[] = CHECK_IDS.flatMap((id) => checkLines(text, id, report.checks[id]));
  // Polish advice: only what applies, so a short clean draft keeps a short checklist.
  const polish = POLISH_IDS.filter((id) => report.polish[id].status !== 'not-applicable');
  if (polish.length > 0) {
    lines.push('', 'Polish:');
    for (const id of polish) lines.push(...checkLines(text, id, report.polish[id]).map((l) => `  ${l}`));
  }
  lines.push('', `About the recipient: ${Math.round(report.otherShare * 100)}%`);
  if (report.asks.length === 0) {
    lines.push('Asks found: none');
  } else {
    lines.push(`Asks found: ${report.asks.length}`);
    for (const span of report.asks) lines.push(`  ${formatSpan(text, span)} ${inQuotes(text.slice(span.start, span.end))}`);
  }
  return `${lines.join('\n')}\n`;
}

async function runJsonl(io: CliIo): Promise<number> {
  const input = typeof io.stdin === 'string' ? Readable.from([io.stdin]) : io.stdin;
  // crlfDelay: a "\r\n" split across chunks must still count as one line end, or line numbers drift.
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let exitCode = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? stripBom(raw) : raw;
    if (line.trim() === '') continue;
    const fail = (message: string) => {
      io.stderr(`askwell: line ${lineNumber}: ${message}\n`);
      exitCode = 1;
    };
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (error) {
      fail(`not valid JSON (${describeError(error)})`);
      continue;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      fail('expected a JSON object like {"id": "...", "body": "..."}');
      continue;
    }
    const { id, body } = item as { id?: unknown; body?: unknown };
    if (typeof id !== 'string' && typeof id !== 'number') {
      fail('missing "id" (a string or number)');
      continue;
    }
    if (typeof body !== 'string') {
      fail(`missing "body" (a string) for id ${JSON.stringify(id)}`);
      continue;
    }
    let report: Report;
    try {
      report = analyze(maskQuotedAndSignature(body));
    } catch (error) {
      fail(`analysis failed for id ${JSON.stringify(id)}: ${describeError(error)}`);
      continue;
    }
    const { checks, asks, sentences, otherShare } = report;
    io.stdout(`${JSON.stringify({ id, checks, asks, sentences, otherShare })}\n`);
  }
  return exitCode;
}

async function readAll(stdin: NodeJS.ReadableStream | string): Promise<string> {
  if (typeof stdin === 'string') return stdin;
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  // Decoding once at the end keeps a multi-byte character split across chunks intact.
  return Buffer.concat(chunks).toString('utf8');
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

const ERROR_CODES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(ERROR_CODES, code)) return ERROR_CODES[code]!;
  return error instanceof Error ? error.message : String(error);
}
