import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, CHECK_IDS, POLISH_IDS } from '../../lib/analyze';
import { resultOf } from '../helpers/status';
import { CHECKS, POLISH_CHECKS } from '../../lib/checks';

const ALL = [...CHECKS, ...POLISH_CHECKS];


const checkFile = (id: string) => join(process.cwd(), 'lib', 'checks', `${id}.ts`);

describe('check registry', () => {
  it('registers every check id once, in checklist order', () => {
    expect(CHECKS.map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect(POLISH_CHECKS.map((c) => c.id)).toEqual([...POLISH_IDS]);
  });

  it.each(ALL.map((c) => [c.id, c] as const))('%s has real metadata', (id, check) => {
    expect(existsSync(checkFile(id))).toBe(true);
    expect(check.title.length).toBeGreaterThan(2);
    expect(check.why.split(' ').length).toBeGreaterThanOrEqual(8);
    expect(check.looksFor.split(' ').length).toBeGreaterThanOrEqual(8);
    expect(check.source).toMatch(/^https:\/\//);
    expect(check.examples.met.length).toBeGreaterThanOrEqual(2);
    expect(check.examples.missing.length).toBeGreaterThanOrEqual(2);
  });
});

// Each check's examples are its first tests: what the user reads in the docs is what it does.
const examples = ALL.flatMap((c) => [
  ...c.examples.met.map((text) => [c.id, 'met', text] as const),
  ...c.examples.missing.map((text) => [c.id, 'missing', text] as const),
]);

describe('check examples', () => {
  it.each(examples)('%s is %s for %j', (id, status, text) => {
    const result = resultOf(analyze(text), id);
    expect(result.status).toBe(status);
    if (status === 'met') {
      if (ALL.find((c) => c.id === id)!.evidence === 'absence') return;
      expect(result.evidence.length).toBeGreaterThan(0);
      for (const e of result.evidence) expect(text.slice(e.start, e.end).trim()).not.toBe('');
    } else {
      expect(result.suggestion.length).toBeGreaterThan(10);
    }
  });
});
