import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchComposes, type ComposeHandle, type WatchOptions } from '../../lib/page/compose-watcher';
import { createGmailAdapter, gmail } from '../../lib/sites/gmail';
import { outlook } from '../../lib/sites/outlook';
import type { SiteAdapter } from '../../lib/sites/types';
import { click, loadFixture, settle, type LoadedFixture, type Site } from '../helpers/fixtures';

const REMOVE_DELAY = 10;
/** Long enough that the safety sweep never runs unless a test asks for it. */
const OPTIONS: WatchOptions = { removeDelayMs: REMOVE_DELAY, sweepMs: 60_000 };
const ADAPTERS: Record<Site, SiteAdapter> = { gmail, outlook };

let page: LoadedFixture | undefined;
let controller: AbortController | undefined;
afterEach(async () => {
  controller?.abort();
  await page?.close();
  page = undefined;
});

type Event = [kind: 'add' | 'remove' | 'change', id: number];

async function start(site: Site, query = '', options: WatchOptions = OPTIONS, adapter = ADAPTERS[site]) {
  page = await loadFixture(site, query);
  controller = new AbortController();
  const events: Event[] = [];
  const handles = new Map<number, ComposeHandle>();
  watchComposes(
    page.document,
    adapter,
    {
      add: (c) => {
        handles.set(c.id, c);
        events.push(['add', c.id]);
      },
      remove: (c) => events.push(['remove', c.id]),
      change: (c) => events.push(['change', c.id]),
    },
    controller.signal,
    options,
  );
  const take = () => events.splice(0);
  const byVariant = (variant: string) =>
    [...handles.values()].find((h) => h.compose.getAttribute('data-fixture-variant') === variant)!;
  return { ...page, events, take, handles, byVariant, controller };
}

/** Mutation callbacks, the watcher's batch, and the detached-body grace period. */
const afterRemoval = () => settle(REMOVE_DELAY + 20);

describe('watchComposes on the Gmail fixture', () => {
  it('finds the composes already open, synchronously', async () => {
    const { take, handles } = await start('gmail');
    expect(take()).toEqual([
      ['add', 1],
      ['add', 2],
    ]);
    // Roots in adapter order: the mole strip, then the thread.
    expect([...handles.values()].map((h) => h.compose.getAttribute('data-fixture-variant'))).toEqual(['popup', 'inline']);
  });

  it('a compose opened later is found; a second one gets its own handle', async () => {
    const { fixture, take, handles } = await start('gmail', '?empty=1');
    expect(take()).toEqual([]);
    const first = fixture.openCompose({ text: 'Can you help?' });
    await settle();
    expect(take()).toEqual([['add', 1]]);
    expect(handles.get(1)!.compose).toBe(first);
    expect(handles.get(1)!.body).toBe(gmail.findBodies(first)[0]);
    const second = fixture.openCompose();
    await settle();
    expect(take()).toEqual([['add', 2]]);
    expect(handles.get(2)!.compose).toBe(second);
  });

  it('closing one compose removes only it', async () => {
    const { fixture, take } = await start('gmail', '?empty=1');
    const first = fixture.openCompose();
    fixture.openCompose();
    await settle();
    expect(take()).toEqual([
      ['add', 1],
      ['add', 2],
    ]);
    click(first.closest('[role="dialog"]')!.querySelector('.Ha'));
    await afterRemoval();
    expect(take()).toEqual([['remove', 1]]);
  });

  it('an inline reply is found in the thread, and sending it removes it', async () => {
    const { fixture, take } = await start('gmail', '?empty=1');
    const reply = fixture.openReply({ text: 'Could you send the file?' });
    await settle();
    expect(take()).toEqual([['add', 1]]);
    click(reply.querySelector('.aoO'));
    await afterRemoval();
    expect(take()).toEqual([['remove', 1]]);
    expect(fixture.sent).toHaveLength(1);
  });

  it('full screen re-parents the body: same handle, change (not remove + add), then close removes it', async () => {
    const { document, take, byVariant } = await start('gmail');
    take();
    const popup = byVariant('popup');
    click(popup.compose.closest('[role="dialog"]')!.querySelector('.Hq'));
    await afterRemoval();
    expect(take()).toEqual([['change', popup.id]]);
    expect(popup.body.closest('.aSs')).not.toBeNull();
    expect(popup.compose).toBe(document.querySelector('.aSs .M9'));
    // Back to the mole strip and into full screen again: still the same handle.
    click(popup.compose.closest('[role="dialog"]')!.querySelector('.Hq'));
    await afterRemoval();
    click(popup.compose.closest('[role="dialog"]')!.querySelector('.Hq'));
    await afterRemoval();
    expect(take()).toEqual([
      ['change', popup.id],
      ['change', popup.id],
    ]);
    // Closing inside the full-screen host (observed since it appeared under <body>).
    click(popup.compose.closest('[role="dialog"]')!.querySelector('.Ha'));
    await afterRemoval();
    expect(take()).toEqual([['remove', popup.id]]);
  });

  it('minimising and restoring fire change', async () => {
    const { take, byVariant } = await start('gmail');
    take();
    const popup = byVariant('popup');
    const minimise = popup.compose.closest('[role="dialog"]')!.querySelector('.Hl');
    click(minimise);
    await settle();
    expect(take()).toEqual([['change', popup.id]]);
    expect(gmail.isHidden(popup.compose)).toBe(true);
    click(minimise);
    await settle();
    expect(take()).toEqual([['change', popup.id]]);
    expect(gmail.isHidden(popup.compose)).toBe(false);
  });

  it('abort disconnects: mutations afterwards fire nothing', async () => {
    const { fixture, take, controller, byVariant } = await start('gmail');
    take();
    controller.abort();
    fixture.openCompose();
    click(byVariant('popup').compose.closest('[role="dialog"]')!.querySelector('.Ha'));
    byVariant('inline').compose.remove();
    await afterRemoval();
    expect(take()).toEqual([]);
  });

  it('an already aborted signal starts nothing', async () => {
    page = await loadFixture('gmail');
    const add = vi.fn();
    const c = new AbortController();
    c.abort();
    watchComposes(page.document, gmail, { add, remove: add }, c.signal, OPTIONS);
    page.fixture.openCompose();
    await settle();
    expect(add).not.toHaveBeenCalled();
  });

  it('scans only the added subtrees, never the whole document, after the start', async () => {
    page = await loadFixture('gmail', '?empty=1');
    const findBodies = vi.fn((root: ParentNode) => gmail.findBodies(root));
    const spy: SiteAdapter = { ...gmail, findBodies };
    controller = new AbortController();
    watchComposes(page.document, spy, { add: () => {}, remove: () => {} }, controller.signal, OPTIONS);
    const roots = findBodies.mock.calls.map(([root]) => root);
    expect(roots).toEqual(gmail.watchRoots(page.document));
    findBodies.mockClear();
    const root = page.fixture.openCompose();
    await settle();
    const scanned = findBodies.mock.calls.map(([r]) => r);
    expect(scanned).toEqual([root.closest('.fx-win')]);
    // Typing inside a tracked body is not scanned for composes.
    findBodies.mockClear();
    const body = gmail.findBodies(root)[0]!;
    body.append(page.document.createElement('div'));
    await settle();
    expect(findBodies).not.toHaveBeenCalled();
  });

  it('a throwing handler does not stop the watcher', async () => {
    page = await loadFixture('gmail', '?empty=1');
    controller = new AbortController();
    const onError = vi.fn();
    const removed: number[] = [];
    watchComposes(
      page.document,
      gmail,
      {
        add: () => {
          throw new Error('boom');
        },
        remove: (c) => removed.push(c.id),
      },
      controller.signal,
      { ...OPTIONS, onError },
    );
    const first = page.fixture.openCompose();
    page.fixture.openCompose();
    await settle();
    expect(onError).toHaveBeenCalledTimes(2);
    click(first.closest('[role="dialog"]')!.querySelector('.Ha'));
    await afterRemoval();
    expect(removed).toEqual([1]);
  });

  it('falls back to <body> when the roots are missing and moves to them once they appear (sweep)', async () => {
    page = await loadFixture('gmail', '?empty=1');
    const doc = page.document;
    const thread = doc.querySelector('.AO')!;
    thread.classList.remove('AO');
    const quiet = createGmailAdapter(() => {});
    const watchRoots = vi.fn((d: Document) => quiet.watchRoots(d));
    controller = new AbortController();
    const added: ComposeHandle[] = [];
    watchComposes(doc, { ...quiet, watchRoots }, { add: (c) => added.push(c), remove: () => {} }, controller.signal, {
      removeDelayMs: REMOVE_DELAY,
      sweepMs: 20,
    });
    expect(watchRoots.mock.results[0]!.value).toEqual([doc.body]);
    page.fixture.openReply();
    await settle();
    expect(added).toHaveLength(1);
    thread.classList.add('AO');
    await settle(60);
    expect(watchRoots.mock.results.at(-1)!.value).toHaveLength(2);
    // No duplicate add when the narrower roots are scanned for the first time.
    expect(added).toHaveLength(1);
  });
});

describe('watchComposes on the Outlook fixture', () => {
  it('reply, new-mail drafts (hidden tabs), discard', async () => {
    const { fixture, take, handles, document } = await start('outlook');
    expect(take()).toEqual([['add', 1]]);
    fixture.openNewMail!({ subject: 'Draft' });
    await settle();
    // The new draft is added; the reply's conversation tab is hidden.
    expect(take()).toEqual([
      ['add', 2],
      ['change', 1],
    ]);
    expect(outlook.isHidden(handles.get(1)!.compose)).toBe(true);
    click(document.querySelector('[role="tab"][data-fixture-tab="conversation"]'));
    await settle();
    expect(take().sort()).toEqual([
      ['change', 1],
      ['change', 2],
    ]);
    click(handles.get(2)!.compose.querySelector('button[aria-label="Discard"]'));
    await afterRemoval();
    expect(take()).toEqual([['remove', 2]]);
  });

  it('pop-out recreates the compose: the old handle is removed, a new one added', async () => {
    const { fixture, take, handles } = await start('outlook');
    take();
    const popped = fixture.popOut!(handles.get(1)!.compose);
    await afterRemoval();
    expect(take()).toEqual([
      ['add', 2],
      ['remove', 1],
    ]);
    expect(handles.get(2)!.compose).toBe(popped);
  });

  it('sending removes the compose', async () => {
    const { take, handles, fixture } = await start('outlook');
    take();
    click(handles.get(1)!.compose.querySelector('button[aria-label="Send"] i'));
    await afterRemoval();
    expect(take()).toEqual([['remove', 1]]);
    expect(fixture.sent.map((s) => s.variant)).toEqual(['reading-pane']);
  });

  it('the stand-alone pop-out window', async () => {
    const { take, handles } = await start('outlook', '?view=popout');
    expect(take()).toEqual([['add', 1]]);
    expect(handles.get(1)!.compose.getAttribute('data-fixture-variant')).toBe('popout');
  });
});

describe('watchComposes with a hand-built page', () => {
  it('a body whose compose is not resolvable yet is added once it is', async () => {
    document.body.innerHTML = '<div class="AO"></div><div class="dw"></div>';
    const c = new AbortController();
    const added: ComposeHandle[] = [];
    watchComposes(document, gmail, { add: (h) => added.push(h), remove: () => {} }, c.signal, OPTIONS);
    // gmail.js: the .M9 class is not set when the compose is inserted; here neither .M9
    // nor a dialog nor a Send button exists yet.
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<div contenteditable="true" g_editable="true" role="textbox"></div>';
    document.querySelector('.dw')!.append(wrapper);
    await settle();
    expect(added).toEqual([]);
    wrapper.classList.add('M9');
    // Retries back off (first pause 50 ms); the next mutation batch after it resolves the compose.
    wrapper.append(document.createElement('span'));
    await settle();
    expect(added).toEqual([]);
    await settle(60);
    wrapper.append(document.createElement('span'));
    await settle();
    expect(added.map((h) => h.compose)).toEqual([wrapper]);
    c.abort();
    document.body.replaceChildren();
  });
});
