// Real Chromium (Debian's /usr/bin/chromium, never a downloaded browser) with the built
// extension, the shared fixture pages served at the real mail URLs by Playwright routing, so
// the manifest's match patterns are exercised with no network (shared/notes/toolchain.md §4).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { SiteId } from '../../lib/sites/types';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION = resolve('.output/chrome-mv3');
const FIXTURES = resolve('..', 'shared', 'fixtures');

export interface Site {
  name: SiteId;
  origin: string;
  /** Page path; `?empty=1` starts the fixture with no compose open. */
  path: string;
  fixture: string;
  /** The editable message bodies (To/Cc fields and read-only bodies excluded). */
  bodies: string;
  /** The single-key shortcut that opens a compose when typed outside an editable. */
  composeKey: string;
  openCompose(page: Page): Promise<void>;
  closeCompose(page: Page, body: Locator): Promise<void>;
}

export const SITES: readonly Site[] = [
  {
    name: 'gmail',
    origin: 'https://mail.google.com',
    path: '/mail/u/0/?empty=1',
    fixture: 'gmail-compose.html',
    bodies: 'div[contenteditable="true"][g_editable="true"]',
    composeKey: 'c',
    openCompose: (page) => page.locator('[gh="cm"]').click(),
    closeCompose: (_page, body) => body.locator('xpath=ancestor::*[@role="dialog"][1]').locator('.Ha').click(),
  },
  {
    name: 'outlook',
    origin: 'https://outlook.office.com',
    path: '/mail/0/?empty=1',
    fixture: 'outlook-compose.html',
    bodies: 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]',
    composeKey: 'n',
    openCompose: (page) => page.locator('button[aria-label="New mail"]').click(),
    closeCompose: (_page, body) =>
      body.locator('xpath=ancestor::*[contains(@class,"fx-compose")][1]').locator('button[aria-label="Discard"]').click(),
  },
];

export interface Browser {
  context: BrowserContext;
  /** The extension's id (chrome-extension://<id>/popup.html), when it is loaded. */
  extensionId: string | null;
  /** Every request the context made that was not to a routed fixture page or the extension itself. */
  stray: string[];
  close(): Promise<void>;
}

/** A fresh profile with (or without) the extension, every mail origin answered by its fixture page. */
export async function launch(options: { extension: boolean }): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  if (options.extension && !existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const profile = mkdtempSync(join(tmpdir(), 'askwell-e2e-'));
  const args = [
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
  ];
  if (options.extension) args.push(`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1440, height: 900 },
  });
  const stray: string[] = [];
  for (const site of SITES) {
    const html = readFileSync(join(FIXTURES, site.fixture), 'utf8');
    await context.route(`${site.origin}/**`, (route) => route.fulfill({ status: 200, body: html, contentType: 'text/html; charset=utf-8' }));
  }
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return;
    if (SITES.some((s) => url.startsWith(`${s.origin}/`) && request.resourceType() === 'document')) return;
    stray.push(`${request.method()} ${url}`);
  });
  let extensionId: string | null = null;
  if (options.extension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    stray,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Sidebar of the n-th compose (0-based, in the order they were opened). */
export const sidebars = (page: Page) => page.locator('askwell-sidebar [data-askwell="sidebar"]');

/**
 * Runs `expression` in the extension's isolated world on `page` (where the content script
 * lives), through the DevTools protocol: the way to inject a fault into Askwell without any
 * test hook in the product.
 */
export async function evaluateInExtensionWorld(page: Page, expression: string): Promise<void> {
  await valueInExtensionWorld(page, expression);
}

/** The (JSON-serialisable) value of `expression` in the extension's isolated world on `page`. */
export async function valueInExtensionWorld<T = unknown>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string } } }) =>
    contexts.push(e.context),
  );
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Askwell');
  if (!world) throw new Error(`no Askwell isolated world among: ${contexts.map((c) => c.name).join(', ')}`);
  const result = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
  await cdp.detach();
  if ((result as { exceptionDetails?: unknown }).exceptionDetails) throw new Error(`evaluate failed: ${JSON.stringify(result)}`);
  return (result as { result: { value: T } }).result.value;
}

export const sentLog = (page: Page) => page.locator('#sent-log li');

/** The shared fixture page of `site`, as served at the mail URL. */
export function fixtureHtml(site: Site): string {
  return readFileSync(join(FIXTURES, site.fixture), 'utf8');
}

/**
 * Serves `html` instead of the fixture on `page` only (page routes take precedence over the
 * context's): for a changed or hostile version of a mail page.
 */
export async function servePage(page: Page, site: Site, html: string): Promise<void> {
  await page.route(`${site.origin}/**`, (route) => route.fulfill({ status: 200, body: html, contentType: 'text/html; charset=utf-8' }));
}
