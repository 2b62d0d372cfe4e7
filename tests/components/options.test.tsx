import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_IDS } from '../../lib/analyzer/types';
import { CHECKS, POLISH_CHECKS } from '../../lib/checks';
import { DEFAULT_COLORS } from '../../lib/colors';
import { DEFAULT_SETTINGS, isBlocking, type Settings } from '../../lib/settings';
import { OptionsPage } from '../../components/OptionsPage';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const stored = async (): Promise<Settings | undefined> => (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
const store = (s: Settings) => fakeBrowser.storage.sync.set({ settings: s });

/** Renders the page and waits for the settings to load. */
async function renderOptions() {
  render(<OptionsPage />);
  await screen.findByRole('group', { name: CHECKS[0]!.title });
  return document.querySelector<HTMLElement>('[data-askwell="options"]')!;
}

const row = (id: string) => document.querySelector<HTMLElement>(`[data-check="${id}"]`)!;
const sw = (name: string) => screen.getByRole<HTMLInputElement>('switch', { name });

describe('OptionsPage: one row per check, from the metadata', () => {
  it('lists the five checks, then the polish checks, in registry order', async () => {
    const page = await renderOptions();
    const checks = page.querySelector('[data-section="checks"]')!;
    const polish = page.querySelector('[data-section="polish"]')!;
    expect([...checks.querySelectorAll<HTMLElement>('[data-check]')].map((r) => r.dataset.check)).toEqual(CHECKS.map((c) => c.id));
    expect([...polish.querySelectorAll<HTMLElement>('[data-check]')].map((r) => r.dataset.check)).toEqual(POLISH_CHECKS.map((c) => c.id));
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))('core check %s: title, why, looks-for, on and blocks-Send switches', async (_id, meta) => {
    await renderOptions();
    const r = row(meta.id);
    expect(within(r).getByRole('heading', { level: 3 }).textContent).toBe(meta.title);
    expect(screen.getByRole('group', { name: meta.title })).toBe(r);
    expect(r.textContent).toContain(meta.why);
    const details = r.querySelector('details')!;
    expect(details.textContent).toContain(meta.looksFor);
    expect(details.querySelector('summary')!.textContent).toMatch(/What it looks for/);
    expect(within(r).getAllByRole('switch').map((s) => s.dataset.setting)).toEqual(['check', 'blocking']);
    expect(sw(`${meta.title}: On`).checked).toBe(true);
    expect(sw(`${meta.title}: Blocks Send`).checked).toBe(true);
    expect(sw(`${meta.title}: Blocks Send`).disabled).toBe(false);
  });

  it.each(POLISH_CHECKS.map((c) => [c.id, c] as const))('polish check %s: title, why, looks-for and an on switch only', async (_id, meta) => {
    await renderOptions();
    const r = row(meta.id);
    expect(within(r).getByRole('heading', { level: 3 }).textContent).toBe(meta.title);
    expect(r.textContent).toContain(meta.why);
    expect(r.querySelector('details')!.textContent).toContain(meta.looksFor);
    expect(within(r).getAllByRole('switch').map((s) => s.dataset.setting)).toEqual(['check']);
  });

  it('groups settings in fieldsets with legends', async () => {
    const page = await renderOptions();
    const legends = [...page.querySelectorAll('fieldset > legend')].map((l) => l.textContent);
    expect(legends).toEqual(['Checklist', 'Polish', 'Highlights', 'Sites', 'Before sending']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Askwell options');
  });

  it('gives every control an accessible name', async () => {
    const page = await renderOptions();
    for (const input of page.querySelectorAll<HTMLInputElement>('input')) {
      const label = input.closest('label') ?? page.querySelector(`label[for="${input.id}"]`);
      expect(label?.textContent?.trim(), input.outerHTML).toBeTruthy();
    }
  });

  it('shows the stored state', async () => {
    await store({
      ...DEFAULT_SETTINGS,
      checks: { ...DEFAULT_SETTINGS.checks, thanks: false, calm: false },
      blocking: { ...DEFAULT_SETTINGS.blocking, bounded: false },
      sites: { gmail: true, outlook: false },
      highlight: false,
      sendGuard: false,
    });
    await renderOptions();
    expect(sw('Thanks: On').checked).toBe(false);
    expect(sw('Calm: On').checked).toBe(false);
    expect(sw('Bounded: Blocks Send').checked).toBe(false);
    expect(sw('Outlook on the web').checked).toBe(false);
    expect(sw('Gmail').checked).toBe(true);
    expect(sw('Highlight sentences in the draft').checked).toBe(false);
    expect(sw('Pre-send checklist').checked).toBe(false);
  });
});

describe('OptionsPage: every change is saved at once', () => {
  it.each<[string, (s: Settings) => unknown, unknown]>([
    ['Specific ask: On', (s) => s.checks['specific-ask'], false],
    ['Leads with the ask: On', (s) => s.checks['lead-with-ask'], false],
    ['Easy no: Blocks Send', (s) => s.blocking['easy-no'], false],
    ['Highlight sentences in the draft', (s) => s.highlight, false],
    ['Gmail', (s) => s.sites.gmail, false],
    ['Outlook on the web', (s) => s.sites.outlook, false],
    ['Pre-send checklist', (s) => s.sendGuard, false],
  ])('%s', async (name, get, expected) => {
    await renderOptions();
    fireEvent.click(sw(name));
    await waitFor(async () => expect(get((await stored())!)).toBe(expected));
    expect(sw(name).checked).toBe(false);
    // And back.
    fireEvent.click(sw(name));
    await waitFor(async () => expect(get((await stored())!)).toBe(true));
    expect(screen.getByRole('status').textContent).toMatch(/Saved/);
  });

  it('keeps quick successive changes', async () => {
    await renderOptions();
    for (const id of CHECK_IDS) fireEvent.click(sw(`${CHECKS.find((c) => c.id === id)!.title}: On`));
    await waitFor(async () => {
      const s = (await stored())!;
      expect(CHECK_IDS.map((id) => s.checks[id])).toEqual(CHECK_IDS.map(() => false));
    });
    for (const meta of CHECKS) expect(sw(`${meta.title}: On`).checked).toBe(false);
  });

  it('follows changes made elsewhere (another page, another browser)', async () => {
    await renderOptions();
    await store({ ...DEFAULT_SETTINGS, highlight: false, checks: { ...DEFAULT_SETTINGS.checks, benefit: false } });
    await waitFor(() => expect(sw('Highlight sentences in the draft').checked).toBe(false));
    expect(sw('Benefit to them: On').checked).toBe(false);
  });
});

describe('OptionsPage: "Blocks Send" needs the check on', () => {
  it('is disabled and shown off while the check is off, and comes back as it was', async () => {
    await renderOptions();
    const blocks = () => sw('Bounded: Blocks Send');
    fireEvent.click(blocks()); // Bounded no longer blocks.
    await waitFor(async () => expect((await stored())!.blocking.bounded).toBe(false));
    fireEvent.click(blocks()); // Blocks again.
    await waitFor(async () => expect((await stored())!.blocking.bounded).toBe(true));

    fireEvent.click(sw('Bounded: On'));
    await waitFor(async () => expect((await stored())!.checks.bounded).toBe(false));
    expect(blocks().disabled).toBe(true);
    expect(blocks().checked).toBe(false);
    const hint = document.getElementById(blocks().getAttribute('aria-describedby')!);
    expect(hint?.textContent).toMatch(/Turn the check on/);
    expect(isBlocking((await stored())!, 'bounded')).toBe(false);
    // The stored choice is kept: turning the check on again restores it.
    expect((await stored())!.blocking.bounded).toBe(true);

    fireEvent.click(sw('Bounded: On'));
    await waitFor(() => expect(blocks().disabled).toBe(false));
    expect(blocks().checked).toBe(true);
    expect(blocks().hasAttribute('aria-describedby')).toBe(false);
  });

  it.each(CHECKS.map((c) => [c.title] as const))('%s: disabled when the stored check is off', async (title) => {
    const meta = CHECKS.find((c) => c.title === title)!;
    await store({ ...DEFAULT_SETTINGS, checks: { ...DEFAULT_SETTINGS.checks, [meta.id]: false } });
    await renderOptions();
    expect(sw(`${title}: Blocks Send`).disabled).toBe(true);
    for (const other of CHECKS.filter((c) => c.id !== meta.id)) expect(sw(`${other.title}: Blocks Send`).disabled).toBe(false);
  });
});

describe('OptionsPage: highlight colours', () => {
  const colorRow = (focus: 'self' | 'other') => document.querySelector<HTMLElement>(`[data-color="${focus}"]`)!;
  const input = (label: string) => screen.getByLabelText<HTMLInputElement>(label);
  const swatches = (focus: 'self' | 'other') =>
    [...colorRow(focus).querySelectorAll<HTMLElement>('[data-part="swatch"]')].map((el) => el.style.backgroundColor);

  it('shows the default colours in the inputs and in previews over a light and a dark page', async () => {
    await renderOptions();
    expect(input('About you').type).toBe('color');
    expect(input('About you').value).toBe('#ffd600');
    expect(input('About them').value).toBe('#34c759');
    expect([...colorRow('self').querySelectorAll<HTMLElement>('[data-preview]')].map((p) => p.dataset.preview)).toEqual(['light', 'dark']);
    expect(swatches('self')).toHaveLength(2);
    expect(new Set(swatches('self')).size).toBe(1);
    expect(swatches('self')[0]).toMatch(/255,\s*214,\s*0/);
  });

  it('previews while picking and saves the picked colour, keeping the default transparency', async () => {
    await renderOptions();
    fireEvent.input(input('About you'), { target: { value: '#3366ff' } });
    expect(swatches('self')[0]).toMatch(/51,\s*102,\s*255/);
    expect(await stored()).toBeUndefined(); // Not saved until the picker commits.

    fireEvent.change(input('About you'), { target: { value: '#3366ff' } });
    await waitFor(async () => expect((await stored())?.colors.self).toBe('rgba(51, 102, 255, 0.35)'));
    expect((await stored())!.colors.other).toBe(DEFAULT_COLORS.other);

    fireEvent.change(input('About them'), { target: { value: '#ff0000' } });
    await waitFor(async () => expect((await stored())?.colors.other).toBe('rgba(255, 0, 0, 0.3)'));
  });

  it('resets a colour to its default', async () => {
    await store({ ...DEFAULT_SETTINGS, colors: { self: 'rgba(51, 102, 255, 0.35)', other: '#ff0000' } });
    await renderOptions();
    expect(input('About you').value).toBe('#3366ff');
    const reset = screen.getByRole<HTMLButtonElement>('button', { name: 'Reset to default (About you)' });
    expect(reset.disabled).toBe(false);

    fireEvent.click(reset);
    await waitFor(async () => expect((await stored())!.colors.self).toBe(DEFAULT_COLORS.self));
    expect((await stored())!.colors.other).toBe('#ff0000');
    await waitFor(() => expect(input('About you').value).toBe('#ffd600'));
    expect(reset.disabled).toBe(true);
    expect(swatches('self')[0]).toMatch(/255,\s*214,\s*0/);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Reset to default (About them)' }).disabled).toBe(false);
  });

  it('has nothing to reset while the colours are the defaults', async () => {
    await renderOptions();
    for (const name of ['Reset to default (About you)', 'Reset to default (About them)']) {
      expect(screen.getByRole<HTMLButtonElement>('button', { name }).disabled).toBe(true);
    }
  });
});

describe('extension pages', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.(tsx?|html)$/.test(f) ? [p] : [];
    });

  it('never write HTML as a string (no innerHTML, no dangerouslySetInnerHTML)', () => {
    const offenders = [...files(join(ROOT, 'components')), ...files(join(ROOT, 'entrypoints'))].filter((f) =>
      /innerHTML|dangerouslySetInnerHTML|outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('register the options page in a tab and the popup, as WXT reads them from the HTML', () => {
    const options = readFileSync(join(ROOT, 'entrypoints/options/index.html'), 'utf8');
    expect(options).toMatch(/<meta name="manifest.open_in_tab" content="true"\s*\/?>/);
    expect(options).toMatch(/<script type="module" src="\.\/main\.tsx"><\/script>/);
    const popup = readFileSync(join(ROOT, 'entrypoints/popup/index.html'), 'utf8');
    expect(popup).toMatch(/<title>Askwell<\/title>/);
    expect(popup).toMatch(/<script type="module" src="\.\/main\.tsx"><\/script>/);
  });
});
