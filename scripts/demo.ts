// `npm run demo`: Askwell on the bundled offline demo compose page (assets/demo/compose.html),
// served at the real Gmail URL; no account, no network. `npm run demo -- --screenshot FILE.png`
// runs headless and saves a screenshot.
import { openDemo, openWithExtension, untilClosed } from './browser';

const USAGE = 'usage: npm run demo [-- --screenshot FILE.png]';

function parse(argv: string[]): { screenshot: string | null } {
  if (argv.length === 0) return { screenshot: null };
  if (argv.length === 2 && argv[0] === '--screenshot' && argv[1]) return { screenshot: argv[1] };
  throw new Error(USAGE);
}

try {
  const { screenshot } = parse(process.argv.slice(2));
  const context = await openWithExtension({ headless: screenshot !== null });
  const page = await openDemo(context);
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
