// @vitest-environment node
// The code reads top down (issue 11): analyze.ts → checks → analyzer → lexicon, and no module of
// lib/ reaches itself again through its imports, type imports included.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve('lib');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The lib/ files a file imports or re-exports from, by relative path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)[^'"]*?from '(\.[^']+)'/gm)) {
    const base = resolve(dirname(file), m[1]!);
    const hit = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p));
    if (hit) found.push(hit);
  }
  return found;
}

function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (f: string) => {
    if (path.includes(f)) {
      found.push([...path.slice(path.indexOf(f)), f].map((p) => relative(LIB, p)));
      return;
    }
    if (done.has(f)) return;
    path.push(f);
    for (const next of graph.get(f) ?? []) visit(next);
    path.pop();
    done.add(f);
  };
  files.forEach(visit);
  return found;
}

describe('lib/ layers', () => {
  const files = sources(LIB);

  it('has no import cycles', () => {
    expect(cycles(files)).toEqual([]);
  });

  it.each([
    ['lib/analyzer', ['lib/checks', 'lib/page', 'lib/sites', 'components', 'lib/analyze.ts']],
    ['lib/checks', ['lib/page', 'lib/sites', 'components', 'lib/analyze.ts']],
    ['lib/lexicon', ['lib/analyzer', 'lib/checks', 'lib/page', 'lib/sites', 'components', 'lib/analyze.ts']],
  ])('%s imports nothing from above it', (layer, above) => {
    const offending = files
      .filter((f) => relative(resolve('.'), f).startsWith(layer))
      .flatMap((f) => importsOf(f).map((to) => [relative(resolve('.'), f), relative(resolve('.'), to)] as const))
      .filter(([, to]) => above.some((a) => to === a || to.startsWith(`${a}/`)));
    expect(offending).toEqual([]);
  });
});
