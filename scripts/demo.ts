// `npm run demo`: Askwell on the bundled offline demo compose page (assets/demo/compose.html),
// served at the real Gmail URL so the content script runs exactly as on Gmail; no account, no
// network. `npm run demo -- --screenshot FILE.png` runs headless and saves a screenshot.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openWithExtension, untilClosed } from './browser';

const DEMO_PAGE = resolve('assets/demo/compose.html');
const USAGE = 'usage: npm run demo [-- --screenshot FILE.png]';

function parse(argv: string[]): { screenshot: string | null } {
  if (argv.length === 0) return { screenshot: null };
  if (argv.length === 2 && argv[0] === '--screenshot' && argv[1]) return { screenshot: argv[1] };
  throw new Error(USAGE);
}

try {
  const { screenshot } = parse(process.argv.slice(2));
  const context = await openWithExtension({ headless: screenshot !== null });
  const html = readFileSync(DEMO_PAGE, 'utf8');
  await context.route('https://mail.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  // Nothing else may load: the demo is offline by design.
  await context.route(/^https?:\/\/(?!mail\.google\.com\/)/, (route) => route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://mail.google.com/mail/u/0/');
  await page.locator('askwell-sidebar [data-askwell="sidebar"] [data-status]').first().waitFor({ timeout: 20_000 });
  if (screenshot) {
    await page.waitForTimeout(500); // let the highlights paint after the first analysis
    await page.screenshot({ path: screenshot });
    console.log(`Saved ${screenshot}`);
    await context.close();
  } else {
    console.log('Askwell demo is open: edit the draft and watch the checklist. Close the browser to stop.');
    await untilClosed(context);
  }
} catch (error) {
  console.error(`askwell demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
