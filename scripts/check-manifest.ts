// `node bin/run-ts.mjs scripts/check-manifest.ts DIR...`: checks the manifest.json that `wxt build`
// wrote in each DIR (e.g. .output/chrome-mv3 .output/firefox-mv2) against the promises the README
// makes: the only permission is "storage", no host access beyond the mail sites the content
// script runs on, and the content script runs on exactly those sites. .ci/run calls it after the
// builds; tests/build/manifest.test.ts applies the same rules to the config without building.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAIL_MATCHES } from '../lib/sites/matches';

/** The parts of a WebExtension manifest (MV2 or MV3) these rules look at. */
export interface ManifestLike {
  permissions?: readonly unknown[];
  optional_permissions?: readonly unknown[];
  host_permissions?: readonly unknown[];
  optional_host_permissions?: readonly unknown[];
  content_scripts?: ReadonlyArray<{ matches?: readonly string[] }>;
}

export const EXPECTED_PERMISSIONS: readonly string[] = ['storage'];

/** Everything wrong with `manifest`, as readable lines; an empty array means it is fine. */
export function manifestProblems(manifest: ManifestLike, expectedMatches: readonly string[] = MAIL_MATCHES): string[] {
  const problems: string[] = [];
  const show = (value: unknown) => JSON.stringify(value ?? null);
  const expected = new Set(expectedMatches);

  const permissions = manifest.permissions ?? [];
  if (show(permissions) !== show(EXPECTED_PERMISSIONS)) {
    problems.push(`permissions should be exactly ${show(EXPECTED_PERMISSIONS)}, got ${show(permissions)}`);
  }
  if ((manifest.optional_permissions ?? []).length > 0) {
    problems.push(`optional_permissions should be empty, got ${show(manifest.optional_permissions)}`);
  }
  if ((manifest.optional_host_permissions ?? []).length > 0) {
    problems.push(`optional_host_permissions should be empty, got ${show(manifest.optional_host_permissions)}`);
  }
  // MV3 content scripts need no host permission; allow at most the mail sites themselves.
  for (const host of manifest.host_permissions ?? []) {
    if (typeof host !== 'string' || !expected.has(host)) problems.push(`host_permissions has ${show(host)}, which no content script needs`);
  }

  const scripts = manifest.content_scripts ?? [];
  const matched = new Set<string>();
  scripts.forEach((script, i) => {
    for (const pattern of script.matches ?? []) {
      matched.add(pattern);
      if (!expected.has(pattern)) problems.push(`content_scripts[${i}] matches ${show(pattern)}, which is not a mail site`);
    }
  });
  for (const pattern of expectedMatches) {
    if (!matched.has(pattern)) problems.push(`no content script matches ${show(pattern)}`);
  }

  // Belt and braces: these two must never appear anywhere, whatever key a future WXT puts them under.
  const all = JSON.stringify(manifest);
  if (all.includes('<all_urls>')) problems.push('the manifest mentions <all_urls>');
  if (/"tabs"/.test(all)) problems.push('the manifest mentions the "tabs" permission');
  return problems;
}

function main(dirs: readonly string[]): number {
  if (dirs.length === 0) {
    process.stderr.write('usage: node bin/run-ts.mjs scripts/check-manifest.ts DIR...  (e.g. .output/chrome-mv3)\n');
    return 2;
  }
  let failed = false;
  for (const dir of dirs) {
    const file = join(dir, 'manifest.json');
    let manifest: ManifestLike;
    try {
      manifest = JSON.parse(readFileSync(file, 'utf8')) as ManifestLike;
    } catch (error) {
      process.stderr.write(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}\n`);
      failed = true;
      continue;
    }
    const problems = manifestProblems(manifest);
    if (problems.length === 0) process.stdout.write(`${file}: ok\n`);
    for (const problem of problems) process.stderr.write(`${file}: ${problem}\n`);
    if (problems.length > 0) failed = true;
  }
  return failed ? 1 : 0;
}

// Run only when executed, not when a test imports manifestProblems.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
