import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useState } from 'preact/hooks';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, CHECK_IDS, type Report } from '../../lib/analyze';
import { CHECKS } from '../../lib/checks';
import { DEFAULT_MESSAGES, Sidebar, type SidebarProps } from '../../components/Sidebar';
import { evidenceText } from '../../components/sidebar-text';
import { shorten } from '../../lib/analyzer/text';

const FULL =
  'Hi Sam,\n\nCould you review the two-page budget draft by Friday? It should take about 15 minutes. ' +
  'If you are too busy, no worries at all. It would help your team plan the Q3 hires. Thanks so much!\n\nBest,\nAna';
const BARE =
  'Hi Sam,\n\nI need you to look at the budget. I have been working on it for weeks and I think it is good.\n\nAna';
const NO_ASK = 'Hello there, just wanted to share the minutes from our meeting today with everyone.';

afterEach(cleanup);

function props(text: string, over: Partial<SidebarProps> = {}): SidebarProps {
  return {
    report: analyze(text),
    text,
    state: 'ready',
    highlight: true,
    onHighlightChange: vi.fn(),
    collapsed: false,
    onCollapsedChange: vi.fn(),
    theme: 'light',
    ...over,
  };
}

const root = () => document.querySelector<HTMLElement>('[data-askwell="sidebar"]')!;
const item = (id: string) => root().querySelector<HTMLElement>(`[data-check="${id}"]`);
const metOf = (r: Report) => CHECK_IDS.filter((id) => r.checks[id].status === 'met').length;

describe('Sidebar: checklist', () => {
  it.each([
    ['all met', FULL],
    ['ask without bounds, easy no, benefit or thanks', BARE],
    ['no ask', NO_ASK],
  ])('renders the five checks in order with their status (%s)', (_name, text) => {
    const p = props(text);
    render(<Sidebar {...p} />);
    const aside = screen.getByRole('complementary', { name: 'Askwell checklist' });
    expect(aside).toBe(root());
    expect(aside.dataset.theme).toBe('light');

    const checklist = within(aside).getByRole('list', { name: /checklist/i });
    const items = [...checklist.querySelectorAll<HTMLElement>(':scope > [data-check]')];
    expect(items.map((el) => el.dataset.check)).toEqual([...CHECK_IDS]);
    expect(items.map((el) => el.dataset.status)).toEqual(CHECK_IDS.map((id) => p.report!.checks[id].status));
  });

  it('gives each status icon accessible text and uses the metadata title', () => {
    render(<Sidebar {...props(NO_ASK)} />);
    expect(screen.getByRole('button', { name: 'Missing: Specific ask' })).toBeTruthy();
    const bounded = CHECKS.find((c) => c.id === 'bounded')!;
    expect(screen.getByRole('button', { name: `Not applicable: ${bounded.title}` })).toBeTruthy();
    render(<Sidebar {...props(FULL)} />);
    const thanks = CHECKS.find((c) => c.id === 'thanks')!;
    expect(screen.getByRole('button', { name: `Met: ${thanks.title}` })).toBeTruthy();
  });

  it('quotes the evidence of a met check', () => {
    render(<Sidebar {...props(FULL)} />);
    expect(item('specific-ask')!.textContent).toContain('“Could you review the two-page budget draft by Friday?”');
    expect(item('easy-no')!.textContent).toContain('If you are too busy, no worries at all.');
    expect(item('thanks')!.querySelector('[data-part="evidence"]')!.textContent).toContain('“Thanks”');
  });

  it('shortens long evidence to about 80 characters', () => {
    const text =
      'Could you please review the attached forty-page quarterly budget proposal for the northern regional ' +
      'office by Friday afternoon? Thanks!';
    const report = analyze(text);
    expect(report.checks['specific-ask'].status).toBe('met');
    render(<Sidebar {...props(text, { report })} />);
    const quoted = item('specific-ask')!.querySelector('[data-part="evidence"]')!.textContent!;
    expect(quoted).toMatch(/^Found: “Could you please review the attached/);
    expect(quoted).toMatch(/…”$/);
    expect(quoted.length).toBeLessThanOrEqual('Found: “”'.length + 80);
  });

  it('shows the reason and the suggestion of a missing check', () => {
    const p = props(BARE);
    render(<Sidebar {...p} />);
    for (const id of ['bounded', 'easy-no', 'benefit', 'thanks'] as const) {
      const el = item(id)!;
      expect(el.dataset.status).toBe('missing');
      expect(el.querySelector('[data-part="reason"]')!.textContent).toBe(p.report!.checks[id].reason);
      expect(el.querySelector('[data-part="suggestion"]')!.textContent).toBe(`Try: ${p.report!.checks[id].suggestion}`);
    }
  });

  it('shows the reason of a not-applicable check', () => {
    render(<Sidebar {...props(NO_ASK)} />);
    expect(item('benefit')!.querySelector('[data-part="reason"]')!.textContent).toBe('no request found');
    expect(item('benefit')!.querySelector('[data-part="suggestion"]')).toBeNull();
  });

  it('expands an item to show why and what it looks for', () => {
    render(<Sidebar {...props(FULL)} />);
    const meta = CHECKS.find((c) => c.id === 'bounded')!;
    const toggle = within(item('bounded')!).getByRole('button', { name: /Bounded|Met/ });
    const details = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(details.hidden).toBe(true);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(details.hidden).toBe(false);
    expect(details.textContent).toContain(meta.why);
    expect(details.textContent).toContain(meta.looksFor);

    fireEvent.click(toggle);
    expect(details.hidden).toBe(true);
  });

  it('lists polish items, hiding the not-applicable ones', () => {
    const p = props(FULL);
    expect(p.report!.polish['one-off'].status).toBe('not-applicable');
    expect(p.report!.polish.reciprocity.status).toBe('missing');
    render(<Sidebar {...p} />);
    const polish = screen.getByRole('list', { name: 'Polish' });
    const shown = [...polish.querySelectorAll<HTMLElement>('[data-check]')].map((el) => el.dataset.check);
    expect(shown).toEqual(['lead-with-ask', 'concise', 'calm', 'hedging', 'reciprocity']);
    expect(item('one-off')).toBeNull();
    expect(item('reciprocity')!.querySelector('[data-part="suggestion"]')).not.toBeNull();
  });

  it('drops the polish section when every polish item is not applicable', () => {
    const text = 'Thanks for the lovely dinner on Saturday with the whole family.';
    const report = analyze(text);
    const allNa = { ...report, polish: Object.fromEntries(Object.entries(report.polish).map(([k, v]) => [k, { ...v, status: 'not-applicable' }])) } as Report;
    render(<Sidebar {...props(text, { report: allNa })} />);
    expect(screen.queryByRole('list', { name: 'Polish' })).toBeNull();
  });
});

describe('Sidebar: share meter', () => {
  it.each([FULL, BARE])('exposes the share about the recipient', (text) => {
    const p = props(text);
    render(<Sidebar {...p} />);
    const meter = screen.getByRole('meter');
    const pct = Math.round(p.report!.otherShare * 100);
    expect(meter.getAttribute('data-askwell-share')).toBe(p.report!.otherShare.toFixed(2));
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('100');
    expect(meter.getAttribute('aria-valuenow')).toBe(String(pct));
    expect(document.getElementById(meter.getAttribute('aria-labelledby')!)!.textContent).toBe(`About them: ${pct}%`);
  });

  it('reads 100% for an all-about-them draft, and has a legend for both colours', () => {
    render(<Sidebar {...props(FULL)} />);
    expect(screen.getByRole('meter').getAttribute('data-askwell-share')).toBe('1.00');
    const legend = screen.getByRole('list', { name: 'Highlight colours' });
    expect(legend.textContent).toContain('About you');
    expect(legend.textContent).toContain('About them');
  });

  it('shows "–" when no sentence is about either side', () => {
    const text = 'Could the meeting on Tuesday move to Room 4 at noon?';
    const report = { ...analyze(text), sentences: [{ start: 0, end: text.length, focus: 'neutral' as const, roles: [] }], otherShare: 0 };
    render(<Sidebar {...props(text, { report })} />);
    const meter = screen.getByRole('meter');
    expect(meter.getAttribute('data-askwell-share')).toBe('0.00');
    expect(meter.getAttribute('aria-valuetext')).toMatch(/no sentences/i);
    expect(screen.getByText(/About them:/).textContent).toBe('About them: –');
  });
});

describe('Sidebar: controls', () => {
  it('calls back when the highlight switch is toggled', () => {
    const onHighlightChange = vi.fn();
    render(<Sidebar {...props(FULL, { highlight: true, onHighlightChange })} />);
    const toggle = screen.getByRole('switch', { name: 'Highlight sentences' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(onHighlightChange).toHaveBeenCalledWith(false);
  });

  it('collapses to a badge with the met count and expands again, keeping focus', () => {
    const report = analyze(BARE);
    const met = metOf(report);
    const onCollapsedChange = vi.fn();
    function Harness() {
      const [collapsed, setCollapsed] = useState(false);
      return (
        <Sidebar
          {...props(BARE, { report })}
          collapsed={collapsed}
          onCollapsedChange={(c) => {
            onCollapsedChange(c);
            setCollapsed(c);
          }}
        />
      );
    }
    render(<Harness />);
    const collapse = screen.getByRole('button', { name: 'Collapse Askwell checklist' });
    expect(collapse.getAttribute('aria-expanded')).toBe('true');
    collapse.focus();
    fireEvent.click(collapse);
    expect(onCollapsedChange).toHaveBeenLastCalledWith(true);

    const badge = document.querySelector<HTMLButtonElement>('[data-askwell="badge"]')!;
    expect(badge.textContent).toBe(`${met}/5`);
    expect(badge.getAttribute('aria-label')).toBe(`Askwell: ${met} of 5 checks met, expand`);
    expect(root().dataset.collapsed).toBe('true');
    expect(root().querySelector('[data-check]')).toBeNull();
    expect(screen.queryByRole('meter')).toBeNull();
    expect(document.activeElement).toBe(badge);

    fireEvent.click(badge);
    expect(onCollapsedChange).toHaveBeenLastCalledWith(false);
    expect(document.querySelector('[data-askwell="badge"]')).toBeNull();
    expect(root().querySelectorAll('[data-check]').length).toBeGreaterThanOrEqual(5);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Collapse Askwell checklist' }));
  });

  it('shows 5/5 on the badge for a draft that meets every check', () => {
    render(<Sidebar {...props(FULL, { collapsed: true })} />);
    const badge = screen.getByRole('button', { name: 'Askwell: 5 of 5 checks met, expand' });
    expect(badge.textContent).toBe('5/5');
    expect(badge.dataset.askwell).toBe('badge');
  });

  it('applies the dark theme and shows the note', () => {
    render(<Sidebar {...props(FULL, { theme: 'dark', note: 'Checked the first 5,000 words' })} />);
    expect(root().dataset.theme).toBe('dark');
    expect(screen.getByText('Checked the first 5,000 words')).toBeTruthy();
  });

  it('uses only native buttons, inputs and links, in reading order, for the keyboard', () => {
    render(<Sidebar {...props(BARE)} />);
    const focusables = [...root().querySelectorAll<HTMLElement>('button, input, a[href], [tabindex]')];
    expect(focusables.every((el) => el.tabIndex >= 0 && !el.hasAttribute('tabindex'))).toBe(true);
    expect(focusables[0]!.getAttribute('aria-label')).toBe('Collapse Askwell checklist');
    expect(focusables.at(-1)!.getAttribute('role')).toBe('switch');
  });
});

describe('Sidebar: states', () => {
  it('loading without a report shows a skeleton and the loading text', () => {
    render(<Sidebar {...props(FULL, { report: null, state: 'loading' })} />);
    expect(root().dataset.state).toBe('loading');
    expect(screen.getByText(DEFAULT_MESSAGES.loading)).toBeTruthy();
    expect(root().querySelector('.aw-skeleton')!.getAttribute('aria-hidden')).toBe('true');
    expect(root().querySelector('[data-check]')).toBeNull();
    expect(root().querySelector('[aria-busy="true"]')).not.toBeNull();
  });

  it('loading with the previous report keeps showing it, marked busy', () => {
    render(<Sidebar {...props(FULL, { state: 'loading' })} />);
    expect(root().querySelectorAll('[data-check]').length).toBeGreaterThanOrEqual(5);
    expect(root().querySelector('[aria-busy="true"]')).not.toBeNull();
  });

  it('empty shows the message (default or given)', () => {
    render(<Sidebar {...props('', { report: null, state: 'empty' })} />);
    expect(screen.getByText('Start typing your ask…')).toBeTruthy();
    cleanup();
    render(<Sidebar {...props('hi', { report: analyze('hi'), state: 'empty', message: 'Too short to check yet.' })} />);
    expect(screen.getByText('Too short to check yet.')).toBeTruthy();
    expect(root().querySelector('[data-check]')).toBeNull();
  });

  it('error shows the message and keeps the controls usable', () => {
    const onCollapsedChange = vi.fn();
    render(
      <Sidebar {...props(FULL, { state: 'error', message: 'Askwell hit a snag: analysis failed.', onCollapsedChange })} />,
    );
    expect(screen.getByText('Askwell hit a snag: analysis failed.')).toBeTruthy();
    expect(root().querySelector('[data-check]')).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Collapse Askwell checklist' }));
    expect(onCollapsedChange).toHaveBeenCalledWith(true);
    cleanup();
    render(<Sidebar {...props(FULL, { state: 'error', report: null })} />);
    expect(screen.getByText(DEFAULT_MESSAGES.error)).toBeTruthy();
  });

  it('announces the met count politely, only when it changes', () => {
    const live = () => root().querySelector('[aria-live="polite"]')!;
    const bare = props(BARE);
    const { rerender } = render(<Sidebar {...bare} />);
    expect(live().textContent).toBe(`${metOf(bare.report!)} of 5 checks met`);
    const first = live().firstChild;

    // Another keystroke, same score: the text node is not replaced, so nothing is re-announced.
    const more = `${BARE} More words here.`;
    rerender(<Sidebar {...props(more)} />);
    expect(live().firstChild).toBe(first);
    expect(live().textContent).toBe(`${metOf(bare.report!)} of 5 checks met`);

    // Loading (no report) then the same score again: still no new announcement.
    rerender(<Sidebar {...props(more, { report: null, state: 'loading' })} />);
    rerender(<Sidebar {...props(more)} />);
    expect(live().textContent).toBe(`${metOf(bare.report!)} of 5 checks met`);

    rerender(<Sidebar {...props(FULL)} />);
    expect(live().textContent).toBe('5 of 5 checks met');

    // The live region survives collapsing, so the badge's score is announced too.
    rerender(<Sidebar {...props(BARE, { collapsed: true })} />);
    expect(live().textContent).toBe(`${metOf(bare.report!)} of 5 checks met`);
  });
});

describe('text helpers', () => {
  it.each([
    ['short stays', 'Could you help?', 'Could you help?'],
    ['whitespace collapses', '  Could\n\nyou   help? ', 'Could you help?'],
  ])('%s', (_n, input, out) => expect(shorten(input)).toBe(out));

  it('cuts long text at a word with an ellipsis', () => {
    const long = 'word '.repeat(40);
    const s = shorten(long, 80);
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s.endsWith('word…')).toBe(true);
  });

  it('ignores evidence that no longer fits the text', () => {
    expect(evidenceText('short', [{ start: 10, end: 20 }])).toBe('');
    expect(evidenceText('ab cd', [{ start: 0, end: 2 }, { start: 3, end: 5 }])).toBe('ab · cd');
  });
});

describe('no HTML strings in the UI', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.(tsx?|css)$/.test(e.name) ? [join(dir, e.name)] : [],
    );

  it.each(files(join(__dirname, '../../components')))('%s has no innerHTML / dangerouslySetInnerHTML', (file) => {
    const src = readFileSync(file, 'utf8');
    expect(src).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/);
  });

  it('lib/page/highlight.ts assigns no HTML strings', () => {
    const src = readFileSync(join(__dirname, '../../lib/page/highlight.ts'), 'utf8');
    expect(src).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|DOMParser/);
  });
});
