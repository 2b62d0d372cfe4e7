// @vitest-environment node
import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { analyze, CHECK_IDS, POLISH_IDS, type CheckId, type Report } from '../../lib/analyze';
import { CHECKS } from '../../lib/checks';
import { formatChecklist, runCli, USAGE } from '../../lib/cli';
import { formatSpan } from '../../lib/findings';
import { maskQuotedAndSignature } from '../../lib/plain-text';

const DRAFT = [
  'Hi Bram,',
  '',
  'I run a small co-op and we just finished a soil study. Could you forward Sasha a two-line intro from me by Friday?',
  'It’d give your farm a shout-out too. No worries if not.',
  '',
  'Thanks so much,',
  'Wren',
  '-- ',
  'Wren Alder | Co-op lead',
  '',
  'On Tue, Mar 3, 2026 at 9:14 AM Bram <b@x.com> wrote:',
  '> Could you send me the numbers?',
].join('\n');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], stdin: NodeJS.ReadableStream | string = '', files: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdin,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
  });
  return { code, stdout, stderr };
}

const title = (id: CheckId) => CHECKS.find((check) => check.id === id)!.title;

describe('arguments', () => {
  it.each([
    [[], 'missing command'],
    [['frobnicate', 'x.txt'], 'unknown command frobnicate'],
    [['check'], 'missing FILE'],
    [['check', 'a.txt', 'b.txt'], 'expected one FILE'],
    [['check', '--bogus', 'a.txt'], 'unknown option --bogus'],
    [['check', '--json', '--jsonl', '-'], '--json and --jsonl cannot be used together'],
    [['--jsonl', 'check', 'drafts.jsonl'], '--jsonl reads stdin and takes no FILE'],
  ])('%j is a usage error', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`askwell: ${message}`)).toBe(true);
    expect(result.stderr.endsWith(`\n\n${USAGE}`)).toBe(true);
  });

  it.each([['--help'], ['-h'], ['check', '--help']])('%s prints usage and exits 0', async (...argv) => {
    expect(await run(argv)).toEqual({ code: 0, stdout: USAGE, stderr: '' });
  });

  it('--version prints the package version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });
});

describe('check', () => {
  it('reports an unreadable file', async () => {
    expect(await run(['check', 'nope.txt'])).toEqual({ code: 1, stdout: '', stderr: 'askwell: cannot read nope.txt: no such file\n' });
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\n'],
  ])('refuses an %s draft', async (_name, draft) => {
    const result = await run(['check', '-'], draft);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'askwell: the draft is empty; there is nothing to check.\n' });
  });

  it('refuses a draft that is only quoted history', async () => {
    const result = await run(['check', '-'], 'On Mon, Dana wrote:\n> Can you?\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^askwell: the draft is empty once quoted history and the signature are left out/);
  });

  it('--json prints the report of the draft without its quote and signature', async () => {
    const result = await run(['check', '--json', 'draft.txt'], '', { 'draft.txt': DRAFT });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${JSON.stringify(analyze(maskQuotedAndSignature(DRAFT)), null, 2)}\n`);
    const report = JSON.parse(result.stdout) as Report;
    expect(Object.keys(report.checks).sort()).toEqual([...CHECK_IDS].sort());
  });

  it('reads stdin as a stream, with a UTF-8 character split across chunks', async () => {
    const bytes = Buffer.from(`\uFEFF${DRAFT}`, 'utf8');
    const cut = bytes.indexOf(Buffer.from('’', 'utf8')) + 1;
    // Both cuts fall inside a multi-byte character: the 3-byte BOM and the 3-byte "’".
    const stream = Readable.from([bytes.subarray(0, 2), bytes.subarray(2, cut), bytes.subarray(cut)]);
    const fromStream = await run(['check', '--json', '-'], stream);
    expect(fromStream.stdout).toBe((await run(['check', '--json', '-'], DRAFT)).stdout);
  });

  it('prints the exact checklist for a draft with a signature and a quoted reply', async () => {
    // A pinned regression: if the analyzer's verdict on this draft changes, this text must be re-read by eye.
    const result = await run(['check', 'draft.txt'], '', { 'draft.txt': DRAFT });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '✓ Specific ask: “Could you forward Sasha a two-line intro from me by Friday?” (3:56-3:115)',
      '✓ Bounded: “two-line” (3:82-3:90), “by Friday” (3:105-3:114)',
      '✓ Easy no: “No worries if not.” (4:38-4:56)',
      '✓ Benefit to them: “It’d give your farm a shout-out too.” (4:1-4:37)',
      '✓ Thanks: “Thanks” (6:1-6:7)',
      '',
      'Polish:',
      '  ✓ Leads with the ask: “Could you forward Sasha a two-line intro from me by Friday?” (3:56-3:115)',
      '  ✓ Concise: 34 words',
      '  ✓ Calm: no pressure or urgency words',
      '  ✓ Confident: no apologies or self-undermining',
      '  ✗ Offers something back: nothing offered in return',
      '      → Offer something back or name the favor: “Happy to return the favor, just say when.”',
      '',
      'About the recipient: 65%',
      'Asks found: 1',
      '  3:56-3:115 “Could you forward Sasha a two-line intro from me by Friday?”',
      '',
    ]);
  });
});

describe('formatChecklist', () => {
  it('has one fixed layout', () => {
    const text = 'Hi Bo,\nCould you review it\nby Friday? Thanks!';
    const report: Report = {
      checks: {
        'specific-ask': { status: 'met', evidence: [{ start: 7, end: 37 }], reason: 'asks for a review', suggestion: '' },
        bounded: { status: 'met', evidence: [{ start: 27, end: 36 }, { start: 7, end: 12 }], reason: 'a deadline', suggestion: '' },
        'easy-no': { status: 'missing', evidence: [], reason: 'no way out', suggestion: 'Add “no worries if not”.' },
        benefit: { status: 'missing', evidence: [], reason: 'only your gain', suggestion: '' },
        thanks: { status: 'not-applicable', evidence: [], reason: 'turned off', suggestion: '' },
      },
      polish: Object.fromEntries(POLISH_IDS.map((id) => [id, { status: 'not-applicable', evidence: [], reason: 'n/a', suggestion: '' }])) as unknown as Report['polish'],
      asks: [{ start: 7, end: 37 }],
      mainAsk: { start: 7, end: 37 },
      sentences: [],
      otherShare: 0.666,
      stats: { words: 9, sentences: 3, questions: 1 },
    };
    expect(formatChecklist(text, report).split('\n')).toEqual([
      `✓ ${title('specific-ask')}: “Could you review it by Friday?” (2:1-3:11)`,
      `✓ ${title('bounded')}: “by Friday” (3:1-3:10), “Could” (2:1-2:6)`,
      `✗ ${title('easy-no')}: no way out`,
      '    → Add “no worries if not”.',
      `✗ ${title('benefit')}: only your gain`,
      `– ${title('thanks')}: turned off`,
      '',
      'About the recipient: 67%',
      'Asks found: 1',
      '  2:1-3:11 “Could you review it by Friday?”',
      '',
    ]);
  });
});

describe('--jsonl', () => {
  const good = (id: string, body: string) => JSON.stringify({ id, subject: 'S', body });
  const bodyA = 'Hi Dana,\nCould you sign the form by noon?\n\nThanks,\nBo';
  const bodyB = 'Can you review my doc?\n-- \nBo\n> quoted';
  const input = [
    good('a', bodyA),
    '',
    '{"id": "broken", "body": ',
    '{"id": "no-body"}',
    '{"body": "no id"}',
    '[1, 2]',
    good('b', bodyB),
  ].join('\n');

  const expectedLine = (id: string, body: string) => {
    const { checks, asks, sentences, otherShare } = analyze(maskQuotedAndSignature(body));
    return JSON.stringify({ id, checks, asks, sentences, otherShare });
  };

  it('answers the good lines and names the bad ones', async () => {
    // Chunks cut mid-line, as a pipe would deliver them.
    const stream = Readable.from([input.slice(0, 30), input.slice(30, 95), input.slice(95)]);
    const result = await run(['--jsonl'], stream);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([expectedLine('a', bodyA), expectedLine('b', bodyB), '']);
    const errors = result.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/^askwell: line 3: not valid JSON/);
    expect(errors[1]).toBe('askwell: line 4: missing "body" (a string) for id "no-body"');
    expect(errors[2]).toBe('askwell: line 5: missing "id" (a string or number)');
    expect(errors[3]).toBe('askwell: line 6: expected a JSON object like {"id": "...", "body": "..."}');
  });

  it('exits 0 when every line is good, with CRLF line ends and "check -"', async () => {
    const result = await run(['check', '--jsonl', '-'], `${good('a', bodyA)}\r\n${good('b', bodyB)}\r\n`);
    expect(result).toEqual({ code: 0, stdout: `${expectedLine('a', bodyA)}\n${expectedLine('b', bodyB)}\n`, stderr: '' });
  });
});

describe('bin/askwell.mjs', () => {
  const bin = fileURLToPath(new URL('../../bin/askwell.mjs', import.meta.url));

  function spawnBin(argv: string[], stdin: string): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...argv], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
      child.stdin.end(stdin);
    });
  }

  it('checks a draft from stdin end to end', { timeout: 20_000 }, async () => {
    const [real, direct] = await Promise.all([spawnBin(['check', '-'], DRAFT), run(['check', '-'], DRAFT)]);
    expect(real).toEqual(direct);
    expect(real.code).toBe(0);
  });

  it('passes the exit code through', { timeout: 20_000 }, async () => {
    const real = await spawnBin(['--jsonl'], `${JSON.stringify({ id: 1, body: 'Can you?' })}\nnot json\n`);
    expect(real.code).toBe(1);
    expect(real.stdout.trim().split('\n')).toHaveLength(1);
    expect(real.stderr).toMatch(/^askwell: line 2: not valid JSON/);
  });
});
