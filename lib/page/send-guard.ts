// The pre-send checklist's hands on the page: it catches a Send before the mail client sees it,
// asks `decide` whether the draft may go, asks the user (`confirm`) when it may not, and then
// sends it the way the user did. Recipe and sources: ../shared/notes/compose-dom.md §4 (capture
// listeners on window run before the clients' own handlers; cancel with preventDefault +
// stopPropagation + stopImmediatePropagation; re-find the button and re-dispatch, with a bypass
// flag set during our own dispatch) and §5.6 (the other Send paths).
//
// Rules this file keeps (conventions.md §8, §11):
// - capture phase, `{capture: true, signal}`, IME composition ignored;
// - fail open: an error or a timeout anywhere lets the send through (replayed if we had
//   cancelled it); the user is never left with a send that silently did nothing;
// - never twice: one attempt per compose at a time (more Send clicks meanwhile are swallowed)
//   and each attempt replays at most once.
import type { CheckId } from '../analyzer/types';
import type { SiteAdapter } from '../sites/types';
import { isElement } from '../sites/dom';
import { timed } from './timing';

/** A blocking check the draft misses, as the dialog shows it. */
export interface MissingItem {
  checkId: CheckId;
  title: string;
  reason: string;
  suggestion: string;
  /** Phrases that fix it in one click (easy-no, thanks, bounded). */
  fix?: { variants: string[] };
}

export type SendDecision = { block: false } | { block: true; missing: MissingItem[] };

/** How the user sent: the same way is used to send after they confirm. */
export type SendTrigger = 'click' | 'keyboard' | 'schedule';

export interface ConfirmRequest {
  compose: HTMLElement;
  body: HTMLElement;
  missing: MissingItem[];
  trigger: SendTrigger;
  /** Aborted once the request is over: answered, or void because the guard was stopped (close the dialog then). */
  signal: AbortSignal;
}

export interface SendGuardHooks {
  /** Whether this draft may go now. Synchronous when it can be: a sync `{block: false}` leaves the event untouched. */
  decide(compose: HTMLElement, body: HTMLElement): SendDecision | Promise<SendDecision>;
  /** Ask the user: 'send' sends the draft as it is now, 'edit' keeps it open. */
  confirm(req: ConfirmRequest): Promise<'send' | 'edit'>;
  /** How long an async `decide` may take before the send goes ahead; default 1500 ms. */
  timeoutMs?: number;
  log?(msg: string, err?: unknown): void;
}

export const DEFAULT_DECIDE_TIMEOUT_MS = 1500;

/** Gmail's schedule-send menu item and the "more send options" button that opens its menu (notes §1.2). */
export const SCHEDULE_ITEM = '[selector="scheduledSend"]';
export const SEND_OPTIONS = '[aria-haspopup="true"], [aria-haspopup="menu"]';

/**
 * Send buttons besides the adapter's `sendButton`: Gmail's Send + archive (`.Uo`, InboxSDK
 * `getSendAndArchiveButton`, notes §5.6), shown in replies when the user turned it on.
 */
const EXTRA_SEND: Partial<Record<SiteAdapter['id'], string>> = {
  gmail: '.IZ .Up div > div[role="button"].Uo:not([aria-haspopup="true"])',
};

/** A Send intent as the user made it, enough to make it again. */
type SendPath =
  | { kind: 'click'; button: 'send' | 'extra' }
  | { kind: 'keys'; target: Element; init: KeyInit }
  | { kind: 'button-key'; init: KeyInit }
  | { kind: 'schedule'; item: Element; opener: Element | null };

interface KeyInit {
  key: string;
  code: string;
  keyCode: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Attempt {
  compose: HTMLElement;
  body: HTMLElement;
  path: SendPath;
  replayed: boolean;
}

export interface ComposeHit {
  compose: HTMLElement;
  body: HTMLElement;
}

/** A window with its own event constructors (the page's, or a test's second happy-dom window). */
type Realm = Window & typeof globalThis;

/**
 * The compose that holds `el`, with its body: each body the adapter finds in the document, its
 * compose, and the innermost one containing `el`. Null outside every compose, and where the
 * adapter cannot tell the compose (then the event goes through unguarded, as without Askwell).
 */
export function composeFor(adapter: SiteAdapter, el: Element): ComposeHit | null {
  let best: ComposeHit | null = null;
  for (const body of adapter.findBodies(el.ownerDocument)) {
    const compose = adapter.composeOf(body);
    if (!compose || !compose.contains(el)) continue;
    if (!best || best.compose.contains(compose)) best = { compose, body };
  }
  return best;
}

/** The element an event started on, through open shadow roots. */
function eventOrigin(event: Event): Element | null {
  const first = event.composedPath?.()[0];
  if (isElement(first)) return first;
  return isElement(event.target) ? event.target : null;
}

const isNativeButton = (el: Element): boolean => /^(button|input)$/i.test(el.localName);

export function installSendGuard(win: Window, adapter: SiteAdapter, hooks: SendGuardHooks, signal: AbortSignal): void {
  const timeoutMs = hooks.timeoutMs ?? DEFAULT_DECIDE_TIMEOUT_MS;
  const log = (msg: string, err?: unknown) => {
    try {
      (hooks.log ?? ((m: string, e?: unknown) => console.warn(`[askwell] send guard: ${m}`, e ?? '')))(msg, err);
    } catch {
      // Logging must never be what breaks a send.
    }
  };
  const extraSend = EXTRA_SEND[adapter.id] ?? null;

  /** Set only while we dispatch our own replay, so our listeners let those events (and what they cause) through. */
  let bypass = false;
  /** One attempt per compose: a second Send while the first is pending is swallowed. */
  const pending = new Map<HTMLElement, Attempt>();
  /** The compose whose "more send options" menu was opened last: the schedule item lives outside it. */
  let lastOptions: { hit: ComposeHit; opener: Element } | null = null;

  // ---- recognising a Send ----

  function sendButtonOf(hit: ComposeHit): HTMLElement | null {
    try {
      return adapter.sendButton(hit.compose);
    } catch (err) {
      log('sendButton failed', err);
      return null;
    }
  }

  function clickPath(origin: Element): { hit: ComposeHit; path: SendPath } | null {
    // Cheap first: only clicks on something button-like can be a Send.
    if (!origin.closest('button, [role="button"]')) return null;
    const hit = composeFor(adapter, origin);
    if (!hit) return null;
    if (sendButtonOf(hit)?.contains(origin)) return { hit, path: { kind: 'click', button: 'send' } };
    const extra = extraSend ? origin.closest(extraSend) : null;
    if (extra && hit.compose.contains(extra)) return { hit, path: { kind: 'click', button: 'extra' } };
    const opener = origin.closest(SEND_OPTIONS);
    if (opener) lastOptions = { hit, opener };
    return null;
  }

  function schedulePath(origin: Element): { hit: ComposeHit; path: SendPath } | null {
    const item = origin.closest(SCHEDULE_ITEM);
    if (!item) return null;
    const last = lastOptions;
    // A schedule item we cannot tie to a compose goes through: better unguarded than swallowed.
    if (!last || !last.hit.compose.isConnected || !last.hit.body.isConnected) return null;
    return { hit: last.hit, path: { kind: 'schedule', item, opener: last.opener } };
  }

  function keyPath(event: KeyboardEvent, origin: Element): { hit: ComposeHit; path: SendPath } | null {
    if (event.key !== 'Enter' && event.key !== ' ') return null;
    const init: KeyInit = {
      key: event.key,
      code: event.code || (event.key === 'Enter' ? 'Enter' : 'Space'),
      keyCode: event.key === 'Enter' ? 13 : 32,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
    };
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      const hit = composeFor(adapter, origin);
      return hit ? { hit, path: { kind: 'keys', target: origin, init } } : null;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return null;
    // Enter/Space on a focused Send <div role=button> (Gmail). A native <button> turns the key
    // into a click, which the click listener catches: intercepting the key too would ask twice.
    const button = origin.closest('[role="button"]');
    if (!button || isNativeButton(button)) return null;
    const hit = composeFor(adapter, origin);
    if (!hit || !sendButtonOf(hit)?.contains(origin)) return null;
    return { hit, path: { kind: 'button-key', init } };
  }

  // ---- the listeners ----

  function onClick(event: MouseEvent): void {
    if (bypass) return;
    try {
      const origin = eventOrigin(event);
      if (!origin) return;
      const found = schedulePath(origin) ?? clickPath(origin);
      if (found) intercept(event, found.hit, found.path);
    } catch (err) {
      log('click handler failed; the click goes through', err);
    }
  }

  function onKeydown(event: KeyboardEvent): void {
    if (bypass) return;
    // IME composition: Enter confirms the candidate text; keyCode 229 is Chrome/Safari's "IME busy".
    if (event.isComposing || event.keyCode === 229) return;
    try {
      const origin = eventOrigin(event);
      if (!origin) return;
      const found = keyPath(event, origin);
      if (found) intercept(event, found.hit, found.path);
    } catch (err) {
      log('keydown handler failed; the key goes through', err);
    }
  }

  // Every key and click on the page passes here: timed, so the per-keystroke cost is on record.
  win.addEventListener('click', (event) => timed('key', () => onClick(event)), { capture: true, signal });
  win.addEventListener('keydown', (event) => timed('key', () => onKeydown(event)), { capture: true, signal });

  // ---- deciding ----

  function cancel(event: Event): void {
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
  }

  /** Keyed by compose and by body: a compose re-rendered around the same body is the same draft. */
  function isPending(hit: ComposeHit): boolean {
    if (pending.has(hit.compose)) return true;
    for (const attempt of pending.values()) if (attempt.body === hit.body) return true;
    return false;
  }

  function intercept(event: Event, hit: ComposeHit, path: SendPath): void {
    if (isPending(hit)) {
      // A double click, or Ctrl+Enter while the dialog is open: the first attempt speaks for both.
      cancel(event);
      return;
    }
    let result: SendDecision | Promise<SendDecision>;
    try {
      result = hooks.decide(hit.compose, hit.body);
    } catch (err) {
      log('decide failed; sending', err);
      return; // Nothing cancelled yet: the event simply proceeds.
    }
    const isAsync = typeof (result as Promise<SendDecision> | null)?.then === 'function';
    if (!isAsync && !isBlocked(result as SendDecision)) return;

    cancel(event);
    const attempt: Attempt = { compose: hit.compose, body: hit.body, path, replayed: false };
    pending.set(hit.compose, attempt);
    void settle(attempt, result)
      .catch((err) => {
        log('send guard failed; sending', err);
        return replay(attempt);
      })
      .catch((err) => log('could not send after a failure', err))
      .finally(() => {
        if (pending.get(attempt.compose) === attempt) pending.delete(attempt.compose);
      });
  }

  async function settle(attempt: Attempt, result: SendDecision | Promise<SendDecision>): Promise<void> {
    let decision: SendDecision | null = null;
    try {
      decision = await withTimeout(Promise.resolve(result), timeoutMs);
    } catch (err) {
      log('decide failed or timed out; sending', err);
    }
    if (!decision || !isBlocked(decision) || signal.aborted) {
      await replay(attempt);
      return;
    }

    const request = new AbortController();
    let choice: 'send' | 'edit' | null = null;
    try {
      choice = await untilAborted(
        hooks.confirm({
          compose: attempt.compose,
          body: attempt.body,
          missing: decision.missing ?? [],
          trigger: triggerOf(attempt.path),
          signal: request.signal,
        }),
      );
    } catch (err) {
      log(signal.aborted ? 'send guard stopped while asking; sending' : 'confirm failed; sending', err);
    } finally {
      request.abort();
    }
    if (choice === 'edit') return;
    await replay(attempt);
  }

  /** `p`, or a rejection after `ms` or when the guard is stopped. */
  function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`decide took longer than ${ms} ms`)), ms);
      untilAborted(p).then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (err) => {
          clearTimeout(timer);
          reject(err);
        },
      );
    });
  }

  /** `p`, or a rejection as soon as the guard is stopped (its dialog may never answer then). */
  function untilAborted<T>(p: Promise<T>): Promise<T> {
    if (signal.aborted) return Promise.reject(new Error('send guard stopped'));
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(new Error('send guard stopped'));
      signal.addEventListener('abort', onAbort, { once: true });
      p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  // ---- sending again ----

  /** Dispatches our own events with the bypass flag up, so our listeners let them through. */
  function dispatch(target: EventTarget, event: Event): boolean {
    bypass = true;
    try {
      return target.dispatchEvent(event);
    } finally {
      bypass = false;
    }
  }

  function currentCompose(attempt: Attempt): HTMLElement {
    if (attempt.compose.isConnected) return attempt.compose;
    // Re-rendered around the same body (Gmail full screen moves it; a client may rebuild it).
    if (attempt.body.isConnected) {
      try {
        return adapter.composeOf(attempt.body) ?? attempt.compose;
      } catch {
        return attempt.compose;
      }
    }
    return attempt.compose;
  }

  function sendButtonNow(attempt: Attempt, which: 'send' | 'extra'): HTMLElement | null {
    const compose = currentCompose(attempt);
    if (which === 'extra' && extraSend) return compose.querySelector<HTMLElement>(extraSend);
    return sendButtonOf({ compose, body: attempt.body });
  }

  function clickSequence(el: Element): void {
    const view = (el.ownerDocument.defaultView ?? win) as Realm;
    const rect = el.getBoundingClientRect();
    const at = { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, screenX: 0, screenY: 0 };
    const base = { bubbles: true, cancelable: true, composed: true, view, button: 0, detail: 1, ...at };
    const Pointer = view.PointerEvent ?? view.MouseEvent;
    const pointer = { pointerId: 1, pointerType: 'mouse', isPrimary: true };
    dispatch(el, new Pointer('pointerdown', { ...base, ...pointer, buttons: 1 }));
    dispatch(el, new view.MouseEvent('mousedown', { ...base, buttons: 1 }));
    dispatch(el, new Pointer('pointerup', { ...base, ...pointer, buttons: 0 }));
    dispatch(el, new view.MouseEvent('mouseup', { ...base, buttons: 0 }));
    dispatch(el, new view.MouseEvent('click', { ...base, buttons: 0 }));
  }

  /** Returns whether some handler took the key (cancelled it), i.e. the client acted on it. */
  function keySequence(el: Element, init: KeyInit): boolean {
    const view = (el.ownerDocument.defaultView ?? win) as Realm;
    const full = { ...init, which: init.keyCode, bubbles: true, cancelable: true, composed: true, view };
    const taken = !dispatch(el, new view.KeyboardEvent('keydown', full));
    dispatch(el, new view.KeyboardEvent('keyup', full));
    return taken;
  }

  /**
   * Sends the draft the way the user did. Exactly once per attempt. A keyboard send that no
   * handler took (nothing cancelled our key event, and the Send button is still there) is
   * finished with a click on Send, so a client that ignores synthetic keys still sends.
   */
  async function replay(attempt: Attempt): Promise<void> {
    if (attempt.replayed) return;
    attempt.replayed = true;
    const { path } = attempt;

    if (path.kind === 'click') {
      const button = sendButtonNow(attempt, path.button);
      if (!button) {
        log('the Send button is gone; nothing to send');
        return;
      }
      clickSequence(button);
      return;
    }

    if (path.kind === 'keys' || path.kind === 'button-key') {
      const compose = currentCompose(attempt);
      const target =
        path.kind === 'keys'
          ? path.target.isConnected && compose.contains(path.target)
            ? path.target
            : attempt.body
          : sendButtonNow(attempt, 'send');
      if (!target || !target.isConnected) {
        log('the compose is gone; nothing to send');
        return;
      }
      // The dialog had focus; the client may look at the focused element.
      if (target.ownerDocument.activeElement !== target) (target as HTMLElement).focus?.({ preventScroll: true });
      if (keySequence(target, path.init)) return;
      const button = compose.isConnected ? sendButtonNow(attempt, 'send') : null;
      if (button) {
        log('the client ignored the replayed key; clicking Send instead');
        clickSequence(button);
      }
      return;
    }

    // Schedule send: the menu item if it is still open, else open the menu again first.
    let item: Element | null = path.item.isConnected ? path.item : null;
    if (!item) {
      const compose = currentCompose(attempt);
      const opener =
        path.opener?.isConnected && compose.contains(path.opener)
          ? path.opener
          : (sendButtonNow(attempt, 'send')?.parentElement?.querySelector(SEND_OPTIONS) ?? null);
      if (!opener) {
        log('the send options button is gone; cannot schedule');
        return;
      }
      clickSequence(opener);
      item = await waitFor(() => opener.ownerDocument.querySelector(SCHEDULE_ITEM), 1000);
    }
    if (!item) {
      log('the schedule send item did not appear; left the menu open');
      return;
    }
    clickSequence(item);
  }
}

function isBlocked(decision: SendDecision | null | undefined): decision is { block: true; missing: MissingItem[] } {
  return !!decision && decision.block === true;
}

function triggerOf(path: SendPath): SendTrigger {
  if (path.kind === 'schedule') return 'schedule';
  return path.kind === 'click' ? 'click' : 'keyboard';
}

/** `find()` as soon as it returns something, checked every 50 ms up to `ms`. */
async function waitFor<T>(find: () => T | null, ms: number): Promise<T | null> {
  const until = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found || Date.now() >= until) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
