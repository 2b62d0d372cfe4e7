import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapterFor } from '../../lib/sites';
import { createGmailAdapter, gmail, GMAIL_SELECTORS } from '../../lib/sites/gmail';
import { click, loadFixture, type LoadedFixture } from '../helpers/fixtures';

let page: LoadedFixture | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});
const open = async (query = '') => (page = await loadFixture('gmail', query));

// conventions.md §7: every selector carries its expected match count on a fixture page.
// Default page: one popup compose + one expanded inline reply; ?empty=1: none.
const COUNTS: Array<{ page: string; query: string; body: number[]; send: number[]; m9: number; dialogs: number }> = [
  { page: 'default', query: '', body: [2, 2, 2, 2], send: [2, 2, 2], m9: 2, dialogs: 2 },
  { page: 'empty', query: '?empty=1', body: [0, 0, 0, 0], send: [0, 0, 0], m9: 0, dialogs: 1 },
];

describe('gmail selectors on the fixture page', () => {
  it.each(COUNTS)('$page page: each selector matches the expected count', async (row) => {
    const { document } = await open(row.query);
    expect(GMAIL_SELECTORS.body.map((s) => document.querySelectorAll(s).length)).toEqual(row.body);
    expect(GMAIL_SELECTORS.send.map((s) => document.querySelectorAll(s).length)).toEqual(row.send);
    expect(document.querySelectorAll(GMAIL_SELECTORS.compose).length).toBe(row.m9);
    // The hidden "Keyboard shortcuts" dialog is a decoy: counted here, never a compose.
    expect(document.querySelectorAll(GMAIL_SELECTORS.composeFallback).length).toBe(row.dialogs);
    expect(gmail.findBodies(document)).toHaveLength(row.body[0]!);
  });

  it('each send selector finds exactly the Send button inside each compose', async () => {
    const { document } = await open();
    for (const compose of document.querySelectorAll(GMAIL_SELECTORS.compose)) {
      const send = compose.querySelector('.aoO');
      for (const selector of GMAIL_SELECTORS.send) expect([...compose.querySelectorAll(selector)]).toEqual([send]);
    }
  });

  it('the exclude list covers quote and signature in the bodies, and nothing the user typed', async () => {
    const { document } = await open();
    const [inline, popup] = gmail.findBodies(document);
    const matched = (body: Element) => [...body.querySelectorAll(GMAIL_SELECTORS.exclude)].map((el) => el.className);
    // DOM order: the thread (.AO) precedes the mole strip.
    expect(inline!.closest('.ip')).not.toBeNull();
    expect(matched(inline!)).toEqual([
      'gmail_quote gmail_quote_container',
      'gmail_attr',
      'gmail_quote',
      'gmail_signature_prefix',
      'gmail_signature',
    ]);
    expect(matched(popup!)).toEqual(['gmail_signature_prefix', 'gmail_signature']);
  });
});

describe('gmail adapter', () => {
  it('serves mail.google.com only', () => {
    expect(adapterFor(new URL('https://mail.google.com/mail/u/0/#inbox'))).toBe(gmail);
    expect(gmail.matches(new URL('http://mail.google.com/'))).toBe(false);
    expect(gmail.matches(new URL('https://calendar.google.com/'))).toBe(false);
    expect(adapterFor(new URL('https://example.com/'))).toBeNull();
  });

  it('resolves compose and Send for each body; decoys are not bodies', async () => {
    const { document, url } = await open();
    expect(adapterFor(url)).toBe(gmail);
    const bodies = gmail.findBodies(document);
    expect(bodies.map((b) => b.closest('.M9')?.getAttribute('data-fixture-variant'))).toEqual(['inline', 'popup']);
    for (const body of bodies) {
      const compose = gmail.composeOf(body);
      expect(compose?.classList.contains('M9')).toBe(true);
      expect(compose?.contains(body)).toBe(true);
      const send = gmail.sendButton(compose!);
      expect(send?.matches('.aoO')).toBe(true);
      expect(compose!.contains(send)).toBe(true);
      expect(gmail.isHidden(compose!)).toBe(false);
    }
    // The received message's read-only body and the hidden dialog hold no body.
    expect(gmail.findBodies(document.querySelector('.a3s')!)).toEqual([]);
    expect(gmail.findBodies(document.querySelector('[role="dialog"][hidden]')!)).toEqual([]);
  });

  it('findBodies includes the root itself (the watcher hands in added nodes)', async () => {
    const { document } = await open();
    const body = gmail.findBodies(document)[0]!;
    expect(gmail.findBodies(body)).toEqual([body]);
  });

  it('a minimised popup is hidden; restoring shows it again', async () => {
    const { document } = await open();
    const popup = document.querySelector<HTMLElement>('.fx-win .M9')!;
    click(popup.closest('[role="dialog"]')!.querySelector('.Hl'));
    expect(gmail.isHidden(popup)).toBe(true);
    click(popup.closest('[role="dialog"]')!.querySelector('.Hl'));
    expect(gmail.isHidden(popup)).toBe(false);
  });

  it('full screen keeps the same compose node; the full-screen host becomes a watch root', async () => {
    const { document } = await open();
    const popup = document.querySelector<HTMLElement>('.fx-win .M9')!;
    const body = gmail.findBodies(popup)[0]!;
    expect(gmail.watchRoots(document).map((r) => r.className)).toEqual(['dw', 'nH AO']);
    click(popup.closest('[role="dialog"]')!.querySelector('.Hq'));
    expect(body.closest('.aSs .aSt')).not.toBeNull();
    expect(gmail.composeOf(body)).toBe(popup);
    expect(gmail.isHidden(popup)).toBe(false);
    expect(gmail.watchRoots(document).map((r) => r.className)).toEqual(['dw', 'nH AO', 'aSs']);
    // Back to the strip: the emptied full-screen host is hidden, the compose is not.
    click(popup.closest('[role="dialog"]')!.querySelector('.Hq'));
    expect(body.closest('.dw')).not.toBeNull();
    expect(gmail.isHidden(popup)).toBe(false);
  });

  it('the InboxSDK minimise rule: an inline display on the dialog child holding the body', async () => {
    const { document } = await open();
    const popup = document.querySelector<HTMLElement>('.fx-win .M9')!;
    popup.style.display = 'block';
    expect(gmail.isHidden(popup)).toBe(true);
    popup.style.display = '';
    expect(gmail.isHidden(popup)).toBe(false);
    // Gmail hides inactive views with an inline display:none on an ancestor.
    const inline = document.querySelector<HTMLElement>('.ip .M9')!;
    document.querySelector<HTMLElement>('[role="main"]')!.style.display = 'none';
    expect(gmail.isHidden(inline)).toBe(true);
  });

  it('fallback selectors are used and logged once when the primary misses; nothing throws', async () => {
    const { document } = await open();
    const log = vi.fn();
    const adapter = createGmailAdapter(log);
    for (const body of document.querySelectorAll('[g_editable]')) body.removeAttribute('g_editable');
    expect(adapter.findBodies(document)).toHaveLength(2);
    expect(adapter.findBodies(document)).toHaveLength(2);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toContain('[aria-label="Message Body"]');

    const compose = adapter.composeOf(adapter.findBodies(document)[1]!)!;
    for (const el of compose.querySelectorAll('.Up')) el.classList.remove('Up');
    expect(adapter.sendButton(compose)?.matches('.aoO')).toBe(true);
    expect(log).toHaveBeenCalledTimes(2);

    for (const el of compose.querySelectorAll('.aoO, .T-I-atl')) el.classList.remove('aoO', 'T-I-atl');
    expect(adapter.sendButton(compose)?.textContent).toBe('Send');
    expect(log).toHaveBeenCalledTimes(3);

    // Without .M9 the popup's dialog is the compose.
    compose.classList.remove('M9');
    const body = adapter.findBodies(compose)[0]!;
    expect(adapter.composeOf(body)?.getAttribute('role')).toBe('dialog');
    expect(log).toHaveBeenCalledTimes(4);
  });

  it('watches <body> (and logs) when the mole strip or main area is missing', async () => {
    const { document } = await open();
    const log = vi.fn();
    document.querySelector('.AO')!.classList.remove('AO');
    expect(createGmailAdapter(log).watchRoots(document)).toEqual([document.body]);
    expect(log).toHaveBeenCalledOnce();
  });
});
