import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../lib/analyze';
import { CHECK_IDS, type Report } from '../../lib/analyzer/types';
import type { ActiveComposeReply } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { MAX_DRAFT_CHARS } from '../../lib/limits';
import { Popup, type PopupProps } from '../../components/Popup';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const DRAFT =
  'Hi Sam,\n\nCould you review the two-page budget draft by Friday? It should take about 15 minutes. ' +
  'If you are too busy, no worries at all. It would help your team plan the Q3 hires. Thanks so much!\n\nBest,\nAna';
const BARE = 'Hi Sam,\n\nI need you to look at the budget. I have been working on it for weeks and I think it is good.\n\nAna';

const stored = async (): Promise<Settings | undefined> => (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;

const root = () => document.querySelector<HTMLElement>('[data-askwell="popup"]')!;
const items = () => [...root().querySelectorAll<HTMLElement>('[data-askwell="checklist"] ol > [data-check]')];
const statuses = () => Object.fromEntries(items().map((el) => [el.dataset.check, el.dataset.status]));
const expectedStatuses = (r: Report) => Object.fromEntries(CHECK_IDS.map((id) => [id, r.checks[id].status]));
const sw = (name: string | RegExp) => screen.getByRole<HTMLInputElement>('switch', { name });

function renderPopup(reply: ActiveComposeReply | null | Promise<ActiveComposeReply | null>, over: Partial<PopupProps> = {}) {
  const fetchCompose = vi.fn(() => Promise.resolve(reply));
  const openOptions = vi.fn();
  render(<Popup fetchCompose={fetchCompose} openOptions={openOptions} debounceMs={0} {...over} />);
  return { fetchCompose, openOptions };
}

/** Waits for the settings to load (the switches are disabled until then). */
const settled = () => waitFor(() => expect(sw('Highlight sentences').disabled).toBe(false));

async function paste(text: string) {
  const box = await screen.findByLabelText<HTMLTextAreaElement>('Paste a draft to check');
  fireEvent.input(box, { target: { value: text } });
  return box;
}

describe('Popup: no Askwell in the tab → paste a draft', () => {
  it.each<[string, string]>([
    ['a full ask', DRAFT],
    ['a bare ask', BARE],
  ])('analyses the pasted draft and shows its checklist (%s)', async (_name, text) => {
    renderPopup(null);
    await paste(text);
    await waitFor(() => expect(items()).toHaveLength(CHECK_IDS.length));
    expect(items().map((el) => el.dataset.check)).toEqual([...CHECK_IDS]);
    expect(statuses()).toEqual(expectedStatuses(analyze(text)));
    expect(root().dataset.view).toBe('paste');
    const met = CHECK_IDS.filter((id) => analyze(text).checks[id].status === 'met').length;
    expect(root().querySelector('.aw-score')!.textContent).toBe(`${met}/5`);
    expect(root().querySelector('[role="meter"]')).not.toBeNull();
  });

  it('re-analyses as the text changes, and clears when it is emptied', async () => {
    renderPopup(null);
    await paste(BARE);
    await waitFor(() => expect(statuses()).toEqual(expectedStatuses(analyze(BARE))));
    await paste(DRAFT);
    await waitFor(() => expect(statuses()).toEqual(expectedStatuses(analyze(DRAFT))));
    await paste('   ');
    await waitFor(() => expect(items()).toHaveLength(0));
    expect(root().querySelector('.aw-score')).toBeNull();
  });

  it('waits for a pause in typing (debounced)', async () => {
    renderPopup(null, { debounceMs: 200 });
    await paste('Could you');
    await paste(DRAFT);
    expect(items()).toHaveLength(0);
    await waitFor(() => expect(items()).toHaveLength(CHECK_IDS.length), { timeout: 1000 });
    expect(statuses()).toEqual(expectedStatuses(analyze(DRAFT)));
  });

  it('runs only the checks the settings turn on', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, checks: { ...DEFAULT_SETTINGS.checks, thanks: false } } });
    renderPopup(null);
    await settled();
    await paste(DRAFT);
    await waitFor(() => expect(items()).toHaveLength(CHECK_IDS.length));
    expect(statuses().thanks).toBe('not-applicable');
    expect(root().querySelector('[data-check="thanks"]')!.textContent).toContain('turned off');
    expect(statuses()['specific-ask']).toBe('met');
  });

  it('checks a huge paste up to the limit, with a note', async () => {
    renderPopup(null);
    await paste(`${DRAFT} ${'More words about the budget. '.repeat(MAX_DRAFT_CHARS / 20)}`);
    await waitFor(() => expect(items()).toHaveLength(CHECK_IDS.length));
    expect(root().textContent).toMatch(/Checked the first 30,000 characters/);
  });

  it('says why there is no live checklist: no Askwell in the tab', async () => {
    renderPopup(null);
    await screen.findByLabelText('Paste a draft to check');
    expect(root().querySelector('[data-part="no-askwell"]')!.textContent).toMatch(/Gmail or Outlook/);
    // No site to switch off.
    expect(screen.queryByRole('switch', { name: /this site/ })).toBeNull();
  });

  it('falls back to the paste box when asking the tab fails', async () => {
    renderPopup(Promise.reject(new Error('Receiving end does not exist')));
    expect(await screen.findByLabelText('Paste a draft to check')).toBeTruthy();
  });

  it('says when the mail site has no compose open, and offers the site switch', async () => {
    renderPopup({ site: 'outlook', compose: null });
    await screen.findByLabelText('Paste a draft to check');
    expect(root().querySelector('[data-part="no-compose"]')!.textContent).toMatch(/No compose window is open in Outlook/);
    expect(sw(/Askwell on this site \(Outlook\)/)).toBeTruthy();
  });
});

describe('Popup: a compose is open → its checklist', () => {
  it('renders the report the content script sent, not a new analysis', async () => {
    const report = structuredClone(analyze(DRAFT));
    // A report the popup could not have computed itself from the text.
    report.checks.thanks = { status: 'missing', evidence: [], reason: 'from the content script', suggestion: 'Say thanks.' };
    renderPopup({ site: 'gmail', compose: { text: DRAFT, report, skipped: false } });
    await waitFor(() => expect(items()).toHaveLength(CHECK_IDS.length));
    expect(root().dataset.view).toBe('compose');
    expect(statuses()).toEqual(expectedStatuses(report));
    expect(root().querySelector('[data-check="thanks"]')!.textContent).toContain('from the content script');
    expect(root().querySelector('[data-part="source"]')!.textContent).toBe('Your draft in Gmail');
    expect(screen.queryByLabelText('Paste a draft to check')).toBeNull();
    // Evidence is quoted from the compose's text.
    expect(root().querySelector('[data-check="specific-ask"] [data-part="evidence"]')!.textContent).toContain('Could you review');
  });

  it.each<[string, boolean, RegExp]>([
    ['an empty compose', false, /Start typing your ask/],
    ['a compose with the pre-send checklist off', true, /pre-send checklist is off for this email/],
  ])('has a message for %s', async (_name, skipped, message) => {
    renderPopup({ site: 'gmail', compose: { text: '', report: null, skipped } });
    await waitFor(() => expect(root().dataset.view).toBe('compose'));
    expect(root().querySelector('.aw-message')!.textContent).toMatch(message);
    expect(items()).toHaveLength(0);
  });

  it('shows "looking" until the tab answers', async () => {
    let answer!: (r: ActiveComposeReply | null) => void;
    renderPopup(new Promise((resolve) => (answer = resolve)));
    expect(root().dataset.view).toBe('asking');
    expect(root().textContent).toMatch(/Looking for your draft/);
    answer({ site: 'gmail', compose: { text: DRAFT, report: analyze(DRAFT), skipped: false } });
    await waitFor(() => expect(root().dataset.view).toBe('compose'));
  });
});

describe('Popup: quick switches', () => {
  it.each<[string, string | RegExp, (s: Settings) => boolean]>([
    ['highlight', 'Highlight sentences', (s) => s.highlight],
    ['pre-send checklist', 'Pre-send checklist', (s) => s.sendGuard],
    ['this site (Gmail)', /Askwell on this site \(Gmail\)/, (s) => s.sites.gmail],
  ])('%s: bound to the settings and saved on change', async (_name, name, get) => {
    renderPopup({ site: 'gmail', compose: null });
    await settled();
    await screen.findByRole('switch', { name });
    expect(sw(name).checked).toBe(true);
    fireEvent.click(sw(name));
    await waitFor(async () => expect(get((await stored())!)).toBe(false));
    expect(sw(name).checked).toBe(false);
    // Other settings untouched.
    const s = (await stored())!;
    expect([s.highlight, s.sendGuard, s.sites.gmail].filter((v) => v === false)).toHaveLength(1);
    expect(s.sites.outlook).toBe(true);
  });

  it('shows stored settings and follows changes made elsewhere', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, highlight: false } });
    renderPopup(null);
    await settled();
    expect(sw('Highlight sentences').checked).toBe(false);
    expect(sw('Pre-send checklist').checked).toBe(true);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sendGuard: false } });
    await waitFor(() => expect(sw('Pre-send checklist').checked).toBe(false));
    expect(sw('Highlight sentences').checked).toBe(true);
  });

  it('opens the options page', async () => {
    const { openOptions } = renderPopup(null);
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('uses the stored highlight colours for the meter legend', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, colors: { self: '#ff0000', other: '#0000ff' } } });
    renderPopup(null);
    await settled();
    expect(root().style.getPropertyValue('--aw-self')).toBe('#ff0000');
    expect(root().style.getPropertyValue('--aw-other')).toBe('#0000ff');
  });
});

