// Speed budgets on the Gmail fixture (issue "Speed, size and trust", in-page part), read from
// the `askwell:*` User Timing measures the content script leaves (lib/page/timing.ts) and, for
// the script's own evaluation, from a CPU profile of the page load:
// - opening the mail page costs ≤ 30 ms of Askwell script before any compose exists;
// - typing into a 500-word draft adds ≤ 2 ms of Askwell main-thread work per keystroke (p95);
// - no Askwell task over 50 ms, even on a 10,000-word draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, SITES, sidebars, valueInExtensionWorld, type Browser } from './harness';

const site = SITES.find((s) => s.name === 'gmail')!;

const STARTUP_BUDGET_MS = 30;
const KEYSTROKE_P95_BUDGET_MS = 2;
const TASK_BUDGET_MS = 50;

interface Measure {
  name: string;
  startTime: number;
  duration: number;
}

const SENTENCES = [
  'Could you review the attached plan by Friday?',
  'I run the data team and we have been looking at the numbers for the third quarter.',
  'It would save your team a round of rework before the launch.',
  'We found a few gaps in the forecast that I would like to close with you.',
  'Your notes on the pricing page were really helpful last time.',
  'No worries if not, I can ask someone else on the team.',
  'The meeting is on Tuesday at ten in the small room.',
  'Thanks again for all the help with the migration.',
];

/** About `words` words of plain prose in paragraphs of a few sentences. */
function prose(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    out.push(s + (i % 5 === 4 ? '\n' : ' '));
    count += s.split(' ').length;
  }
  return out.join('').trim();
}

const measures = (page: Page) =>
  valueInExtensionWorld<Measure[]>(
    page,
    `performance.getEntriesByType('measure').filter((m) => m.name.startsWith('askwell:')).map((m) => ({ name: m.name, startTime: m.startTime, duration: m.duration }))`,
  );

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

const round = (n: number) => Math.round(n * 100) / 100;

function byName(list: Measure[]): Record<string, { count: number; total: number; max: number }> {
  const out: Record<string, { count: number; total: number; max: number }> = {};
  for (const m of list) {
    const row = (out[m.name] ??= { count: 0, total: 0, max: 0 });
    row.count++;
    row.total = round(row.total + m.duration);
    row.max = round(Math.max(row.max, m.duration));
  }
  return out;
}

/**
 * Main-thread time spent in the extension's scripts while `load` runs, from a CPU profile
 * (100 µs sampling): samples whose stack holds a chrome-extension:// frame. Counts the content
 * script's module evaluation as well as its main(), which the measures alone cannot see.
 */
async function extensionScriptTime(page: Page, load: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await load();
  type Node = { id: number; callFrame: { url: string }; children?: number[] };
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach();
  const parent = new Map<number, number>();
  const nodes = new Map<number, Node>();
  for (const n of profile.nodes) {
    nodes.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const url = nodes.get(id)?.callFrame.url ?? '';
    const up = parent.get(id);
    const result = url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let us = 0;
  // timeDeltas[i] is the time before sample i; the sample's own time is the next delta.
  for (let i = 0; i < profile.samples.length; i++) {
    if (isOurs(profile.samples[i]!)) us += profile.timeDeltas[i + 1] ?? 0;
  }
  return us / 1000;
}

describe('speed on the Gmail page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch({ extension: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`costs ≤ ${STARTUP_BUDGET_MS} ms of Askwell script to open the mail page`, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}${site.path}`); // warm: the same process is reused by the reloads below
    await page.waitForTimeout(500);
    const startups: number[] = [];
    const scripts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const script = await extensionScriptTime(page, async () => {
        await page.reload();
        await expect.poll(() => page.evaluate(() => document.documentElement.dataset.askwellLoaded)).toBe('1');
        await page.waitForTimeout(1000);
      });
      const startup = (await measures(page)).filter((m) => m.name === 'askwell:startup');
      expect(startup).toHaveLength(1);
      startups.push(startup[0]!.duration);
      // Sampling can miss a short run entirely: never count less than the measured main().
      scripts.push(Math.max(script, startup[0]!.duration));
    }
    const avg = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0) / xs.length);
    console.log(
      `page open: askwell:startup ${startups.map(round).join(', ')} ms (avg ${avg(startups)}); ` +
        `all Askwell script incl. evaluation (CPU profile) ${scripts.map(round).join(', ')} ms (avg ${avg(scripts)})`,
    );
    expect(avg(startups)).toBeLessThanOrEqual(STARTUP_BUDGET_MS);
    expect(avg(scripts)).toBeLessThanOrEqual(STARTUP_BUDGET_MS);
    await page.close();
  });

  it(`adds ≤ ${KEYSTROKE_P95_BUDGET_MS} ms of Askwell work per keystroke (p95) in a 500-word draft`, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}${site.path}`);
    await site.openCompose(page);
    const body = page.locator(site.bodies).last();
    await body.click({ position: { x: 4, y: 4 } });
    await page.keyboard.insertText(prose(500));
    await expect.poll(() => sidebars(page).last().getAttribute('data-state'), { timeout: 15_000 }).toBe('ready');
    await page.waitForTimeout(800);
    await page.evaluate(() => {
      const w = window as unknown as { __keys: number[] };
      w.__keys = [];
      window.addEventListener('keydown', (e) => w.__keys.push(e.timeStamp), { capture: true });
    });
    const typed = ' Please send me the final numbers when you can, it really helps.'.slice(0, 60);
    for (let i = 0; i < typed.length; i++) {
      await page.keyboard.press(typed[i] === ' ' ? 'Space' : typed[i]!);
      await page.waitForTimeout(i === typed.length / 2 ? 700 : 30 + ((i * 37) % 50)); // a pause past the debounce midway
    }
    await page.waitForTimeout(1000);
    const keys = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
    const end = await page.evaluate(() => performance.now());
    const all = (await measures(page)).filter((m) => m.startTime >= keys[0]!);
    expect(keys).toHaveLength(typed.length);
    const perKey = keys.map((t, i) => {
      const until = keys[i + 1] ?? end;
      return all.filter((m) => m.startTime >= t && m.startTime < until).reduce((sum, m) => sum + m.duration, 0);
    });
    const p95 = percentile(perKey, 95);
    console.log(
      `keystrokes (${perKey.length}, 500-word draft): Askwell work per key p50 ${round(percentile(perKey, 50))} ms, ` +
        `p95 ${round(p95)} ms, max ${round(Math.max(...perKey))} ms; by measure ${JSON.stringify(byName(all))}`,
    );
    expect(await body.innerText()).toContain(typed.trim());
    expect(p95).toBeLessThanOrEqual(KEYSTROKE_P95_BUDGET_MS);
    await page.close();
  });

  it(`runs no Askwell task over ${TASK_BUDGET_MS} ms on a 10,000-word draft`, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}${site.path}`);
    await page.evaluate(() => {
      const w = window as unknown as { __long: { startTime: number; duration: number }[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push({ startTime: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await site.openCompose(page);
    const body = page.locator(site.bodies).last();
    await body.click({ position: { x: 4, y: 4 } });
    await expect.poll(() => sidebars(page).count(), { timeout: 15_000 }).toBe(1);
    const since = await page.evaluate(() => performance.now());
    await page.keyboard.insertText(prose(10_000));
    await expect.poll(() => sidebars(page).last().getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
    await page.waitForTimeout(1500);
    expect((await body.innerText()).length).toBeGreaterThan(50_000);
    const all = (await measures(page)).filter((m) => m.startTime >= since);
    const long = await page.evaluate(() => (window as unknown as { __long: { startTime: number; duration: number }[] }).__long);
    const attributed = long
      .filter((t) => t.startTime >= since)
      .map((t) => ({
        startTime: round(t.startTime),
        duration: round(t.duration),
        askwell: round(all.filter((m) => m.startTime >= t.startTime && m.startTime < t.startTime + t.duration).reduce((s, m) => s + m.duration, 0)),
      }));
    const worst = all.reduce((a, m) => (m.duration > a.duration ? m : a), { name: 'none', startTime: 0, duration: 0 });
    console.log(
      `10,000-word draft: longest Askwell measure ${worst.name} ${round(worst.duration)} ms; by measure ${JSON.stringify(byName(all))}; ` +
        `long tasks (with the Askwell time inside each) ${JSON.stringify(attributed)}`,
    );
    expect(all.some((m) => m.name === 'askwell:render')).toBe(true);
    expect(worst.duration).toBeLessThanOrEqual(TASK_BUDGET_MS);
    await page.close();
  });
});
