// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { analyze } from '../../lib/analyze';
import { CHECKS } from '../../lib/checks';
import type { CheckMeta } from '../../lib/checks';
import { formatChecklist } from '../../lib/cli';
import { maskQuotedAndSignature } from '../../lib/plain-text';
import {
  currentSection,
  END_MARKER,
  escapeMarkdown,
  EXAMPLE_DRAFT,
  EXAMPLE_JSONL,
  fence,
  markers,
  README_PATH,
  regenerate,
  renderChecksSection,
  renderCliExamples,
  START_MARKER,
  withSection,
} from '../../scripts/readme-checks';

const readme = () => readFileSync(README_PATH, 'utf8');

/** The text under a "## heading", up to the next "## ". */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`README.md has no "## ${heading}" section`);
  const next = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, next === -1 ? undefined : next);
}

describe('README.md', () => {
  it('is the README at the repository root', () => {
    expect(README_PATH).toBe(resolve(import.meta.dirname, '../../README.md'));
  });

  it('has an up-to-date checklist section', () => {
    expect(currentSection(readme()), 'README.md\'s "The checklist" is out of date with lib/checks: run `npm run docs`').toBe(
      renderChecksSection(CHECKS),
    );
  });

  it.each(['cli-example-draft', 'cli-example-output', 'cli-example-jsonl'] as const)('has an up-to-date %s in "The CLI"', async (name) => {
    const rendered = await renderCliExamples();
    expect(currentSection(readme(), name), `README.md's ${name} in "The CLI" is out of date with the CLI: run \`npm run docs\``).toBe(
      rendered[name],
    );
  });

  it('keeps the CLI examples under "The CLI"', () => {
    const cli = section(readme(), 'The CLI');
    for (const name of ['cli-example-draft', 'cli-example-output', 'cli-example-jsonl'] as const) {
      expect(cli).toContain(markers(name).start);
    }
  });

  it('keeps the generated checklist under "The checklist"', () => {
    expect(section(readme(), 'The checklist')).toContain(START_MARKER);
  });

  it('says why every dependency is there', () => {
    const listed = section(readme(), 'Dependencies');
    const names = [
      ...Object.keys(packageJson.dependencies),
      ...Object.keys(packageJson.devDependencies),
      ...Object.keys(packageJson.overrides),
    ];
    const missing = names.filter((name) => !listed.includes(`\`${name}\``));
    expect(missing, 'add a line to the README\'s "Dependencies" for each of these').toEqual([]);
  });

  it('gives the set-up commands: install, run the product, run the tests', () => {
    const setup = section(readme(), 'Set-up');
    expect(setup).toMatch(/```sh\nnpm install\nnpm run demo .*\nnpm test .*\n```/);
  });
});

describe('renderChecksSection', () => {
  const check: CheckMeta = {
    id: 'thanks',
    title: 'Thanks *a lot*',
    looksFor: 'Words like “thx”_here.',
    why: 'Use <b>tags</b> and [links] | pipes.',
    source: 'https://example.com/paper/',
    evidence: 'presence',
    needsAsk: true,
    examples: { met: ['Could you?\n\nThx,\nBo', 'second'], missing: ['Send it_now.', 'other'] },
  };

  it('renders title, id, why, source link and the first example each way', () => {
    const out = renderChecksSection([check], []);
    expect(out.startsWith(`${START_MARKER}\n`)).toBe(true);
    expect(out.endsWith(`\n${END_MARKER}`)).toBe(true);
    expect(out).toContain('### 1. Thanks \\*a lot\\* (`thanks`)');
    expect(out).toContain('Use \\<b\\>tags\\</b\\> and \\[links\\] \\| pipes.');
    expect(out).toContain('- Met: “Could you? / Thx, / Bo”');
    expect(out).toContain('- Missing: “Send it\\_now.”');
    expect(out).toContain('- Source: [example.com/paper](https://example.com/paper/)');
    expect(out).toContain('Looks for: Words like “thx”\\_here.');
    expect(out).not.toContain('second');
    expect(out).not.toContain('## Polish');
  });

  it('renders the polish checks in their own part', () => {
    const out = renderChecksSection([check], [{ ...check, id: 'calm', title: 'Calm' }]);
    expect(out).toContain('## Polish');
    expect(out.indexOf('## Polish')).toBeLessThan(out.indexOf('### 1. Calm (`calm`)'));
  });

  it('replaces only the text between the markers', () => {
    const before = `# T\n\nintro\n\n${START_MARKER}\nold\n${END_MARKER}\n\n## After\n`;
    const after = withSection(before, `${START_MARKER}\nnew\n${END_MARKER}`);
    expect(after).toBe(`# T\n\nintro\n\n${START_MARKER}\nnew\n${END_MARKER}\n\n## After\n`);
  });

  it('refuses a README without the markers', () => {
    expect(() => withSection('# T\n')).toThrow(/needs the markers/);
  });

  it('escapes backslashes too', () => {
    expect(escapeMarkdown('a\\b')).toBe('a\\\\b');
  });
});

describe('the CLI examples', () => {
  it('show the draft and the checklist the CLI prints for it', async () => {
    const { 'cli-example-draft': draft, 'cli-example-output': output } = await renderCliExamples();
    expect(draft).toContain(fence('text', EXAMPLE_DRAFT));
    const report = analyze(maskQuotedAndSignature(EXAMPLE_DRAFT));
    expect(output).toContain(fence('text', formatChecklist(EXAMPLE_DRAFT, report)));
    expect(output).toContain('Polish:');
  });

  it('show the --jsonl command and its one output line', async () => {
    const { 'cli-example-jsonl': jsonl } = await renderCliExamples();
    expect(jsonl).toContain(`echo '${EXAMPLE_JSONL}' | npx askwell --jsonl`);
    const line = jsonl.split('\n').find((l) => l.startsWith('{"id"'));
    expect(Object.keys(JSON.parse(line!))).toEqual(['id', 'checks', 'asks', 'sentences', 'otherShare']);
  });

  it('quote a draft with a single quote and backticks safely', async () => {
    const out = await renderCliExamples('Could you send ```the``` file by Friday? Thanks!\n', JSON.stringify({ id: 1, body: "Can't you?" }));
    expect(out['cli-example-draft']).toContain('````text\nCould you send ```the``` file by Friday? Thanks!\n````');
    expect(out['cli-example-jsonl']).toContain(`echo '{"id":1,"body":"Can'\\''t you?"}' | npx askwell --jsonl`);
  });

  it('are reported stale when the README output differs from the CLI', async () => {
    const fresh = (await regenerate(readme())).updated;
    expect((await regenerate(fresh)).stale).toEqual([]);
    const { start, end } = markers('cli-example-output');
    const tampered = withSection(fresh, `${start}\n\`\`\`text\n✓ Specific ask: old output\n\`\`\`\n${end}`, 'cli-example-output');
    const { updated, stale } = await regenerate(tampered);
    expect(stale).toEqual(['the CLI example output']);
    expect(updated).toBe(fresh);
  });
});
