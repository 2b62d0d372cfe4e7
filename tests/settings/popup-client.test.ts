import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/analyze';
import type { ActiveComposeReply } from '../../lib/messages';
import { DEFAULT_TIMEOUT_MS, fetchActiveCompose, isActiveComposeReply, type BrowserLike } from '../../lib/popup-client';

afterEach(() => {
  vi.useRealTimers();
});

const TEXT = 'Could you review the budget by Friday? No worries if not. Thanks!';
const REPLY: ActiveComposeReply = { site: 'gmail', compose: { text: TEXT, report: analyze(TEXT), skipped: false } };

/** A fake `browser` whose active tab answers with `answer` (a value, a rejection, or never). */
function fakeBrowserLike(
  answer: (tabId: number) => Promise<unknown>,
  tabs: Array<{ id?: number }> = [{ id: 7 }],
): BrowserLike & { query: ReturnType<typeof vi.fn>; sendMessage: ReturnType<typeof vi.fn> } {
  const query = vi.fn(async () => tabs);
  const sendMessage = vi.fn(async (tabId: number) => answer(tabId));
  return { tabs: { query, sendMessage }, query, sendMessage };
}

describe('fetchActiveCompose', () => {
  it('asks the active tab of the current window with the typed message', async () => {
    const b = fakeBrowserLike(async () => REPLY);
    expect(await fetchActiveCompose(b, 100)).toEqual(REPLY);
    expect(b.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(b.sendMessage).toHaveBeenCalledWith(7, { type: 'askwell:get-active-compose' });
  });

  it.each<[string, ActiveComposeReply]>([
    ['no compose open', { site: 'outlook', compose: null }],
    ['a compose not analysed yet', { site: 'gmail', compose: { text: '', report: null, skipped: false } }],
    ['a skipped compose', { site: 'gmail', compose: { text: 'x', report: null, skipped: true } }],
  ])('passes on a valid reply: %s', async (_name, reply) => {
    expect(await fetchActiveCompose(fakeBrowserLike(async () => reply), 100)).toEqual(reply);
  });

  it.each<[string, () => Promise<unknown>]>([
    ['no content script ("Receiving end does not exist")', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))],
    ['no reply (undefined)', async () => undefined],
    ['a reply of another shape', async () => ({ ok: true })],
    ['an unknown site', async () => ({ site: 'yahoo', compose: null })],
    ['a compose without text', async () => ({ site: 'gmail', compose: { report: null, skipped: false } })],
    ['a report without checks', async () => ({ site: 'gmail', compose: { text: '', report: {}, skipped: false } })],
  ])('resolves to null on %s', async (_name, answer) => {
    expect(await fetchActiveCompose(fakeBrowserLike(answer), 100)).toBeNull();
  });

  it.each<[string, Array<{ id?: number }>]>([
    ['no active tab', []],
    ['a tab without an id (devtools, some system pages)', [{}]],
  ])('resolves to null without messaging on %s', async (_name, tabs) => {
    const b = fakeBrowserLike(async () => REPLY, tabs);
    expect(await fetchActiveCompose(b, 100)).toBeNull();
    expect(b.sendMessage).not.toHaveBeenCalled();
  });

  it('resolves to null when tabs.query throws', async () => {
    const b: BrowserLike = {
      tabs: {
        query: () => Promise.reject(new Error('no tabs API here')),
        sendMessage: () => Promise.resolve(REPLY),
      },
    };
    expect(await fetchActiveCompose(b, 100)).toBeNull();
  });

  it('gives up after the timeout when the tab never answers', async () => {
    vi.useFakeTimers();
    const result = fetchActiveCompose(fakeBrowserLike(() => new Promise(() => {})), 250);
    let settled: unknown = 'pending';
    void result.then((r) => (settled = r));
    await vi.advanceTimersByTimeAsync(249);
    expect(settled).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBeNull();
  });

  it('uses a short default timeout', async () => {
    expect(DEFAULT_TIMEOUT_MS).toBeGreaterThanOrEqual(200);
    expect(DEFAULT_TIMEOUT_MS).toBeLessThanOrEqual(1000);
    vi.useFakeTimers();
    const result = fetchActiveCompose(fakeBrowserLike(() => new Promise(() => {})));
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS);
    expect(await result).toBeNull();
  });

  it('clears its timer when the answer comes first', async () => {
    vi.useFakeTimers();
    await fetchActiveCompose(fakeBrowserLike(async () => REPLY), 5000);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('isActiveComposeReply', () => {
  it('accepts a real report from analyze()', () => {
    expect(isActiveComposeReply(REPLY)).toBe(true);
    expect(isActiveComposeReply(JSON.parse(JSON.stringify(REPLY)))).toBe(true);
  });

  it.each([null, undefined, 'gmail', [], { site: 'gmail' }, { site: 'gmail', compose: [] }])('rejects %j', (x) => {
    expect(isActiveComposeReply(x)).toBe(false);
  });
});
