// One suite, run on both fixtures: the in-page checklist and highlights (issue 4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze, CHECK_IDS } from '../../lib/analyze';
import { launch, SITES, sidebars, type Browser, type Site } from './harness';

const DRAFT = 'Hi Sam, I run the data team. Could you review the attached plan by Friday? It would save your team a round of rework. No worries if not. Thanks!';

async function openMail(page: Page, site: Site): Promise<void> {
  await page.goto(`${site.origin}${site.path}`);
}

async function typeDraft(page: Page, site: Site, text: string) {
  await site.openCompose(page);
  const body = page.locator(site.bodies).last();
  // Top left: the first line, above the signature the fixtures put in a new compose.
  await body.click({ position: { x: 4, y: 4 } });
  await page.keyboard.type(text);
  return body;
}

const statuses = (page: Page) =>
  sidebars(page).last().locator('[data-check]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-check'), e.getAttribute('data-status')])));

describe.each(SITES)('in the $name compose', (site) => {
  let browser: Browser;
  let bare: Browser;

  beforeAll(async () => {
    browser = await launch({ extension: true });
    bare = await launch({ extension: false });
  });
  afterAll(async () => {
    await browser?.close();
    await bare?.close();
  });

  it('shows the checklist the analyzer gives for the typed draft', async () => {
    const page = await browser.context.newPage();
    await openMail(page, site);
    await typeDraft(page, site, DRAFT);
    const report = analyze(DRAFT);
    const expected = Object.fromEntries(CHECK_IDS.map((id) => [id, report.checks[id].status]));
    await expect.poll(() => statuses(page), { timeout: 15_000 }).toMatchObject(expected);
    await expect
      .poll(() => sidebars(page).last().locator('[data-askwell-share]').getAttribute('data-askwell-share'))
      .toBe(report.otherShare.toFixed(2));
    await page.close();
  });

  it('highlights the sentences about the recipient in green and about the sender in yellow', async () => {
    const page = await browser.context.newPage();
    await openMail(page, site);
    await typeDraft(page, site, DRAFT);
    const report = analyze(DRAFT);
    const squash = (s: string) => s.replace(/\s+/g, '');
    const want = (focus: 'self' | 'other') =>
      report.sentences.filter((s) => s.focus === focus).map((s) => squash(DRAFT.slice(s.start, s.end))).sort();
    const painted = (name: string) =>
      page.evaluate((n) => {
        const h = CSS.highlights.get(n) as unknown as Iterable<Range> | undefined;
        return h ? [...h].map((r) => r.toString().replace(/\s+/g, '')).sort() : [];
      }, name);
    await expect.poll(() => painted('askwell-other'), { timeout: 15_000 }).toEqual(want('other'));
    expect(await painted('askwell-self')).toEqual(want('self'));
    await page.close();
  });

  it('leaves the draft exactly as the same typing does without the extension', async () => {
    const html = async (b: Browser) => {
      const page = await b.context.newPage();
      await openMail(page, site);
      const body = await typeDraft(page, site, DRAFT);
      await page.waitForTimeout(800); // past the analysis debounce
      const out = await body.evaluate((el) => el.innerHTML);
      await page.close();
      return out;
    };
    const withExtension = await html(browser);
    expect(withExtension).toContain('Could you review the attached plan');
    expect(withExtension).toBe(await html(bare));
  });

  it('gives a second compose its own sidebar, and closing one removes only its sidebar', async () => {
    const page = await browser.context.newPage();
    await openMail(page, site);
    await site.openCompose(page);
    await expect.poll(() => page.locator('askwell-sidebar').count(), { timeout: 15_000 }).toBe(1);
    await site.openCompose(page);
    await expect.poll(() => page.locator('askwell-sidebar').count(), { timeout: 15_000 }).toBe(2);
    await site.closeCompose(page, page.locator(site.bodies).last());
    await expect.poll(() => page.locator('askwell-sidebar').count(), { timeout: 15_000 }).toBe(1);
    await page.close();
  });

  it('keeps keys typed in the sidebar away from the mail shortcuts', async () => {
    const page = await browser.context.newPage();
    await openMail(page, site);
    await typeDraft(page, site, DRAFT);
    const toggle = sidebars(page).last().getByRole('switch', { name: 'Highlight sentences' });
    await toggle.focus();
    const before = await page.locator(site.bodies).count();
    await page.keyboard.press(site.composeKey);
    await page.waitForTimeout(300);
    expect(await page.locator(site.bodies).count()).toBe(before);
    // The control: the same key on the page itself does open a compose.
    await page.mouse.click(5, 400);
    await page.keyboard.press(site.composeKey);
    await expect.poll(() => page.locator(site.bodies).count()).toBe(before + 1);
    await page.close();
  });

  it('never moves the caret or takes the focus while it checks', async () => {
    const page = await browser.context.newPage();
    await openMail(page, site);
    const body = await typeDraft(page, site, DRAFT);
    await expect.poll(() => statuses(page), { timeout: 15_000 }).toMatchObject({ thanks: 'met' });
    await page.keyboard.type(' See you soon.');
    await page.waitForTimeout(500);
    expect(await body.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
    expect((await body.innerText()).split('\n')[0]).toBe(`${DRAFT} See you soon.`);
    await page.close();
  });

  it('follows the compose: hidden with it, shown again with it', async () => {
    const page = await browser.context.newPage();
    await openMail(page, site);
    const host = page.locator('askwell-sidebar');
    await site.openCompose(page);
    await expect.poll(() => host.first().isVisible(), { timeout: 15_000 }).toBe(true);
    if (site.name === 'gmail') {
      await page.locator('[role="dialog"] .Hl').first().click(); // minimise
      await expect.poll(() => host.first().isVisible()).toBe(false);
      await page.locator('[role="dialog"] .Hl').first().click(); // restore
      await expect.poll(() => host.first().isVisible()).toBe(true);
      await page.locator('[role="dialog"] .Hq').first().click(); // full screen: the same compose, re-parented
      await expect.poll(() => host.first().isVisible()).toBe(true);
      expect(await host.count()).toBe(1);
    } else {
      await site.openCompose(page); // a second draft tab hides the first draft
      await expect.poll(() => host.count(), { timeout: 15_000 }).toBe(2);
      await expect.poll(() => host.first().isVisible()).toBe(false);
      await expect.poll(() => host.last().isVisible()).toBe(true);
    }
    await page.close();
  });

  it('makes no network request', () => {
    expect(browser.stray).toEqual([]);
  });
});
