// Opens Chromium with the built extension for `npm start` and `npm run demo`. Debian/Ubuntu
// Chromium or a Chromium build: Google-branded Chrome ignores --load-extension.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const EXTENSION = resolve('.output/chrome-mv3');

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH. ' +
        'Google Chrome will not load an unpacked extension from the command line.',
    );
  }
  return found;
}

export async function openWithExtension(options: { headless: boolean }): Promise<BrowserContext> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('No build in .output/chrome-mv3: run `npm run build` first.');
  const profile = mkdtempSync(join(tmpdir(), 'askwell-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless,
    viewport: options.headless ? { width: 1440, height: 900 } : null,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-first-run',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(options.headless ? ['--disable-gpu', '--disable-background-networking', '--disable-component-update'] : []),
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return context;
}

/** Resolves when the user closes the browser window. */
export const untilClosed = (context: BrowserContext) => new Promise<void>((done) => context.on('close', () => done()));

const DEMO_PAGE = resolve('assets/demo/compose.html');

/**
 * The bundled demo compose page at the real Gmail URL, so the content script runs exactly as on
 * Gmail; every other request is refused (the demo is offline by design).
 */
export async function openDemo(context: BrowserContext): Promise<Page> {
  const html = readFileSync(DEMO_PAGE, 'utf8');
  await context.route('https://mail.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await context.route(/^https?:\/\/(?!mail\.google\.com\/)/, (route) => route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://mail.google.com/mail/u/0/');
  await page.locator('askwell-sidebar [data-askwell="sidebar"] [data-status]').first().waitFor({ timeout: 20_000 });
  return page;
}

export function extensionIdOf(context: BrowserContext): string {
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('the extension has no service worker');
  return new URL(worker.url()).host;
}
