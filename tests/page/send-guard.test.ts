// The send guard on the shared fixture pages (happy-dom, the pages' own scripts running): the
// pages log every send into #sent-log with how it was triggered, so each test reads what the
// mail client would have sent.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  composeFor,
  installSendGuard,
  type ConfirmRequest,
  type MissingItem,
  type SendDecision,
  type SendGuardHooks,
} from '../../lib/page/send-guard';
import { createGmailAdapter } from '../../lib/sites/gmail';
import { createOutlookAdapter } from '../../lib/sites/outlook';
import type { SiteAdapter } from '../../lib/sites/types';
import { loadFixture, settle, type LoadedFixture, type Site } from '../helpers/fixtures';

const ADAPTERS: Record<Site, SiteAdapter> = {
  gmail: createGmailAdapter(() => {}),
  outlook: createOutlookAdapter(() => {}),
};

const MISSING: MissingItem[] = [
  { checkId: 'easy-no', title: 'Easy no', reason: 'nothing says a “no” is fine', suggestion: 'Add “No worries if not.”', fix: { variants: ['No worries if not.'] } },
];
const PASS: SendDecision = { block: false };
const BLOCK: SendDecision = { block: true, missing: MISSING };

interface Sent {
  composeId: string | null;
  trigger: string | null;
  trusted: string | null;
  text: string;
}

let page: LoadedFixture | undefined;
let controller: AbortController | undefined;
afterEach(async () => {
  controller?.abort();
  await page?.close();
  page = undefined;
});

/** The fixture's own normalisation of a sent body (fixtures README, "Send contract"). */
const sentText = (body: HTMLElement) =>
  (body.innerText || '').replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();

async function setup(site: Site, hooks: Partial<SendGuardHooks> = {}) {
  page = await loadFixture(site);
  const { window, document } = page;
  const adapter = ADAPTERS[site];
  // Gmail: the popup (the inline reply comes first in DOM order); Outlook: the reading-pane reply.
  const body = adapter.findBodies(document).find((b) => b.closest('[data-fixture-variant="popup"], [data-fixture-variant="reading-pane"]'))!;
  const compose = adapter.composeOf(body)!;
  const send = adapter.sendButton(compose)!;
  const decide = vi.fn<SendGuardHooks['decide']>(hooks.decide ?? (() => PASS));
  const confirm = vi.fn<SendGuardHooks['confirm']>(hooks.confirm ?? (async () => 'send'));
  const log = vi.fn();
  controller = new AbortController();
  installSendGuard(window as unknown as Window, adapter, { decide, confirm, log, timeoutMs: hooks.timeoutMs }, controller.signal);

  const W = window as unknown as typeof globalThis;
  const sent = (): Sent[] =>
    [...document.querySelectorAll('#sent-log li')].map((li) => ({
      composeId: li.getAttribute('data-compose-id'),
      trigger: li.getAttribute('data-trigger'),
      trusted: li.getAttribute('data-trusted'),
      text: li.textContent ?? '',
    }));
  const ctrlEnter = (target: Element = body, init: KeyboardEventInit = {}) =>
    target.dispatchEvent(new W.KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, ...init }));
  const key = (target: Element, k: string) =>
    target.dispatchEvent(new W.KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  const click = (target: Element) => (target as HTMLElement).click();
  const composeId = compose.closest('[data-fixture-compose-id]')?.getAttribute('data-fixture-compose-id') ?? null;
  return { window, document, adapter, body, compose, send, decide, confirm, log, sent, ctrlEnter, key, click, composeId, expected: sentText(body) };
}

/** Lets the guard's promise chain (decide, confirm, replay) run to the end. */
const flush = async () => {
  for (let i = 0; i < 5; i += 1) await settle(0);
};

/** A promise with its resolver, for confirm dialogs the test answers later. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe.each(['gmail', 'outlook'] as const)('send guard on the %s fixture', (site) => {
  it('lets a complete draft go at once, untouched, by click and by Ctrl+Enter', async () => {
    const s = await setup(site);
    s.click(s.send);
    expect(s.decide).toHaveBeenCalledTimes(1);
    expect(s.decide).toHaveBeenCalledWith(s.compose, s.body);
    expect(s.sent()).toEqual([{ composeId: s.composeId, trigger: 'click', trusted: 'false', text: s.expected }]);
    expect(s.confirm).not.toHaveBeenCalled();

    // Ctrl+Enter in another compose: Gmail's inline reply; Outlook's new mail draft.
    const other = site === 'gmail' ? page!.fixture.openReply() : page!.fixture.openNewMail!({ text: 'Could you look?' });
    const body = s.adapter.findBodies(other)[0]!;
    expect(s.ctrlEnter(body)).toBe(false); // the page took it
    expect(s.sent().map((x) => x.trigger)).toEqual(['click', 'keyboard']);
    expect(s.confirm).not.toHaveBeenCalled();
  });

  it('stops a blocked draft and asks, with the missing items and the trigger', async () => {
    const s = await setup(site, { decide: () => BLOCK, confirm: () => new Promise(() => {}) });
    s.click(s.send);
    await flush();
    expect(s.sent()).toEqual([]);
    expect(s.compose.isConnected).toBe(true);
    expect(s.confirm).toHaveBeenCalledTimes(1);
    const req = s.confirm.mock.calls[0]![0] as ConfirmRequest;
    expect(req).toMatchObject({ compose: s.compose, body: s.body, missing: MISSING, trigger: 'click' });
    expect(req.signal.aborted).toBe(false);
  });

  it.each([
    ['click', (s: Awaited<ReturnType<typeof setup>>) => s.click(s.send)],
    ['keyboard', (s: Awaited<ReturnType<typeof setup>>) => s.ctrlEnter()],
  ])('"Send anyway" after a %s sends exactly once, the full text, the same way', async (trigger, act) => {
    const s = await setup(site, { decide: () => BLOCK });
    act(s);
    await flush();
    expect(s.confirm).toHaveBeenCalledTimes(1);
    expect(s.sent()).toEqual([{ composeId: s.composeId, trigger, trusted: 'false', text: s.expected }]);
    expect(s.expected.length).toBeGreaterThan(20);
    expect(s.compose.isConnected).toBe(false);
  });

  it('"Back to draft" sends nothing and keeps the compose; the next Send asks again', async () => {
    const s = await setup(site, { decide: () => BLOCK, confirm: async () => 'edit' });
    s.click(s.send);
    await flush();
    expect(s.sent()).toEqual([]);
    expect(s.compose.isConnected).toBe(true);
    s.ctrlEnter();
    await flush();
    expect(s.confirm).toHaveBeenCalledTimes(2);
    expect(s.confirm.mock.calls[1]![0].trigger).toBe('keyboard');
    expect(s.sent()).toEqual([]);
  });

  it('fails open: decide throws → the send goes through untouched', async () => {
    const s = await setup(site, { decide: () => { throw new Error('analyzer broke'); } });
    s.click(s.send);
    expect(s.sent().map((x) => x.trigger)).toEqual(['click']);
    expect(s.log).toHaveBeenCalledWith(expect.stringMatching(/decide failed/), expect.any(Error));
  });

  it('fails open: an async decide that rejects → sent once', async () => {
    const s = await setup(site, { decide: () => Promise.reject(new Error('nope')) });
    s.ctrlEnter();
    expect(s.sent()).toEqual([]);
    await flush();
    expect(s.sent().map((x) => x.trigger)).toEqual(['keyboard']);
  });

  it('an async decide that passes → the send is replayed once', async () => {
    const s = await setup(site, { decide: async () => PASS });
    s.click(s.send);
    expect(s.sent()).toEqual([]); // held while deciding
    await flush();
    expect(s.sent()).toEqual([{ composeId: s.composeId, trigger: 'click', trusted: 'false', text: s.expected }]);
    expect(s.confirm).not.toHaveBeenCalled();
  });

  it('fails open: a decide that never answers → sent after the timeout', async () => {
    const s = await setup(site, { decide: () => new Promise<SendDecision>(() => {}), timeoutMs: 40 });
    s.click(s.send);
    await settle(10);
    expect(s.sent()).toEqual([]);
    await settle(60);
    expect(s.sent().map((x) => x.trigger)).toEqual(['click']);
    expect(s.confirm).not.toHaveBeenCalled();
    expect(s.log).toHaveBeenCalledWith(expect.stringMatching(/timed out/), expect.any(Error));
  });

  it('fails open: confirm throws → sent once', async () => {
    const s = await setup(site, { decide: () => BLOCK, confirm: () => Promise.reject(new Error('dialog broke')) });
    s.click(s.send);
    await flush();
    expect(s.sent().map((x) => x.trigger)).toEqual(['click']);
  });

  it('ignores Ctrl+Enter during IME composition', async () => {
    const s = await setup(site, { decide: () => BLOCK });
    s.ctrlEnter(s.body, { isComposing: true });
    s.ctrlEnter(s.body, { keyCode: 229 } as KeyboardEventInit);
    expect(s.decide).not.toHaveBeenCalled();
    // The guard stood aside; what the page does with it is the page's business (the fixture sends).
    expect(s.confirm).not.toHaveBeenCalled();
  });

  it('a double click while the dialog is open → one dialog, one send', async () => {
    const answer = deferred<'send' | 'edit'>();
    const s = await setup(site, { decide: () => BLOCK, confirm: () => answer.promise });
    s.click(s.send);
    s.click(s.send);
    s.ctrlEnter();
    await flush();
    expect(s.decide).toHaveBeenCalledTimes(1);
    expect(s.confirm).toHaveBeenCalledTimes(1);
    expect(s.sent()).toEqual([]);
    answer.resolve('send');
    await flush();
    expect(s.sent().map((x) => x.trigger)).toEqual(['click']);
  });

  it('abort removes the listeners: Send goes straight to the page', async () => {
    const s = await setup(site, { decide: () => BLOCK });
    controller!.abort();
    s.click(s.send);
    expect(s.decide).not.toHaveBeenCalled();
    expect(s.sent().map((x) => x.trigger)).toEqual(['click']);
  });

  it('stopping the guard while the dialog is open sends (fail open) and voids the request', async () => {
    const s = await setup(site, { decide: () => BLOCK, confirm: () => new Promise(() => {}) });
    s.click(s.send);
    await flush();
    const req = s.confirm.mock.calls[0]![0] as ConfirmRequest;
    controller!.abort();
    await flush();
    expect(req.signal.aborted).toBe(true);
    expect(s.sent().map((x) => x.trigger)).toEqual(['click']);
  });

  it('leaves other clicks and keys alone', async () => {
    const s = await setup(site, { decide: () => BLOCK });
    s.click(s.body);
    s.key(s.body, 'Enter');
    s.key(s.body, ' ');
    const discard = s.compose.querySelector(site === 'gmail' ? '.oh' : 'button[aria-label="Discard"]')!;
    expect(discard).not.toBeNull();
    s.click(s.document.body);
    expect(s.decide).not.toHaveBeenCalled();
    s.click(discard);
    expect(s.decide).not.toHaveBeenCalled();
    expect(s.compose.isConnected).toBe(false); // discarded by the page, as without Askwell
  });

  it('a held send reaches no other listener, not even a later one on window', async () => {
    const s = await setup(site, { decide: () => BLOCK, confirm: async () => 'edit' });
    const later = vi.fn();
    s.window.addEventListener('click', later, { capture: true });
    s.window.addEventListener('keydown', later, { capture: true });
    s.click(s.send);
    s.ctrlEnter();
    await flush();
    expect(later).not.toHaveBeenCalled();
  });

  it('replays at most once, even when the replay itself fails half-way', async () => {
    const s = await setup(site, { decide: () => BLOCK });
    const W = s.window as unknown as { MouseEvent: typeof MouseEvent };
    const Original = W.MouseEvent;
    W.MouseEvent = class extends Original {
      constructor(type: string, init?: MouseEventInit) {
        if (type === 'click') throw new Error('no clicks today');
        super(type, init);
      }
    };
    const downs = vi.fn();
    s.document.addEventListener('mousedown', downs);
    s.click(s.send);
    await flush();
    W.MouseEvent = Original;
    expect(downs).toHaveBeenCalledTimes(1);
    expect(s.log).toHaveBeenCalledWith(expect.stringMatching(/send guard failed/), expect.any(Error));
  });

  it('re-finds the Send button at replay time (the client re-rendered it)', async () => {
    const answer = deferred<'send' | 'edit'>();
    const s = await setup(site, { decide: () => BLOCK, confirm: () => answer.promise });
    s.click(s.send);
    await flush();
    const fresh = s.send.cloneNode(true) as HTMLElement;
    s.send.replaceWith(fresh);
    answer.resolve('send');
    await flush();
    expect(s.sent().map((x) => x.trigger)).toEqual(['click']);
  });
});

describe('send guard: Gmail-only send paths', () => {
  it('Enter on the focused Send button is a keyboard send, replayed on the button', async () => {
    const s = await setup('gmail', { decide: () => BLOCK });
    s.send.focus();
    expect(s.key(s.send, 'Enter')).toBe(false);
    await flush();
    expect(s.confirm.mock.calls[0]![0].trigger).toBe('keyboard');
    expect(s.sent()).toEqual([{ composeId: s.composeId, trigger: 'keyboard', trusted: 'false', text: s.expected }]);
  });

  it('Space on the focused Send button is caught too', async () => {
    const s = await setup('gmail', { decide: () => BLOCK, confirm: async () => 'edit' });
    s.key(s.send, ' ');
    await flush();
    expect(s.confirm).toHaveBeenCalledTimes(1);
    expect(s.sent()).toEqual([]);
  });

  it('Schedule send from the "more send options" menu is caught and replayed as a schedule', async () => {
    const s = await setup('gmail', { decide: () => BLOCK });
    s.click(s.compose.querySelector('.hG')!);
    const item = s.document.querySelector('[selector="scheduledSend"]')!;
    expect(item).not.toBeNull();
    s.click(item);
    await flush();
    const req = s.confirm.mock.calls[0]![0] as ConfirmRequest;
    expect(req).toMatchObject({ compose: s.compose, trigger: 'schedule' });
    expect(s.sent()).toEqual([{ composeId: s.composeId, trigger: 'schedule', trusted: 'false', text: s.expected }]);
  });

  it('re-opens the menu when it closed while the dialog was open', async () => {
    const answer = deferred<'send' | 'edit'>();
    const s = await setup('gmail', { decide: () => BLOCK, confirm: () => answer.promise });
    s.click(s.compose.querySelector('.hG')!);
    s.click(s.document.querySelector('[selector="scheduledSend"]')!);
    await flush();
    s.document.querySelector('.fx-menu')!.remove(); // Gmail closes menus on an outside click
    answer.resolve('send');
    await flush();
    expect(s.sent().map((x) => x.trigger)).toEqual(['schedule']);
    expect(s.document.querySelector('.fx-menu')).toBeNull();
  });

  it('a schedule item with no known compose goes through unguarded', async () => {
    const s = await setup('gmail', { decide: () => BLOCK });
    s.click(s.compose.querySelector('.hG')!);
    s.compose.remove(); // its compose vanished: the guard cannot tie the item to a draft
    const item = s.document.querySelector('[selector="scheduledSend"]')!;
    s.click(item);
    expect(s.decide).not.toHaveBeenCalled();
  });

  it('Send + archive (.Uo) is guarded too', async () => {
    const s = await setup('gmail', { decide: () => BLOCK, confirm: async () => 'edit' });
    const archive = s.document.createElement('div');
    archive.setAttribute('role', 'button');
    archive.className = 'T-I J-J5-Ji Uo';
    s.send.parentElement!.append(archive);
    const seen = vi.fn();
    s.document.addEventListener('click', seen);
    s.click(archive);
    await flush();
    expect(s.confirm).toHaveBeenCalledTimes(1);
    expect(seen).not.toHaveBeenCalled();
  });

  it('a keyboard send the client ignores is finished with a click on Send, still once', async () => {
    const s = await setup('gmail', { decide: () => BLOCK });
    // A client that drops synthetic keys: our capture listener on window still sees the user's
    // key first; the replayed one stops at document.
    s.document.addEventListener('keydown', (e) => { if (!e.defaultPrevented) e.stopImmediatePropagation(); }, true);
    s.ctrlEnter();
    await flush();
    expect(s.sent().map((x) => x.trigger)).toEqual(['click']);
    expect(s.log).toHaveBeenCalledWith(expect.stringMatching(/ignored the replayed key/), undefined);
  });

  it('each compose is guarded on its own: the right draft is sent', async () => {
    const s = await setup('gmail', { decide: () => BLOCK });
    const inline = s.adapter.findBodies(s.document).find((b) => b.closest('.ip'))!;
    const inlineCompose = s.adapter.composeOf(inline)!;
    s.click(s.adapter.sendButton(inlineCompose)!);
    await flush();
    expect(s.decide).toHaveBeenCalledWith(inlineCompose, inline);
    expect(s.sent().map((x) => x.composeId)).toEqual([inlineCompose.getAttribute('data-fixture-compose-id')]);
    expect(s.compose.isConnected).toBe(true);
  });
});

describe('send guard: Outlook-only send paths', () => {
  it('a click on the icon inside Send is a Send click', async () => {
    const s = await setup('outlook', { decide: () => BLOCK });
    const icon = s.send.querySelector('i')!;
    expect(icon).not.toBeNull();
    s.click(icon);
    await flush();
    expect(s.confirm).toHaveBeenCalledTimes(1);
    expect(s.sent().map((x) => x.trigger)).toEqual(['click']);
  });

  it('Enter on the native Send <button> is left to the click it becomes', async () => {
    const s = await setup('outlook', { decide: () => BLOCK });
    s.key(s.send, 'Enter');
    expect(s.decide).not.toHaveBeenCalled();
  });

  it('the pop-out window is guarded too', async () => {
    const s = await setup('outlook', { decide: () => BLOCK, confirm: async () => 'edit' });
    const root = page!.fixture.popOut!(s.compose.closest('[data-fixture-compose-id]') as HTMLElement);
    const body = s.adapter.findBodies(root)[0]!;
    const compose = s.adapter.composeOf(body)!;
    s.click(s.adapter.sendButton(compose)!);
    await flush();
    expect(s.decide).toHaveBeenCalledWith(compose, body);
    expect(s.sent()).toEqual([]);
  });
});

describe('composeFor', () => {
  it('finds the compose around the body, the Send button and a field, and nothing outside', async () => {
    const s = await setup('gmail');
    expect(composeFor(s.adapter, s.body)).toEqual({ compose: s.compose, body: s.body });
    expect(composeFor(s.adapter, s.send)?.body).toBe(s.body);
    expect(composeFor(s.adapter, s.compose.querySelector('input[name="subjectbox"]')!)?.compose).toBe(s.compose);
    expect(composeFor(s.adapter, s.document.body)).toBeNull();
  });
});
