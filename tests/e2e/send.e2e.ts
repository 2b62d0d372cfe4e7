// Before Send: the pre-send checklist, one-click fixes, the popup and the options (issue 5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluateInExtensionWorld, launch, sentLog, sidebars, SITES, type Browser, type Site } from './harness';

// Met: specific ask, bounded; missing: easy no, benefit, thanks (all five block by default).
const INCOMPLETE = 'Hi Sam, could you review the attached plan by Friday?';
const COMPLETE =
  'Hi Sam, could you review the attached plan by Friday? It would save your team a round of rework. No worries if not. Thanks!';

const guard = (page: Page) => page.locator('askwell-send-guard [data-askwell="send-guard"]');

async function compose(page: Page, site: Site, text: string) {
  await page.goto(`${site.origin}${site.path}`);
  await site.openCompose(page);
  const body = page.locator(site.bodies).last();
  await body.click({ position: { x: 4, y: 4 } });
  await page.keyboard.type(text);
  // Wait for the analysis so the sidebar and the guard see the typed text.
  await expect.poll(() => sidebars(page).last().locator('[data-check="specific-ask"]').getAttribute('data-status'), { timeout: 15_000 }).toBe('met');
  return body;
}

const sendButton = (page: Page, site: Site) =>
  site.name === 'gmail' ? page.locator('[role="dialog"] div[role="button"].aoO').last() : page.locator('button[aria-label="Send"]').last();

describe.each(SITES)('before Send in $name', (site) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ extension: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('stops an incomplete ask with the missing items, sends nothing, and "Back to draft" keeps draft and caret', async () => {
    const page = await browser.context.newPage();
    const body = await compose(page, site, INCOMPLETE);
    await sendButton(page, site).click();
    await guard(page).waitFor({ state: 'visible' });
    const items = await guard(page).locator('[data-check]').evaluateAll((els) => els.map((e) => e.getAttribute('data-check')));
    expect(items).toEqual(['easy-no', 'benefit', 'thanks']);
    expect(await sentLog(page).count()).toBe(0);
    await guard(page).locator('[data-action="edit"]').click();
    await expect.poll(() => guard(page).count()).toBe(0);
    expect(await sentLog(page).count()).toBe(0);
    // The caret is back where it was, at the end of the typed text.
    await page.keyboard.type(' Thanks!');
    expect((await body.innerText()).split('\n')[0]).toBe(`${INCOMPLETE} Thanks!`);
    await page.close();
  });

  it('Esc goes back to the draft', async () => {
    const page = await browser.context.newPage();
    await compose(page, site, INCOMPLETE);
    await sendButton(page, site).click();
    await guard(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await expect.poll(() => guard(page).count()).toBe(0);
    expect(await sentLog(page).count()).toBe(0);
    await page.close();
  });

  it('"Send anyway" sends exactly once, with the full text, by the same path', async () => {
    const page = await browser.context.newPage();
    await compose(page, site, INCOMPLETE);
    await sendButton(page, site).click();
    await guard(page).locator('[data-action="send-anyway"]').click();
    await expect.poll(() => sentLog(page).count()).toBe(1);
    await page.waitForTimeout(500);
    expect(await sentLog(page).count()).toBe(1);
    const entry = sentLog(page).first();
    expect(await entry.innerText()).toContain(INCOMPLETE);
    expect(await entry.getAttribute('data-trigger')).toBe('click');
    await page.close();
  });

  it('"Send anyway" after Ctrl+Enter sends once, by the keyboard', async () => {
    const page = await browser.context.newPage();
    await compose(page, site, INCOMPLETE);
    await page.keyboard.press('Control+Enter');
    await guard(page).locator('[data-action="send-anyway"]').click();
    await expect.poll(() => sentLog(page).count()).toBe(1);
    await page.waitForTimeout(500);
    expect(await sentLog(page).count()).toBe(1);
    expect(await sentLog(page).first().getAttribute('data-trigger')).toBe('keyboard');
    await page.close();
  });

  it.each(['click', 'Ctrl+Enter'])('sends a complete ask at once, with no dialog (%s)', async (how) => {
    const page = await browser.context.newPage();
    await compose(page, site, COMPLETE);
    await expect.poll(() => sidebars(page).last().locator('[data-check="thanks"]').getAttribute('data-status')).toBe('met');
    if (how === 'click') await sendButton(page, site).click();
    else await page.keyboard.press('Control+Enter');
    await expect.poll(() => sentLog(page).count()).toBe(1);
    expect(await guard(page).count()).toBe(0);
    // The user's own event went through: trusted, not a replay.
    expect(await sentLog(page).first().getAttribute('data-trusted')).toBe('true');
    await page.close();
  });

  it('lets the send through when Askwell breaks (an injected fault)', async () => {
    const page = await browser.context.newPage();
    await compose(page, site, INCOMPLETE);
    // Break reading the draft in Askwell's world only: the page's own world is untouched.
    await evaluateInExtensionWorld(page, 'Document.prototype.createTreeWalker = function () { throw new Error("injected fault"); }');
    await sendButton(page, site).click();
    await expect.poll(() => sentLog(page).count()).toBe(1);
    expect(await guard(page).count()).toBe(0);
    expect(await sentLog(page).first().innerText()).toContain(INCOMPLETE);
    await page.close();
  });

  it('"Don\'t check this email" lets the send through with no dialog', async () => {
    const page = await browser.context.newPage();
    await compose(page, site, INCOMPLETE);
    await sidebars(page).last().locator('[data-askwell="skip"] input').check();
    await sendButton(page, site).click();
    await expect.poll(() => sentLog(page).count()).toBe(1);
    expect(await guard(page).count()).toBe(0);
    await page.close();
  });

  it('inserts a one-click phrase through the editor, and Ctrl+Z takes it out', async () => {
    const page = await browser.context.newPage();
    const body = await compose(page, site, INCOMPLETE);
    const insert = sidebars(page).last().locator('[data-check="easy-no"] [data-action="insert"]').first();
    const phrase = (await insert.innerText()).replace(/^Insert\s*“|”$/g, '');
    await insert.click();
    await expect.poll(() => body.innerText()).toContain(phrase);
    await expect.poll(() => sidebars(page).last().locator('[data-check="easy-no"]').getAttribute('data-status')).toBe('met');
    await body.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => body.innerText()).not.toContain(phrase);
    expect((await body.innerText()).split('\n')[0]).toBe(INCOMPLETE);
    await page.close();
  });

  it('switching a check off in the options changes the open compose’s sidebar', async () => {
    const page = await browser.context.newPage();
    await compose(page, site, INCOMPLETE);
    const item = sidebars(page).last().locator('[data-check="easy-no"]');
    expect(await item.getAttribute('data-status')).toBe('missing');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-check="easy-no"] input[role="switch"]').first().uncheck();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 10_000 }).toBe('not-applicable');
    await options.locator('[data-check="easy-no"] input[role="switch"]').first().check();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 10_000 }).toBe('missing');
    await options.close();
    await page.close();
  });

  it('makes no network request', () => {
    expect(browser.stray).toEqual([]);
  });
});

describe('the toolbar popup', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({ extension: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('checks a pasted draft', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const box = page.locator('textarea');
    await box.fill(INCOMPLETE);
    await expect.poll(() => page.locator('[data-check="specific-ask"]').getAttribute('data-status'), { timeout: 10_000 }).toBe('met');
    expect(await page.locator('[data-check="easy-no"]').getAttribute('data-status')).toBe('missing');
    await page.close();
  });
});
