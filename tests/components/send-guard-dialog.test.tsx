import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SendGuardDialog, type SendGuardDialogProps } from '../../components/SendGuardDialog';
import { MAX_VARIANTS } from '../../lib/checks/fix-phrases';
import type { MissingItem } from '../../lib/page/send-guard';

afterEach(cleanup);

const EASY_NO: MissingItem = {
  checkId: 'easy-no',
  title: 'Easy no',
  reason: 'nothing says a “no” to “Could you review the deck?” is fine',
  suggestion: 'Right after “Could you review the deck?”, give them a safe way to decline.',
  fix: { variants: ["No worries if the timing doesn't work.", 'Totally fine to say no.', "If it's too much right now, I completely understand.", 'A fourth one'] },
};
const BENEFIT: MissingItem = {
  checkId: 'benefit',
  title: 'Benefit to them',
  reason: 'nothing says what a yes does for them',
  suggestion: 'Say what’s in it for them.',
};
const THANKS: MissingItem = {
  checkId: 'thanks',
  title: 'Thanks',
  reason: 'no thanks found',
  suggestion: 'Thank them, whatever they decide.',
  fix: { variants: ['Thanks so much for considering it.', 'Thanks either way!'] },
};

function setup(over: Partial<SendGuardDialogProps> = {}) {
  const props: SendGuardDialogProps = {
    missing: [EASY_NO, BENEFIT, THANKS],
    onSend: vi.fn(),
    onEdit: vi.fn(),
    onInsert: vi.fn(),
    theme: 'light',
    ...over,
  };
  const view = render(<SendGuardDialog {...props} />);
  const root = document.querySelector<HTMLElement>('[data-askwell="send-guard"]')!;
  const action = (name: string) => root.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
  return { props, view, root, action };
}

describe('SendGuardDialog', () => {
  it('is a modal alertdialog labelled by its title and described by its lead', () => {
    const { root } = setup();
    expect(root.getAttribute('role')).toBe('alertdialog');
    expect(root.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(root.getAttribute('aria-labelledby')!)?.textContent).toBe('Before you send');
    expect(document.getElementById(root.getAttribute('aria-describedby')!)?.textContent).toBe(
      '3 things would make this ask easier to say yes to:',
    );
    expect(screen.getByRole('alertdialog', { name: 'Before you send' })).toBe(root);
  });

  it('lists each missing item with its reason and suggestion, in the order given', () => {
    const { root } = setup();
    const items = [...root.querySelectorAll<HTMLElement>('li[data-check]')];
    expect(items.map((li) => li.dataset.check)).toEqual(['easy-no', 'benefit', 'thanks']);
    const first = within(items[0]!);
    expect(first.getByText('Easy no')).toBeTruthy();
    expect(items[0]!.querySelector('[data-part="reason"]')?.textContent).toBe(EASY_NO.reason);
    expect(items[0]!.querySelector('[data-part="suggestion"]')?.textContent).toBe(`Try: ${EASY_NO.suggestion}`);
  });

  it('says "one thing" for a single item', () => {
    const { root } = setup({ missing: [BENEFIT] });
    expect(root.querySelector('.aw-guard-lead')?.textContent).toBe('One thing would make this ask easier to say yes to:');
  });

  it('opens with focus on "Back to draft"', () => {
    const { action } = setup();
    expect(action('edit').textContent).toBe('Back to draft');
    expect(document.activeElement).toBe(action('edit'));
  });

  it('"Back to draft" and Esc go back; "Send anyway" sends', () => {
    const { props, root, action } = setup();
    fireEvent.click(action('edit'));
    expect(props.onEdit).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(root.querySelector('[data-action="insert"]')!, { key: 'Escape' });
    expect(props.onEdit).toHaveBeenCalledTimes(2);
    expect(props.onSend).not.toHaveBeenCalled();
    expect(action('send-anyway').textContent).toBe('Send anyway');
    fireEvent.click(action('send-anyway'));
    expect(props.onSend).toHaveBeenCalledTimes(1);
  });

  it('Esc does not reach the page (Gmail and Outlook have single-key shortcuts)', () => {
    const { root } = setup();
    const page = vi.fn();
    document.addEventListener('keydown', page);
    fireEvent.keyDown(root, { key: 'Escape' });
    document.removeEventListener('keydown', page);
    expect(page).not.toHaveBeenCalled();
  });

  it('traps Tab inside: from the last control to the first and back', () => {
    const { root, action } = setup();
    const focusable = [...root.querySelectorAll<HTMLElement>('button')];
    const first = focusable[0]!;
    expect(focusable.at(-1)).toBe(action('edit'));
    fireEvent.keyDown(action('edit'), { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(action('edit'));
    // In the middle, Tab is left to the browser.
    action('send-anyway').focus();
    const middle = fireEvent.keyDown(action('send-anyway'), { key: 'Tab' });
    expect(middle).toBe(true);
  });

  it('brings focus back when it leaves for the page', async () => {
    const { action } = setup();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    await new Promise((r) => setTimeout(r, 5));
    expect(document.activeElement).toBe(action('edit'));
    outside.remove();
  });

  it('lets an insertion borrow focus for an instant (the draft must be focused to type into)', async () => {
    const draft = document.createElement('div');
    draft.tabIndex = 0;
    document.body.append(draft);
    let chip: HTMLButtonElement | null = null;
    const onInsert = vi.fn(() => {
      draft.focus(); // what insertPhrase does around execCommand…
      chip!.focus(); // …and how it gives focus back
    });
    const { root } = setup({ onInsert });
    chip = root.querySelector<HTMLButtonElement>('[data-action="insert"]')!;
    chip.focus();
    fireEvent.click(chip);
    await new Promise((r) => setTimeout(r, 5));
    expect(onInsert).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(chip);
    draft.remove();
  });

  it('offers up to three Insert phrases for items with a fix, and passes the pick on', () => {
    const { props, root } = setup();
    const chips = (id: string) => [...root.querySelectorAll<HTMLButtonElement>(`li[data-check="${id}"] [data-action="insert"]`)];
    expect(chips('easy-no').map((b) => b.textContent)).toEqual(EASY_NO.fix!.variants.slice(0, MAX_VARIANTS));
    expect(chips('benefit')).toEqual([]);
    expect(chips('thanks').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Insert “Thanks so much for considering it.”',
      'Insert “Thanks either way!”',
    ]);
    const group = root.querySelector('li[data-check="thanks"] [data-part="fix"]')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent).toBe('Thanks');
    fireEvent.click(chips('easy-no')[1]!);
    expect(props.onInsert).toHaveBeenCalledWith('easy-no', 'Totally fine to say no.');
    expect(props.onSend).not.toHaveBeenCalled();
    expect(props.onEdit).not.toHaveBeenCalled();
  });

  it('shows no Insert choices without onInsert', () => {
    const { root } = setup({ onInsert: undefined });
    expect(root.querySelector('[data-action="insert"]')).toBeNull();
  });

  it('keeps focus in the dialog when the fixed item disappears', () => {
    const { props, view, root, action } = setup();
    const chip = root.querySelector<HTMLButtonElement>('li[data-check="thanks"] [data-action="insert"]')!;
    chip.focus();
    expect(document.activeElement).toBe(chip);
    view.rerender(<SendGuardDialog {...props} missing={[EASY_NO, BENEFIT]} />);
    expect(root.querySelector('li[data-check="thanks"]')).toBeNull();
    expect(document.activeElement).toBe(action('edit'));
  });

  it('once nothing is missing, says so and offers a plain "Send"', () => {
    const { root, action } = setup({ missing: [] });
    expect(root.querySelector('li')).toBeNull();
    expect(root.querySelector('.aw-guard-lead')?.textContent).toBe('Everything on your checklist is there now.');
    expect(action('send-anyway').textContent).toBe('Send');
  });

  it('follows the theme', () => {
    expect(setup({ theme: 'dark' }).root.dataset.theme).toBe('dark');
  });
});

// WCAG 2.x: text pairs the dialog adds (primary button, Insert chips) are ≥ 4.5:1 in both themes.
describe('send-guard.css colours', () => {
  const sidebar = readFileSync(join(__dirname, '../../components/sidebar.css'), 'utf8');
  const guard = readFileSync(join(__dirname, '../../components/send-guard.css'), 'utf8');
  const varsOf = (css: string, selector: string): Record<string, string> => {
    const start = css.indexOf(`${selector} {`);
    if (start < 0) throw new Error(`no rule for ${selector}`);
    const block = css.slice(start, css.indexOf('}', start));
    return Object.fromEntries([...block.matchAll(/(--aw-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
  };
  const hex = (c: string): [number, number, number] => {
    const m = /^#([0-9a-f]{6})$/i.exec(c);
    if (!m) throw new Error(`not a hex colour: ${c}`);
    const n = parseInt(m[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  };
  const lum = (c: string) => {
    const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    const [r, g, b] = hex(c);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  };
  const light = { ...varsOf(sidebar, '.aw-root'), ...varsOf(guard, '.aw-root.aw-guard') };
  const dark = {
    ...light,
    ...varsOf(sidebar, ".aw-root[data-theme='dark']"),
    ...varsOf(guard, ".aw-root.aw-guard[data-theme='dark']"),
  };

  it.each([
    ['light', light],
    ['dark', dark],
  ])('%s: primary button and chips are readable', (_name, v) => {
    expect(contrast(v['--aw-on-accent']!, v['--aw-accent']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v['--aw-chip-fg']!, v['--aw-chip-bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v['--aw-fg']!, v['--aw-surface']!)).toBeGreaterThanOrEqual(4.5);
  });
});
