import { gmail } from './gmail';
import { outlook } from './outlook';
import type { SiteAdapter } from './types';

export type { SiteAdapter } from './types';
export { gmail, createGmailAdapter, GMAIL_SELECTORS } from './gmail';
export { outlook, createOutlookAdapter, OUTLOOK_SELECTORS } from './outlook';

const ADAPTERS: readonly SiteAdapter[] = [gmail, outlook];

/** The adapter for the page at `url`, or null on a page Askwell does not serve. */
export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}
