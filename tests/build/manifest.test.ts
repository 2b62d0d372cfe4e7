// @vitest-environment node
// The manifest WXT would generate, checked without building: the manifest object from wxt.config.ts
// plus what WXT derives from the entrypoints (see node_modules/wxt/dist/core/utils/manifest.mjs,
// addEntrypoints): content scripts become `content_scripts`, except `registration: 'runtime'` ones,
// whose matches become host_permissions; a sidepanel entrypoint adds the "sidePanel" permission.
// The built manifests get the same rules in .ci/run (scripts/check-manifest.ts).
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import compose from '../../entrypoints/compose.content/index';
import { MAIL_MATCHES } from '../../lib/sites/matches';
import { manifestProblems, type ManifestLike } from '../../scripts/check-manifest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRYPOINTS = join(ROOT, 'entrypoints');

/** The five mail origins, spelled out: adding a site should be a conscious change here too. */
const FIVE_ORIGINS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
];

/** WXT options may be per browser (`{ chrome: [...], firefox: [...] }`); we build for both. */
type PerBrowser<T> = T | Record<string, T>;
const BROWSERS = ['chrome', 'firefox'] as const;

interface ContentScriptOptions {
  matches?: PerBrowser<string[]>;
  registration?: PerBrowser<'manifest' | 'runtime'>;
}

function forBrowser<T>(option: PerBrowser<T> | undefined, browser: string): T | undefined {
  if (option === undefined || Array.isArray(option) || typeof option !== 'object' || option === null) return option as T | undefined;
  return (option as Record<string, T>)[browser];
}

/** Every match pattern of a content script, whichever browser it is built for. */
const matchesOf = (options: ContentScriptOptions) => [...new Set(BROWSERS.flatMap((b) => forBrowser(options.matches, b) ?? []))];
const registeredAtRuntime = (options: ContentScriptOptions) => BROWSERS.some((b) => forBrowser(options.registration, b) === 'runtime');

/** Entrypoints by WXT name: `foo.ts` and `foo/index.ts` are both "foo". */
function entrypoints(): Array<{ name: string; file: string }> {
  return readdirSync(ENTRYPOINTS).flatMap((entry) => {
    const path = join(ENTRYPOINTS, entry);
    if (statSync(path).isDirectory()) {
      const index = readdirSync(path).find((f) => /^index\.(ts|tsx|js|jsx|html)$/.test(f));
      return index ? [{ name: entry, file: join(path, index) }] : [];
    }
    const match = /^(.+)\.(ts|tsx|js|jsx|html)$/.exec(entry);
    return match ? [{ name: match[1]!, file: path }] : [];
  });
}

const isContentScript = (name: string) => name === 'content' || name.endsWith('.content');
const isSidepanel = (name: string) => name === 'sidepanel' || name.endsWith('.sidepanel');

async function contentScripts(): Promise<Array<{ name: string; options: ContentScriptOptions }>> {
  const found = entrypoints().filter((e) => isContentScript(e.name));
  return Promise.all(
    found.map(async ({ name, file }) => {
      // defineContentScript returns its options object; importing runs no main().
      const module = (await import(pathToFileURL(file).href)) as { default: ContentScriptOptions };
      return { name, options: module.default };
    }),
  );
}

async function configManifest(): Promise<ManifestLike & Record<string, unknown>> {
  const manifest = config.manifest;
  const resolved = typeof manifest === 'function'
    ? await manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' })
    : await manifest;
  return (resolved ?? {}) as ManifestLike & Record<string, unknown>;
}

/** What WXT would write for a Chrome MV3 production build, as far as permissions and matches go. */
async function wouldBeManifest(): Promise<ManifestLike> {
  const base = await configManifest();
  const scripts = await contentScripts();
  const permissions = [...((base.permissions as string[] | undefined) ?? [])];
  if (entrypoints().some((e) => isSidepanel(e.name))) permissions.push('sidePanel');
  const runtimeMatches = scripts.filter((s) => registeredAtRuntime(s.options)).flatMap((s) => matchesOf(s.options));
  return {
    ...base,
    permissions,
    host_permissions: [...((base.host_permissions as string[] | undefined) ?? []), ...runtimeMatches],
    content_scripts: scripts.filter((s) => !registeredAtRuntime(s.options)).map((s) => ({ matches: matchesOf(s.options) })),
  };
}

describe('the manifest wxt.config.ts and the entrypoints would produce', () => {
  it('asks for the storage permission only', async () => {
    const manifest = await configManifest();
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('asks for no host permissions', async () => {
    const manifest = await configManifest();
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it.each(BROWSERS)('runs the compose content script on exactly the five mail origins (%s)', (browser) => {
    expect([...(forBrowser(compose.matches, browser) ?? [])].sort()).toEqual([...FIVE_ORIGINS].sort());
    expect([...MAIL_MATCHES].sort()).toEqual([...FIVE_ORIGINS].sort());
  });

  it('has no content script outside the mail origins and none registered at runtime', async () => {
    const scripts = await contentScripts();
    expect(scripts.map((s) => s.name)).toContain('compose.content');
    for (const { name, options } of scripts) {
      expect(registeredAtRuntime(options), `${name}: runtime registration turns matches into host_permissions`).toBe(false);
      for (const pattern of matchesOf(options)) expect(FIVE_ORIGINS, `${name} matches ${pattern}`).toContain(pattern);
    }
  });

  it('adds no permission through its entrypoints (no side panel)', () => {
    expect(entrypoints().filter((e) => isSidepanel(e.name))).toEqual([]);
  });

  it('never mentions <all_urls> or tabs', async () => {
    const text = JSON.stringify(await wouldBeManifest());
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/"tabs"/);
  });

  it('passes the same rules as the built manifests', async () => {
    expect(manifestProblems(await wouldBeManifest())).toEqual([]);
  });
});

describe('manifestProblems', () => {
  const good: ManifestLike = { permissions: ['storage'], content_scripts: [{ matches: [...FIVE_ORIGINS] }] };

  it('accepts the expected manifest', () => {
    expect(manifestProblems(good)).toEqual([]);
  });

  it.each<[string, ManifestLike, RegExp]>([
    ['an extra permission', { ...good, permissions: ['storage', 'tabs'] }, /permissions should be exactly/],
    ['no permissions', { ...good, permissions: [] }, /permissions should be exactly/],
    ['<all_urls> host access', { ...good, host_permissions: ['<all_urls>'] }, /<all_urls>/],
    ['a host nobody needs', { ...good, host_permissions: ['https://example.com/*'] }, /which no content script needs/],
    ['an optional permission', { ...good, optional_permissions: ['history'] }, /optional_permissions/],
    ['a missing mail site', { ...good, content_scripts: [{ matches: FIVE_ORIGINS.slice(1) }] }, /no content script matches "https:\/\/mail.google.com\/\*"/],
    ['an extra site', { ...good, content_scripts: [{ matches: [...FIVE_ORIGINS, 'https://example.com/*'] }] }, /not a mail site/],
  ])('rejects %s', (_, manifest, problem) => {
    expect(manifestProblems(manifest).join('\n')).toMatch(problem);
  });
});
