import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapterFor } from '../../lib/sites';
import { createOutlookAdapter, outlook, OUTLOOK_SELECTORS } from '../../lib/sites/outlook';
import { click, loadFixture, type LoadedFixture } from '../helpers/fixtures';

let page: LoadedFixture | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});
const open = async (query = '') => (page = await loadFixture('outlook', query));

// conventions.md §7: every selector carries its expected match count on a fixture page.
// Default: one reading-pane reply; ?empty=1: none; ?view=popout: the stand-alone pop-out window.
// `editables` counts the bare [contenteditable][role=textbox] (To and Cc are decoys) and
// `labelled` the bare [aria-label^="Message body"] (the read-only received body is a decoy).
const COUNTS = [
  { page: 'default', query: '', body: [1, 1, 1, 1], send: [1, 1, 0, 0], editables: 3, labelled: 2 },
  { page: 'empty', query: '?empty=1', body: [0, 0, 0, 0], send: [0, 0, 0, 0], editables: 0, labelled: 1 },
  { page: 'pop-out', query: '?view=popout', body: [1, 1, 1, 1], send: [1, 1, 0, 0], editables: 3, labelled: 2 },
];

describe('outlook selectors on the fixture page', () => {
  it.each(COUNTS)('$page page: each selector matches the expected count', async (row) => {
    const { document } = await open(row.query);
    expect(OUTLOOK_SELECTORS.body.map((s) => document.querySelectorAll(s).length)).toEqual(row.body);
    expect(OUTLOOK_SELECTORS.send.map((s) => document.querySelectorAll(s).length)).toEqual(row.send);
    expect(document.querySelectorAll('[contenteditable="true"][role="textbox"]').length).toBe(row.editables);
    expect(document.querySelectorAll('[aria-label^="Message body"]').length).toBe(row.labelled);
    expect(outlook.findBodies(document)).toHaveLength(row.body[0]!);
  });

  it('with two new-mail drafts and the reply open: three bodies, one visible', async () => {
    const { document, fixture } = await open();
    fixture.openNewMail!({ subject: 'One' });
    fixture.openNewMail!({ subject: 'Two' });
    expect(OUTLOOK_SELECTORS.body.map((s) => document.querySelectorAll(s).length)).toEqual([3, 3, 3, 3]);
    expect(document.querySelectorAll(OUTLOOK_SELECTORS.send[0]).length).toBe(3);
    const composes = outlook.findBodies(document).map((b) => outlook.composeOf(b)!);
    expect(composes.map((c) => [c.getAttribute('data-fixture-subject'), outlook.isHidden(c)])).toEqual([
      ['RE: Quarterly numbers', true],
      ['One', true],
      ['Two', false],
    ]);
  });

  it('ids repeat across composes, so signature and cut markers are found inside each body', async () => {
    const { document, fixture } = await open();
    fixture.openNewMail!({ subject: 'New' });
    expect(document.querySelectorAll(OUTLOOK_SELECTORS.exclude).length).toBe(2);
    const [reply, draft] = outlook.findBodies(document);
    expect(reply!.querySelectorAll(OUTLOOK_SELECTORS.exclude)).toHaveLength(1);
    expect(draft!.querySelectorAll(OUTLOOK_SELECTORS.exclude)).toHaveLength(1);
    // A comma list resolves to the first in document order: the #appendonsend marker.
    expect(reply!.querySelector(OUTLOOK_SELECTORS.cut)?.id).toBe('appendonsend');
    expect(draft!.querySelector(OUTLOOK_SELECTORS.cut)).toBeNull();
    // Without the marker, the hr before the header cuts.
    reply!.querySelector('#appendonsend')!.remove();
    expect(reply!.querySelector(OUTLOOK_SELECTORS.cut)?.localName).toBe('hr');
  });
});

describe('outlook adapter', () => {
  it.each(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'])(
    'serves %s',
    (host) => {
      expect(adapterFor(new URL(`https://${host}/mail/0/`))).toBe(outlook);
    },
  );

  it('does not serve other hosts', () => {
    expect(outlook.matches(new URL('https://outlook.example.com/'))).toBe(false);
    expect(outlook.matches(new URL('https://mail.google.com/'))).toBe(false);
  });

  it('resolves compose and Send for the body; To, Cc and the received body are not bodies', async () => {
    const { document, url } = await open();
    expect(adapterFor(url)).toBe(outlook);
    const [body, ...rest] = outlook.findBodies(document);
    expect(rest).toEqual([]);
    expect(body!.getAttribute('aria-label')).toBe('Message body, press Alt+F10 to exit');
    const compose = outlook.composeOf(body!)!;
    expect(compose.matches('.fx-compose')).toBe(true);
    const send = outlook.sendButton(compose);
    expect(send?.getAttribute('aria-label')).toBe('Send');
    expect(outlook.isHidden(compose)).toBe(false);
    for (const decoy of document.querySelectorAll('[aria-label="To"], [aria-label="Cc"], [role="document"]')) {
      expect(outlook.findBodies(decoy)).toEqual([]);
    }
  });

  it('watches the reading pane and the layers beside the app shell', async () => {
    const { document } = await open();
    expect(outlook.watchRoots(document).map((r) => r.id)).toEqual(['ReadingPaneContainerId', 'fx-popouts']);
  });

  it('a popped-out compose is found in its window with its own Send button', async () => {
    const { document, fixture } = await open();
    const popped = fixture.popOut!(outlook.composeOf(outlook.findBodies(document)[0]!)!);
    const [body] = outlook.findBodies(document);
    expect(body!.getAttribute('aria-label')).toBe('Message body');
    expect(outlook.composeOf(body!)).toBe(popped);
    expect(popped.contains(outlook.sendButton(popped))).toBe(true);
  });

  it('fallbacks are logged once; an ambiguous compose is not resolved', async () => {
    const { document } = await open();
    const log = vi.fn();
    const adapter = createOutlookAdapter(log);
    const body = adapter.findBodies(document)[0]!;
    body.removeAttribute('aria-multiline');
    expect(adapter.findBodies(document)).toEqual([body]);
    expect(adapter.findBodies(document)).toEqual([body]);
    expect(log).toHaveBeenCalledTimes(1);

    const compose = adapter.composeOf(body)!;
    compose.querySelector('button[aria-label="Send"]')!.removeAttribute('aria-label');
    expect(adapter.sendButton(compose)?.textContent).toContain('Send');
    expect(log).toHaveBeenCalledTimes(2);

    // A Send button only in a shared toolbar: the lowest ancestor holding it spans two bodies.
    const shell = document.createElement('div');
    shell.innerHTML =
      '<div><button aria-label="Send">Send</button></div>' +
      '<div><div contenteditable="true" role="textbox" aria-multiline="true">a</div></div>' +
      '<div><div contenteditable="true" role="textbox" aria-multiline="true">b</div></div>';
    document.body.append(shell);
    const [a] = adapter.findBodies(shell);
    expect(adapter.composeOf(a!)).toBeNull();
    expect(log).toHaveBeenCalledTimes(3);
  });

  it('watches <body> in a window without a reading pane, logging the fallback once', async () => {
    const { document } = await open();
    document.getElementById('ReadingPaneContainerId')!.removeAttribute('id');
    const log = vi.fn();
    const adapter = createOutlookAdapter(log);
    expect(adapter.watchRoots(document)).toEqual([document.body]);
    expect(adapter.watchRoots(document)).toEqual([document.body]);
    expect(log).toHaveBeenCalledOnce();
  });
});
