// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { CHECKS } from '../../lib/checks';
import type { CheckMeta } from '../../lib/checks';
import {
  currentSection,
  END_MARKER,
  escapeMarkdown,
  README_PATH,
  renderChecksSection,
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

  it('gives the two set-up commands', () => {
    expect(section(readme(), 'Set-up')).toContain('```sh\nnpm install\nnpm test\n```');
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
