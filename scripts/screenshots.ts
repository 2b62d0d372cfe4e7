// `npm run screenshots`: the README's pictures, taken headless on the offline demo page and the
// extension's own pages: the sidebar, the pre-send checklist and the options page.
import { extensionIdOf, openDemo, openWithExtension } from './browser';

const OUT = 'assets/screenshots';

try {
  const context = await openWithExtension({ headless: true });
  const page = await openDemo(context);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${OUT}/sidebar.png` });

  await page.locator('div[role="button"].aoO').click();
  await page.locator('askwell-send-guard [data-askwell="send-guard"]').waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/send-guard.png` });

  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 1100 });
  await options.goto(`chrome-extension://${extensionIdOf(context)}/options.html`);
  await options.waitForTimeout(300);
  await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });
  console.log(`Saved ${OUT}/sidebar.png, send-guard.png, options.png`);
  await context.close();
} catch (error) {
  console.error(`askwell screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
