// Opens Chromium with the built extension for `npm start` and `npm run demo`. Debian/Ubuntu
// Chromium or a Chromium build: Google-branded Chrome ignores --load-extension.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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
