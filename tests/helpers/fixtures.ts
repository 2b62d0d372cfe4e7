// Loads the shared offline compose pages (../shared/fixtures) into their own happy-dom Window
// with JavaScript on, so the pages' inline scripts build the composes and `window.__fixture`
// works, and the URL (query string included) is the one the page reads.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import type { SiteId } from '../../lib/sites/types';

export const FIXTURES_DIR = path.resolve(process.cwd(), '../shared/fixtures');

export type Site = SiteId;

const FILES: Record<Site, string> = { gmail: 'gmail-compose.html', outlook: 'outlook-compose.html' };
/** Real origins, so adapters' `matches` agree with the page under test. */
export const FIXTURE_URLS: Record<Site, string> = {
  gmail: 'https://mail.google.com/mail/u/0/',
  outlook: 'https://outlook.live.com/mail/0/',
};

export interface Recipient {
  name: string;
  email: string;
}
export interface OpenOptions {
  text?: string;
  subject?: string;
  to?: Recipient[];
  expanded?: boolean;
  kind?: string;
}
/** The page-world API both fixture pages expose (README "Opening composes"). */
export interface FixtureApi {
  client: Site;
  sent: Array<{ composeId: string; variant: string; subject: string; trigger: string; trusted: boolean; text: string }>;
  composes(): HTMLElement[];
  openCompose(opts?: OpenOptions): HTMLElement;
  openReply(opts?: OpenOptions): HTMLElement;
  openForward?(opts?: OpenOptions): HTMLElement;
  openNewMail?(opts?: OpenOptions): HTMLElement;
  openPopout?(opts?: OpenOptions): HTMLElement;
  popOut?(root: HTMLElement): HTMLElement;
}

export interface LoadedFixture {
  window: Window;
  document: Document;
  url: URL;
  fixture: FixtureApi;
  close(): Promise<void>;
}

const cache = new Map<Site, string>();
export function fixtureHtml(site: Site): string {
  let html = cache.get(site);
  if (html === undefined) {
    html = readFileSync(path.join(FIXTURES_DIR, FILES[site]), 'utf8');
    cache.set(site, html);
  }
  return html;
}

/** `query` is appended to the page URL, e.g. `?empty=1` or `?view=popout`. */
export async function loadFixture(site: Site, query = ''): Promise<LoadedFixture> {
  const url = FIXTURE_URLS[site] + query;
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: true,
      // Our own test pages, no untrusted code: the warning is noise here.
      suppressInsecureJavaScriptEnvironmentWarning: true,
    },
  });
  window.document.write(fixtureHtml(site));
  await window.happyDOM.waitUntilComplete();
  const fixture = (window as unknown as { __fixture?: FixtureApi }).__fixture;
  if (!fixture) throw new Error(`${FILES[site]}: inline script did not run (no window.__fixture)`);
  return {
    window,
    document: window.document as unknown as Document,
    url: new URL(url),
    fixture,
    close: () => window.happyDOM.close(),
  };
}

/** Lets MutationObserver callbacks and the watcher's microtask batch run. */
export const settle = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A click as the page's document-level listeners expect it. */
export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('click: no element');
  (el as HTMLElement).click();
}
