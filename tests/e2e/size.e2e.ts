// Size budget (issue 6): all JavaScript the extension injects into the mail page, gzipped, ≤ 160 KB.
// Reads the build `npm run test:e2e` makes; the manifest says which files are injected.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION } from './harness';

export const INJECTED_JS_BUDGET = 160 * 1024;

describe('what the mail page loads', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as {
    content_scripts: { matches: string[]; js?: string[] }[];
  };
  const files = [...new Set(manifest.content_scripts.flatMap((c) => c.js ?? []))];

  it('injects only the compose script', () => {
    expect(files).toEqual(['content-scripts/compose.js']);
  });

  it(`stays within ${INJECTED_JS_BUDGET / 1024} KB of gzipped JavaScript`, () => {
    const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(EXTENSION, file)), { level: 9 }).length, 0);
    console.log(`injected JavaScript: ${files.join(', ')}: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(INJECTED_JS_BUDGET);
  });
});
