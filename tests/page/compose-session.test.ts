import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/analyze';
import { MAX_DRAFT_CHARS } from '../../lib/limits';
import { startSession, type SessionView } from '../../lib/page/compose-session';
import type { Highlighter } from '../../lib/page/highlight';
import type { SiteAdapter } from '../../lib/sites/types';
import { extractDraft } from '../../lib/page/extract-text';

const adapter = {
  excludeSelector: '.sig',
  cutSelector: null,
  isHidden: () => false,
} as unknown as SiteAdapter;

function setup(text: string, overrides: { analyze?: (t: string) => ReturnType<typeof analyze>; maxChars?: number } = {}) {
  document.body.replaceChildren();
  const compose = document.createElement('div');
  const body = document.createElement('div');
  body.contentEditable = 'true';
  body.textContent = text;
  compose.append(body);
  document.body.append(compose);
  const views: SessionView[] = [];
  const highlighter = { set: vi.fn(), delete: vi.fn() } as unknown as Highlighter & { set: ReturnType<typeof vi.fn>; delete: ReturnType<typeof vi.fn> };
  const analyzeSpy = vi.fn(overrides.analyze ?? analyze);
  const session = startSession({ body, compose, id: 1 }, adapter, {
    analyze: analyzeSpy,
    extract: extractDraft,
    highlighter,
    ui: { render: (v) => views.push(v), place: () => {}, panelWidth: 300 },
    debounceMs: 100,
    maxChars: overrides.maxChars,
    log: () => {},
  });
  const type = (more: string) => {
    body.textContent += more;
    body.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { body, views, highlighter, analyzeSpy, session, type, last: () => views.at(-1)! };
}

describe('compose session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks the draft when it starts, then once per pause in typing', async () => {
    const s = setup('Could you review the plan by Friday?');
    expect(s.analyzeSpy).toHaveBeenCalledTimes(1);
    expect(s.last()).toMatchObject({ state: 'ready', text: 'Could you review the plan by Friday?' });
    s.type(' No');
    s.type(' worries');
    s.type(' if not.');
    await vi.advanceTimersByTimeAsync(99);
    expect(s.analyzeSpy).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(s.analyzeSpy).toHaveBeenCalledTimes(2);
    expect(s.last().report?.checks['easy-no'].status).toBe('met');
    s.session.dispose();
  });

  it('highlights self and other sentences, and stops when switched off', () => {
    const s = setup('I run the data team. Could you review the plan by Friday?');
    const [key, ranges] = s.highlighter.set.mock.calls.at(-1)!;
    expect(key).toBe(s.body);
    expect(ranges.self.map((r: Range) => r.toString())).toEqual(['I run the data team.']);
    expect(ranges.other.map((r: Range) => r.toString())).toEqual(['Could you review the plan by Friday?']);
    s.session.setHighlight(false);
    expect(s.highlighter.delete).toHaveBeenCalledWith(s.body);
    expect(s.last().highlight).toBe(false);
    s.session.dispose();
  });

  it('says the draft is empty instead of checking nothing', () => {
    expect(setup('   ').last()).toMatchObject({ state: 'empty', report: null });
  });

  it('shows an error, keeps the draft and never throws when the analysis fails', () => {
    const s = setup('Could you review the plan?', { analyze: () => { throw new Error('boom'); } });
    expect(s.last().state).toBe('error');
    expect(s.body.textContent).toBe('Could you review the plan?');
    s.session.dispose();
  });

  it('checks a long draft up to a limit, with a note', () => {
    const s = setup('Could you review the plan by Friday? '.repeat(50), { maxChars: 200 });
    expect(s.analyzeSpy.mock.calls[0]![0]).toHaveLength(200);
    expect(s.last().note).toMatch(/first 200 characters/);
    s.session.dispose();
  });

  it('checks a pasted draft longer than MAX_DRAFT_CHARS up to that limit, with a note', () => {
    // The default, not an override: a 20,000-word paste (~110,000 characters) must not freeze the page.
    const analyzed: string[] = [];
    const s = setup('Could you review the plan by Friday? '.repeat(4_000), {
      analyze: (t) => {
        analyzed.push(t);
        return analyze(t.slice(0, 200));
      },
    });
    expect(analyzed[0]).toHaveLength(MAX_DRAFT_CHARS);
    expect(s.last().note).toBe(`Checked the first ${MAX_DRAFT_CHARS.toLocaleString('en')} characters of a long draft.`);
    s.session.dispose();
  });

  it('stops listening and removes its highlights when disposed', async () => {
    const s = setup('Could you review the plan by Friday?');
    s.session.dispose();
    s.type(' More.');
    await vi.advanceTimersByTimeAsync(500);
    expect(s.analyzeSpy).toHaveBeenCalledTimes(1);
    expect(s.highlighter.delete).toHaveBeenCalledWith(s.body);
  });
});

describe('compose session with the analyzer in the background', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function deferredAnalyzer() {
    const pending: { text: string; resolve: () => void }[] = [];
    const fn = (text: string) =>
      new Promise<ReturnType<typeof analyze>>((resolve) => pending.push({ text, resolve: () => resolve(analyze(text)) }));
    return { fn, pending };
  }

  it('shows only the latest analysis when answers come back out of order', async () => {
    const bg = deferredAnalyzer();
    const s = setup('Could you review the plan?', { analyze: bg.fn as never });
    s.type(' No worries if not.');
    await vi.advanceTimersByTimeAsync(150);
    expect(bg.pending.map((p) => p.text)).toEqual(['Could you review the plan?', 'Could you review the plan? No worries if not.']);
    bg.pending[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    bg.pending[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.last().text).toBe('Could you review the plan? No worries if not.');
    expect(s.last().report?.checks['easy-no'].status).toBe('met');
    s.session.dispose();
  });

  it('decides at once from the last analysis, and analyzes afresh when the draft changed since', async () => {
    const bg = deferredAnalyzer();
    const s = setup('Could you review the plan by Friday?', { analyze: bg.fn as never });
    bg.pending[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    const all = () => true;
    expect(s.session.decide(all)).toMatchObject({ block: true });
    s.body.textContent += ' Thanks!';
    const later = s.session.decide(all);
    expect(later).toBeInstanceOf(Promise);
    bg.pending.at(-1)!.resolve();
    expect(await later).toMatchObject({ block: true });
    expect(bg.pending.at(-1)!.text).toBe('Could you review the plan by Friday? Thanks!');
    s.session.dispose();
  });
});
